"""Coded tables as a user reads them back: the segments export (researcher and viewer) and
the codes x subgroups table, in csv and xlsx."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from workbench import InputError, Project
from workbench.export.common import context, header_line
from workbench.export.tables import (
    SEGMENT_COLUMNS,
    SUBGROUP_COLUMNS,
    default_by,
    write_segments,
    write_subgroups,
)
from conftest import review_all, snapshot, write_csv

CODE = "Vormen/Grappen"
TURN_CODE = "Gronden/Afkomst"
NAMED = "Mijn collega Jan de Vries maakte grappen over mijn afkomst"


def build(
    tmp_path: Path,
    *,
    coded_a: int = 10,
    coded_b: int = 0,
    group_a: int = 12,
    group_b: int = 30,
    speakers: int = 0,
    reviewed: bool = True,
) -> Project:
    """Respondents of origin A (weight 1) and B (weight 2), every one with an answer; the
    first ``coded_a`` answers of A and ``coded_b`` of B coded, every answer reviewed (a
    complete coding) unless not ``reviewed``; a focus group of ``speakers`` participants
    with one coded turn each."""
    rows = ["id,stratum,w,herkomst,regio,leeftijd,q"]
    rows += [f"A{i},s,1,A,r{i % 13},{30 + i},{NAMED} ({i})." for i in range(group_a)]
    rows += [
        f"B{i},s,2,B,r{i % 13},{40 + i},Er werd gelachen om mijn naam en dat was keer {i}."
        for i in range(group_b)
    ]
    project = Project.create(tmp_path / "p.db", user="ann")
    project.import_survey(
        write_csv(tmp_path / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
    )
    for path in (CODE, TURN_CODE):
        project.codebook.add(path)
    answers = project.documents(kind="answer", limit=1000)
    for doc in answers[:coded_a] + answers[group_a : group_a + coded_b]:
        project.coding.code(doc["id"], 0, 40, CODE)
    if reviewed:
        review_all(project)
    if speakers:
        lines = [
            f"[00:00:{i:02d}] Deelnemer{i}: Ik hoorde een opmerking over afkomst, keer {i}."
            for i in range(speakers)
        ]
        project.import_transcript(write_csv(tmp_path / "fg.txt", lines), group="fg")
        [doc] = project.documents(kind="transcript")
        for turn in project.segments(doc["id"], kind="turn"):
            project.coding.code_segment(turn["id"], TURN_CODE)
    return project


def read_back(path: Path) -> tuple[list[str], list[dict]]:
    """The preamble (or the about sheet) and the rows of an export, as a user reads them."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as file:
            lines = list(csv.reader(file))
        end = lines.index([])
        header, *body = lines[end + 1 :]
        return [line[0] for line in lines[:end]], [dict(zip(header, r)) for r in body]
    book = openpyxl.load_workbook(path)
    header, *body = book.worksheets[0].iter_rows(values_only=True)
    about = [row[0] for row in book["about"].iter_rows(values_only=True)]
    return about, [dict(zip(header, r)) for r in body]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_segments_name_the_export_and_who_said_what_where(tmp_path, fmt):
    with build(tmp_path, coded_a=3, speakers=2) as project:
        removed = project.coding.code(project.documents(kind="answer")[5]["id"], 0, 10, CODE)
        project.coding.uncode(removed)
        result = write_segments(context(project.core), tmp_path / f"s.{fmt}", fmt)
        notes, rows = read_back(tmp_path / f"s.{fmt}")
        assert notes[0] == header_line(context(project.core))
    assert result["rows"] == 5 == len(rows) and list(rows[0]) == list(SEGMENT_COLUMNS)
    first = rows[0]  # codebook order: Vormen/Grappen before Gronden/Afkomst
    assert (first["respondent"], first["group"], first["question"], first["kind"]) == (
        "A0",
        "s",
        "q",
        "answer",
    )
    assert first["text"] == NAMED[:40] and first["code"] == CODE
    assert (first["coder"], first["source"]) == ("ann", "human") and first["time"]
    assert "A0" in first["document"]
    turn = rows[3]
    assert (turn["speaker"], turn["group"], turn["kind"], turn["code"]) == (
        "Deelnemer0",
        "fg",
        "transcript",
        TURN_CODE,
    )
    assert turn["text"] == "Ik hoorde een opmerking over afkomst, keer 0."
    assert [r["respondent"] for r in rows[:3]] == ["A0", "A1", "A2"]


