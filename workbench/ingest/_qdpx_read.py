"""A .qdpx archive read into what a new project will hold, checked, before any write.

Texts are read from the archive in memory (never extracted): a TextSource's
``plainTextPath`` must be ``internal://NAME`` naming ``sources/NAME`` inside it. Other paths
(relative://, absolute, file:) point outside the archive and are not followed; such
sources, sources whose file is missing or not text, and pictures, audio and video are
skipped with a reason, together with their codings.

A PDFSource whose PDF is in the archive is read as import-document reads one (its text
layer, paragraphs, pages; :mod:`.pdf`); one without a text layer, encrypted or damaged is
skipped with that reason. Its PDFSelections are page rectangles: each is placed where the
text the tool read there (its Representation) is found in ours (spaces and hyphens aside;
on its page when found more than once, pages counted from 0 as ATLAS.ti writes them); those
without such text, or not found once, are counted with their codings and named in a warning.

What Duiding's own export marks (see :mod:`workbench.formats.refi.qde`) comes back as
respondents, variables, questions, focus groups, speakers and turns. A text source of
another tool becomes a transcript in one focus group named after the project, with one turn
per paragraph; other tools' cases, variables, sets, links and graphs are counted, not read.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..formats import archives
from ..formats.refi import qde as _qde
from ..formats.text import decode
from . import pdf as _pdf

_PARAGRAPH = re.compile(r"[^\r\n]+")
INTERNAL = "internal://"


@dataclass
class Document:
    source: _qde.Source
    kind: str  # answer | transcript
    title: str
    text: str
    offset: Callable[[int], int]  # a position in the file's text -> in ``text`` (NFC)
    respondent: str | None = None
    question: str | None = None
    group: str | None = None
    turns: list[dict] = field(default_factory=list)  # start, end, ordinal, speaker, times
    pages: list[tuple[int, int]] = field(default_factory=list)  # a PDF's (page, start)


@dataclass
class Plan:
    qde: _qde.Qde
    ours: bool  # written by Duiding (the project block in the Description)
    settings: dict[str, Any]
    variables: list[dict]
    respondents: list[dict]
    questions: list[dict]
    groups: list[str]
    group_members: dict[str, list[str]]
    speakers: list[dict]
    documents: list[Document]
    skipped: list[dict]
    not_carried: dict[str, int]
    warnings: list[str]
    unplaced: int = 0  # codings on PDF page areas not found in the text
    # ids given by the import's writes
    respondent_ids: dict[str, int] = field(default_factory=dict)
    question_ids: dict[str, int] = field(default_factory=dict)
    group_ids: dict[str, int] = field(default_factory=dict)


def read_plan(path: Path, archive: zipfile.ZipFile, qde: _qde.Qde) -> Plan:
    """Everything the import will write, checked; InputError on what cannot be right."""
    kind, fields, _ = _qde.read_description(qde.description)
    variables, speaker_vars = _variables(qde)
    by_guid = {v["guid"]: v for v in variables}
    respondents, speakers, foreign_cases = _cases(path, qde, by_guid, speaker_vars)
    questions, members, foreign_sets = _sets(qde)
    groups = list(members)
    for speaker in speakers:
        if speaker["group"] not in groups:
            groups.append(speaker["group"])
    plan = Plan(
        qde=qde,
        ours=kind == "project",
        settings=fields,
        variables=variables,
        respondents=respondents,
        questions=questions,
        groups=groups,
        group_members=members,
        speakers=speakers,
        documents=[],
        skipped=[vars(s).copy() for s in qde.skipped],
        not_carried={
            "cases": foreign_cases,
            "sets": foreign_sets,
            "variables": len(qde.variables) - len(variables) - len(speaker_vars),
            **qde.other,
        },
        warnings=list(qde.warnings),
    )
    _documents(path, archive, plan)
    return plan


def _variables(qde: _qde.Qde) -> tuple[list[dict], dict[str, str]]:
    """Our respondent variables (in file order) and speaker attributes (GUID -> name)."""
    variables: list[dict] = []
    speaker_vars: dict[str, str] = {}
    for variable in qde.variables:
        kind, fields, text = _qde.read_description(variable.description)
        if (
            kind == "respondent variable"
            and fields.get("Role") in ("id", "stratum", "weight", "variable")
            and variable.name not in {v["name"] for v in variables}
        ):
            our_type = fields.get("Type")
            variables.append(
                {
                    "guid": variable.guid,
                    "name": variable.name,
                    "role": fields["Role"],
                    "type": our_type if our_type in ("numeric", "categorical", "text") else "text",
                    "label": text or None,
                    "value_labels": _dict(fields.get("Value labels")) or None,
                    "position": (
                        fields["Position"]
                        if isinstance(fields.get("Position"), int)
                        else len(variables)
                    ),
                }
            )
        elif kind == "speaker attribute":
            speaker_vars[variable.guid] = variable.name
    return variables, speaker_vars


def _cases(
    path: Path, qde: _qde.Qde, variables: dict[str, dict], speaker_vars: dict[str, str]
) -> tuple[list[dict], list[dict], int]:
    respondents: list[dict] = []
    speakers: list[dict] = []
    seen: set[str] = set()
    foreign = 0
    for case in qde.cases:
        kind, fields, _ = _qde.read_description(case.description)
        if kind == "speaker" and fields.get("Focus group"):
            speakers.append(
                {
                    "group": fields["Focus group"],
                    "name": case.name.strip(),
                    "attributes": {speaker_vars[g]: v for g, v in case.values if g in speaker_vars},
                    "selections": case.selections,
                }
            )
        elif kind == "respondent":
            respondents.append(_respondent(path, case, variables))
            if respondents[-1]["external_id"] in seen:
                raise InputError(
                    path, f"respondent {respondents[-1]['external_id']!r} appears twice"
                )
            seen.add(respondents[-1]["external_id"])
        else:
            foreign += 1
    return respondents, speakers, foreign


def _respondent(path: Path, case: _qde.Case, variables: dict[str, dict]) -> dict:
    person: dict[str, Any] = {
        "external_id": case.name.strip(),
        "stratum": None,
        "weight": 1.0,
        "data": {},
        "sources": case.sources,
    }
    for guid, value in case.values:
        variable = variables.get(guid)
        if variable is None:
            continue
        if variable["role"] == "id" and not person["external_id"]:
            person["external_id"] = str(value)
        elif variable["role"] == "stratum" and person["stratum"] is None:
            person["stratum"] = str(value)
        elif variable["role"] == "weight":
            person["weight"] = value
        elif variable["role"] == "variable":
            person["data"][variable["name"]] = value
    where = f"respondent case {case.name!r}"
    if not person["external_id"]:
        raise InputError(path, f"a respondent case ({case.guid}) has no name (respondent id)")
    if not person["stratum"]:
        raise InputError(path, f"{where} has no stratum")
    weight = person["weight"]
    if (
        isinstance(weight, bool)
        or not isinstance(weight, (int, float))
        or not math.isfinite(weight)
        or weight <= 0
    ):
        raise InputError(path, f"{where}: weight {weight!r} is not a number above 0")
    person["weight"] = float(weight)
    return person


def _sets(qde: _qde.Qde) -> tuple[list[dict], dict[str, list[str]], int]:
    """Open questions (name, label, members), focus groups (name -> members), and how many
    sets of other tools there are."""
    questions: dict[str, dict] = {}
    groups: dict[str, list[str]] = {}
    foreign = 0
    for item in qde.sets:
        kind, _, text = _qde.read_description(item.description)
        if kind == "open question" and item.name:
            question = questions.setdefault(
                item.name, {"name": item.name, "label": text or None, "members": []}
            )
            question["members"] += item.sources
        elif kind == "focus group" and item.name:
            groups.setdefault(item.name, []).extend(item.sources)
        else:
            foreign += 1
    return list(questions.values()), groups, foreign


def _dict(value: Any) -> dict | None:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else None


def _documents(path: Path, archive: zipfile.ZipFile, plan: Plan) -> None:
    """Read each text source (and note kept in a file) and decide what it becomes."""
    respondent_of = {g: r["external_id"] for r in plan.respondents for g in r["sources"]}
    question_of = {g: q["name"] for q in plan.questions for g in q["members"]}
    group_of = {g: name for name, sources in plan.group_members.items() for g in sources}
    speaker_of = {g: (s["group"], s["name"]) for s in plan.speakers for g in s["selections"]}
    names = {info.filename.replace("\\", "/").lower(): info for info in archive.infolist()}
    answered: set[tuple[str, str]] = set()
    for note in plan.qde.notes:
        if note.content is None and note.path:
            note.content = _text(path, archive, names, None, note.path)[0]
    for source in plan.qde.sources:
        if source.kind == "PDFSource":
            read, reason = _pdf_text(path, archive, names, source)
            text = None if read is None else read.text
        else:
            text, reason = _text(path, archive, names, source.content, source.path)
        if text is None:
            plan.skipped.append(
                {
                    "guid": source.guid,
                    "name": source.name,
                    "kind": source.kind,
                    "reason": reason,
                    "codings": _codings(source),
                }
            )
            continue
        if not text.strip():
            plan.skipped.append(
                {
                    "guid": source.guid,
                    "name": source.name,
                    "kind": "TextSource",
                    "reason": "the text is empty",
                    "codings": _codings(source),
                }
            )
            continue
        normal = unicodedata.normalize("NFC", text)
        offset = (
            (lambda i: i)
            if normal == text
            else (lambda i, t=text: len(unicodedata.normalize("NFC", t[:i])))
        )
        doc = Document(source, "transcript", source.name or source.guid, normal, offset)
        key = (respondent_of.get(source.guid), question_of.get(source.guid))
        if key[0] and key[1]:
            if key in answered:
                raise InputError(path, f"respondent {key[0]!r} has two answers to {key[1]!r}")
            answered.add(key)  # type: ignore[arg-type]
            doc.kind, doc.respondent, doc.question = "answer", key[0], key[1]
        elif source.guid in group_of and source.kind != "PDFSource":
            doc.group = group_of[source.guid]
            doc.turns = _turns(doc, speaker_of, plan.warnings)
        elif source.kind == "PDFSource":
            doc.group = group_of.get(source.guid) or plan.qde.name.strip() or path.stem
            if doc.group not in plan.groups:
                plan.groups.append(doc.group)
            shown = source.representation
            tool_text = _text(path, archive, names, shown.content, shown.path)[0] if shown else None
            _place_areas(doc, read, plan, tool_text)
        else:
            doc.group = plan.qde.name.strip() or path.stem
            if doc.group not in plan.groups:
                plan.groups.append(doc.group)
            doc.turns = [
                {"start": s, "end": e, "ordinal": i, "speaker": None}
                for i, (s, e) in enumerate(_paragraphs(normal))
            ]
        plan.documents.append(doc)


def _codings(source: _qde.Source) -> int:
    shown = source.representation
    return (
        len(source.codings)
        + sum(len(s.codings) for s in source.selections)
        + sum(len(a.codings) for a in source.areas)
        + (sum(len(s.codings) for s in shown.selections) if shown else 0)
    )


def _pdf_text(
    path: Path, archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], source: _qde.Source
) -> tuple[_pdf.PdfText | None, str]:
    """A PDFSource's PDF read from the archive, or None and why not."""
    data, reason = _entry(path, archive, names, source.path)
    if data is None:
        return None, reason
    name = Path(source.name or source.guid).name
    try:
        return _pdf.read_pdf(name, data), ""
    except InputError as error:
        return None, f"its PDF {error.problem}"


