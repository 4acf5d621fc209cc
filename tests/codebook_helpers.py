"""Helpers shared by the codebook tests (tree changes and file formats)."""

from __future__ import annotations

import re
from pathlib import Path

from workbench import Project
from workbench.store import codings as coding_store
from conftest import ROOT, fixture_write, write

REFI = ROOT / "tests" / "fixtures" / "refi-qda"  # copies of the REFI-QDA reference files
XSD = REFI / "Codebook.repaired.xsd"
STARTER = ROOT / "codebooks" / "per_racisme.yaml"
ANSWER_MAP = ROOT / "codebooks" / "per_racisme_answer_key_map.csv"
GUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")


def paths(project: Project, **kwargs: bool) -> list[str]:
    return [c.path for c in project.codebook.codes(**kwargs)]


def event_count(project: Project) -> int:
    return project.db.execute("SELECT count(*) FROM events").fetchone()[0]


def last_event(project: Project) -> dict:
    return project.events(1)[0]


def make_document(project: Project, tmp_path: Path) -> int:
    """One transcript document to hang codings on."""
    source = write(
        tmp_path,
        "fg.txt",
        "Anna: Er werd een grap gemaakt over mijn naam.\nBob: Dat heb ik ook gezien.\n",
    )
    project.import_transcript(source)
    return project.documents(kind="transcript")[0]["id"]


def add_codings(
    project: Project,
    document: int,
    path: str,
    n: int,
    source: str = "human",
    coder: str = "anna",
    start: int = 0,
) -> list[int]:
    """Insert codings directly (the coding API is not what is tested here)."""
    code = project.codebook.get(path)
    rows = [
        {
            "document_id": document,
            "start": start + i,
            "end": start + i + 3,
            "code_id": code.id,
            "coder": coder,
            "source": source,
        }
        for i in range(n)
    ]
    with fixture_write(project, "test-codings") as payload:
        return coding_store.add_codings(project.db, rows, payload["event_id"])


def code_of(project: Project, coding_id: int) -> int:
    return project.db.execute("SELECT code_id FROM codings WHERE id = ?", [coding_id]).fetchone()[0]


def plain(tree: list[dict], *, guids: bool = False) -> list[dict]:
    """A tree without the project-specific ids (and GUIDs, unless asked)."""
    drop = {"id", "position"} | (set() if guids else {"guid"})
    return [
        {
            **{k: v for k, v in node.items() if k not in drop and k != "children"},
            "children": plain(node["children"], guids=guids),
        }
        for node in tree
    ]


def starter(project: Project) -> Project:
    project.codebook.import_file(STARTER)
    return project