def test_suggestions_only_on_request_marked_as_such(tmp_path):
    with build(tmp_path, coded_a=12) as project:
        project.suggestions.run([CODE], threshold=0.0)
        plain = write_segments(context(project.core), tmp_path / "plain.csv", "csv")
        both = write_segments(context(project.core), tmp_path / "both.csv", "csv", suggestions=True)
        _, rows = read_back(tmp_path / "both.csv")
        with pytest.raises(InputError):
            write_segments(
                context(project.core, viewer=True), tmp_path / "v.csv", "csv", suggestions=True
            )
    assert plain["rows"] == 12 < both["rows"]
    suggested = [r for r in rows if r["source"] == "suggestion"]
    assert suggested and all(r["coder"].startswith("model:") and r["score"] for r in suggested)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_viewer_segments_are_redacted_and_carry_no_ids(tmp_path, fmt):
    with build(tmp_path, coded_a=10, speakers=10) as project:
        write_segments(context(project.core, viewer=True), tmp_path / f"v.{fmt}", fmt)
        write_segments(context(project.core), tmp_path / f"r.{fmt}", fmt)
    notes, rows = read_back(tmp_path / f"v.{fmt}")
    _, researcher = read_back(tmp_path / f"r.{fmt}")
    assert "audience viewer" in notes[0] and len(rows) == 20
    for column in ("coding_id", "document_id", "document", "respondent", "speaker", "group"):
        assert all(r[column] in ("", None) for r in rows), column
    assert all("Jan de Vries" not in r["text"] for r in rows)
    assert any("[naam]" in r["text"] for r in rows)
    assert any("Jan de Vries" in r["text"] for r in researcher)


@pytest.mark.parametrize("kind", ["respondents", "participants"])
def test_viewer_quotes_need_ten_people(tmp_path, kind):
    """A code applied to exactly 9 respondents (focus-group participants) shows no quote
    to viewers; 10 do. Researchers see them all."""
    counts = {}
    for n in (9, 10):
        folder = tmp_path / str(n)
        folder.mkdir()
        sizes = {"coded_a": n} if kind == "respondents" else {"coded_a": 0, "speakers": n}
        with build(folder, **sizes) as project:
            viewer = write_segments(context(project.core, viewer=True), folder / "v.csv", "csv")
            researcher = write_segments(context(project.core), folder / "r.csv", "csv")
        counts[n] = (viewer["rows"], viewer["left_out"], researcher["rows"])
    assert counts[9] == (0, 9, 9)
    assert counts[10] == (10, 0, 10)
    notes, _ = read_back(tmp_path / "9" / "v.csv")
    assert any("9 rows left out" in line for line in notes)


FORMULA = 'HYPERLINK("http://example.org/x","klik")'


