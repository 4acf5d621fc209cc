"""Importing a REFI-QDA project (.qdpx) into a new project file.

The archive is checked (zip bombs, entry names leading outside it), its project.qde parsed
without DTDs or entities, and everything it holds read and checked before the first write
(see :mod:`.ingest._qdpx_read`). The new project is built in a hidden file beside ``target``: one
``import-qdpx`` event writes all of it, then it is segmented, and only then renamed to
``target``. On any error the half-built file is deleted, so ``target`` either is the whole
import or does not exist.

A round trip of Duiding's own export keeps documents, respondents and their variables
(stratum and weight included), open questions, focus groups, speakers and turns, the code
tree with GUIDs, codings (span, code, coder, time), memos (coder, time, target), the survey
design (strata sizes, margins), language, small-cell threshold and GUID namespace, so that
exporting the import again gives the same project.qde apart from the export header. What an
export leaves out, and what does not come back, is listed in :mod:`workbench.export.qdpx`;
accepted suggestions come back as human codings.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import sqlite_utils

from . import segmentation, small_cells
from .codebook import _formats
from .codebook._tree import Tree
from .core import Core
from .errors import InputError
from .formats import safe_xml
from .formats.codes import Parsed
from .formats.refi import guids
from .formats.refi import qde as _qde
from .formats.refi.archive import open_project_archive
from .formats.refi.qdc import codes_from
from .imports import file_digest
from .ingest._qdpx_read import Document, Plan, read_plan
from .store import codes as code_store
from .store import design as design_store
from .store import qdpx as store
from .store import records


def import_qdpx(path: str | Path, target: str | Path, *, user: str | None = None) -> dict:
    """Read the .qdpx at ``path`` into a new project file ``target``; returns what was read,
    what was skipped (with reasons) and what was not carried over."""
    path, target = Path(path), Path(target)
    if os.path.lexists(target):
        raise InputError(target, "already exists; import a .qdpx into a new project file")
    if not target.parent.is_dir():
        raise InputError(target, f"folder {target.parent} does not exist")
    sha256, size = file_digest(path)
    try:
        archive, xml = open_project_archive(path)
        with archive:
            qde = _qde.read_qde(path, safe_xml.parse(path, xml, what="project.qde"))
            plan = read_plan(path, archive, qde)
            codes = (
                codes_from(path, qde.codebook) if qde.codebook is not None else Parsed("qdc", [])
            )
    except RecursionError:
        raise InputError(path, "project.qde is nested too deeply to read") from None
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.importing")
    try:
        language = plan.settings.get("Language") or "nl"
        with Core.create(temp, name=qde.name, language=language, user=user) as core:
            try:
                result = _write(core, plan, codes, path, sha256, size)
            except sqlite3.IntegrityError as exc:  # a crafted file whose parts contradict
                raise InputError(path, f"the project does not hold together ({exc})") from None
            result["segmented"] = segmentation.segment(core)
            _late_memos(core, result)
            store.checkpoint(core.db)
        _move(temp, target)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        raise
    result.update(project=str(target), language=language)
    return result


def _move(temp: Path, target: Path) -> None:
    """Rename ``temp`` to ``target``, never over an existing file."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise InputError(
            target, "already exists (made while importing); nothing was imported"
        ) from None
    except OSError:  # a file system without hard links
        if os.path.lexists(target):
            raise InputError(target, "already exists; nothing was imported") from None
        os.replace(temp, target)
        return
    temp.unlink()


class _Ids:
    """Ids given to what was written, for the codings and memos that point at it."""

    def __init__(self) -> None:
        self.documents: dict[str, int] = {}  # source GUID -> document id
        self.units: dict[tuple[int, int, int], int] = {}  # (document, start, end) -> segment
        self.codings: dict[str, int] = {}  # coding GUID -> id
        self.codes: dict[str, int] = {}  # code GUID -> id


