"""``backup PROJECT OUT.db``: a copy made with SQLite's online backup API that opens as the
same project (every row equal), stays consistent while another process is writing, never
overwrites a file, and is for owners only."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from workbench import PermissionDenied, Project, ProjectError
from conftest import ROOT, run_cli, snapshot, write_csv

OWNER, CODER = "olga", "carl"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
WRITER = textwrap.dedent("""
    import sys
    from workbench import Project
    path, started = sys.argv[1], sys.argv[2]
    with Project.open(path, user="carl") as project:
        units = [s["id"] for d in project.documents(kind="answer", limit=10_000)
                 for s in project.segments(d["id"], kind="answer")]
        for k, unit in enumerate(units):
            project.coding.code_segment(unit, "Vormen/Grappen")  # one transaction each
            if k == 20:
                open(started, "w").close()
""")


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A team project (olga owner, carl coder) with 400 answers, a few coded and one memo."""
    rows = ["id,stratum,q"] + [
        f"R{i:04d},{'abc'[i % 3]},Antwoord {i}: mijn collega maakte een opmerking over mijn afkomst."
        for i in range(400)
    ]
    path = tmp_path / "team.db"
    with Project.create(path, user=OWNER) as p:
        p.import_survey(
            write_csv(tmp_path / "s.csv", rows),
            id="id",
            stratum="stratum",
            weight=None,
            open=["q"],
            warm_nlp=False,
        )
        p.codebook.add("Vormen/Grappen")
        p.codebook.add("Vormen/Genegeerd")
        first = p.documents(kind="answer", limit=3)
        for d in first:
            p.coding.code(d["id"], 0, 7, "Vormen/Genegeerd")
        p.coding.add_memo("project", None, "Eerste ronde: <b>niet</b> opgemaakt.")
        p.members.add(CODER, "coder")
    return path


def test_the_copy_opens_as_the_same_project(team: Path, tmp_path: Path):
    out = tmp_path / "kopie.db"
    with Project.open(team, user=OWNER) as p:
        made = p.backup(out)
        original, copied = snapshot(p), out.read_bytes()
        with pytest.raises(ProjectError, match=r"kopie\.db: already exists; nothing was written"):
            p.backup(out)
        assert out.read_bytes() == copied
        codings = p.coding.codings(include_removed=True)
        history = p.events(10_000)
        members = p.members.list()
    assert made["path"] == str(out) and made["newest_event"] == history[0]["id"]
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # a project holds personal data
    with Project.open(out, user=OWNER) as copy:
        assert snapshot(copy) == original  # every row of every table
        assert copy.coding.codings(include_removed=True) == codings
        assert copy.events(10_000) == history
        assert copy.members.list() == members and copy.role == "owner"


def test_the_command_line_backs_up_and_never_overwrites(team: Path, tmp_path: Path):
    out = tmp_path / "kopie.db"
    done = run_cli(["backup", str(team), str(out), "--user", OWNER])
    assert done.returncode == 0, done.stderr
    assert f"backed up {team} to {out}" in done.stdout
    first = out.read_bytes()
    with Project.open(team, user=OWNER) as p:
        p.coding.code_segment(
            p.segments(p.documents(kind="answer")[5]["id"])[0]["id"], "Vormen/Grappen"
        )
        before = snapshot(p)
    again = run_cli(["backup", str(team), str(out), "--user", OWNER])
    assert again.returncode == 1 and again.stdout == ""
    assert (
        again.stderr.strip()
        == f"error: {out}: already exists; nothing was written (choose a new file name)"
    )
    assert again.stderr.count("\n") == 1
    assert out.read_bytes() == first  # the older copy is untouched
    with Project.open(team, user=OWNER) as p:
        assert snapshot(p) == before
    missing = run_cli(["backup", str(team), str(tmp_path / "nergens" / "k.db"), "--user", OWNER])
    assert (
        missing.returncode == 1
        and "folder" in missing.stderr
        and "does not exist" in missing.stderr
    )


def test_a_coder_may_not_back_up(team: Path, tmp_path: Path):
    out = tmp_path / "kopie.db"
    with Project.open(team, user=CODER) as p:
        with pytest.raises(
            PermissionDenied, match=r"'carl' \(coder\) may not back up the project \(owners may\)"
        ):
            p.backup(out)
    assert not out.exists()
    refused = run_cli(["backup", str(team), str(out), "--user", CODER])
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and not out.exists()


@pytest.mark.slow  # a real second process writing
def test_a_backup_while_another_process_writes_is_consistent(team: Path, tmp_path: Path):
    script, started = tmp_path / "writer.py", tmp_path / "started"
    script.write_text(WRITER)
    writer = subprocess.Popen(
        [sys.executable, str(script), str(team), str(started)],
        cwd=ROOT,
        env=ENV,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not started.exists():
            assert writer.poll() is None, writer.stderr.read()
            assert time.monotonic() < deadline, "the writer never started coding"
            time.sleep(0.02)
        out = tmp_path / "midway.db"
        with Project.open(team, user=OWNER) as p:
            made = p.backup(out)
    finally:
        _, errors = writer.communicate(timeout=300)
    assert writer.returncode == 0, errors
    with Project.open(team, user=OWNER) as p:
        final = p.events(10_000)
        every = p.coding.codings(include_removed=True)
    newest = made["newest_event"]
    assert final[0]["id"] > newest, "the writer had finished before the backup: no overlap"
    with Project.open(out, user=OWNER) as copy:
        # the copy is the project as of one moment: exactly the events up to its newest,
        # and exactly the codings those events made, each with its event
        assert copy.events(10_000) == [e for e in final if e["id"] <= newest]
        assert copy.coding.codings(include_removed=True) == [
            c for c in every if c["event_id"] <= newest
        ]
        carl = [e for e in copy.events(10_000) if e["actor"] == CODER]
        assert len(carl) > 20  # taken mid-way: the writer had made more than 20 codings
        assert len(carl) == len(copy.coding.codings(coders=[CODER]))
        print(
            f"backup mid-way: {len(carl)} of the writer's codings in the copy, "
            f"{len([e for e in final if e['actor'] == CODER])} in the end"
        )
