"""One live coding per document, span, code and coder: a codings file imported twice is
refused, coders racing in separate processes end with one coding, undo and consensus never
make a twin, and project files that already hold twins are repaired by a recorded event."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from workbench import InputError, Project, events
from workbench.store import codings as coding_store
from workbench.store import migrations
from conftest import ROOT, snapshot, write, write_csv

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def survey_project(path: Path, answers: int = 6) -> Project:
    rows = ["id,stratum,w,q"] + [
        f"R{i},s,1,Antwoord {i}: ik werd genegeerd in het overleg." for i in range(answers)
    ]
    project = Project.create(path, user="lead")
    project.import_survey(
        write_csv(path.parent / "s.csv", rows), id="id", stratum="stratum", weight="w", open=["q"]
    )
    project.codebook.add("Vormen/Genegeerd")
    project.codebook.add("Vormen/Grappen")
    return project


def units(project: Project) -> list[dict]:
    return [
        s
        for d in project.documents(kind="answer", limit=100_000)
        for s in project.segments(d["id"], kind="answer")
    ]


def twins(project: Project) -> int:
    """Live human/accepted codings beyond the first per (document, span, code, coder)."""
    return project.db.execute(
        "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM codings "
        "WHERE removed_event IS NULL AND source IN ('human', 'accepted') "
        'GROUP BY document_id, start, "end", code_id, coder)'
    ).fetchone()[0]


# -- importing a codings file ---------------------------------------------------------------
def test_the_same_codings_file_twice_is_refused_and_nothing_doubles(tmp_path):
    with survey_project(tmp_path / "p.db") as project:
        segments = units(project)
        path = write(
            tmp_path,
            "codings.csv",
            "segment,code,coder\n" + "".join(f"{s['id']},Vormen/Genegeerd,ann\n" for s in segments),
        )
        assert project.coding.import_file(path)["codings"] == len(segments)
        before = snapshot(project)
        passages = len(project.coding.retrieve("Vormen/Genegeerd"))
        with pytest.raises(InputError, match="already imported .*nothing was changed"):
            project.coding.import_file(path)
        copy = write(tmp_path, "renamed copy.csv", path.read_bytes())  # the bytes decide
        with pytest.raises(InputError, match="already imported"):
            project.coding.import_file(copy)
        assert snapshot(project) == before
        assert len(project.coding.retrieve("Vormen/Genegeerd")) == passages == len(segments)
        [source] = [
            s for s in project.db.execute("SELECT kind, filename FROM sources") if s[0] == "codings"
        ]
        assert source == ("codings", "codings.csv")


def test_an_undone_import_can_be_imported_again(tmp_path):
    with survey_project(tmp_path / "p.db") as project:
        segments = units(project)
        path = write(
            tmp_path,
            "codings.csv",
            "segment,code\n" + "".join(f"{s['id']},Vormen/Genegeerd\n" for s in segments),
        )
        project.coding.import_file(path, coder="ann")  # meant for bob
        assert project.coding.undo(coder="ann")["undid"] == "import-codings"
        assert not project.coding.codings()
        assert project.coding.import_file(path, coder="bob")["codings"] == len(segments)
        assert {c["coder"] for c in project.coding.codings()} == {"bob"}
        assert (
            project.db.execute("SELECT count(*) FROM sources WHERE kind = 'codings'").fetchone()[0]
            == 1
        )


def test_codings_already_there_or_repeated_in_the_file_are_skipped_and_counted(tmp_path):
    with survey_project(tmp_path / "p.db") as project:
        first, second, third = units(project)[:3]
        project.coding.code_segment(first["id"], "Vormen/Genegeerd", coder="ann")
        path = write(
            tmp_path,
            "more.csv",
            "segment,code,coder\n"
            f"{first['id']},Vormen/Genegeerd,ann\n"  # ann has it already
            f"{first['id']},Vormen/Genegeerd,bob\n"  # another coder: a coding
            f"{second['id']},Vormen/Genegeerd,ann\n"
            f"{second['id']},Vormen/Genegeerd,ann\n"  # twice in the file
            f"{third['id']},Vormen/Grappen,ann\n",
        )
        result = project.coding.import_file(path)
        assert (result["codings"], result["already_coded"], result["repeated_in_file"]) == (3, 1, 1)
        assert len(project.coding.codings()) == 4 and twins(project) == 0


# -- coders at work at the same time --------------------------------------------------------
SAME_CODER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from workbench import Project
    path, go = sys.argv[1], Path(sys.argv[2])
    with Project.open(path, user="ann") as project:
        ids = [s["id"] for d in project.documents(kind="answer", limit=100_000)
               for s in project.segments(d["id"], kind="answer")]
        while not go.exists():
            time.sleep(0.001)
        for unit in ids:
            project.coding.code_segment(unit, "Vormen/Genegeerd")
""")