def _write(core: Core, plan: Plan, codes: Parsed, path: Path, sha256: str, size: int) -> dict:
    db = core.db
    qde = plan.qde
    ids = _Ids()
    with core.write("import-qdpx", path.name) as payload:
        source_id = records.add_source(
            db,
            kind="survey" if plan.respondents else "transcript",
            filename=path.name,
            format="qdpx",
            sha256=sha256,
            size=size,
            options={"origin": qde.origin},
            event_id=payload["event_id"],
        )
        _settings(db, plan)
        _survey(db, plan, source_id)
        speakers = _focus_groups(db, plan)
        _documents(db, plan, source_id, speakers, ids)
        tree = Tree(db)
        log = _formats.apply(tree, codes, path)
        if log["added"]:
            code_store.bump_version(db)
        ids.codes = {guid: i for guid, i in tree.by_guid.items() if tree.rows[i]["active"]}
        coders, imported, skipped = _codings(db, plan, ids, payload["event_id"], core.user)
        memos, late = _memos(db, plan, ids, payload["event_id"], core.user, coders)
        result: dict[str, Any] = {
            "file": str(path),
            "origin": qde.origin,
            "sources": {"read": len(plan.documents), "skipped": plan.skipped},
            "answers": sum(d.kind == "answer" for d in plan.documents),
            "transcripts": sum(d.kind == "transcript" for d in plan.documents),
            "respondents": len(plan.respondents),
            "variables": len(plan.variables),
            "questions": len(plan.questions),
            "groups": len(plan.groups),
            "speakers": len(plan.speakers),
            "turns": sum(len(d.turns) for d in plan.documents),
            "codes": len(log["added"]),
            "codings": imported,
            "codings_skipped": skipped,
            "memos": memos,
            "users": sorted(coders),
            "not_carried": {
                **plan.not_carried,
                "users without codings or memos": len(set(qde.users.values()) - coders),
            },
            "warnings": plan.warnings + codes.warnings,
        }
        payload.update(
            {
                k: v
                for k, v in result.items()
                if k not in ("sources", "warnings", "codings_skipped")
            },
            skipped_sources=len(plan.skipped),
            source=source_id,
        )
    result["late_memos"] = late
    return result


def _settings(db: sqlite_utils.Database, plan: Plan) -> None:
    fields, qde = plan.settings, plan.qde
    namespace = fields.get("GUID namespace")
    try:
        namespace = str(uuid.UUID(namespace)) if namespace else None
    except ValueError:
        namespace = None
    values = [("refi_namespace", namespace or str(guids.namespace_for(qde.name, qde.created)))]
    if qde.created:
        values.append(("created", qde.created))
    threshold = fields.get("Small-cell threshold")
    if isinstance(threshold, int) and threshold > small_cells.MIN_CELL:
        values.append(("min_cell", str(threshold)))
    store.set_settings(db, values)
    strata, sampled, shares = (
        _mapping(fields, key)
        for key in ("Population per stratum", "Sampled per stratum", "Population shares")
    )
    rows = [
        (str(s), float(n), sampled.get(s) if _number(sampled.get(s), 1) else None)
        for s, n in strata.items()
        if _number(n, 1e-300)
    ]
    if rows:
        design_store.replace_strata(db, rows)
    for variable, values in shares.items():
        pairs = [
            (str(v), float(s))
            for v, s in _mapping({"x": values}, "x").items()
            if _number(s, 0) and s <= 1
        ]
        design_store.replace_margins(db, str(variable), pairs)


def _mapping(fields: dict, key: str) -> dict:
    value = fields.get(key)
    return value if isinstance(value, dict) else {}


def _number(value: Any, least: float) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= least