def _place_areas(doc: Document, read: _pdf.PdfText, plan: Plan, tool_text: str | None) -> None:
    """Paragraphs become turns, pages are kept, and each page area (and each selection of
    the text the tool read from the whole PDF, ``tool_text``) becomes a selection at the
    same text in ours; what cannot be placed is counted and named."""
    doc.pages = read.pages
    doc.turns = [
        {"start": p.start, "end": p.end, "ordinal": i, "speaker": None}
        for i, p in enumerate(read.paragraphs)
    ]
    plan.warnings += [f"{doc.title}: {w.split(': ', 1)[-1]}" for w in read.warnings]
    squeezed = _pdf.squeeze(read.text)
    missed: list[str] = []
    areas = list(doc.source.areas)
    shown = doc.source.representation
    for selection in shown.selections if shown else ():
        passage = tool_text[selection.start : selection.end] if tool_text else ""
        areas.append(
            _qde.Area(
                selection.guid,
                selection.name,
                None,
                passage,
                selection.user,
                selection.time,
                selection.codings,
                selection.notes,
            )  # fmt: skip
        )
    for area in areas:
        page = None if area.page is None else area.page + 1
        span = _pdf.locate(squeezed, read.pages, area.text, page)
        if span is None:
            if area.codings:
                missed.append(f"p. {page}" if page is not None else "no page")
                plan.unplaced += len(area.codings)
            continue
        doc.source.selections.append(
            _qde.Selection(
                area.guid,
                area.name,
                span[0],
                span[1],
                "",
                area.user,
                area.time,
                area.codings,
                area.notes,
            )  # fmt: skip
        )
    if missed:
        plan.warnings.append(
            f"{doc.title}: {len(missed)} coded page area(s) could not be placed in the text"
            f" ({', '.join(missed[:10])}{', ...' if len(missed) > 10 else ''}): the text the"
            " tool read there is missing or not found once; their codings were not imported"
        )


