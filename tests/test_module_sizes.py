"""Modules stay small: every Python file of the repository is under 600 lines (split a
growing one by what its parts own)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 600


def too_long(root: Path, files: list[str], limit: int = LIMIT) -> dict[str, int]:
    lengths = {f: len((root / f).read_text(encoding="utf-8").splitlines()) for f in files}
    return {f: n for f, n in lengths.items() if n >= limit}


def test_every_python_file_is_under_600_lines():
    files = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert len(files) > 100
    assert too_long(ROOT, files) == {}


def test_a_long_file_is_named(tmp_path):
    (tmp_path / "long.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n", encoding="utf-8")
    assert too_long(tmp_path, ["long.py", "short.py"]) == {"long.py": LIMIT}