def answering(tmp_path: Path, answer: str) -> Project:
    """Ten respondents who all gave ``answer``, and the code CODE."""
    quoted = '"' + answer.replace('"', '""') + '"'
    project = Project.create(tmp_path / "f.db", user="ann")
    rows = ["id,stratum,q", *[f"R{i},s,{quoted}" for i in range(10)]]
    project.import_survey(
        write_csv(tmp_path / "f.csv", rows), id="id", stratum="stratum", weight=None, open=["q"]
    )
    project.codebook.add(CODE)
    return project


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("char", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_come_back_as_text(tmp_path, fmt, char):
    """A quote or a coder name that starts like a formula gets a leading apostrophe."""
    with answering(tmp_path, f"Zie: {char}{FORMULA}") as project:
        doc = project.documents(kind="answer")[0]
        text = project.document(doc["id"])["text"]
        start = text.index(char) if char in text else text.index("H")  # CR became LF on import
        project.coding.code(doc["id"], start, len(text), CODE, coder=f"{char}coder")
        write_segments(context(project.core), tmp_path / f"f.{fmt}", fmt)
    [row] = read_back(tmp_path / f"f.{fmt}")[1]
    assert row["text"] == ("" if char == "\r" else "'") + text[start:]
    assert row["coder"] in ("'" + f"{char}coder", "'\ncoder")  # xml may store CR as LF
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(tmp_path / "f.xlsx").worksheets[0]
        assert {c.data_type for c in sheet[2]} <= {"s", "n"}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_hyperlink_quote_is_text_not_a_formula(tmp_path, fmt):
    with answering(tmp_path, "=" + FORMULA) as project:
        for doc in project.documents(kind="answer"):
            project.coding.code(doc["id"], 0, len(FORMULA) + 1, CODE)
        write_segments(context(project.core, viewer=True), tmp_path / f"h.{fmt}", fmt)
    rows = read_back(tmp_path / f"h.{fmt}")[1]
    assert len(rows) == 10 and all(r["text"] == "'=" + FORMULA for r in rows)
    if fmt == "xlsx":
        cell = openpyxl.load_workbook(tmp_path / "h.xlsx").worksheets[0]["K2"]
        assert cell.data_type == "s" and cell.value == "'=" + FORMULA


def test_text_longer_than_an_excel_cell_is_cut_in_xlsx_only(tmp_path):
    with answering(tmp_path, "lang " * 8000) as project:
        doc = project.documents(kind="answer")[0]
        project.coding.code(doc["id"], 0, doc["length"], CODE)
        for fmt in ("csv", "xlsx"):
            write_segments(context(project.core), tmp_path / f"l.{fmt}", fmt)
    [whole] = read_back(tmp_path / "l.csv")[1]
    [cut] = read_back(tmp_path / "l.xlsx")[1]
    assert len(whole["text"]) == 39999 and len(cut["text"]) == 32767
    assert cut["text"].endswith("…") and whole["text"].startswith(cut["text"][:-1])


@pytest.mark.slow  # the demo's tables written several times
def test_same_state_same_bytes_and_a_new_coding_changes_them(tmp_path):
    writers = {
        "seg.csv": lambda c, p: write_segments(c, p, "csv"),
        "seg.xlsx": lambda c, p: write_segments(c, p, "xlsx"),
        "sub.xlsx": lambda c, p: write_subgroups(c, p, "xlsx", by=["herkomst"]),
        "sub.csv": lambda c, p: write_subgroups(c, p, "csv", by=["herkomst"]),
    }

    def export(project: Project, tag: str) -> dict[str, bytes]:
        for name, write in writers.items():
            write(context(project.core), tmp_path / f"{tag}{name}")
        return {name: (tmp_path / f"{tag}{name}").read_bytes() for name in writers}

    with build(tmp_path, coded_a=10, coded_b=10) as project:
        first, second = export(project, "a"), export(project, "b")
        project.coding.code(project.documents(kind="answer")[30]["id"], 0, 10, CODE)
        third = export(project, "c")
    assert first == second
    assert all(third[name] != first[name] for name in writers)


def test_subgroups_give_prevalence_ci_n_and_the_test(tmp_path):
    with build(tmp_path, coded_a=10, coded_b=15) as project:
        result = write_subgroups(context(project.core), tmp_path / "g.csv", "csv", by=["herkomst"])
        expected = project.estimate(code=CODE, by=["herkomst"], among="answered")
        overall = project.estimate(code=CODE, among="answered")["estimates"][0]
    notes, rows = read_back(tmp_path / "g.csv")
    assert list(rows[0]) == list(SUBGROUP_COLUMNS) and result["rows"] == 6
    assert "Rao-Scott" in notes[1]
    # a parent code carries its sub-codes' codings
    assert [r["code"] for r in rows] == ["Vormen"] * 3 + [CODE] * 3
    assert [r["prevalence_pct"] for r in rows[:3]] == [r["prevalence_pct"] for r in rows[3:]]
    total, a, b = rows[3:]
    assert (total["code"], total["variable"], total["n"]) == (CODE, "(all)", "42")
    assert float(total["prevalence_pct"]) == round(100 * overall["estimate"], 1)
    assert (a["value"], b["value"]) == ("A", "B")
    assert float(a["prevalence_pct"]) == round(100 * 10 / 12, 1)
    assert float(b["prevalence_pct"]) == round(100 * 15 / 30, 1)
    est_a = expected["estimates"][0]
    assert float(a["ci_low_pct"]) == round(100 * est_a["ci_low"], 1)
    assert float(a["ci_high_pct"]) == round(100 * est_a["ci_high"], 1)
    assert a["n"] == "12" and b["n"] == "30"
    assert float(a["p"]) == round(expected["test"]["p"], 4) and a["sig"] == expected["test"]["sig"]


def test_a_code_without_a_valid_figure_says_so_instead_of_a_number(tmp_path):
    with build(tmp_path, coded_a=10, coded_b=15, reviewed=False) as project:
        write_subgroups(context(project.core), tmp_path / "g.csv", "csv", by=["herkomst"])
    rows = read_back(tmp_path / "g.csv")[1]
    assert [r["variable"] for r in rows] == ["(all)", "(all)"]
    assert all(
        r["prevalence_pct"] == "" and r["note"].startswith("no valid figure: ") for r in rows
    )
    assert "is known for 25 of 42 answers" in rows[1]["note"]


@pytest.mark.parametrize("viewer", [False, True])
def test_subgroup_cells_from_fewer_than_ten_are_empty_for_everyone(tmp_path, viewer):
    with build(tmp_path, coded_a=9, coded_b=10, group_a=12) as project:
        write_subgroups(
            context(project.core, viewer=viewer), tmp_path / "g.xlsx", "xlsx", by=["herkomst"]
        )
    _, a, b = read_back(tmp_path / "g.xlsx")[1][3:]
    assert a["prevalence_pct"] is None and a["n"] is None and a["ci_low_pct"] is None
    assert "fewer than 10 coded respondents" in a["note"]
    assert b["prevalence_pct"] == round(100 * 10 / 30, 1) and b["n"] == 30 and not b["note"]


def test_a_group_of_nine_is_empty_and_a_group_of_ten_is_shown(tmp_path):
    shown = {}
    for size in (9, 10):
        folder = tmp_path / str(size)
        folder.mkdir()
        with build(folder, coded_a=size, coded_b=10, group_a=size) as project:
            write_subgroups(context(project.core), folder / "g.csv", "csv", by=["herkomst"])
        shown[size] = read_back(folder / "g.csv")[1][4]
    assert shown[9]["prevalence_pct"] == "" and "fewer than 10 respondents" in shown[9]["note"]
    assert shown[10]["prevalence_pct"] == "100.0" and shown[10]["n"] == "10"


def test_default_subgroups_are_categorical_variables_with_2_to_12_values(tmp_path):
    with build(tmp_path, coded_a=10, coded_b=10) as project:
        ctx = context(project.core)
        assert default_by(ctx) == ["herkomst"]  # not regio (13 values), leeftijd, id, w, stratum
        result = write_subgroups(ctx, tmp_path / "g.csv", "csv")
        with pytest.raises(InputError):
            write_subgroups(ctx, tmp_path / "x.csv", "csv", by=["nope"])
        with pytest.raises(InputError):
            write_subgroups(ctx, tmp_path / "x.csv", "csv", among="some")
        with pytest.raises(InputError):
            write_segments(ctx, tmp_path / "x.ods", "ods")
    assert result["rows"] == 6  # Vormen and Vormen/Grappen; Gronden/Afkomst has no coded answers
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.ods").exists()


def test_exporting_leaves_the_project_unchanged(tmp_path):
    with build(tmp_path, coded_a=10, coded_b=10, speakers=10) as project:
        before = snapshot(project)
        for viewer in (False, True):
            for fmt in ("csv", "xlsx"):
                write_segments(context(project.core, viewer=viewer), tmp_path / f"s.{fmt}", fmt)
                write_subgroups(context(project.core, viewer=viewer), tmp_path / f"g.{fmt}", fmt)
        assert snapshot(project) == before
    assert not list(tmp_path.glob("*.part"))
