"""`export` and `import-qdpx` on the command line: every kind through one command, the
file type from the suffix, one clear line for bad requests, the project never changed."""

from __future__ import annotations

import json

import pytest

from workbench import Project
from workbench.cli import main
from codebook_helpers import REFI
from conftest import snapshot, with_starter

LEAF = "Vormen/Gepest"
EMAIL = "j.jansen@example.nl"


@pytest.fixture
def coded(demo_copy):
    with Project.open(demo_copy, user="ann") as project:
        with_starter(project)
        project.codebook.update(LEAF, examples=[f"Mail mij op {EMAIL} als het weer gebeurt."])
        seen: set[str] = set()
        for doc in project.documents(kind="answer", limit=400):
            if doc["respondent"] not in seen and len(seen) < 12:
                seen.add(doc["respondent"])
                project.coding.code_segment(
                    project.segments(doc["id"], kind="answer")[0]["id"], LEAF
                )
    return demo_copy


@pytest.mark.parametrize(
    "kind,name",
    [
        ("segments", "coded.csv"),
        ("segments", "coded.xlsx"),
        ("table", "table.xlsx"),
        ("codebook", "codebook.yaml"),
        ("codebook", "codebook.qdc"),
        pytest.param("report", "report.md", marks=pytest.mark.slow),  # a report of the demo
        pytest.param("report", "report.docx", marks=pytest.mark.slow),  # with charts
        pytest.param("qdpx", "project.qdpx", marks=pytest.mark.slow),  # the demo with its sources
        pytest.param("dataset", "anonymised.csv", marks=pytest.mark.slow),  # the demo anonymised
    ],
)
def test_every_export_kind(coded, tmp_path, capsys, kind, name):
    with Project.open(coded) as project:
        before = snapshot(project)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / name
    assert main(["export", str(coded), "--format", kind, str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert out.stat().st_size > 0 and result["kind"] == kind
    assert result["meta"]["codebook_version"] >= 1 and result["meta"]["last_event"] > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left
    with Project.open(coded) as project:
        assert snapshot(project) == before


def test_bad_requests_get_one_line(coded, tmp_path, capsys):
    with Project.open(coded) as project:
        before = snapshot(project)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "report.pdf"
    assert main(["export", str(coded), "--format", "report", str(out)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and str(out) in error and ".html or .docx or .md" in error
    assert (
        main(["export", str(coded), "--format", "qdpx", str(tmp_path / "p.qdpx"), "--viewer"]) == 1
    )
    assert "viewer" in capsys.readouterr().err
    assert (
        main(["export", str(coded), "--format", "dataset", str(tmp_path / "d.csv"), "--k", "5"])
        == 1
    )
    assert not list(tmp_path.iterdir())
    with Project.open(coded) as project:
        assert snapshot(project) == before


def test_viewer_codebook_redacts_example_quotes(coded, tmp_path):
    researcher, viewer = tmp_path / "r.yaml", tmp_path / "v.yaml"
    assert main(["export", str(coded), "--format", "codebook", str(researcher)]) == 0
    assert main(["export", str(coded), "--format", "codebook", str(viewer), "--viewer"]) == 0
    assert EMAIL in researcher.read_text() and EMAIL not in viewer.read_text()


@pytest.mark.slow  # the demo through REFI-QDA and back
def test_import_qdpx_round_trip_on_the_command_line(coded, tmp_path, capsys):
    exported, copy = tmp_path / "p.qdpx", tmp_path / "copy.db"
    assert main(["export", str(coded), "--format", "qdpx", str(exported)]) == 0
    assert main(["import-qdpx", str(exported), str(copy), "--json"]) == 0
    capsys.readouterr()
    with Project.open(coded) as original, Project.open(copy) as imported:
        assert len(imported.coding.codings()) == len(original.coding.codings()) == 12
        assert imported.codebook.get(LEAF).guid == original.codebook.get(LEAF).guid
    assert main(["import-qdpx", str(exported), str(copy)]) == 1  # never overwrites


def test_import_qdpx_reports_skipped_sources_in_plain_text(tmp_path, capsys):
    sample = REFI / "atlasti-8.4-standard-project.qdpx"
    assert main(["import-qdpx", str(sample), str(tmp_path / "atlas.db")]) == 0
    out = capsys.readouterr().out
    assert "0 sources read, 12 skipped" in out and "14 codes" in out
    assert "skipped Mabel.txt: its file" in out and "(3 codings)" in out
