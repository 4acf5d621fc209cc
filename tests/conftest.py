"""Shared fixtures: fresh projects, the demo project, and a snapshot to prove 'nothing changed'."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from workbench import InputError, Project
from workbench.demo import build_demo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.db", user="tester") as p:
        yield p


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project, built once per test session; copy it before changing it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
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


def write_csv(path: Path, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(rows) + "\n").encode(encoding))
    return path
