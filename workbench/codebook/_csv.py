"""CSV codebooks: one row per code, for spreadsheets and for other QDA tools.

Written: a plain header row and ``path`` ("Vormen/Opmerkingen en grappen"),
``description`` (definition, criteria, examples and English label in one text, the layout
of the .qdc Description: what Taguette, QualCoder and most tools read), then Duiding's own
``definition``, ``inclusion``, ``exclusion``, ``examples`` (joined by " | "), ``label_en``,
``color``, and ``exported_from`` (project, codebook version). Line breaks stay inside
quoted cells; UTF-8 with a BOM so spreadsheet programs read the accents right.

Read, besides that layout (a ``description`` next to the definition columns is ignored,
with a warning if it says something else):

* Taguette's export: ``tag``, ``description``, ``number of highlights``, ``number of
  documents``; the counts are ignored with a note, and "." in a tag reads as a level
  (Taguette's way to write a tree) unless ``dotted_levels`` is False.
* MAXQDA's code table: ``Code`` (levels split at "\\" or ">") and ``Memo``.
* NVivo's list export: ``Name`` or ``Hierarchical Name`` ("Codes\\\\Vormen\\\\Grappen"),
  ``Description``; its counts and dates are ignored with a note.
* QualCoder's code list: no header, the path with ">>" between levels, then the memo.
* ``name`` instead of ``path``; ``memo`` instead of ``description``; ``colour``.

Only one column may name the code; an unknown column is an error (a typo would otherwise
drop a field silently). A column that is absent leaves that field of existing codes alone,
an empty cell clears it (an empty colour keeps the code's colour). An example that itself
contains "|" is split there when read. Lines starting with "#" before the header are
comments (older Duiding exports named project and version there). Read like the survey
files: UTF-8 (with or without BOM) or Windows-1252, delimiter , ; or tab. Errors name the
row as the file's line number.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..formats.codes import (
    FIELDS,
    SEPARATOR,
    Document,
    Entry,
    Parsed,
    Place,
    check_unique_paths,
    clean_fields,
    dotted_levels,
    split_path,
)
from ..formats.delimited import detect_delimiter, parse
from ..formats.refi.qdc import format_description, parse_description, unflatten
from ..formats.text import decode, normalise, read_bytes

EXPORT_COLUMNS = (
    "path",
    "description",
    "definition",
    "inclusion",
    "exclusion",
    "examples",
    "label_en",
    "color",
    "exported_from",
)
COLUMNS = (
    "path",
    "name",
    "description",
    "memo",
    "label_en",
    "definition",
    "inclusion",
    "exclusion",
    "examples",
    "color",
    "colour",
    "exported_from",
)
# the column that names the code -> the separators between its levels
NAMES = {
    "hierarchical name": ("\\",),
    "path": ("/",),
    "tag": ("/",),
    "name": ("/",),
    "code": ("\\", ">"),
}
# what other tools add that a codebook does not need: counts, dates, owners
IGNORED = (
    "number of highlights",
    "number of documents",
    "files",
    "references",
    "created on",
    "created by",
    "modified on",
    "modified by",
    "nickname",
    "aggregate",
    "coded segments",
    "documents",
    "frequency",
    "count",
    "author",
    "creation date",
    "parent code",
    "id",
)
EXAMPLE_SEPARATOR = " | "
_SPLIT_EXAMPLES = re.compile(r"\s*\|\s*")
_NVIVO_ROOTS = ("codes", "nodes")


def _blank_comments(text: str) -> str:
    """Empty the comment lines before the header, keeping line numbers as they are."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith("#"):
            lines[i] = ""
        elif line.strip():
            break
    return "\n".join(lines)


def read_csv(path: Path, dotted: bool | None = None) -> Parsed:
    """The codes of a codebook CSV in any of the layouts above; ``dotted``: read "." in
    names as levels (None: only in Taguette's export)."""
    text, _ = decode(read_bytes(path), path)
    text = _blank_comments(normalise(text))
    if not text.strip():
        raise InputError(path, "file is empty")
    header, records, lines = parse(text, path, detect_delimiter(text))
    header_row = text[: len(text) - len(text.lstrip())].count("\n") + 1
    names = [h.lower() for h in header]
    parsed = Parsed("csv", [])
    if not set(names) & (set(NAMES) | set(COLUMNS) | set(IGNORED)) and ">>" in header[0]:
        return _qualcoder(path, [header, *records], [header_row, *lines], parsed, bool(dotted))
    for name in names:
        if name not in COLUMNS and name not in NAMES and name not in IGNORED:
            raise InputError(
                path,
                f"unknown column {name!r}; columns: "
                f"{', '.join(EXPORT_COLUMNS)} (or another tool's: tag, "
                "code, memo, hierarchical name)",
                row=header_row,
            )
    column = _name_column(path, names, header_row)
    taguette = column == "tag" and "number of highlights" in names
    dotted = taguette if dotted is None else dotted
    skipped = [h for h, n in zip(header, names) if n in IGNORED or (n == "name" and column != n)]
    if skipped:
        parsed.warnings.append(
            f"ignored column(s) {', '.join(skipped)}: a codebook does not "
            "keep another tool's counts, dates or owners"
        )
    rich = {"definition", "inclusion", "exclusion", "examples", "label_en"} & set(names)
    described = next((n for n in ("description", "memo") if n in names), None)
    split: list[str] = []  # names whose '.' became levels
    for record, line in zip(records, lines):
        values = dict(zip(names, record))
        place = Place(row=line)
        parts = _parts(
            path, values[column], NAMES[column], f"column {column!r}", place, dotted, parsed, split
        )
        raw: dict[str, Any] = {k: values[k] for k in FIELDS if k in values}
        if "colour" in values and "color" not in values:
            raw["color"] = values["colour"]
        if "examples" in raw:
            raw["examples"] = [e for e in _SPLIT_EXAMPLES.split(raw["examples"].strip()) if e]
        for key in raw:
            try:
                raw[key] = clean_fields({key: raw[key]})[key]
            except ValueError as exc:
                raise place.error(path, f"column {key!r}: {exc}") from None
        if described and not rich:
            raw.update(_from_description(path, values[described], place))
        elif described and values[described].strip() and not _same(values[described], raw):
            parsed.warnings.append(
                f"row {line}: the {described} says something else than "
                "the definition columns; the definition columns were used"
            )
        entries = parsed.entries
        entries.append(Entry(parts, raw, place))
    _note_dotted(parsed, split)
    check_unique_paths(parsed.entries, path)
    return parsed