def _survey(db: sqlite_utils.Database, plan: Plan, source_id: int) -> None:
    records.add_variables(
        db,
        [
            {
                **{k: v[k] for k in ("name", "role", "type", "label", "value_labels", "position")},
                "source_id": source_id,
            }
            for v in plan.variables
        ],
    )
    plan_ids = records.add_respondents(
        db, [{**r, "row": i} for i, r in enumerate(plan.respondents, start=1)], source_id
    )
    plan.respondent_ids = {r["external_id"]: i for r, i in zip(plan.respondents, plan_ids)}
    plan.question_ids = store.add_questions(db, plan.questions, source_id)


def _focus_groups(db: sqlite_utils.Database, plan: Plan) -> dict[tuple[str, str], int]:
    """Groups and speakers; returns (group, speaker) -> speaker id."""
    plan.group_ids = {name: records.add_group(db, name) for name in plan.groups}
    speakers: dict[tuple[str, str], int] = {}
    for speaker in plan.speakers:
        key = (speaker["group"], speaker["name"])
        if key in speakers or not speaker["name"]:
            plan.warnings.append(
                f"speaker {key[1]!r} of {key[0]!r} appears twice or has no name; left out"
            )
            continue
        [speakers[key]] = records.add_speakers(db, plan.group_ids[key[0]], [key[1]]).values()
        if speaker["attributes"]:
            records.update_speaker_attributes(db, speakers[key], speaker["attributes"])
    return speakers


def _documents(
    db: sqlite_utils.Database,
    plan: Plan,
    source_id: int,
    speakers: dict[tuple[str, str], int],
    ids: _Ids,
) -> None:
    rows = [
        {
            "kind": d.kind,
            "title": d.title,
            "text": d.text,
            "respondent_id": plan.respondent_ids.get(d.respondent) if d.respondent else None,
            "question_id": plan.question_ids.get(d.question) if d.question else None,
            "group_id": plan.group_ids.get(d.group) if d.group else None,
            "source_id": source_id,
        }
        for d in plan.documents
    ]
    document_ids = records.add_documents(db, rows)
    segments = []
    for doc, document_id in zip(plan.documents, document_ids):
        ids.documents[doc.source.guid] = document_id
        if doc.pages:  # a PDF: where each page starts
            records.add_pages(db, document_id, doc.pages)
        if doc.kind == "answer":
            segments.append(
                {
                    "document_id": document_id,
                    "kind": "answer",
                    "ordinal": 0,
                    "start": 0,
                    "end": len(doc.text),
                }
            )
        for turn in doc.turns:
            segments.append(
                {
                    "document_id": document_id,
                    "kind": "turn",
                    **turn,
                    "speaker_id": speakers.get(turn["speaker"]) if turn["speaker"] else None,
                }
            )
    for row, segment_id in zip(segments, records.add_segments(db, segments)):
        ids.units[(row["document_id"], row["start"], row["end"])] = segment_id


def _coder(plan: Plan, guid: str | None, fallback: str) -> str:
    if not guid:
        return fallback
    return plan.qde.users.get(guids.guid_key(guid)) or guids.guid_key(guid)


def _spans(doc: Document):
    """(selection or None, start, end, codings) of a document: its selections and the
    codings of the whole source."""
    for selection in doc.source.selections:
        yield selection, doc.offset(selection.start), doc.offset(selection.end), selection.codings
    yield None, 0, len(doc.text), doc.source.codings


