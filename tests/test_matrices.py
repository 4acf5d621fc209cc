"""Matrices on a small constructed project whose counts are known by hand (see
matrix_helpers.py): code x code, code x survey variable / focus group / speaker attribute,
weighted shares, word counts, the small-cell rule, and the files (PNG, SVG, CSV)."""

from __future__ import annotations

import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import matrix_helpers
import pytest
from PIL import Image

from workbench import InputError, Project
from conftest import review_all, run_cli, snapshot

GRAPPEN, GENEGEERD, COLLEGA = "Vormen/Grappen", "Vormen/Genegeerd", "Actoren/Collega"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return matrix_helpers.build(tmp_path_factory.mktemp("matrices"))


@pytest.fixture
def path(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "m.db"
    shutil.copy(built, copy)
    return copy


def with_viewer(path: Path) -> None:
    with Project.open(path, user="ann") as project:
        project.members.add("vera", "viewer")


def test_cooccurrence_counts_units_once_whoever_coded_them(built):
    with Project.open(built, user="ann") as project:
        matrix = project.matrices.cooccurrence()
    units = matrix.table("units")
    # Grappen: R00-R09, R20-R28 (bob's double coding of R00-R04 and ann's second span in
    # R01 count once) and two turns; Genegeerd R05-R14; both: R05-R09 (two coders)
    assert units.loc[GRAPPEN, GRAPPEN] == 19 + 2
    assert units.loc[GENEGEERD, GENEGEERD] == 10
    assert units.loc[GRAPPEN, GENEGEERD] == units.loc[GENEGEERD, GRAPPEN] == 5
    assert units.loc[GRAPPEN, COLLEGA] == 1  # overlapping spans in R00
    assert units.loc[GENEGEERD, COLLEGA] == 0
    assert units.loc["Vormen", "Vormen"] == 24 + 2  # a code counts with its sub-codes
    people = matrix.table("people")
    assert people.loc[GRAPPEN, GRAPPEN] == 21 and people.loc[GRAPPEN, GENEGEERD] == 5
    small = matrix.suppressed()
    assert not small.loc[GRAPPEN, GRAPPEN] and small.loc[GRAPPEN, GENEGEERD]
    assert not matrix.hidden and matrix.min_cell == 10


def test_only_some_coders(built):
    with Project.open(built, user="ann") as project:
        units = project.matrices.cooccurrence(coders=["bob"]).table("units")
    assert units.loc[GRAPPEN, GRAPPEN] == 5 and units.loc[GRAPPEN, GENEGEERD] == 0


def test_code_by_survey_variable_counts_and_group_sizes(built):
    with Project.open(built, user="ann") as project:
        matrix = project.matrices.by_variable("afdeling", weighted=False)
    assert matrix.columns == ["Noord", "West", "Zuid"] and matrix.people == "respondents"
    people = matrix.table("people")
    assert people.loc[GRAPPEN].tolist() == [10, 0, 9]
    assert people.loc["Vormen"].tolist() == [15, 0, 9]
    assert people.loc[GENEGEERD].tolist() == [10, 0, 0]
    assert matrix.table("size").loc[GRAPPEN].tolist() == [20, 3, 17]
    assert matrix.table("units").loc[GRAPPEN].tolist() == [10, 0, 9]  # turns have no afdeling
    small = matrix.suppressed()
    # a coder sees the 9, marked; the West group (3 respondents) is small whatever its count
    assert small.loc[GRAPPEN].tolist() == [False, True, True]
    assert people.loc[GRAPPEN, "Zuid"] == 9


def test_a_viewer_gets_small_cells_blanked_and_the_threshold_only_rises(path):
    with_viewer(path)
    with Project.open(path, user="vera") as project:
        matrix = project.matrices.by_variable("afdeling", weighted=False)
        assert matrix.hidden
        people, size = matrix.table("people"), matrix.table("size")
        assert people.loc[GRAPPEN, "Noord"] == 10  # 10 is shown
        assert people.loc[GRAPPEN, "Zuid"] is None  # 9 is not
        assert matrix.table("units").loc[GRAPPEN, "Zuid"] is None
        assert size.loc[GRAPPEN, "Zuid"] == 17 and size.loc[GRAPPEN, "West"] is None
        raised = project.matrices.by_variable("afdeling", weighted=False, min_cell=11)
        assert raised.table("people").loc[GRAPPEN, "Noord"] is None
        with pytest.raises(InputError, match="can only be raised: 9 is below 10"):
            project.matrices.by_variable("afdeling", min_cell=9)
        cooc = project.matrices.cooccurrence().table("people")
        assert cooc.loc[GRAPPEN, GRAPPEN] == 21 and cooc.loc[GRAPPEN, GENEGEERD] is None


def test_weighted_shares_are_the_survey_estimates(path):
    with Project.open(path, user="ann") as project:
        before = project.matrices.by_variable("afdeling")
        assert before.table("share").isna().all().all()
        assert any("no weighted share" in n and "is known for" in n for n in before.notes)
        review_all(project)
        matrix = project.matrices.by_variable("afdeling")
    noord = [i for i in range(40) if matrix_helpers.afdeling(i) == "Noord"]
    coded = sum(matrix_helpers.weight(i) for i in range(10))
    expected = coded / sum(matrix_helpers.weight(i) for i in noord)
    share = matrix.table("share").loc[GRAPPEN, "Noord"]
    assert share == pytest.approx(expected)
    assert matrix.table("ci_low").loc[GRAPPEN, "Noord"] < share
    assert share < matrix.table("ci_high").loc[GRAPPEN, "Noord"]
    assert matrix.table("share").loc[GRAPPEN, "West"] is None  # a group of 3: suppressed
    assert matrix.notes == []


def test_focus_groups_and_speaker_attributes_count_participants(built):
    with Project.open(built, user="ann") as project:
        groups = project.matrices.by_variable("focus-group")
        roles = project.matrices.by_variable("speaker:role")
        same = project.matrices.by_variable("role")  # no survey variable of that name
    assert groups.people == "participants" and groups.columns == ["fg1"]
    assert groups.table("people").loc[GRAPPEN, "fg1"] == 2
    assert groups.table("size").loc[GRAPPEN, "fg1"] == 3
    assert groups.table("share").isna().all().all()  # focus groups are never weighted
    assert roles.columns == ["moderator", "participant"]
    assert roles.table("people").loc[GRAPPEN].tolist() == [1, 1]
    assert roles.table("size").loc[GRAPPEN].tolist() == [1, 2]
    assert same.cells.equals(roles.cells)


def test_an_unknown_variable_is_one_clear_error(built):
    with Project.open(built, user="ann") as project:
        with pytest.raises(InputError) as error:
            project.matrices.by_variable("leeftijd")
    message = str(error.value)
    assert "\n" not in message and "'leeftijd'" in message and "focus-group" in message


def test_words_per_code_and_group_leave_stop_words_out(built, path):
    with Project.open(built, user="ann") as project:
        every = project.matrices.words().set_index("word")
        ignored = project.matrices.words(code=GENEGEERD)
        per = project.matrices.words(by="afdeling")
        zuid = project.matrices.words(by="afdeling", group="Zuid")
        with pytest.raises(InputError, match="has no value 'Oost'"):
            project.matrices.words(by="afdeling", group="Oost")
    # "grappen": 20 Noord answers, the moderator's and Samira's turns
    assert every.loc["grappen", "units"] == 22
    assert every.loc["overleg", "units"] == 17 and every.loc["borrel", "units"] == 3
    assert not {"de", "mijn", "over", "het", "ik"} & set(every.index)
    assert every.loc["borrel", "suppressed"] and not every.loc["overleg", "suppressed"]
    assert set(ignored["units"]) == {10} and "accent" in set(ignored["word"])
    assert set(per["group"]) == {"Noord", "West", "Zuid"}
    assert per[per["group"] == "West"]["suppressed"].all()  # 3 respondents
    assert set(zuid["group"]) == {"Zuid"} and "voorstel" in set(zuid["word"])
    with_viewer(path)
    with Project.open(path, user="vera") as project:
        shown = project.matrices.words()
    assert "borrel" not in set(shown["word"]) and "grappen" in set(shown["word"])


def svg_texts(data: bytes) -> list[str]:
    root = ET.fromstring(data)
    return ["".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")]


def test_chart_files_are_valid_and_hold_no_suppressed_numbers(path, tmp_path):
    with Project.open(path, user="ann") as project:
        project.codebook.add("=Kosten $x^2$ **vet**", definition="test")
        r00 = [d for d in project.documents(kind="answer") if d["respondent"] == "R00"][0]
        project.coding.code_segment(
            project.segments(r00["id"], kind="answer")[0]["id"], "=Kosten $x^2$ **vet**"
        )
        matrix = project.matrices.by_variable("afdeling", weighted=False)
        assert matrix.table("people").loc[GRAPPEN, "Zuid"] == 9  # the owner sees it ...
        state = snapshot(project)
        svg = project.matrices.write(matrix, tmp_path / "m.svg")
        png = project.matrices.write(matrix, tmp_path / "m.png")
        table = project.matrices.write(matrix, tmp_path / "m.csv")
        again = (tmp_path / "m.svg").read_bytes()
        project.matrices.write(matrix, tmp_path / "m.svg")
        assert (tmp_path / "m.svg").read_bytes() == again  # deterministic
        assert snapshot(project) == state  # writing a file changes nothing in the project
        shown = project.matrices.chart(matrix, fmt="svg")  # what the page shows and offers
        project_csv = project.matrices.csv(matrix)
    assert svg["suppressed"] == png["suppressed"] == table["suppressed"] > 0
    assert svg_texts(shown) == svg_texts((tmp_path / "m.svg").read_bytes())
    texts = svg_texts((tmp_path / "m.svg").read_bytes())
    assert "10" in texts and "15" in texts  # shown cells carry their numbers ...
    assert not {"9", "3", "1", "17"} & set(texts)  # ... no suppressed one does (or its group)
    assert "–" in texts and "=Kosten $x^2$ **vet**" in texts  # data names as plain text
    image = Image.open(io.BytesIO((tmp_path / "m.png").read_bytes()))
    image.verify()
    assert image.format == "PNG"
    lines = (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Duiding export") and "small-cell threshold 10" in lines[0]
    assert any(ln.startswith("'=Kosten $x^2$ **vet**,Noord,,,20,") for ln in lines)
    assert project_csv == (tmp_path / "m.csv").read_bytes()  # the page's download
    zuid = [ln for ln in lines if ln.startswith(f"{GRAPPEN},Zuid,")]
    assert zuid == [f"{GRAPPEN},Zuid,,,17,,,,True"]


def test_the_command_line_prints_writes_and_refuses(built, tmp_path):
    run = run_cli(["matrix", str(built), "--columns", "afdeling", "--unweighted", "--json"])
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    cells = {(c["row"], c["column"]): c for c in result["cells"]}
    assert cells[(GRAPPEN, "Zuid")]["people"] == 9 and cells[(GRAPPEN, "Zuid")]["suppressed"]
    out = tmp_path / "co.svg"
    run = run_cli(["matrix", str(built), "--columns", "codes", "--out", str(out)])
    assert run.returncode == 0, run.stderr
    assert "5*" in run.stdout and f"wrote {out}" in run.stdout
    assert "5" not in svg_texts(out.read_bytes())
    run = run_cli(["matrix", str(built), "--columns", "codes", "--out", str(tmp_path / "m.txt")])
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "m.txt" in run.stderr
    assert not (tmp_path / "m.txt").exists()
    run = run_cli(["words", str(built), "--code", GRAPPEN, "--by", "focus-group"])
    assert run.returncode == 0 and "fg1:" in run.stdout and "grappen" in run.stdout