def _note_dotted(parsed: Parsed, split: list[str]) -> None:
    if split:
        parsed.warnings.append(
            f"'.' read as a level separator (Taguette's tree) in {len(split)} name(s), e.g. "
            f"{split[0]!r}; import with dotted levels off to keep such names whole"
        )


def _name_column(path: Path, names: list[str], row: int) -> str:
    if "hierarchical name" in names:
        return "hierarchical name"  # NVivo: Name is then the last level only
    given = [n for n in ("path", "tag", "code", "name") if n in names]
    if not given:
        raise InputError(
            path,
            "no 'path' column naming the codes (or another tool's 'name', "
            "'tag', 'code', 'hierarchical name')",
            row=row,
        )
    if len(given) > 1:
        raise InputError(
            path, f"both {given[0]!r} and {given[1]!r} name the codes; keep one", row=row
        )
    return given[0]


def _parts(
    path: Path,
    value: str,
    separators: tuple[str, ...],
    where: str,
    place: Place,
    dotted: bool,
    parsed: Parsed,
    split: list[str],
) -> tuple[str, ...]:
    """The levels of a code's name (``where``: the column, for messages)."""
    text = value.strip()
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    if separators[0] != SEPARATOR:  # NVivo doubles its backslashes: "Codes\\\\Vormen"
        text = re.sub(f"(?:{re.escape(separators[0])})+", lambda _: separators[0], text)
    pieces = [p.strip() for p in text.split(separators[0])] if text else []
    if (
        where == "column 'hierarchical name'"
        and len(pieces) > 1
        and pieces[0].lower() in _NVIVO_ROOTS
    ):
        pieces = pieces[1:]
    if separators[0] != SEPARATOR:  # another tool's separator: '/' is part of a name there
        fixed = [p.replace(SEPARATOR, "-") for p in pieces]
        if fixed != pieces:
            parsed.warnings.append(
                f"row {place.row}: {value.strip()!r}: '/' in a name became "
                "'-' ('/' separates levels here)"
            )
        pieces = fixed
    try:
        parts = split_path(SEPARATOR.join(pieces))
    except ValueError as exc:
        raise place.error(path, f"{where}: {exc}") from None
    if dotted:
        levels = dotted_levels(parts)
        if levels != parts:
            split.append(value.strip())
        parts = levels
    return parts


def _from_description(path: Path, text: str, place: Place) -> dict[str, Any]:
    """Fields from another tool's description: our .qdc layout if it has the headings,
    else the whole text is the definition."""
    try:
        return clean_fields(parse_description(unflatten(text)))
    except ValueError as exc:
        raise place.error(path, f"column 'description': {exc}") from None


def _same(description: str, fields: dict[str, Any]) -> bool:
    """Whether a description says what the definition columns say (as we would write it)."""
    node = {
        "definition": "",
        "inclusion": "",
        "exclusion": "",
        "examples": [],
        "label_en": None,
        **fields,
    }
    return " ".join(format_description(node).split()) == " ".join(description.split())


def _qualcoder(
    path: Path, records: list[list[str]], lines: list[int], parsed: Parsed, dotted: bool
) -> Parsed:
    """QualCoder's code list: no header; 'category>>code', then the memo."""
    parsed.warnings.append("no header: read as QualCoder's code list (path with '>>', memo)")
    split: list[str] = []
    for record, line in zip(records, lines):
        place = Place(row=line)
        parts = _parts(path, record[0], (">>",), "the first column", place, dotted, parsed, split)
        memo = record[1] if len(record) > 1 else ""
        parsed.entries.append(Entry(parts, _from_description(path, memo, place), place))
    _note_dotted(parsed, split)
    check_unique_paths(parsed.entries, path)
    return parsed


def render_csv(document: Document) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    origin = f"{document.origin}; {document.title}"
    for _, node in document.walk():
        writer.writerow(
            [
                node["path"],
                format_description(node),
                node["definition"],
                node["inclusion"],
                node["exclusion"],
                EXAMPLE_SEPARATOR.join(node["examples"]),
                node["label_en"] or "",
                node["color"] or "",
                origin,
            ]
        )
    # BOM: spreadsheet programs then read the accents right
    return out.getvalue().encode("utf-8-sig")
