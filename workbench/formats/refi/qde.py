"""A REFI-QDA project file (.qde, QDA-XML project 1.0) read into plain records, and the
conventions by which Duiding's own .qdpx carries what the standard has no element for.

Pure parsing, no database: :mod:`workbench.ingest._qdpx_read` and
:mod:`workbench.qdpx_import` decide what becomes what.

Conventions (see :mod:`workbench.export.qdpx` for the whole mapping). The standard gives
cases, sets, variables and selections a free-text <Description>; ours end in a block of
one-line fields after a marker line, readable in any tool::

    <free text, e.g. a variable's label>

    Duiding: respondent variable
    Role: stratum
    Position: 1

Values of the keys in JSON_KEYS are JSON; the others are text on one line. A description
without the marker (another tool's) is free text only.

GUIDs of everything that has no GUID column in the project (documents, cases, codings,
notes, ...) are made from a per-project namespace and a natural key: see :mod:`.guids`.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...errors import InputError
from ..safe_xml import child, children, local, text_of
from .guids import guid_key

NS = "urn:QDA-XML:project:1.0"
MARK = "Duiding"
JSON_KEYS = frozenset(
    {
        "Position",
        "Value labels",
        "Population per stratum",
        "Sampled per stratum",
        "Population shares",
        "Turn",
        "Start",
        "End",
        "Small-cell threshold",
    }
)
NOT_TEXT = {
    "PictureSource": "a picture",
    "AudioSource": "audio",
    "VideoSource": "video",
}


# -- conventions -----------------------------------------------------------------------
def describe(kind: str, fields: dict[str, Any], text: str = "") -> str:
    """A Description: free ``text``, then the marker line and one line per field that is
    not None or empty."""
    lines = [text.strip(), ""] if text and text.strip() else []
    lines.append(f"{MARK}: {kind}")
    for key, value in fields.items():
        if value is None or value == {} or value == "":
            continue
        shown = (
            json.dumps(value, ensure_ascii=False)
            if key in JSON_KEYS
            else " ".join(str(value).split())
        )
        lines.append(f"{key}: {shown}")
    return "\n".join(lines)


def read_description(text: str) -> tuple[str | None, dict[str, Any], str]:
    """(kind, fields, free text) of a Description; kind None without the marker."""
    lines = text.replace("\r\n", "\n").split("\n")
    marks = [i for i, line in enumerate(lines) if line.startswith(f"{MARK}: ")]
    if not marks:
        return None, {}, text.strip()
    first = marks[-1]
    fields: dict[str, Any] = {}
    for line in lines[first + 1 :]:
        key, sep, value = line.partition(": ")
        if not sep:
            continue
        if key in JSON_KEYS:
            try:
                fields[key] = json.loads(value)
            except ValueError:
                continue
        else:
            fields[key] = value.strip()
    return lines[first][len(MARK) + 2 :].strip(), fields, "\n".join(lines[:first]).strip()


def stored_time(value: str | None) -> str | None:
    """An xsd:dateTime as the project stores times (UTC, ISO 8601, microseconds)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# -- records ---------------------------------------------------------------------------
@dataclass
class Coding:
    guid: str
    code: str  # the code's GUID (canonical)
    user: str | None  # a user GUID
    time: str | None
    notes: list[str] = field(default_factory=list)


