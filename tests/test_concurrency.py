"""Two coders at work at the same time on one project file, in real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench import Project
from conftest import ROOT, write_csv

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CODER = textwrap.dedent("""
    import sys
    from workbench import Project
    path, coder, code = sys.argv[1], sys.argv[2], sys.argv[3]
    with Project.open(path, user=coder) as project:
        units = [s for d in project.documents(kind="answer", limit=10_000)
                 for s in project.segments(d["id"], kind="answer")]
        for unit in units:
            project.coding.code_segment(unit["id"], code)
        project.coding.undo()          # each coder undoes only their own last coding
        project.coding.code_segment(units[-1]["id"], code)
""")


@pytest.mark.slow  # three processes racing
def test_two_processes_coding_at_once_lose_nothing(tmp_path: Path):
    db = tmp_path / "p.db"
    rows = ["id,stratum,w,q"] + [f"R{i},s,1,Antwoord nummer {i} over het werk." for i in range(150)]
    with Project.create(db) as project:
        project.import_survey(
            write_csv(tmp_path / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
        )
        project.codebook.add("Vormen/Grappen")
        project.codebook.add("Vormen/Genegeerd")
    script = tmp_path / "coder.py"
    script.write_text(CODER)
    codings = tmp_path / "codings.csv"
    codings.write_text(
        "segment,code,coder\n" + "".join(f"{i},Vormen/Genegeerd,cli\n" for i in range(1, 151))
    )
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), str(db), "ann", "Vormen/Grappen"],
            cwd=ROOT,
            env=ENV,
            stderr=subprocess.PIPE,
            text=True,
        ),
        subprocess.Popen(
            [sys.executable, str(script), str(db), "bob", "Vormen/Genegeerd"],
            cwd=ROOT,
            env=ENV,
            stderr=subprocess.PIPE,
            text=True,
        ),
        subprocess.Popen(
            [sys.executable, "-m", "workbench", "code", str(db), str(codings)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        ),
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    with Project.open(db) as project:
        live = project.coding.codings()
        assert len(live) == 450
        for coder in ("ann", "bob", "cli"):
            assert len({c["segment_id"] for c in live if c["coder"] == coder}) == 150
        assert len(project.coding.codings(include_removed=True)) == 452  # the undone ones are kept
        assert project.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
