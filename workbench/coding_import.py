"""Codings made elsewhere, from a CSV file: all or nothing, and never doubled.

Two layouts, told apart by the header (column names compared case-insensitively):

* offsets (Duiding's own): ``document`` (id) or ``segment`` (id), ``start``, ``end``,
  ``code``, ``coder``.
* passages, as other tools export highlights without offsets: the document named by its
  title, its file or its focus group, and the coded passage by its text. Taguette's
  highlights export (``id, document, tag, content``) and QualCoder's coding report
  (``File`` or ``Case, Filename``, ``Coder``, ``Coded``, ``Id``, ``Codename``,
  ``Coded_Memo``, one ``Category`` column per level, nearest first) are read as they are.
  The passage is looked up in the document exactly, then with whitespace made flexible
  (Taguette's text export puts a space between paragraphs and around inline markup). A
  passage found more than once is placed only when the file has as many highlights of it
  (by their ``id``, in document order, which is how Taguette exports them).

Every row that cannot be placed is listed in one error and nothing is written. Rows the
coder already has as a live coding, and repeats within the file, are skipped and counted.
A file imported before is refused by its sha256, as surveys and transcripts are, unless
that import was undone.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .codebook import Codebook
from .errors import InputError
from .formats.delimited import detect_delimiter, parse
from .formats.text import decode, normalise, read_bytes
from .imports import file_digest
from .store import codings as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

DOCUMENT_NAMES = ("document", "file", "filename", "document name", "source")
PASSAGES = ("content", "coded", "text", "passage", "quote")
CODES = ("code", "tag", "codename")
LISTED = 8  # problems spelled out in the one-line error; the rest are counted


@dataclass
class _Row:
    document_id: int
    start: int
    end: int
    code_id: int
    coder: str
    segment_id: int | None = None


class _Problems(list):
    def add(self, row: int, problem: str) -> None:
        self.append((row, problem))


def import_codings(
    core: Core, path: str | Path, coder: str | None = None, *, dotted_levels: bool | None = None
) -> dict:
    """Import a codings CSV (either layout); returns counts of what was written and skipped.

    ``coder`` names the coder of rows without a ``coder`` column or value. With
    ``dotted_levels`` (default: on for Taguette's export) a code not found as written is
    looked for with "." read as the level separator, Taguette's way to write a tree."""
    path = Path(path)
    sha256, size = file_digest(path)
    _refuse_reimport(core, path, sha256)
    text = normalise(decode(read_bytes(path), path)[0])
    if not text.strip():
        raise InputError(path, "file is empty")
    header, records, lines = parse(text, path, detect_delimiter(text), repeated=True)
    names = [h.strip().lower() for h in header]
    table = [dict(zip(names, r)) for r in records]
    layout = _layout(path, names)
    if dotted_levels is None:
        dotted_levels = layout == "taguette"
    codes = _Codes(core, dotted_levels)
    problems = _Problems()
    notes: dict[str, int] = {}
    if layout == "offsets":
        rows = _offset_rows(core, table, lines, coder, codes, problems)
    else:
        rows = _passage_rows(core, path, names, table, lines, coder, codes, problems, notes)
    if len(problems) == 1:
        raise InputError(path, problems[0][1], row=problems[0][0])
    if problems:
        raise InputError(path, _summary(problems, len(records)))
    if not rows:
        raise InputError(
            path,
            "no codings in the file"
            + (f" ({', '.join(f'{v} {k}' for k, v in notes.items())})" if notes else ""),
        )
    unique = list({(r.document_id, r.start, r.end, r.code_id, r.coder): r for r in rows}.values())
    coders = sorted({r.coder for r in unique})
    if core.role != "owner":  # a coder imports their own codings; owners those of the team
        for name in coders:
            core.coder(name)
    with core.write("import-codings", path.name, coder) as payload:
        earlier = sql.import_source(core.db, sha256)  # another process may have been first
        if earlier and not (earlier["kind"] == "codings" and earlier["undone"]):
            raise _already(path, earlier)
        ids = sql.add_codings(core.db, [asdict(r) for r in unique], payload["event_id"])
        made = sum(i is not None for i in ids)
        source = sql.record_source(
            core.db,
            earlier["id"] if earlier else None,
            filename=path.name,
            sha256=sha256,
            size=size,
            options={"layout": layout, "coder": coder, "dotted_levels": dotted_levels},
            event_id=payload["event_id"],
        )
        result = {
            "codings": made,
            "already_coded": len(ids) - made,
            "repeated_in_file": len(rows) - len(unique),
            **notes,
        }
        payload.update(result, coders=coders, layout=layout, source=source)
    return {"file": str(path), "layout": layout, **result, "coders": coders}


def _already(path: Path, earlier: dict) -> InputError:
    return InputError(
        path,
        f"this file was already imported (as {earlier['filename']!r}, "
        f"source {earlier['id']}, {earlier['time']}); nothing was changed",
    )


def _refuse_reimport(core: Core, path: Path, sha256: str) -> None:
    earlier = sql.import_source(core.db, sha256)
    if earlier and not (earlier["kind"] == "codings" and earlier["undone"]):
        raise _already(path, earlier)


def _layout(path: Path, names: list[str]) -> str:
    """offsets, taguette, qualcoder or passages (another tool's highlights)."""
    columns = set(names)
    if columns & {"start", "end", "segment"}:
        return "offsets"
    passage = columns & set(PASSAGES)
    if passage and columns & set(DOCUMENT_NAMES) and columns & set(CODES):
        if {"id", "document", "tag", "content"} <= columns:
            return "taguette"
        if {"coded", "codename"} <= columns:
            return "qualcoder"
        return "passages"
    if "document" in columns and "code" in columns:
        return "offsets"  # then every row needs start and end: said per row
    raise InputError(
        path,
        "needs a 'document' or 'segment' column (with 'start' and 'end'), "
        "or a document name ('document', 'file') and the coded text "
        "('content', 'coded', 'text'); and a 'code' ('tag', 'codename') column "
        f"(found: {', '.join(n for n in names if n) or 'none'})",
    )


def _pick(record: dict, options: tuple[str, ...]) -> str:
    return next((record[o].strip() for o in options if (record.get(o) or "").strip()), "")


def _who(record: dict, coder: str | None) -> str | None:
    return (record.get("coder") or "").strip() or coder


class _Codes:
    """Code paths to ids, looked up once (a codebook read per row would be slow)."""

    def __init__(self, core: Core, dotted: bool) -> None:
        self.codebook = Codebook(core)
        self.ids = {c.path: c.id for c in self.codebook.codes()}
        self.dotted = dotted

    def find(self, name: str) -> int:
        """The code's id; ValueError with the codebook's explanation if it is not there."""
        text = unicodedata.normalize("NFC", name.strip())
        key = "/".join(part.strip() for part in text.split("/"))
        if key in self.ids:
            return self.ids[key]
        if self.dotted and "." in key:
            dotted = "/".join(part.strip() for part in key.replace("/", ".").split("."))
            if dotted in self.ids:
                return self.ids[dotted]
        try:
            return self.codebook.get(key).id
        except InputError as error:
            raise ValueError(error.problem) from None


def _int(value: str | None, column: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a whole number") from None


def _offset_rows(
    core: Core,
    table: list[dict],
    lines: list[int],
    coder: str | None,
    codes: _Codes,
    problems: _Problems,
) -> list[_Row]:
    rows = []
    for line, record in zip(lines, table):
        try:
            rows.append(_offset_row(core, record, coder, codes))
        except ValueError as error:
            problems.add(line, str(error))
    return rows


def _offset_row(core: Core, record: dict, coder: str | None, codes: _Codes) -> _Row:
    who = _who(record, coder)
    if not who:
        raise ValueError("no coder (fill the 'coder' column or pass --coder)")
    segment_id = _int(record.get("segment"), "segment")
    document_id = _int(record.get("document"), "document")
    start, end = _int(record.get("start"), "start"), _int(record.get("end"), "end")
    if segment_id is not None:
        segment = sql.segment(core.db, segment_id)
        if segment is None:
            raise ValueError(f"no segment with id {segment_id}")
        if document_id is not None and document_id != segment["document_id"]:
            raise ValueError(f"segment {segment_id} is not in document {document_id}")
        document_id = segment["document_id"]
        start = segment["start"] if start is None else start
        end = segment["end"] if end is None else end
    if document_id is None or start is None or end is None:
        raise ValueError("needs a segment, or a document with start and end")
    length = sql.document_length(core.db, document_id)
    if length is None:
        raise ValueError(f"no document with id {document_id}")
    if not 0 <= start < end <= length:
        raise ValueError(
            f"span {start}-{end} is not inside document {document_id} "
            f"(0-{length}, start before end)"
        )
    return _Row(document_id, start, end, codes.find(record.get("code") or ""), who, segment_id)


def _name_key(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


class _Documents:
    """Documents by the names another tool knows them by: the title; for a transcript also
    its file (with or without extension) and its focus group; for an answer its respondent."""

    def __init__(self, core: Core) -> None:
        self.by_name: dict[str, set[int]] = {}
        self.titles: dict[int, str] = {}
        self.misses = 0
        for doc in sql.document_names(core.db):
            self.titles[doc["id"]] = doc["title"]
            names = [doc["title"]]
            if doc["kind"] == "transcript":
                names += [doc["filename"], Path(doc["filename"]).stem, doc["group"]]
            else:
                names.append(doc["respondent"])
            for name in names:
                if name:
                    self.by_name.setdefault(_name_key(name), set()).add(doc["id"])

    def find(self, name: str) -> int:
        ids = self.by_name.get(_name_key(name)) or self.by_name.get(_name_key(Path(name).stem))
        if not ids:
            self.misses += 1  # a hint for the first few only: it compares every title
            close = (
                difflib.get_close_matches(name, list(self.titles.values()), n=2)
                if self.misses <= LISTED
                else []
            )
            hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
            raise ValueError(f"no document named {name!r}{hint}")
        if len(ids) > 1:
            shown = ", ".join(repr(self.titles[i]) for i in sorted(ids)[:3])
            raise ValueError(
                f"{name!r} names {len(ids)} documents ({shown}"
                f"{', ...' if len(ids) > 3 else ''}); name one by its title"
            )
        return next(iter(ids))


def find_passage(text: str, passage: str) -> tuple[list[tuple[int, int]], str]:
    """Every span of ``passage`` in ``text`` and how it was found: 'exact', else
    'whitespace' (any run of whitespace, or none, between its words)."""
    spans, at = [], text.find(passage)
    while passage and at >= 0:
        spans.append((at, at + len(passage)))
        at = text.find(passage, at + 1)
    if spans:
        return spans, "exact"
    words = passage.split()
    if not words:
        return [], "exact"
    pattern = re.compile(r"\s*".join(re.escape(w) for w in words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)], "whitespace"


def _passage_rows(
    core: Core,
    path: Path,
    names: list[str],
    table: list[dict],
    lines: list[int],
    coder: str | None,
    codes: _Codes,
    problems: _Problems,
    notes: dict[str, int],
) -> list[_Row]:
    if "coder" not in names and not coder:
        raise InputError(path, "the file names no coder: pass --coder (whose highlights these are)")
    documents = _Documents(core)
    categories = sorted(
        (n for n in names if n == "category" or n.startswith("category ")),
        key=lambda n: int(n.split()[1]) if " " in n else 1,
    )
    placed: list[tuple[int, dict, int, str, str]] = []  # line, record, document, passage, path
    for line, record in zip(lines, table):
        code = _pick(record, CODES)
        if not code:
            notes["untagged"] = notes.get("untagged", 0) + 1  # Taguette: a highlight, no tag
            continue
        levels = [record[c].strip() for c in reversed(categories) if record[c].strip()]
        try:
            if not _who(record, coder):
                raise ValueError("no coder (fill the 'coder' column or pass --coder)")
            document_id = documents.find(_pick(record, DOCUMENT_NAMES))
            passage = unicodedata.normalize("NFC", _pick(record, PASSAGES))
            if not passage:
                raise ValueError("the coded text is empty")
        except ValueError as error:
            problems.add(line, str(error))
            continue
        placed.append((line, record, document_id, passage, "/".join([*levels, code])))
    texts = sql.document_texts(core.db, sorted({p[2] for p in placed}))
    found: dict[tuple[int, str], tuple[list[tuple[int, int]], str]] = {}
    highlights: dict[tuple[int, str], list[str]] = {}
    for line, record, document_id, passage, _ in placed:
        key = (document_id, passage)
        if key not in found:
            found[key] = find_passage(texts[document_id], passage)
        mark = (record.get("id") or "").strip() or f"row {line}"
        if mark not in highlights.setdefault(key, []):
            highlights[key].append(mark)
    rows = []
    for line, record, document_id, passage, code in placed:
        spans, how = found[(document_id, passage)]
        marks = highlights[(document_id, passage)]
        shown = passage if len(passage) <= 60 else passage[:57] + "..."
        title = documents.titles[document_id]
        if not spans:
            problems.add(line, f"text {shown!r} is not in document {title!r}")
            continue
        if len(spans) > 1 and len(marks) != len(spans):
            problems.add(
                line,
                f"text {shown!r} occurs {len(spans)} times in document "
                f"{title!r} and the file has {len(marks)} highlight(s) of it; "
                "cannot tell which is meant",
            )
            continue
        start, end = spans[
            marks.index((record.get("id") or "").strip() or f"row {line}") if len(spans) > 1 else 0
        ]
        try:
            code_id = codes.find(code)
        except ValueError as error:
            problems.add(line, str(error))
            continue
        notes[f"placed_{how}"] = notes.get(f"placed_{how}", 0) + 1
        rows.append(_Row(document_id, start, end, code_id, _who(record, coder) or ""))
    return rows


def _summary(problems: _Problems, total: int) -> str:
    problems.sort()
    listed = "; ".join(f"row {row}: {problem}" for row, problem in problems[:LISTED])
    more = f"; and {len(problems) - LISTED} more" if len(problems) > LISTED else ""
    return f"{len(problems)} of {total} rows cannot be placed, nothing was imported: {listed}{more}"