@dataclass
class Selection:
    """A PlainTextSelection: a span with its codings and notes."""

    guid: str
    name: str
    start: int
    end: int
    description: str
    user: str | None
    time: str | None
    codings: list[Coding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Area:
    """A PDFSelection: a rectangle on a page (``page`` as the file has it; ATLAS.ti counts
    from 0), with the text the tool read there (its Representation), if it wrote one."""

    guid: str
    name: str
    page: int | None
    text: str
    user: str | None
    time: str | None
    codings: list[Coding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Source:
    """A TextSource, its text in ``content`` or in the file ``path`` names; or a PDFSource
    (``kind``), ``path`` naming the PDF, its selections page ``areas``."""

    guid: str
    name: str
    path: str | None
    content: str | None
    selections: list[Selection] = field(default_factory=list)
    codings: list[Coding] = field(default_factory=list)  # of the whole source
    notes: list[str] = field(default_factory=list)
    kind: str = "TextSource"
    areas: list[Area] = field(default_factory=list)
    representation: Source | None = None  # a PDF's text as the tool read it, with selections


@dataclass
class Skipped:
    guid: str
    name: str
    kind: str
    reason: str
    codings: int


@dataclass
class Variable:
    guid: str
    name: str
    type: str
    description: str


@dataclass
class Case:
    guid: str
    name: str
    description: str
    values: list[tuple[str, Any]]  # (variable GUID, value)
    sources: list[str]
    selections: list[str]


@dataclass
class Note:
    guid: str
    name: str
    description: str
    path: str | None
    content: str | None
    user: str | None
    time: str | None


@dataclass
class Set:
    guid: str
    name: str
    description: str
    sources: list[str]


@dataclass
class Qde:
    name: str
    origin: str
    created: str | None
    description: str
    users: dict[str, str]  # GUID -> name
    codebook: ET.Element | None
    code_notes: dict[str, list[str]]  # code GUID -> note GUIDs
    variables: list[Variable]
    cases: list[Case]
    sources: list[Source]
    skipped: list[Skipped]
    notes: list[Note]
    sets: list[Set]
    project_notes: list[str]
    other: dict[str, int]  # elements not read, by name
    warnings: list[str] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------
def read_qde(path: Path, root: ET.Element) -> Qde:
    """The records of a parsed <Project>."""
    if local(root.tag) != "Project":
        raise InputError(
            path,
            f"not a REFI-QDA project: the root element is <{local(root.tag)}>, expected <Project>",
        )
    warnings: list[str] = []
    users = {
        guid_key(u.get("guid")): (u.get("name") or u.get("id") or guid_key(u.get("guid")))
        for u in _items(root, "Users", "User")
    }
    codebook = child(root, "CodeBook")
    code_notes: dict[str, list[str]] = {}
    for code in [] if codebook is None else codebook.iter():
        if local(code.tag) == "Code" and _refs(code, "NoteRef"):
            code_notes[guid_key(code.get("guid"))] = _refs(code, "NoteRef")
    sources: list[Source] = []
    skipped: list[Skipped] = []
    holder = child(root, "Sources")
    for element in [] if holder is None else list(holder):
        kind = local(element.tag)
        if kind == "TextSource":
            sources.append(_source(element, warnings))
        elif kind == "PDFSource":
            sources.append(_pdf_source(element, warnings))
        elif kind in NOT_TEXT:
            skipped.append(
                Skipped(
                    guid_key(element.get("guid")),
                    element.get("name") or "",
                    kind,
                    f"{NOT_TEXT[kind]} source, not plain text",
                    _count(element, "Coding"),
                )
            )
    return Qde(
        name=root.get("name") or path.stem,
        origin=root.get("origin") or "",
        created=stored_time(root.get("creationDateTime")),
        description=text_of(child(root, "Description")),
        users=users,
        codebook=codebook,
        code_notes=code_notes,
        variables=[
            Variable(
                guid_key(v.get("guid")),
                v.get("name") or "",
                v.get("typeOfVariable") or "Text",
                text_of(child(v, "Description")),
            )
            for v in _items(root, "Variables", "Variable")
        ],
        cases=[_case(c) for c in _items(root, "Cases", "Case")],
        sources=sources,
        skipped=skipped,
        notes=[
            Note(
                guid_key(n.get("guid")),
                n.get("name") or "",
                text_of(child(n, "Description")),
                n.get("plainTextPath"),
                _content(n),
                n.get("creatingUser"),
                stored_time(n.get("creationDateTime")),
            )
            for n in _items(root, "Notes", "Note")
        ],
        sets=[
            Set(
                guid_key(s.get("guid")),
                s.get("name") or "",
                text_of(child(s, "Description")),
                _refs(s, "MemberSource"),
            )
            for s in _items(root, "Sets", "Set")
        ],
        project_notes=_refs(root, "NoteRef"),
        other={
            plural.lower(): len(_items(root, plural, name))
            for plural, name in (("Links", "Link"), ("Graphs", "Graph"))
        },
        warnings=warnings,
    )


def _items(root: ET.Element, plural: str, name: str) -> list[ET.Element]:
    holder = child(root, plural)
    return [] if holder is None else children(holder, name)


def _refs(element: ET.Element, name: str) -> list[str]:
    return [guid_key(r.get("targetGUID")) for r in children(element, name)]


def _count(element: ET.Element, name: str) -> int:
    return sum(1 for e in element.iter() if local(e.tag) == name)


def _content(element: ET.Element) -> str | None:
    found = child(element, "PlainTextContent")
    return None if found is None else text_of(found)


def _codings(element: ET.Element) -> list[Coding]:
    out = []
    for coding in children(element, "Coding"):
        ref = child(coding, "CodeRef")
        out.append(
            Coding(
                guid_key(coding.get("guid")),
                guid_key(ref.get("targetGUID") if ref is not None else ""),
                coding.get("creatingUser"),
                stored_time(coding.get("creationDateTime")),
                _refs(coding, "NoteRef"),
            )
        )
    return out


def _source(element: ET.Element, warnings: list[str]) -> Source:
    name = element.get("name") or ""
    source = Source(
        guid_key(element.get("guid")),
        name,
        element.get("plainTextPath"),
        _content(element),
        codings=_codings(element),
        notes=_refs(element, "NoteRef"),
    )
    for selection in children(element, "PlainTextSelection"):
        try:
            start = int(selection.get("startPosition", ""))
            end = int(selection.get("endPosition", ""))
        except ValueError:
            warnings.append(
                f"source {name!r}: a selection without whole-number positions was skipped"
            )
            continue
        source.selections.append(
            Selection(
                guid_key(selection.get("guid")),
                selection.get("name") or "",
                start,
                end,
                text_of(child(selection, "Description")),
                selection.get("creatingUser"),
                stored_time(selection.get("creationDateTime")),
                _codings(selection),
                _refs(selection, "NoteRef"),
            )
        )
    return source


def _pdf_source(element: ET.Element, warnings: list[str]) -> Source:
    """A PDFSource: the PDF's path, codings of the whole PDF, and its PDFSelections (the
    text a tool read in each, from its Representation, is what places them in ours)."""
    source = Source(
        guid_key(element.get("guid")),
        element.get("name") or "",
        element.get("path") or element.get("currentPath"),
        None,
        codings=_codings(element),
        notes=_refs(element, "NoteRef"),
        kind="PDFSource",
    )
    shown = child(element, "Representation")
    if shown is not None:
        source.representation = _source(shown, warnings)
    for selection in children(element, "PDFSelection"):
        try:
            page: int | None = int(selection.get("page", ""))
        except ValueError:
            page = None
        shown = child(selection, "Representation")
        source.areas.append(
            Area(
                guid_key(selection.get("guid")),
                selection.get("name") or "",
                page,
                (_content(shown) or "") if shown is not None else "",
                selection.get("creatingUser"),
                stored_time(selection.get("creationDateTime")),
                _codings(selection),
                _refs(selection, "NoteRef"),
            )
        )
    return source


def _value(element: ET.Element) -> Any:
    """The Python value of a <VariableValue>'s value element (None if absent)."""
    for value in element:
        kind, text = local(value.tag), (value.text or "").strip()
        if kind == "TextValue":
            return value.text or ""
        if kind == "BooleanValue":
            return text in ("true", "1")
        if kind == "IntegerValue":
            return int(text)
        if kind == "FloatValue":
            number = float(text)
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind in ("DateValue", "DateTimeValue"):
            return text
    return None


def _case(element: ET.Element) -> Case:
    values = []
    for value in children(element, "VariableValue"):
        ref = child(value, "VariableRef")
        try:
            parsed = _value(value)
        except ValueError:
            parsed = None
        if ref is not None and parsed is not None:
            values.append((guid_key(ref.get("targetGUID")), parsed))
    return Case(
        guid_key(element.get("guid")),
        element.get("name") or "",
        text_of(child(element, "Description")),
        values,
        _refs(element, "SourceRef"),
        _refs(element, "SelectionRef"),
    )
