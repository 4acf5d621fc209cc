"""Surveys read and imported in chunks give what a whole-file read gives, and report the
same first problem: the chunked path is what keeps an import's memory flat."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest

from workbench import InputError, Project
from workbench.formats import delimited
from workbench.formats.text import decode, normalise
from workbench.ingest import stream
from workbench.ingest._frame import infer
from workbench.ingest.survey import stream_survey
from conftest import snapshot


def whole_file_read(path: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """The reader as it was before chunking: the whole text decoded, parsed and typed."""
    text, _ = decode(path.read_bytes(), path)
    text = normalise(text)
    delimiter = delimited.detect_delimiter(text)
    header, records, lines = delimited.parse(text, path, delimiter)
    index = pd.Index(lines, dtype="int64", name="row")
    columns, types = {}, {}
    for name, values in zip(header, zip(*records)):
        series = pd.Series(list(values), dtype="str", index=index)
        columns[name], types[name] = infer(series, parse_strings=True, normalised=True)
    return pd.DataFrame(columns, index=index), types


def tricky_survey(path: Path, rows: int, seed: int, line_end: str = "\r\n") -> Path:
    """A semicolon survey whose columns change character late in the file: integers that
    turn into decimals, numbers that turn out to be ids with a leading zero, decimal
    commas, a categorical column, one whose distinct values pass 50 late, text with
    quoted line breaks and accents (NFC and NFD), blank lines and empty columns."""
    rng = random.Random(seed)
    lines = ["id;stratum;gewicht;score;code;aandeel;afdeling;plaats;leeg;toelichting;"]
    for i in range(rows):
        late = i > rows * 0.8
        score = f"{rng.randint(1, 9)}.5" if late and i % 7 == 0 else str(rng.randint(1, 9))
        code = f"0{i}" if late and i == rows - 2 else str(100 + i)
        share = f"{rng.randint(0, 99)},{rng.randint(0, 9)}"
        place = f"plaats {i}" if late else rng.choice(["Den Haag", "Zwolle", "Venlo"])
        remark = rng.choice(
            [
                "",
                "Goed.",
                '"Twee regels:\nhier de tweede"',
                "Financie\u0308n (NFD)",
                "Financiën",
                '"met ; puntkomma"',
                "  spaties rondom  ",
            ]
        )
        lines.append(
            f"R{i:05d};s{i % 3};{rng.randint(1, 30)},{rng.randint(0, 99):02d};{score};"
            f"{code};{share};{rng.choice(['HR', 'IT', 'Juridisch'])};{place};;{remark};"
        )
        if rng.random() < 0.05:
            lines.append("")
    path.write_bytes(line_end.join(lines).encode("utf-8") + line_end.encode())
    return path


@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r"])
@pytest.mark.slow  # a survey read in 37-byte pieces
def test_chunked_read_is_the_whole_file_read(tmp_path, monkeypatch, line_end):
    path = tricky_survey(tmp_path / "s.csv", 400, seed=3, line_end=line_end)
    expected, types = whole_file_read(path)
    monkeypatch.setattr(stream, "_BLOCK", 37)  # pieces cut inside CRLFs and characters
    with stream_survey(path, chunk_rows=9) as survey:
        assert {n: c.type for n, c in survey.columns.items()} == types
        assert survey.rows == len(expected) and survey.delimiter == ";"
        pd.testing.assert_frame_equal(survey.frame(), expected)
    assert types["score"] == "numeric" and expected["score"].dtype == "float64"
    assert types["code"] == "text"  # a late "0..." makes the numbers ids
    assert types["aandeel"] == "numeric" and types["afdeling"] == "categorical"
    assert types["plaats"] == "text"


def test_chunked_read_reports_what_the_whole_read_reports(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "_BLOCK", 16)
    cases = {
        "quoting": 'id,t\n1,a\n2,"open\n3,c\n',
        "extra field after a good chunk": "id;t\n"
        + "".join(f"{i};x\n" for i in range(30))
        + "99;x;extra\n",
        "duplicate header, bad row later": "id;t;t\n1;a;b\n2;a;b;c\n",
        "unnamed column used late": "id;;t\n"
        + "".join(f"{i};;x\n" for i in range(30))
        + "99;oeps;x\n",
    }
    for name, content in cases.items():
        path = tmp_path / "bad.csv"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(InputError) as whole:
            whole_file_read(path)
        with pytest.raises(InputError) as chunked:
            stream_survey(path, chunk_rows=4)
        assert str(chunked.value) == str(whole.value), name


def survey_rows(n: int, start: int = 0) -> list[str]:
    return [
        f"R{i};s{i % 4};1,{i % 10};{i % 5};Antwoord nummer {i}. Met een tweede zin."
        for i in range(start, start + n)
    ]


HEADER = "id;stratum;w;schaal;q"


@pytest.mark.parametrize(
    "problems, expected",
    [
        # the first problem of the highest kind wins, wherever its chunk is
        # (rows[k] is on line k + 2)
        ({45: "R45;s1;-1;3;x", 5: "R5;;1;3;x"}, "row 47: column 'w': weight -1 must be > 0"),
        ({40: "R3;s1;1;3;x"}, r"row 42: duplicate id 'R3' in column 'id' \(first on row 5\)"),
        ({40: "R3;s1;1;3;x", 10: "R10;s1;nul;3;x"}, "row 42: duplicate id 'R3'"),
        ({30: ";s1;1;3;x", 20: "R20;s1;0;3;x"}, "row 32: id column 'id' is empty"),
    ],
)
def test_problems_found_in_later_chunks_are_reported_in_order(
    tmp_path, monkeypatch, problems, expected
):
    monkeypatch.setattr(stream, "CHUNK_ROWS", 7)
    rows = survey_rows(50)
    for at, row in problems.items():
        rows[at] = row
    path = tmp_path / "s.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        before = snapshot(project)
        with pytest.raises(InputError, match=expected):
            project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
        assert snapshot(project) == before


def imported(path: Path, db: Path) -> dict[str, list]:
    with Project.create(db, user="t") as project:
        project.import_survey(
            path, id="id", stratum="stratum", weight="gewicht", open=["toelichting", "plaats"]
        )
        query = project.db.execute
        return {
            "respondents": [
                (r[0], r[1], r[2], json.loads(r[3]), r[4])
                for r in query(
                    "SELECT external_id, stratum, weight, data, source_row FROM respondents "
                    "ORDER BY id"
                )
            ],
            "documents": query(
                "SELECT id, title, text, respondent_id, question_id FROM documents ORDER BY id"
            ).fetchall(),
            "segments": query(
                'SELECT id, document_id, kind, start, "end" FROM segments ORDER BY id'
            ).fetchall(),
            "variables": query("SELECT name, role, type, position FROM variables").fetchall(),
        }


@pytest.mark.slow  # the same survey imported twice
def test_an_import_in_chunks_writes_what_one_chunk_writes(tmp_path, monkeypatch):
    path = tricky_survey(tmp_path / "s.csv", 300, seed=5)
    whole = imported(path, tmp_path / "whole.db")
    monkeypatch.setattr(stream, "CHUNK_ROWS", 11)
    chunked = imported(path, tmp_path / "chunked.db")
    assert chunked == whole
    frame, _ = whole_file_read(path)
    first = whole["respondents"][0]
    assert first[0] == frame["id"].iloc[0] and first[4] == frame.index[0]
    row = frame.iloc[0]
    # the variables as the whole-file frame has them: numbers as numbers, no empty ones
    assert first[3] == {
        k: (int(v) if float(v).is_integer() else float(v)) if k in ("score", "aandeel") else v
        for k, v in row.items()
        if k not in ("id", "stratum", "gewicht", "toelichting", "plaats") and pd.notna(v)
    }
    answers = [d for d in whole["documents"] if d[4] == 1]
    assert len(answers) == frame["toelichting"].notna().sum()
    assert all(
        segment[4] == len(document[2])
        for segment, document in zip(whole["segments"], whole["documents"])
    )


@pytest.mark.slow  # a large import with NLP worker processes
def test_nlp_workers_started_for_a_large_import_stop_when_it_fails(tmp_path, monkeypatch):
    """A large import starts segmentation's NLP workers early; a refused file stops them."""
    import multiprocessing

    from workbench import nlp

    # threads other tests left running (a browser's server) would keep the pool from
    # starting, as it must in a threaded app; this test is about the pool's lifetime
    monkeypatch.setattr(nlp.threading, "active_count", lambda: 1)
    started = []
    start = nlp.Analyser.start
    monkeypatch.setattr(
        nlp.Analyser, "start", lambda self, total: started.append(start(self, total)) or started[-1]
    )
    rows = survey_rows(25_000) + ["R7;s1;1,5;3;dubbel"]
    path = tmp_path / "s.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "p.db") as project:
        with pytest.raises(InputError, match="duplicate id 'R7'"):
            project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
        assert started == [True]  # the workers had started
        assert project.core.analyser is None and not multiprocessing.active_children()
        path.write_text("\n".join([HEADER, *rows[:-1]]) + "\n", encoding="utf-8")
        project.import_survey(path, id="id", stratum="stratum", weight="w", open=["q"])
        assert started == [True, True] and project.segment()["documents"] == 25_000
    assert not multiprocessing.active_children()
