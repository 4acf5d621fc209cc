"""Reading user files as text: encoding detection, line numbers, normalisation.

Shared by the CSV and transcript readers so that both accept the same encodings and
report undecodable bytes the same way (one error naming the line of the first bad byte).
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from workbench.errors import InputError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_bytes(path: Path, limit: int = -1) -> bytes:
    """The file's bytes (the first ``limit`` if given); a missing or unreadable file
    becomes an InputError."""
    try:
        with path.open("rb") as handle:
            return handle.read(limit)
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None


def line_of(text_before: str) -> int:
    """1-based line number of the position right after ``text_before``."""
    return text_before.count("\n") + text_before.count("\r") - text_before.count("\r\n") + 1


def binary_kind(data: bytes) -> str | None:
    """Name of a well-known binary container the bytes start with, else None."""
    if data.startswith(_ZIP_MAGIC):
        return "a zip archive (.docx/.xlsx?)"
    if data.startswith(_OLE_MAGIC):
        return "an old Office file (.doc/.xls?)"
    if data.startswith(b"%PDF"):
        return "a PDF file"
    if data.startswith(b"$FL2") or data.startswith(b"$FL3"):
        return "an SPSS .sav file"
    if data.startswith(b"PAR1"):
        return "a Parquet file"
    return None


def decode(data: bytes, path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Decode file bytes; return (text, encoding used).

    Without ``encoding``: a BOM decides (UTF-8/16/32, BOM removed); otherwise strict
    UTF-8, then Windows-1252. cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined,
    so bytes that are neither UTF-8 nor cp1252 are reported, with the line of the first
    bad byte, instead of being silently replaced. NUL bytes mean a binary file.
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        return _strict(data, path, encoding, explicit=True), encoding
    for bom, name in BOMS:
        if data.startswith(bom):
            return _strict(data, path, name, explicit=False), name
    nul = data.find(b"\x00")
    if nul >= 0:
        kind = binary_kind(data)
        what = f"this is {kind}, not text" if kind else "binary data, not text"
        raise InputError(path, f"{what} (NUL byte)", line=data.count(b"\n", 0, nul) + 1)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _strict(data, path, "cp1252", explicit=False), "cp1252"


def _strict(data: bytes, path: Path, encoding: str, *, explicit: bool) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode(encoding, errors="replace")
        bad = data[exc.start : min(exc.end, exc.start + 4)].hex(" ").upper()
        if explicit:
            problem = f"undecodable bytes for encoding {encoding!r} (0x{bad})"
        else:
            problem = (
                f"undecodable bytes (0x{bad}): the file is neither UTF-8 nor Windows-1252;"
                " save it as UTF-8 or name its encoding"
            )
        raise InputError(path, problem, line=line_of(before)) from None
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8") and text.startswith("\ufeff"):
        text = text[1:]
    return text


def normalise(text: str) -> str:
    """NFC-normalise and turn CR/CRLF line ends into LF (cheap when already clean)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
