"""Codebooks and codings in the CSV layouts other QDA tools write (MAXQDA, NVivo,
QualCoder; Taguette's own files are in test_exchange_taguette.py), placing passages by their
text, and the command line for both."""

from __future__ import annotations

import json

import pytest

from workbench import InputError, Project
from workbench.coding_import import find_passage
from conftest import ROOT, CliRun, run_cli, snapshot, write, write_csv

FIXTURES = ROOT / "tests" / "fixtures" / "taguette"


def paths(project: Project) -> list[str]:
    return [c.path for c in project.codebook.codes()]


# -- codebooks -----------------------------------------------------------------------------
def test_maxqda_code_and_memo_table(project, tmp_path):
    path = write(
        tmp_path,
        "maxqda.csv",
        "Code;Memo\n"
        "Vormen;Hoe racisme zich toont.\n"
        "Vormen > Opmerkingen en grappen;Grappen over afkomst.\n"
        "Reacties\\Melding/klacht;Formeel gemeld.\n",
        encoding="cp1252",
    )
    result = project.codebook.import_file(path)
    assert paths(project) == [
        "Vormen",
        "Vormen/Opmerkingen en grappen",
        "Reacties",
        "Reacties/Melding-klacht",
    ]
    assert (
        project.codebook.get("Vormen/Opmerkingen en grappen").definition == "Grappen over afkomst."
    )
    assert any("'/' in a name became '-'" in w for w in result["warnings"])


def test_nvivo_list_with_hierarchical_names_counts_and_dates(project, tmp_path):
    path = write(
        tmp_path,
        "nvivo.csv",
        "Hierarchical Name,Name,Description,Files,References,Created On,Created By\n"
        "Codes\\\\Vormen,Vormen,,3,12,12-3-2024 10:01,AB\n"
        'Codes\\\\Vormen\\\\Buitensluiten,Buitensluiten,"Niet uitgenodigd.\n'
        'Inclusion: Ook borrels.",2,5,12-3-2024 10:02,AB\n',
    )
    result = project.codebook.import_file(path)
    assert paths(project) == ["Vormen", "Vormen/Buitensluiten"]
    code = project.codebook.get("Vormen/Buitensluiten")
    assert (code.definition, code.inclusion) == ("Niet uitgenodigd.", "Ook borrels.")
    assert (
        "ignored column(s) Name, Files, References, Created On, Created By" in result["warnings"][0]
    )


def test_qualcoder_code_list_without_a_header(project, tmp_path):
    path = write(
        tmp_path,
        "codes.csv",
        'Vormen>>Grappen,Een memo\nVormen>>Buitensluiten,\nReacties,"Twee\nregels"\n',
    )
    result = project.codebook.import_file(path)
    assert paths(project) == ["Vormen", "Vormen/Grappen", "Vormen/Buitensluiten", "Reacties"]
    assert project.codebook.get("Reacties").definition == "Twee\nregels"
    assert "QualCoder" in result["warnings"][0]


def test_a_name_column_and_memo_instead_of_path_and_description(project, tmp_path):
    project.codebook.import_file(
        write(tmp_path, "cb.csv", "name,memo,colour\nVormen/Grappen,Grap.,#AA0000\n")
    )
    code = project.codebook.get("Vormen/Grappen")
    assert (code.definition, code.color) == ("Grap.", "#aa0000")


def test_ambiguous_or_unknown_columns_change_nothing(project, tmp_path):
    project.codebook.add("Vormen")
    before = snapshot(project)
    for text, expected in {
        "path,name\nA,B\n": "row 1: both 'path' and 'name' name the codes; keep one",
        "tag,descriptoin\nA,x\n": "row 1: unknown column 'descriptoin'",
        "Code,Memo\nA\\\\,x\n": "row 2: column 'code': ",
    }.items():
        with pytest.raises(InputError, match=expected):
            project.codebook.import_file(write(tmp_path, "bad.csv", text))
    assert snapshot(project) == before


def test_our_description_next_to_the_definition_columns_is_checked(project, tmp_path):
    path = write(
        tmp_path,
        "cb.csv",
        "path,description,definition\nVormen,Iets anders dan de definitie.,Hoe het zich toont.\n",
    )
    result = project.codebook.import_file(path)
    assert project.codebook.get("Vormen").definition == "Hoe het zich toont."
    assert any("row 2: the description says something else" in w for w in result["warnings"])


def test_abbreviations_are_not_read_as_levels(project, tmp_path):
    path = write(
        tmp_path,
        "cb.csv",
        "tag,description,number of highlights,number of documents\n"
        "Reacties.Melding o.a. bij HR,x,0,0\nOverig.,y,0,0\n"
        "Versie 2.0,z,0,0\n",
    )
    project.codebook.import_file(path)
    assert paths(project) == ["Reacties", "Reacties/Melding o.a. bij HR", "Overig.", "Versie 2.0"]


# -- codings from other tools -------------------------------------------------------------
def test_find_passage_exact_then_with_flexible_whitespace():
    text = "Anna: Hij maakte een grap, zei hij.\nBob: Ik zei niets."
    at = text.index("een grap")
    assert find_passage(text, "een grap") == ([(at, at + 8)], "exact")
    # Taguette's text: a space between paragraphs and around inline markup
    start = text.index("zei hij.")
    assert find_passage(text, "zei hij. Bob: Ik") == ([(start, start + 16)], "whitespace")
    assert find_passage(text, "een grap , zei hij.") == ([(at, start + 8)], "whitespace")
    assert find_passage(text, "een grapje") == ([], "whitespace")
    assert find_passage("ja ja ja", "ja") == ([(0, 2), (3, 5), (6, 8)], "exact")


