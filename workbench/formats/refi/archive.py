"""A REFI-QDA project archive (.qdpx): project.qde and sources/, opened and checked (zip
bombs, entry names that lead outside it) before anything is read; never extracted."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ...errors import InputError
from ..archives import MiB, check_limits, open_zip, open_zip_file, read_entry

# A REFI-QDA project archive: project.qde and sources/ (text, and media that is never read).
# The size limit counts what is read (the .qde and text files), not media.
QDPX_LIMITS = {"max_total": 1024 * MiB, "max_ratio": 200, "max_entries": 50_000, "ratio_from": MiB}
QDPX_READ = (".qde", ".txt")


def open_project_archive(path: Path, data: bytes | None = None) -> tuple[zipfile.ZipFile, bytes]:
    """A REFI-QDA project archive (.qdpx), checked, and the bytes of its project.qde."""
    not_what = "not a REFI-QDA project archive (.qdpx)"
    archive = open_zip_file(path, not_what) if data is None else open_zip(path, data, not_what)
    check_limits(
        path, archive, **QDPX_LIMITS, read=lambda info: info.filename.lower().endswith(QDPX_READ)
    )
    members = [m for m in archive.infolist() if m.filename.lower().endswith(".qde")]
    top = [m for m in members if "/" not in m.filename.replace("\\", "/")]
    if not members:
        raise InputError(path, "a zip archive without a .qde project file")
    return archive, read_entry(path, archive, (top or members)[0])
