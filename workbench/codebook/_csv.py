"""CSV codebooks: one row per code, for editing in a spreadsheet.

Columns: path ("Vormen/Opmerkingen en grappen"), label_en, definition, inclusion,
exclusion, examples (joined by " | "), color. Only ``path`` is required; a column that is
absent leaves that field of existing codes alone, an empty cell clears it (an empty colour
keeps the code's colour). An example that itself contains "|" is split there when read.
Lines starting with "#" before the header are comments (our
exports name project and version there). Read like the survey files: UTF-8 (with or
without BOM) or Windows-1252, delimiter , ; or tab. Errors name the row as the file's line
number (the header is row 1 in a file without comment lines).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest._csv import detect_delimiter, parse
from ..ingest._text import decode, normalise, read_bytes
from ._fields import FIELDS, Entry, Parsed, Place, check_unique_paths, clean_fields, split_path
from ._formats import Document

COLUMNS = ("path", "label_en", "definition", "inclusion", "exclusion", "examples", "color")
EXAMPLE_SEPARATOR = " | "
_SPLIT_EXAMPLES = re.compile(r"\s*\|\s*")


def _blank_comments(text: str) -> str:
    """Empty the comment lines before the header, keeping line numbers as they are."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith("#"):
            lines[i] = ""
        elif line.strip():
            break
    return "\n".join(lines)


def read_csv(path: Path) -> Parsed:
    text, _ = decode(read_bytes(path), path)
    text = _blank_comments(normalise(text))
    if not text.strip():
        raise InputError(path, "file is empty")
    header, records, lines = parse(text, path, detect_delimiter(text))
    header_row = text[: len(text) - len(text.lstrip())].count("\n") + 1
    names = [h.lower() for h in header]
    for name in names:
        if name not in COLUMNS:
            raise InputError(path, f"unknown column {name!r}; columns: {', '.join(COLUMNS)}",
                             row=header_row)
    if "path" not in names:
        raise InputError(path, f"no 'path' column (columns: {', '.join(COLUMNS)})", row=header_row)
    entries: list[Entry] = []
    for record, line in zip(records, lines):
        values = dict(zip(names, record))
        place = Place(row=line)
        try:
            parts = split_path(values["path"])
        except ValueError as exc:
            raise place.error(path, f"column 'path': {exc}") from None
        raw: dict[str, Any] = {k: values[k] for k in FIELDS if k in values}
        if "examples" in raw:
            raw["examples"] = [e for e in _SPLIT_EXAMPLES.split(raw["examples"].strip()) if e]
        for key in raw:
            try:
                raw[key] = clean_fields({key: raw[key]})[key]
            except ValueError as exc:
                raise place.error(path, f"column {key!r}: {exc}") from None
        entries.append(Entry(parts, raw, place))
    check_unique_paths(entries, path)
    return Parsed("csv", entries)


def render_csv(document: Document) -> bytes:
    out = io.StringIO()
    out.write(f"# Duiding codebook: {document.title}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for _, node in document.walk():
        writer.writerow([node["path"], node["label_en"] or "", node["definition"],
                         node["inclusion"], node["exclusion"],
                         EXAMPLE_SEPARATOR.join(node["examples"]), node["color"] or ""])
    # BOM: spreadsheet programs then read the accents right
    return out.getvalue().encode("utf-8-sig")