@pytest.fixture
def answers(tmp_path):
    survey = write_csv(
        tmp_path / "s.csv",
        [
            "id,stratum,w,ervaring,verbetering",
            "R1,a,1,Mijn collega noemde mij steeds 'die buitenlander'.,Meer ingrijpen.",
            "R2,a,1,Ik werd niet uitgenodigd voor de lunch.,",
        ],
    )
    with Project.create(tmp_path / "a.db", user="t") as project:
        project.import_survey(
            survey, id="id", stratum="stratum", weight="w", open=["ervaring", "verbetering"]
        )
        project.import_transcript(FIXTURES / "interview-de-vries.txt", group="interviews")
        project.codebook.add("Vormen/Opmerkingen en grappen")
        project.codebook.add("Vormen/Buitensluiten")
        project.codebook.add("Behoeften")
        yield project


def test_qualcoder_coding_report(answers, tmp_path):
    """QualCoder's report export: every cell quoted, UTF-8 with BOM, one Category column
    per level (nearest first); documents by file name or title."""
    report = (
        '"File","Coder","Coded","Id","Codename","Coded_Memo","Category"\r\n'
        '"interview-de-vries.txt","eva","Mijn leidinggevende maakte een grap over mijn '
        'achternaam.","ctid:3","Opmerkingen en grappen","","Vormen"\r\n'
        '"R2 · ervaring","eva","niet uitgenodigd voor de lunch","ctid:4","Buitensluiten",'
        '"twijfel","Vormen"\r\n'
        '"Interview De Vries","joost","Dat iemand ingreep.","ctid:9","Behoeften","",""\r\n'
    )
    path = tmp_path / "report.csv"
    path.write_bytes(report.encode("utf-8-sig"))
    result = answers.coding.import_file(path)
    assert (result["layout"], result["codings"], result["coders"]) == (
        "qualcoder",
        3,
        ["eva", "joost"],
    )
    got = {(c["coder"], c["text"]) for c in answers.coding.codings()}
    assert ("eva", "niet uitgenodigd voor de lunch") in got
    assert ("joost", "Dat iemand ingreep.") in got


def test_a_respondent_names_one_answer_or_says_it_names_several(answers, tmp_path):
    good = write(
        tmp_path,
        "one.csv",
        "document,text,code,coder\nR2,niet uitgenodigd,Vormen/Buitensluiten,eva\n",
    )
    assert answers.coding.import_file(good)["codings"] == 1
    before = snapshot(answers)
    bad = write(tmp_path, "two.csv", "document,text,code,coder\nR1,Meer ingrijpen.,Behoeften,eva\n")
    with pytest.raises(
        InputError,
        match=r"row 2: 'R1' names 2 documents \('R1 · ervaring', "
        r"'R1 · verbetering'\); name one by its title",
    ):
        answers.coding.import_file(bad)
    assert snapshot(answers) == before


# -- the command line ---------------------------------------------------------------------
def cli(*args: str) -> CliRun:
    return run_cli(["--user", "ilse", *args])


def test_taguette_files_through_the_command_line(tmp_path):
    db = str(tmp_path / "p.db")
    assert cli("init", db).returncode == 0
    assert cli("import-transcript", db, str(FIXTURES / "fg-noord.vtt")).returncode == 0
    assert cli("import-transcript", db, str(FIXTURES / "interview-de-vries.txt")).returncode == 0
    whole = cli(
        "codebook",
        "import",
        db,
        str(FIXTURES / "taguette-codebook.csv"),
        "--no-dotted-levels",
        "--json",
    )
    assert whole.returncode == 0, whole.stderr
    assert json.loads(whole.stdout)["added"] == 8  # names kept whole, one level
    refused = cli("code", db, str(FIXTURES / "taguette-highlights.csv"))
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith(
        "the file names no coder: pass --coder (whose highlights these are)"
    )
    done = cli(
        "code",
        db,
        str(FIXTURES / "taguette-highlights.csv"),
        "--coder",
        "ilse",
        "--no-dotted-levels",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["codings"] == 13
    with Project.open(db) as project:
        used = {project.codebook.get(c["code_id"]).path for c in project.coding.codings()}
        assert "Vormen.Opmerkingen en grappen" in used and "Vormen" in used


def test_dotted_tags_find_their_codes_through_the_command_line(tmp_path):
    db = str(tmp_path / "p.db")
    assert cli("init", db).returncode == 0
    assert cli("import-transcript", db, str(FIXTURES / "fg-noord.vtt")).returncode == 0
    assert cli("import-transcript", db, str(FIXTURES / "interview-de-vries.txt")).returncode == 0
    tree = cli("codebook", "import", db, str(FIXTURES / "taguette-codebook.qdc"), "--json")
    assert json.loads(tree.stdout)["added"] == 10
    done = cli("code", db, str(FIXTURES / "taguette-highlights.csv"), "--coder", "ilse")
    assert done.returncode == 0 and "codings 13" in done.stdout, done.stderr
    with Project.open(db) as project:
        used = {project.codebook.get(c["code_id"]).path for c in project.coding.codings()}
        assert {"Vormen/Opmerkingen en grappen", "Reacties/Niets doen"} <= used
