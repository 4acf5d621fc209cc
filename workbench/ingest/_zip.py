"""Checking Office (zip) containers before any library unpacks them.

Sizes come from the zip's central directory. They can be trusted as upper bounds because
Python's zipfile (used by python-docx and openpyxl) stops decompressing an entry at its
declared size and then fails the CRC check, so an entry cannot expand beyond what is
checked here.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workbench.errors import InputError

from ._text import binary_kind

MiB = 1024 * 1024


def open_zip(path: Path, data: bytes, not_what: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip, or raise "<not_what> (not a zip file; ...)" with a hint."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if not data.strip():
            raise InputError(path, "file is empty")
        kind = binary_kind(data)
        if kind is None:
            kind = "a text file" if _looks_like_text(data) else "unknown data"
        raise InputError(path, f"{not_what} (not a zip file; this looks like {kind})")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError(path, f"{not_what} (broken zip file: {exc})") from None


def check_limits(
    path: Path,
    archive: zipfile.ZipFile,
    *,
    max_total: int,
    max_ratio: float,
    max_entries: int,
    ratio_from: int = 0,
) -> None:
    """Refuse archives whose unpacking could exhaust memory or disk (zip bombs).

    ``max_ratio`` is checked for entries larger than ``ratio_from`` bytes uncompressed.
    """
    entries = archive.infolist()
    if len(entries) > max_entries:
        raise InputError(path, f"refusing to unpack: {len(entries)} entries (more than {max_entries}; possible zip bomb)")
    total = 0
    for info in entries:
        total += info.file_size
        if total > max_total:
            raise InputError(
                path,
                f"refusing to unpack: more than {max_total // MiB} MB uncompressed (possible zip bomb)",
            )
        if info.file_size > ratio_from:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > max_ratio:
                raise InputError(
                    path,
                    f"refusing to unpack: entry {info.filename!r} has compression ratio {ratio:.0f}:1"
                    f" (more than {max_ratio:.0f}:1; possible zip bomb)",
                )


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" not in head and sum(b < 9 or 13 < b < 32 for b in head) == 0
