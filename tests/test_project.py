"""Project files: creation, opening, schema versions, the audit trail, immutable text."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import InputError, Project, ProjectError
from workbench.store import migrations
from conftest import ROOT, run_cli, write_csv


def test_create_then_open_keeps_name_and_schema(tmp_path):
    path = tmp_path / "study.db"
    Project.create(path, name="Studie", user="ann").close()
    with Project.open(path) as project:
        info = project.info()
    assert info["name"] == "Studie"
    assert info["schema_version"] == migrations.SCHEMA_VERSION
    assert info["counts"]["respondents"] == 0
    journal = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "wal"


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "study.db"
    path.write_text("precious")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "precious"


def test_open_rejects_files_that_are_not_projects(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    with pytest.raises(ProjectError, match="not an SQLite database"):
        Project.open(text)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)")
    with pytest.raises(ProjectError, match="not a Duiding project"):
        Project.open(other)
    with pytest.raises(ProjectError, match="no such project file"):
        Project.open(tmp_path / "missing.db")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "p.db"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(ProjectError, match="newer than this workbench"):
        Project.open(path)


def test_migrations_bring_an_empty_file_to_the_current_version(tmp_path):
    from workbench.store.db import connect

    db = connect(tmp_path / "x.db")
    assert migrations.schema_version(db) == 0
    assert migrations.migrate(db) == migrations.SCHEMA_VERSION
    assert migrations.migrate(db) == migrations.SCHEMA_VERSION  # idempotent
    assert {"events", "documents", "segments", "codings"} <= set(db.table_names())


def test_every_write_appends_one_event_with_its_actor(project, tmp_path):
    before = project.info()["counts"]["events"]
    survey = write_csv(tmp_path / "s.csv", ["id,stratum,w,q", "1,a,2.5,hallo daar", "2,a,2.5,"])
    project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
    events = project.events()
    assert project.info()["counts"]["events"] == before + 1
    assert events[0]["action"] == "import-survey"
    assert events[0]["actor"] == "tester"
    assert events[0]["payload"]["respondents"] == 2
    assert events[0]["payload"]["answers"] == 1


def test_document_text_cannot_be_edited(project, tmp_path):
    survey = write_csv(tmp_path / "s.csv", ["id,stratum,w,q", "1,a,1,origineel"])
    project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        project.db.execute("UPDATE documents SET text = 'anders'")


def test_import_workbench_loads_no_ui_and_no_models():
    code = (
        "import sys, workbench, workbench.cli, workbench.project; "
        "print(sorted(m for m in ('streamlit', 'torch', 'bertopic', 'sentence_transformers', "
        "'umap', 'spacy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_cli_help_lists_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "workbench", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    commands = (
        "init",
        "info",
        "import-survey",
        "import-transcript",
        "import-speakers",
        "import-design",
        "import-margins",
        "segment",
        "search",
        "events",
        "code",
        "undo",
        "retrieve",
        "estimate",
        "weights",
        "agreement",
        "assign",
        "suggest",
        "suggestions",
        "accept",
        "reject",
        "topics",
        "topic-promote",
        "topic-merge",
        "topic-dismiss",
        "demo",
    )
    for command in commands:
        assert command in out
        sub = run_cli([command, "--help"])
        assert sub.returncode == 0 and "usage:" in sub.stdout, (command, sub.stderr[-300:])
    for action in ("import", "export"):
        assert run_cli(["codebook", action, "--help"]).returncode == 0
    usage = run_cli(["estimate"])  # no project file: a usage error, exit code 2
    assert usage.returncode == 2 and "usage:" in usage.stderr


def test_the_duiding_command_is_installed_and_runs_this_checkout():
    """scripts/setup.sh installs the package in editable mode, so `duiding` is on the venv's
    PATH; with PYTHONPATH it runs the code of the checkout under test."""
    duiding = Path(sys.executable).parent / "duiding"
    assert duiding.exists(), f"{duiding} is missing: run scripts/setup.sh"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [str(duiding), "--help"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: duiding ") and "import-survey" in done.stdout
    wrong = subprocess.run(
        [str(duiding), "no-such-command"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert wrong.returncode == 2 and "invalid choice: 'no-such-command'" in wrong.stderr


def test_a_version_1_file_is_migrated_with_its_data(tmp_path):
    from workbench.store.db import connect, transaction

    path = tmp_path / "old.db"
    db = connect(path)
    with transaction(db):
        migrations.MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO project (key, value) VALUES ('name', 'oud'), ('language', 'nl')")
        db.execute(
            "INSERT INTO events (time, actor, action) VALUES ('2026-01-01', 'ann', 'create')"
        )
    db.close()
    with Project.open(path) as project:
        assert project.info()["schema_version"] == migrations.SCHEMA_VERSION >= 2
        assert project.info()["name"] == "oud"
        assert project.survey.strata() == [] and project.events()[0]["actor"] == "ann"


def test_design_and_margins_are_checked_and_stored(project, tmp_path):
    survey = write_csv(tmp_path / "s.csv", ["id,stratum,w,herkomst", "1,a,2,NL", "2,b,3,EU"])
    project.import_survey(survey, id="id", stratum="stratum", weight="w")
    bad = write_csv(tmp_path / "strata.csv", ["stratum;N", "a;100"])
    with pytest.raises(InputError, match="no population size for the respondents' strata: b"):
        project.survey.import_strata(bad, stratum="stratum", population="N")
    zero = write_csv(tmp_path / "zero.csv", ["stratum;N", "a;100", "b;0"])
    with pytest.raises(InputError, match="row 3: N 0 must be more than 0"):
        project.survey.import_strata(zero, stratum="stratum", population="N")
    good = write_csv(tmp_path / "good.csv", ["stratum;N", "a;100", "b;250"])
    assert (
        project.survey.import_strata(good, stratum="stratum", population="N")["population"] == 350
    )
    assert [s["population"] for s in project.survey.strata()] == [100, 250]
    margins = write_csv(
        tmp_path / "m.csv", ["variable;value;share", "herkomst;NL;0,8", "herkomst;EU;0,3"]
    )
    with pytest.raises(InputError, match="add up to 1.1000"):
        project.survey.import_margins(margins)
    margins = write_csv(
        tmp_path / "m2.csv", ["variable;value;share", "herkomst;NL;0,8", "herkomst;EU;0,2"]
    )
    project.survey.import_margins(margins)
    assert project.survey.margins() == {"herkomst": {"EU": 0.2, "NL": 0.8}}
