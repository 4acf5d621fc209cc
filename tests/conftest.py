"""Shared fixtures: fresh projects, the demo project, and a snapshot to prove 'nothing changed'."""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from workbench import InputError, Project, events
from workbench.cli import main as cli_main
from workbench.demo import build_demo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.db", user="tester") as p:
        yield p


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's data imported and segmented, nothing coded (``study=False``), built once
    per test session; copy it before changing it. Tests that code start from here."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, user="demo", study=False).close()
    return path


@pytest.fixture(scope="session")
def study_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as `bash run.sh` builds it: in mid-study (workbench/demo.py add_study)."""
    path = tmp_path_factory.mktemp("study") / "demo.db"
    build_demo(path, user="demo").close()
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


def snapshot(project: Project) -> str:
    """A digest of every row of every table: equal snapshots mean nothing changed."""
    digest = hashlib.sha256()
    for table in sorted(project.db.table_names()):
        if table.startswith("segments_fts_"):
            continue
        for row in sorted(project.db.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr):
            digest.update(repr(row).encode())
    return digest.hexdigest()


@contextlib.contextmanager
def fixture_write(project: Project, action: str):
    """A write under a test-only ``action``, for fixtures that put rows in directly: Core.write
    takes only actions declared in workbench/events.py, so it is declared for the block."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(events.EVENTS, action, events.EventType(action, ()))
        with project.core.write(action) as payload:
            yield payload


@dataclass
class CliRun:
    """What a command-line run left: its exit code and what it printed (as a subprocess
    ``CompletedProcess`` has them, so a test reads the same either way)."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(args: Sequence[str]) -> CliRun:
    """``python -m workbench ARGS`` in this process: the same entry point (``workbench.cli.main``)
    and the same exit codes (argparse's usage errors and ``--help`` exit through SystemExit),
    without starting an interpreter and importing pandas and spaCy again for every command.
    The real subprocess runs are in test_import_survey.py and test_project.py."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(list(args))
        except SystemExit as exit_:
            if exit_.code is None or isinstance(exit_.code, int):
                code = exit_.code or 0
            else:  # SystemExit("message"): Python prints it and exits with 1
                print(exit_.code, file=err)
                code = 1
    return CliRun(code, out.getvalue(), err.getvalue())


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def input_error(read, path: Path, **kwargs: object) -> str:
    """The message of the InputError that ``read(path, **kwargs)`` raises, checked to be one
    line that starts with the file's name."""
    with pytest.raises(InputError) as info:
        read(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    return message


def answers_project(path: Path, header: str, rows: list[str]) -> Project:
    """A segmented project whose survey (``;``-separated, no weights) is ``header`` and
    ``rows``, with the open question in the column ``antwoord``."""
    survey = write_csv(path.parent / "survey.csv", [header, *rows])
    project = Project.create(path, user="tester")
    project.import_survey(survey, id="id", stratum="stratum", weight=None, open=["antwoord"])
    project.segment()
    return project


def write_csv(path: Path, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
    return path


# -- the app under AppTest ---------------------------------------------------------------
def app_on(path: Path, language: str = "en", coder: str = "ann", timeout: int = 120):
    """The app (not run yet) on a project file, in a language, as a coder."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    at.session_state["project_path"] = str(path)
    at.session_state["ui_language"] = language
    at.session_state["coder"] = coder
    return at


def open_page(at, page: str):
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def open_tab(at, key: str, label: str):
    """Switch a keyed tab group (only the open tab's content runs) to ``label``."""
    at.session_state[key] = label
    at.run()
    assert not at.exception, at.exception
    return at


def shown(at) -> str:
    """Everything the page shows as text (HTML bodies as sent, so escaping is visible)."""
    parts = [h.proto.body for h in at.get("html")]
    for kind in (
        "markdown",
        "caption",
        "text",
        "title",
        "subheader",
        "info",
        "success",
        "error",
        "warning",
        "toast",
    ):
        parts += [str(e.value) for e in at.get(kind)]
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [f"{m.label}: {m.value}" for m in at.metric]
    return "\n".join(parts)


# -- coding on real project files ---------------------------------------------------------
STARTER = ROOT / "codebooks" / "per_racisme.yaml"


def live(path: Path, **filters) -> list[dict]:
    """The live codings in a project file, read back as a user would."""
    with Project.open(path, user="check") as project:
        return project.coding.codings(**filters)


def code_path(path: Path, code_id: int) -> str:
    with Project.open(path, user="check") as project:
        return project.codebook.get(code_id).path


def with_starter(project: Project) -> None:
    project.codebook.import_file(STARTER)


@pytest.fixture
def starter(demo_copy: Path) -> Path:
    """The demo project with the starter codebook imported."""
    with Project.open(demo_copy, user="lead") as project:
        with_starter(project)
    return demo_copy


def answer_unit(path: Path, respondent: str) -> dict:
    with Project.open(path, user="check") as project:
        [doc] = [d for d in project.documents(kind="answer") if d["respondent"] == respondent]
        return {**project.segments(doc["id"], kind="answer")[0], "document_id": doc["id"]}


def review_all(project: Project, coder: str | None = None) -> None:
    """Mark every answer as reviewed, so the coding so far is a complete coding: the codes
    not applied do not apply (figures.py then allows the 'complete' method)."""
    from workbench.store import samples as sample_sql

    project.samples.review(sample_sql.answer_units(project.db)["segment_id"].tolist(), coder=coder)


def back_to_version_4(connection) -> None:
    """Undo schema version 5 in an open project's connection (for migration tests)."""
    connection.executescript(
        "DROP TABLE coding_samples; DROP TABLE sample_frame; DROP TABLE sample_draws; "
        "DROP TABLE reviews; DROP TABLE model_scores; DROP TRIGGER codes_created_event; "
        "ALTER TABLE codes DROP COLUMN created_event; PRAGMA user_version = 4;"
    )


def streamlit_command(port: int, *args: str) -> list[str]:
    """``streamlit run app.py`` as the browser tests start it: headless on 127.0.0.1:port,
    no usage statistics, no file watcher; ``args`` after the options (e.g. ``--`` PROJECT)."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "app.py"),
        *("--server.headless", "true", "--server.port", str(port)),
        *("--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"),
        *("--server.fileWatcherType", "none"),
        *args,
    ]
