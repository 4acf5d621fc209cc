"""ARCHITECTURE.md and README.md stay true: every file and folder they name exists."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILE = re.compile(r"[\w./-]+\.(?:py|R|sh|md|json|yaml|toml)\b")


def tracked() -> list[str]:
    return subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()


def named_but_missing(text: str, files: list[str]) -> list[str]:
    """Names of files in ``text`` that no tracked file ends with (a bare name may stand
    for a file in the package being described, so only its tail has to match)."""
    missing = []
    for name in sorted(set(FILE.findall(text))):
        name = name.lstrip("./")
        if not any(f == name or f.endswith("/" + name) for f in files):
            missing.append(name)
    return missing


@pytest.mark.parametrize("doc", ["ARCHITECTURE.md", "README.md"])
def test_the_docs_name_only_files_that_exist(doc):
    files = tracked()
    if not files:
        pytest.fail("git ls-files listed nothing: not a clone of the repository")
    assert named_but_missing((ROOT / doc).read_text(encoding="utf-8"), files) == []


def test_a_file_that_is_gone_is_found():
    assert named_but_missing(
        "ingest/qdpx.py reads archives; core.py writes",
        ["workbench/core.py", "workbench/qdpx_import.py"],
    ) == ["ingest/qdpx.py"]
