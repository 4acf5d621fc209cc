"""Checking zip containers (.docx, .xlsx, .qdpx) before anything is unpacked.

Nothing is ever extracted to disk: entries are read into memory by name. Even so, an entry
whose name could point outside its archive (an absolute path, a drive letter, a ``..``
level, also behind backslashes: "zip slip") makes the whole archive refused, since no
honest Office or REFI-QDA file has one.

Sizes come from the zip's central directory. They can be trusted as upper bounds because
Python's zipfile (used by python-docx and openpyxl) stops decompressing an entry at its
declared size and then fails the CRC check, so an entry cannot expand beyond what is
checked here.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from workbench.errors import InputError

from .text import binary_kind

MiB = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


def open_zip(path: Path, data: bytes, not_what: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip, or raise "<not_what> (not a zip file; ...)" with a hint."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if not data.strip():
            raise InputError(path, "file is empty")
        if data.startswith(b"PK\x03\x04"):  # a zip's first entry, but no directory at the end
            kind = re.search(r"\.\w+", not_what)
            raise InputError(
                path,
                f"this {kind.group(0) + ' ' if kind else ''}file is cut off or damaged: it"
                " starts like a zip archive but the table of contents at its end is"
                " missing, as after an interrupted download or copy; copy or save the"
                " file again, check that it opens, and import it again",
            )
        kind = binary_kind(data)
        if kind is None:
            kind = "a text file" if _looks_like_text(data) else "unknown data"
        raise InputError(path, f"{not_what} (not a zip file; this looks like {kind})")
    return _zip_file(path, io.BytesIO(data), not_what)


def open_zip_file(path: Path, not_what: str) -> zipfile.ZipFile:
    """Open the zip file at ``path`` without reading all of it into memory."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    if not zipfile.is_zipfile(path):
        return open_zip(path, head, not_what)  # raises with a hint on what the file is
    return _zip_file(path, path, not_what)


def _zip_file(path: Path, source: Path | io.BytesIO, not_what: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError(path, f"{not_what} (broken zip file: {exc})") from None


def unsafe_name(name: str) -> str | None:
    """Why an entry name (or a path inside an archive) could lead outside it; None if safe."""
    if "\x00" in name:
        return "contains a NUL byte"
    slashed = name.replace("\\", "/")
    if slashed.startswith("/"):
        return "is an absolute path"
    if _DRIVE.match(slashed):
        return "names a drive"
    if ".." in slashed.split("/"):
        return "climbs out of the archive with '..'"
    return None


def check_limits(
    path: Path,
    archive: zipfile.ZipFile,
    *,
    max_total: int,
    max_ratio: float,
    max_entries: int,
    ratio_from: int = 0,
    read: Callable[[zipfile.ZipInfo], bool] | None = None,
) -> None:
    """Refuse archives whose unpacking could exhaust memory or disk (zip bombs), or whose
    entry names could lead outside the archive (zip slip).

    ``max_ratio`` is checked for entries larger than ``ratio_from`` bytes uncompressed;
    ``max_total`` counts the entries ``read`` selects (default: all of them).
    """
    entries = archive.infolist()
    if len(entries) > max_entries:
        raise InputError(
            path,
            f"refusing to unpack: {len(entries)} entries (more than {max_entries}; possible zip bomb)",
        )
    total = 0
    for info in entries:
        for name in {info.filename, info.orig_filename}:
            problem = unsafe_name(name)
            if problem:
                raise InputError(
                    path,
                    f"refusing to unpack: entry {name!r} {problem} "
                    "(a path outside the archive; possible zip-slip attack)",
                )
        if read is None or read(info):
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


def read_entry(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The bytes of one entry (after check_limits); a damaged entry is an InputError."""
    try:
        return archive.read(info)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        ValueError,
        OSError,
        EOFError,
    ) as exc:
        raise InputError(path, f"cannot unpack {info.filename!r} ({exc})") from None


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" not in head and sum(b < 9 or 13 < b < 32 for b in head) == 0
