"""Importing survey files into a project: what lands where, and bad input changing nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pandas as pd
import pytest

from workbench import InputError
from workbench.store import migrations
from conftest import ROOT, snapshot, write_csv

HEADER = "respondent;stratum;gewicht;herkomst;leeftijd;toelichting"


def dutch_csv(path, rows, encoding="cp1252"):
    return write_csv(path, [HEADER, *rows], encoding=encoding)


def test_dutch_csv_lands_as_respondents_variables_and_answers(project, tmp_path):
    path = dutch_csv(
        tmp_path / "per.csv",
        [
            "R1;beleid|medewerker;12,5;Nederland;34;Mijn collega’s maakten grappen over mijn afkomst.",
            "R2;beleid|medewerker;12,5;buiten Europa;51;",
            "R3;uitvoering|medewerker;40,25;Europa;29;Bij Financiën werd ik genegeerd.",
        ],
    )
    result = project.import_survey(
        path, id="respondent", stratum="stratum", weight="gewicht", open=["toelichting"]
    )
    assert (result["respondents"], result["answers"], result["variables"]) == (3, 2, 2)
    assert result["delimiter"] == ";"
    frame = project.respondents()
    assert list(frame["respondent"]) == ["R1", "R2", "R3"]
    assert list(frame["weight"]) == [12.5, 12.5, 40.25]
    assert list(frame["leeftijd"]) == [34, 51, 29]
    types = {v["name"]: (v["role"], v["type"]) for v in project.variables()}
    assert types["leeftijd"] == ("variable", "numeric")
    assert types["gewicht"] == ("weight", "numeric")
    answers = project.documents(kind="answer")
    assert [(d["respondent"], d["question"]) for d in answers] == [
        ("R1", "toelichting"),
        ("R3", "toelichting"),
    ]
    text = project.document(answers[1]["id"])["text"]
    assert text == "Bij Financiën werd ik genegeerd."
    [segment] = project.segments(answers[1]["id"], kind="answer")
    assert (segment["start"], segment["end"], segment["text"]) == (0, len(text), text)


def test_text_is_stored_in_nfc(project, tmp_path):
    decomposed = unicodedata.normalize("NFD", "Financiën en café")
    path = write_csv(tmp_path / "s.csv", ["id,stratum,w,q", f"1,a,1,{decomposed}"])
    project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
    [doc] = project.documents(kind="answer")
    assert project.document(doc["id"])["text"] == unicodedata.normalize("NFC", decomposed)


@pytest.mark.parametrize("writer", ["xlsx", "parquet", "sav"])
def test_other_formats_import_the_same_way(project, tmp_path, writer):
    frame = pd.DataFrame(
        {
            "id": ["a1", "a2"],
            "stratum": ["s1", "s2"],
            "w": [1.5, 2.0],
            "origin": ["NL", "EU"],
            "answer": ["Ik werd buitengesloten.", ""],
        }
    )
    path = tmp_path / f"survey.{writer}"
    if writer == "xlsx":
        frame.to_excel(path, index=False)
    elif writer == "parquet":
        frame.to_parquet(path)
    else:
        import pyreadstat

        frame["origin"] = [1.0, 2.0]
        pyreadstat.write_sav(
            frame,
            path,
            column_labels={"origin": "Herkomst"},
            variable_value_labels={"origin": {1.0: "Nederland", 2.0: "Europa"}},
        )
    result = project.import_survey(path, id="id", stratum="stratum", weight="w", open=["answer"])
    assert (result["respondents"], result["answers"]) == (2, 1)
    origin = next(v for v in project.variables() if v["name"] == "origin")
    if writer == "sav":
        assert origin["label"] == "Herkomst"
        assert set(origin["value_labels"].values()) == {"Nederland", "Europa"}


BAD_INPUTS = {
    "unknown column": (
        ["id;stratum;w;q", "1;a;1;x"],
        dict(weight="gewicht"),
        "no column 'gewicht'",
    ),
    "duplicate ids": (["id;stratum;w;q", "1;a;1;x", "2;a;1;y", "1;a;1;z"], {}, "row 4"),
    "missing weight": (["id;stratum;w;q", "1;a;1;x", "2;a;;y"], {}, "row 3"),
    "zero weight": (["id;stratum;w;q", "1;a;0;x"], {}, "row 2"),
    "negative weight": (["id;stratum;w;q", "1;a;1;x", "2;a;-3;y"], {}, "row 3"),
    "non-numeric weight": (["id;stratum;w;q", "1;a;1;x", "2;a;veel;y"], {}, "row 3"),
    "missing stratum": (["id;stratum;w;q", "1;;1;x"], {}, "row 2"),
    "header only": (["id;stratum;w;q"], {}, "no data rows"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_survey_input_names_file_and_place_and_changes_nothing(project, tmp_path, case):
    rows, override, expected = BAD_INPUTS[case]
    path = write_csv(tmp_path / "bad.csv", rows)
    before = snapshot(project)
    options = dict(id="id", stratum="stratum", weight="w", open=["q"]) | override
    with pytest.raises(InputError) as error:
        project.import_survey(path, **options)
    message = str(error.value)
    assert "bad.csv" in message and expected in message
    assert "\n" not in message
    assert snapshot(project) == before


def test_empty_and_undecodable_and_mislabelled_files(project, tmp_path):
    before = snapshot(project)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    undecodable = tmp_path / "bytes.csv"
    undecodable.write_bytes(b"id;stratum;w;q\n1;a;1;ok\n2;a;1;bad \x81 byte\n")
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"id;stratum;w;q\n1;a;1;x\n")
    for path, expected in [(empty, "empty"), (undecodable, "line 3"), (fake, "xlsx")]:
        with pytest.raises(InputError, match=expected) as error:
            project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
        assert path.name in str(error.value)
    assert snapshot(project) == before


def test_same_file_twice_is_refused_and_overlapping_ids_too(project, tmp_path):
    first = write_csv(tmp_path / "a.csv", ["id,stratum,w,q", "1,a,1,x", "2,a,1,y"])
    project.import_survey(first, id="id", stratum="stratum", weight="w", open=["q"])
    before = snapshot(project)
    with pytest.raises(InputError, match="already imported"):
        project.import_survey(first, id="id", stratum="stratum", weight="w", open=["q"])
    overlap = write_csv(tmp_path / "b.csv", ["id,stratum,w,q", "3,a,1,x", "2,a,1,z"])
    with pytest.raises(InputError, match="row 3: respondent id '2' is already in the project"):
        project.import_survey(overlap, id="id", stratum="stratum", weight="w", open=["q"])
    assert snapshot(project) == before
    more = write_csv(tmp_path / "c.csv", ["id,stratum,w,q", "3,a,1,x"])
    assert (
        project.import_survey(more, id="id", stratum="stratum", weight="w", open=["q"])[
            "respondents"
        ]
        == 1
    )
    assert project.info()["counts"]["respondents"] == 3


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.mark.slow  # real processes: an interpreter with pandas and spaCy per command
def test_cli_import_and_info_json(tmp_path):
    db = tmp_path / "p.db"
    survey = dutch_csv(tmp_path / "per.csv", ["R1;s;1,5;Nederland;30;Ze negeerden me."])
    assert run_cli("init", str(db)).returncode == 0
    done = run_cli(
        "import-survey",
        str(db),
        str(survey),
        "--id",
        "respondent",
        "--stratum",
        "stratum",
        "--weight",
        "gewicht",
        "--open",
        "toelichting",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["segmentation"]["documents"] == 1
    info = json.loads(run_cli("info", str(db), "--json").stdout)
    assert info["schema_version"] == migrations.SCHEMA_VERSION
    assert info["counts"]["respondents"] == 1
    assert info["counts"]["sentences"] == 1


@pytest.mark.slow  # real processes: an interpreter with pandas per command
def test_cli_bad_input_prints_one_line_and_fails(tmp_path):
    db = tmp_path / "p.db"
    run_cli("init", str(db))
    survey = write_csv(tmp_path / "per.csv", ["id,stratum,w", "1,a,-1"])
    done = run_cli(
        "import-survey", str(db), str(survey), "--id", "id", "--stratum", "stratum", "--weight", "w"
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("error: ") and "per.csv: row 2" in done.stderr
    missing = run_cli("info", str(tmp_path / "nope.db"))
    assert missing.returncode == 1 and "no such project file" in missing.stderr


def test_a_failure_in_the_middle_of_writing_rolls_everything_back(project, tmp_path, monkeypatch):
    from workbench.store import records

    path = write_csv(tmp_path / "s.csv", ["id,stratum,w,q", "1,a,1,een", "2,a,1,twee"])
    before = snapshot(project)

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    # respondents and documents are written by then; segments fail
    monkeypatch.setattr(records, "add_unit_segments", disk_full)
    with pytest.raises(OSError, match="disk full"):
        project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
    assert snapshot(project) == before
    monkeypatch.undo()
    assert (
        project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])["answers"]
        == 2
    )
