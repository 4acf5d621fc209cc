"""Long jobs report their stages (workbench/progress.py): the command line writes each stage
on stderr as it starts and nothing but the result on stdout; with --json or --quiet stderr
stays empty and the JSON is what it was. The API hears the same stages through one
callable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import Project, cli_base
from workbench.cli import main
from workbench.progress import STAGES, step
from conftest import write, write_csv

ANSWERS = [
    "Collega's maken grappen over mijn afkomst",
    "Mijn leidinggevende steunde mij na de melding",
    "Er werd gelachen om mijn accent bij de koffie",
    "De vertrouwenspersoon hielp mij goed",
    "Een grap over mijn geloof in het teamoverleg",
    "Mijn team stond achter mij",
]
TRANSCRIPT = """Moderator: Wat hebt u meegemaakt op het werk?

Sanne: Er worden grappen gemaakt over mijn afkomst, steeds weer.

Karim: Mijn leidinggevende steunde mij toen ik het meldde."""


def labels(*stages: str) -> list[str]:
    return [f"{STAGES[s]}…" for s in stages]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--user", "ann"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def terminal(monkeypatch):
    """stderr taken for a terminal, as when a person runs the command (pytest's is not)."""
    monkeypatch.setattr(cli_base, "on_terminal", lambda stream: True)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("progress")
    rows = ["id;stratum;regio;antwoord"]
    for k in range(48):
        rows.append(
            f"R{k:03d};{'ab'[k % 2]};{['noord', 'zuid'][k % 2]};{ANSWERS[k % 6]}, {k}e keer."
        )
    write_csv(folder / "survey.csv", rows)
    write(folder, "fg1.txt", TRANSCRIPT)
    Project.create(folder / "p.db", user="ann").close()
    return folder


@pytest.mark.slow  # imports, a suggestion run, a topic run and a report through the CLI
def test_each_long_command_writes_its_stages_on_stderr_and_only_the_result_on_stdout(
    folder, capsys
):
    db = str(folder / "p.db")
    code, out, err = run(capsys, "import-survey", db, str(folder / "survey.csv"),
                         "--id", "id", "--stratum", "stratum", "--open", "antwoord")  # fmt: skip
    assert code == 0
    assert err.splitlines() == labels("read", "check", "write", "segment")
    assert "48" in out and not any(label in out for label in labels(*STAGES))

    code, out, err = run(capsys, "import-transcript", db, str(folder / "fg1.txt"))
    assert code == 0 and err.splitlines() == labels("read", "write", "segment")

    with Project.open(folder / "p.db", user="ann") as project:
        project.codebook.add("Grappen")
        for doc in project.documents(kind="answer", limit=100):
            [answer] = project.segments(doc["id"], kind="answer")
            if "grap" in answer["text"] or "gelachen" in answer["text"]:
                project.coding.code_segment(answer["id"], "Grappen")
    code, out, err = run(capsys, "suggest", db, "--code", "Grappen", "--min-examples", "3")
    assert code == 0 and err.splitlines() == labels("embed", "train", "save")
    assert not any(label in out for label in labels(*STAGES))

    code, out, err = run(capsys, "topics", db, "--min-size", "5")
    assert code == 0 and err.splitlines() == labels("embed", "fit", "save")

    code, out, err = run(capsys, "export", db, "--format", "report", str(folder / "r.md"))
    assert code == 0 and err.splitlines() == labels("themes", "method", "render")
    assert out.strip() == out.strip().splitlines()[0] and out.startswith("wrote ")

    code, out, err = run(capsys, "export", db, "--format", "segments", str(folder / "s.csv"))
    assert code == 0 and err.splitlines() == labels("render")


@pytest.mark.slow
def test_json_and_quiet_write_nothing_on_stderr_and_the_json_is_unchanged(folder, capsys):
    db = str(folder / "p.db")
    code, out, err = run(capsys, "export", db, "--format", "segments", str(folder / "a.csv"),
                         "--json")  # fmt: skip
    assert code == 0 and err == ""
    result = json.loads(out)
    with Project.open(folder / "p.db", user="ann") as project:
        same = project.export("segments", folder / "b.csv")
    assert set(result) == set(same) and result["rows"] == same["rows"]
    assert result["meta"] == same["meta"]

    code, out, err = run(capsys, "export", db, "--format", "segments", str(folder / "c.csv"),
                         "--quiet")  # fmt: skip
    assert code == 0 and err == "" and out.startswith("wrote ")
    run(capsys, "import-transcript", db, str(folder / "fg1.txt"), "--quiet")  # if not yet
    code, out, err = run(capsys, "import-transcript", db, str(folder / "fg1.txt"), "--json")
    assert code == 1 and out == ""  # imported already: one error line, no stage before it
    assert err.splitlines() == [err.strip()] and err.startswith("error:")


def test_the_api_reports_stages_in_order_through_one_callable(tmp_path):
    heard: list[tuple[str, int, int]] = []
    rows = ["id;stratum;antwoord", *[f"R{k};s{k % 2};{ANSWERS[k % 6]}" for k in range(12)]]
    with Project.create(tmp_path / "p.db", user="ann") as project:
        project.import_survey(
            write_csv(tmp_path / "s.csv", rows),
            id="id",
            stratum="stratum",
            weight=None,
            open=["antwoord"],
            progress=lambda *a: heard.append(a),
        )
    assert [h[0] for h in heard] == ["read", "check", "write"]
    with pytest.raises(ValueError, match="unknown progress stage"):
        step(None, "thinking")


def test_off_a_terminal_stderr_holds_only_an_error_on_one_line(folder, tmp_path):
    """A script or a pipe (a subprocess, as checks run it) gets no stage lines: a refused
    export's stderr is its one error line, a finished import's stderr is empty."""
    import subprocess
    import sys

    from conftest import ROOT

    def run_cli(args: list[str]) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "workbench", *args]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)

    copy = tmp_path / "p.db"
    Project.create(copy, user="ann").close()
    done = run_cli(["import-transcript", str(copy), str(folder / "fg1.txt"), "--user", "ann"])
    assert done.returncode == 0 and done.stderr == ""
    refused = run_cli(
        ["export", str(copy), "--format", "dataset", str(tmp_path / "d.csv"), "--full",
         "--viewer", "--user", "ann"]
    )  # fmt: skip
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1 and "full" in refused.stderr
