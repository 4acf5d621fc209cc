"""What every file import shares: the file's digest, the refusal of a file imported before,
and plain Python values from parsed columns (for JSON and SQLite).

The imports themselves live beside it: :mod:`workbench.survey_import` (respondents and
their open answers), :mod:`workbench.transcript_import` (focus-group transcripts and
speaker attributes), :mod:`workbench.design` (strata and margins),
:mod:`workbench.coding_import` and :mod:`workbench.qdpx_import`.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path
from typing import Any

import pandas as pd
import sqlite_utils

from .errors import InputError
from .store import queries


def file_digest(path: Path) -> tuple[str, int]:
    """sha256 and size of a file, or an InputError if it cannot be read."""
    if not path.is_file():
        raise InputError(path, "file not found")
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest(), path.stat().st_size


def refuse_reimport(
    db: sqlite_utils.Database, path: Path, sha256: str, project: Path | None = None
) -> None:
    """Refuse a file imported before; if its import was interrupted before segmentation
    finished, say that ``segment`` finishes the job (importing again would double it)."""
    earlier = queries.source_by_hash(db, sha256)
    if not earlier:
        return
    where = f"as {earlier['filename']!r}, source {earlier['id']}, {earlier['time']}"
    pending, total = queries.unsegmented_of_source(db, earlier["id"])
    if pending:
        command = (
            f"python -m workbench segment {project}"
            if project
            else "python -m workbench segment PROJECT"
        )
        raise InputError(
            path,
            f"this file was already imported ({where}), but {pending} of its {total} documents are not"
            " segmented yet (the import was stopped during segmentation); nothing was changed: run"
            f" '{command}' (or 'Segment now' on the Project page) to finish it, do not import it again",
        )
    raise InputError(
        path,
        f"this file was already imported ({where}) and is fully segmented; nothing was changed and"
        " nothing is left to do (to import a corrected version, save it as a new file)",
    )


def plain_value(value: Any) -> Any:
    """A JSON-ready Python value, or None for missing."""
    if value is None:
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    try:
        if value != value:  # pandas NA-likes
            return None
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, (int, float, str, bool)) else str(value)


def column_values(column: pd.Series) -> list[Any]:
    """A column as plain Python values (None for missing), fast enough for 100,000 rows."""
    return [plain_value(v) for v in column.astype(object).where(column.notna(), None).tolist()]