@pytest.mark.slow  # three processes racing
def test_the_same_coder_in_two_processes_at_once_ends_with_one_coding_per_span(tmp_path):
    """Two tabs or processes of one coder coding the same answers in the same order: each
    answer ends with one live coding (before the fix: dozens of twins per run)."""
    db = tmp_path / "p.db"
    survey_project(db, answers=400).close()
    script = write(tmp_path, "coder.py", SAME_CODER)
    go = tmp_path / "go"
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), str(db), str(go)],
            cwd=ROOT,
            env=ENV,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    import time

    time.sleep(4)  # let all three open the project and list the answers
    go.touch()
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    with Project.open(db) as project:
        assert twins(project) == 0
        live = project.coding.codings()
        assert len(live) == 400 and {c["coder"] for c in live} == {"ann"}
        assert len(project.coding.codings(include_removed=True)) == 400  # nothing made and removed
        events = project.db.execute("SELECT count(*) FROM events WHERE action = 'code'")
        assert events.fetchone()[0] == 400  # one event per coding made, none empty


@pytest.mark.slow  # two processes racing
def test_two_processes_importing_the_same_file_import_it_once(tmp_path):
    db = tmp_path / "p.db"
    with survey_project(db, answers=300) as project:
        ids = [s["id"] for s in units(project)]
    path = write(
        tmp_path,
        "c.csv",
        "segment,code,coder\n" + "".join(f"{i},Vormen/Genegeerd,ann\n" for i in ids),
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "workbench", "code", str(db), str(path)],
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in processes]
    assert sorted(code for code, _ in results) == [0, 1]
    refused = next(err for code, err in results if code == 1)
    assert "already imported" in refused and len(refused.strip().splitlines()) == 1
    with Project.open(db) as project:
        assert len(project.coding.codings()) == 300 and twins(project) == 0


# -- undo, consensus and accept never make a twin ------------------------------------------
def test_undo_does_not_restore_a_coding_that_was_made_again_meanwhile(tmp_path):
    with survey_project(tmp_path / "p.db") as project:
        unit = units(project)[0]
        lead = Project.open(project.path, user="lead")
        other = Project.open(project.path, user="second")
        first = lead.coding.consensus(unit["id"], "Vormen/Genegeerd", applied=True)
        lead.coding.consensus(unit["id"], "Vormen/Genegeerd", applied=False)  # lead removes it
        again = other.coding.consensus(unit["id"], "Vormen/Genegeerd", applied=True)  # decided anew
        assert again != first
        result = lead.coding.undo()  # lead's last action: the removal; its coding stays removed
        assert result["undid"] == "consensus" and result["restored"] == 0
        live = project.coding.codings(coders=["consensus"])
        assert [c["id"] for c in live] == [again] and twins(project) == 0
        payload = project.events(limit=1)[0]["payload"]
        assert payload["not_restored"] == [first]
        lead.close()
        other.close()


# -- project files written before the rule -------------------------------------------------
def _migration_index() -> int:
    """Where the migration that adds the rule sits in MIGRATIONS (found by what it does,
    since migrations are renumbered when branches merge)."""
    return next(
        i
        for i, step in enumerate(migrations.MIGRATIONS)
        if "codings_live_unique" in inspect.getsource(step)
    )