def _codings(
    db: sqlite_utils.Database, plan: Plan, ids: _Ids, event_id: int, user: str
) -> tuple[set[str], int, dict[str, int]]:
    """Write the codings; returns the coders, the number written and the skipped ones."""
    rows, guids = [], []
    first: dict[tuple, str] = {}  # (document, span, code, coder) -> the first coding's GUID
    twins: dict[str, str] = {}  # a repeated coding's GUID -> the first one's
    counts = {
        "on skipped sources": sum(s["codings"] for s in plan.skipped),
        "unknown code": 0,
        "outside the text": 0,
        "on PDF page areas not found in the text": plan.unplaced,
        "repeated (same span, code and coder)": 0,
    }
    for doc in plan.documents:
        document_id = ids.documents[doc.source.guid]
        for selection, start, end, codings in _spans(doc):
            for coding in codings:
                if coding.code not in ids.codes:
                    counts["unknown code"] += 1
                elif not 0 <= start < end <= len(doc.text):
                    counts["outside the text"] += 1
                else:
                    row = {
                        "document_id": document_id,
                        "start": start,
                        "end": end,
                        "code_id": ids.codes[coding.code],
                        "coder": _coder(
                            plan, coding.user or (selection.user if selection else None), user
                        ),
                        "time": coding.time
                        or (selection.time if selection else None)
                        or records.now(),
                    }
                    key = (document_id, start, end, row["code_id"], row["coder"])
                    if key in first:  # one live coding per span, code and coder
                        twins[coding.guid] = first[key]
                        counts["repeated (same span, code and coder)"] += 1
                        continue
                    first[key] = coding.guid
                    rows.append(row)
                    guids.append(coding.guid)
    ids.codings = dict(zip(guids, store.add_codings(db, rows, event_id)))
    ids.codings.update({twin: ids.codings[kept] for twin, kept in twins.items()})
    return {r["coder"] for r in rows}, len(rows), counts


def _memos(
    db: sqlite_utils.Database, plan: Plan, ids: _Ids, event_id: int, user: str, coders: set[str]
) -> tuple[int, list[dict]]:
    """Write the memos whose targets exist now; returns their number and the memos on
    spans that only segmentation makes (sentences), to attach afterwards."""
    targets: dict[str, list[tuple]] = {}

    def point(notes: list[str], target: tuple) -> None:
        for note in notes:
            targets.setdefault(note, []).append(target)

    point(plan.qde.project_notes, ("project", None))
    for guid, notes in plan.qde.code_notes.items():
        if guid in ids.codes:
            point(notes, ("code", ids.codes[guid]))
    for doc in plan.documents:
        document_id = ids.documents[doc.source.guid]
        point(doc.source.notes, ("document", document_id))
        for selection, start, end, codings in _spans(doc):
            for coding in codings:
                if coding.guid in ids.codings:
                    point(coding.notes, ("coding", ids.codings[coding.guid]))
            if selection is not None:
                unit = ids.units.get((document_id, start, end))
                point(
                    selection.notes,
                    ("segment", unit) if unit else ("span", (document_id, start, end)),
                )
    rows, late = [], []
    for note in plan.qde.notes:
        text = _note_text(plan, note)
        if not text:
            continue
        coder = _coder(plan, note.user, user)
        for kind, target in targets.get(note.guid) or [("project", None)]:
            row = {
                "kind": kind,
                "target_id": target,
                "coder": coder,
                "text": text,
                "time": note.time or records.now(),
            }
            (late if kind == "span" else rows).append(row)
            coders.add(coder)
    store.add_memos(db, rows, event_id)
    return len(rows), late


def _note_text(plan: Plan, note: _qde.Note) -> str:
    """A note's text; another tool's name and description go first."""
    text = note.content or ""
    if not plan.ours:
        text = "\n\n".join(
            p for p in (note.name.strip(), note.description.strip(), text.strip()) if p
        )
    return text if text.strip() else ""


def _late_memos(core: Core, result: dict) -> None:
    """Memos on spans that are sentences: attached once segmentation made them (to the
    document when no segment has that span)."""
    late = result.pop("late_memos")
    if not late:
        return
    with core.write("import-qdpx-memos", Path(result["file"]).name) as payload:
        for memo in late:
            segment = store.segment_at(core.db, *memo["target_id"])
            memo.update(
                kind="segment" if segment else "document", target_id=segment or memo["target_id"][0]
            )
        store.add_memos(core.db, late, payload["event_id"])
        payload["memos"] = len(late)
    result["memos"] += len(late)
