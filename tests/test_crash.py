"""A process killed in the middle of an import leaves the project as it was before."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench import Project
from conftest import ROOT


@pytest.mark.slow  # an import in a process that is killed
def test_killed_import_leaves_a_consistent_project(tmp_path: Path):
    db = tmp_path / "p.db"
    Project.create(db).close()
    rows = ["id;stratum;w;q"] + [
        f"R{i};s{i % 8};1,5;Ik werd op mijn werk genegeerd, antwoord nummer {i}."
        for i in range(60_000)
    ]
    survey = tmp_path / "big.csv"
    survey.write_text("\n".join(rows), encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench",
            "import-survey",
            str(db),
            str(survey),
            "--id",
            "id",
            "--stratum",
            "stratum",
            "--weight",
            "w",
            "--open",
            "q",
            "--no-segment",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:  # the write transaction is under way
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait(timeout=60)
    killed = process.returncode == -signal.SIGKILL
    with Project.open(db) as project:
        assert project.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = project.info()["counts"]
        if killed:
            assert (counts["respondents"], counts["documents"], counts["segments"]) == (0, 0, 0)
            assert [e["action"] for e in project.events()] == ["create"]
            # and the same file imports cleanly afterwards
            assert (
                project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])[
                    "respondents"
                ]
                == 60_000
            )
        else:  # finished before the kill: then all of it is there
            assert counts["respondents"] == 60_000 and counts["documents"] == 60_000