def _text(
    path: Path,
    archive: zipfile.ZipFile,
    names: dict[str, zipfile.ZipInfo],
    content: str | None,
    ref: str | None,
) -> tuple[str | None, str]:
    """The text of a source or note (``content``, or the file ``ref`` names), or None and
    why it cannot be read."""
    if content is not None and not ref:
        return content, ""
    if not (ref or "").strip():
        return None, "no text (neither plainTextPath nor PlainTextContent)"
    data, reason = _entry(path, archive, names, ref)
    if data is None:
        return None, reason
    try:
        text, _ = decode(data, path)
    except InputError as error:
        return None, f"its file {ref.strip()!r} is not plain text ({error.problem})"
    return text, ""


def _entry(
    path: Path, archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], ref: str | None
) -> tuple[bytes | None, str]:
    """The bytes of the file an ``internal://NAME`` path names (``sources/NAME`` in the
    archive), or None and why it is not read."""
    ref = (ref or "").strip()
    if not ref:
        return None, "no file named (no path)"
    if not ref.lower().startswith(INTERNAL):
        return None, f"its file {ref!r} is outside the archive and is not read"
    name = ref[len(INTERNAL) :].lstrip("/")
    problem = archives.unsafe_name(name)
    if problem:
        return None, f"its path {ref!r} {problem}; not read"
    info = names.get(f"sources/{name}".replace("\\", "/").lower())
    if info is None:
        return None, f"its file {ref!r} is not in the archive"
    return archives.read_entry(path, archive, info), ""


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _PARAGRAPH.finditer(text):
        chunk = match.group()
        start = match.start() + len(chunk) - len(chunk.lstrip())
        end = match.end() - (len(chunk) - len(chunk.rstrip()))
        if end > start:
            spans.append((start, end))
    return spans


def _turns(
    doc: Document, speaker_of: dict[str, tuple[str, str]], warnings: list[str]
) -> list[dict]:
    """Our turns: the selections a speaker case points at or that say they are turns."""
    turns = []
    for selection in doc.source.selections:
        kind, fields, _ = _qde.read_description(selection.description)
        if kind != "turn" and selection.guid not in speaker_of:
            continue
        start, end = doc.offset(selection.start), doc.offset(selection.end)
        if not 0 <= start < end <= len(doc.text):
            warnings.append(f"{doc.title}: turn {start}-{end} is outside the text; left out")
            continue
        speaker = speaker_of.get(selection.guid)
        turns.append(
            {
                "start": start,
                "end": end,
                "ordinal": (fields["Turn"] if isinstance(fields.get("Turn"), int) else len(turns)),
                "speaker": speaker if speaker and speaker[0] == doc.group else None,
                "time_start": _number(fields.get("Start")),
                "time_end": _number(fields.get("End")),
            }
        )
    return turns


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