def test_an_old_file_with_twins_is_repaired_by_a_recorded_event(tmp_path, monkeypatch):
    before_rule = _migration_index()
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", before_rule)
    path = tmp_path / "old.db"
    with survey_project(path) as project:  # written by the schema before the rule
        assert migrations.schema_version(project.db) == before_rule
        ids = {c.path: c.id for c in project.codebook.codes()}
        unit = units(project)[0]
        row = {
            "document_id": unit["document_id"],
            "segment_id": unit["id"],
            "start": unit["start"],
            "end": unit["end"],
            "code_id": ids["Vormen/Genegeerd"],
        }
        with project.core.write("code", "old twins", "ann") as payload:  # what the race left
            made = coding_store.add_codings(
                project.db,
                [
                    {**row, "coder": "ann"},
                    {**row, "coder": "ann"},
                    {**row, "coder": "ann"},
                    {**row, "coder": "bob"},
                    {**row, "coder": "ann", "source": "accepted"},
                ],
                payload["event_id"],
            )
        memo = project.coding.add_memo("coding", made[2], "Waarom deze?", coder="ann")
        rows_before = project.db.execute("SELECT count(*) FROM codings").fetchone()[0]
        sources_before = project.db.execute("SELECT * FROM sources ORDER BY id").fetchall()
    monkeypatch.undo()
    with Project.open(path, user="lead") as project:
        assert migrations.schema_version(project.db) == migrations.SCHEMA_VERSION
        assert project.db.execute("SELECT count(*) FROM codings").fetchone()[0] == rows_before
        live = project.coding.codings()
        assert sorted(c["id"] for c in live) == [made[2], made[3]]  # the one with the memo kept
        assert twins(project) == 0
        [event] = [e for e in project.events() if e["action"] == "deduplicate-codings"]
        assert event["actor"] == "migration"
        assert events.EVENTS["deduplicate-codings"].allows(set(event["payload"]))
        assert sorted(event["payload"]["removed"]) == [made[0], made[1], made[4]]
        removed = project.db.execute(
            "SELECT DISTINCT removed_event FROM codings WHERE id IN "
            f"({made[0]}, {made[1]}, {made[4]})"
        ).fetchall()
        assert removed == [(event["id"],)]
        assert [m["id"] for m in project.coding.memos("coding", made[2])] == [memo]
        assert project.db.execute("SELECT * FROM sources ORDER BY id").fetchall() == sources_before
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(Exception, match="UNIQUE"):  # the rule holds in the file itself
            with project.core.write("code", "a twin", "ann") as payload:
                project.db.execute(
                    'INSERT INTO codings (document_id, start, "end", code_id, coder, source, '
                    "time, event_id) VALUES (?, ?, ?, ?, 'ann', 'human', 'now', ?)",
                    [
                        row["document_id"],
                        row["start"],
                        row["end"],
                        row["code_id"],
                        payload["event_id"],
                    ],
                )


def test_memos_on_removed_twins_move_to_the_kept_coding(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", _migration_index())
    path = tmp_path / "old.db"
    with survey_project(path) as project:
        unit = units(project)[0]
        row = {
            "document_id": unit["document_id"],
            "start": unit["start"],
            "end": unit["end"],
            "code_id": project.codebook.get("Vormen/Grappen").id,
            "coder": "ann",
        }
        with project.core.write("code", "old twins", "ann") as payload:
            made = coding_store.add_codings(project.db, [row, row, row], payload["event_id"])
        kept_memo = project.coding.add_memo("coding", made[1], "Eerste.", coder="ann")
        moved_memo = project.coding.add_memo("coding", made[2], "Tweede.", coder="ann")
    monkeypatch.undo()
    with Project.open(path) as project:
        assert [c["id"] for c in project.coding.codings()] == [made[1]]
        assert [m["id"] for m in project.coding.memos("coding", made[1])] == [kept_memo, moved_memo]
        [event] = [e for e in project.events() if e["action"] == "deduplicate-codings"]
        assert event["payload"]["memos_moved"] == {str(moved_memo): [made[2], made[1]]}


def test_a_qdpx_with_twin_codings_imports_one_of_each(tmp_path):
    from workbench.qdpx_import import import_qdpx

    with survey_project(tmp_path / "p.db") as project:
        unit = units(project)[0]
        project.coding.code_segment(unit["id"], "Vormen/Genegeerd", coder="ann")
        project.coding.code_segment(unit["id"], "Vormen/Grappen", coder="ann")
        project.export("qdpx", tmp_path / "p.qdpx")
    twin = tmp_path / "twin.qdpx"
    with zipfile.ZipFile(tmp_path / "p.qdpx") as source, zipfile.ZipFile(twin, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "project.qde":
                coding = re.search(rb"<Coding .*?</Coding>", data, re.S).group(0)
                copy = re.sub(
                    rb'guid="[^"]+"',
                    b'guid="0D62985D-B147-5D01-A9B5-CAE5DCD98342"',
                    coding,
                    count=1,
                )
                data = data.replace(coding, coding + copy, 1)
            target.writestr(item, data)
    result = import_qdpx(twin, tmp_path / "back.db", user="importer")
    assert result["codings"] == 2
    assert result["codings_skipped"]["repeated (same span, code and coder)"] == 1
    with Project.open(tmp_path / "back.db") as back:
        assert len(back.coding.codings()) == 2 and twins(back) == 0
