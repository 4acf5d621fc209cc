"""Coding: apply codes to spans and segments, remove them, undo, memos, import codings.

Nothing a coder does is destroyed: removing a coding marks it with the event that removed
it, and undo reverses the coder's own last action by linking a new event to it. Model
suggestions are codings of their own source and never count as human codings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .ingest._text import decode, read_bytes
from .store import codings as sql
from .store import samples as sample_sql

if TYPE_CHECKING:  # pragma: no cover
    from .project import Project

UNDOABLE = ("code", "uncode", "memo", "import-codings", "consensus", "accept", "reject",
            "review")
MEMO_KINDS = ("project", "document", "segment", "code", "coding")


def check_span(project: "Project", document_id: int, start: int, end: int,
               where: str | None = None, row: int | None = None) -> None:
    length = sql.document_length(project.db, document_id)
    if length is None:
        raise InputError(where, f"no document with id {document_id}", row=row)
    if not (0 <= start < end <= length):
        raise InputError(where, f"span {start}-{end} is not inside document {document_id} "
                                f"(0-{length}, start before end)", row=row)


def code_span(project: "Project", document_id: int, start: int, end: int, code: str | int,
              coder: str, segment_id: int | None = None) -> int:
    """Apply ``code`` to a span; returns the coding id (the existing one if already coded)."""
    check_span(project, document_id, start, end)
    code_id = project.codebook.get(code).id
    existing = sql.find_live(project.db, document_id, start, end, code_id, coder)
    if existing is not None:
        return existing
    with project._write("code", f"document {document_id}", coder) as payload:
        [coding_id] = sql.add_codings(project.db, [{
            "document_id": document_id, "segment_id": segment_id, "start": start, "end": end,
            "code_id": code_id, "coder": coder}], payload["event_id"])
        payload.update(coding=coding_id, code=code_id, coder=coder, span=[start, end])
    return coding_id


def code_segment(project: "Project", segment_id: int, code: str | int, coder: str) -> int:
    segment = sql.segment(project.db, segment_id)
    if segment is None:
        raise InputError(None, f"no segment with id {segment_id}")
    return code_span(project, segment["document_id"], segment["start"], segment["end"], code,
                     coder, segment_id=segment_id)


def uncode(project: "Project", coding_id: int, coder: str) -> None:
    """Remove one of the coder's own codings (kept in the file, marked removed)."""
    found = sql.coding(project.db, coding_id)
    if found is None or found["removed_event"] is not None:
        raise InputError(None, f"no live coding with id {coding_id}")
    if found["coder"] != coder:
        raise InputError(None, f"coding {coding_id} belongs to {found['coder']!r}; "
                               f"{coder!r} can only remove their own codings")
    with project._write("uncode", f"coding {coding_id}", coder) as payload:
        sql.remove(project.db, [coding_id], payload["event_id"])
        payload.update(coding=coding_id, coder=coder)


def undo(project: "Project", coder: str) -> dict | None:
    """Reverse the coder's last coding, uncoding, memo or import; None if nothing is left."""
    last = sql.last_undoable_event(project.db, coder, UNDOABLE)
    if last is None:
        return None
    with project._write("undo", f"event {last['id']}", coder) as payload:
        event_id = payload["event_id"]
        sql.mark_undo(project.db, event_id, last["id"])
        removed = sql.removed_by(project.db, last["id"])
        created = sql.created_by(project.db, last["id"])
        sql.restore(project.db, removed)
        sql.remove(project.db, created, event_id)
        memos = sql.memos_created_by(project.db, last["id"])
        sql.remove_memos(project.db, memos, event_id)
        reviews = sample_sql.reviews_created_by(project.db, last["id"])
        sample_sql.remove_reviews(project.db, reviews, event_id)
        payload.update(undid=last["id"], action=last["action"], restored=removed,
                       removed=created, memos_removed=memos, reviews_removed=reviews)
    return {"undid": last["action"], "event": last["id"], "restored": len(removed),
            "removed": len(created) + len(memos) + len(reviews)}


def add_memo(project: "Project", kind: str, target_id: int | None, text: str, coder: str) -> int:
    if kind not in MEMO_KINDS:
        raise InputError(None, f"memo target must be one of {', '.join(MEMO_KINDS)}, not {kind!r}")
    if not text.strip():
        raise InputError(None, "the memo is empty")
    with project._write("memo", f"{kind} {target_id}", coder) as payload:
        memo_id = sql.add_memo(project.db, kind, target_id, coder, text, payload["event_id"])
        payload.update(memo=memo_id, kind=kind, target=target_id)
    return memo_id


def import_codings(project: "Project", path: str | Path, coder: str | None = None) -> dict:
    """Codings made elsewhere, from CSV: document or segment, start, end, code, coder.

    Rows are checked first (document or segment exists, span inside the text, code in the
    codebook, coder given); any bad row stops the import with its row number, unchanged.
    """
    path = Path(path)
    text, _ = decode(read_bytes(path), path)
    reader = csv.DictReader(io.StringIO(text))
    columns = set(reader.fieldnames or [])
    if not columns & {"document", "segment"} or "code" not in columns:
        raise InputError(path, "needs a 'document' or 'segment' column and a 'code' column "
                               f"(found: {', '.join(sorted(columns)) or 'none'})")
    rows = []
    for number, record in enumerate(reader, start=2):
        rows.append(_coding_row(project, path, number, record, coder))
    if not rows:
        raise InputError(path, "no codings in the file")
    with project._write("import-codings", path.name, coder) as payload:
        ids = sql.add_codings(project.db, rows, payload["event_id"])
        payload.update(codings=len(ids), coders=sorted({r["coder"] for r in rows}))
    return {"file": str(path), "codings": len(ids), "coders": sorted({r["coder"] for r in rows})}


def _int(path: Path, row: int, record: dict, column: str) -> int | None:
    value = (record.get(column) or "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise InputError(path, f"{column} {value!r} is not a whole number", row=row) from None


def _coding_row(project: "Project", path: Path, row: int, record: dict, coder: str | None) -> dict:
    who = (record.get("coder") or "").strip() or coder
    if not who:
        raise InputError(path, "no coder (fill the 'coder' column or pass --coder)", row=row)
    segment_id = _int(path, row, record, "segment")
    document_id = _int(path, row, record, "document")
    start, end = _int(path, row, record, "start"), _int(path, row, record, "end")
    if segment_id is not None:
        segment = sql.segment(project.db, segment_id)
        if segment is None:
            raise InputError(path, f"no segment with id {segment_id}", row=row)
        if document_id is not None and document_id != segment["document_id"]:
            raise InputError(path, f"segment {segment_id} is not in document {document_id}", row=row)
        document_id = segment["document_id"]
        start = segment["start"] if start is None else start
        end = segment["end"] if end is None else end
    if document_id is None or start is None or end is None:
        raise InputError(path, "needs a segment, or a document with start and end", row=row)
    check_span(project, document_id, start, end, str(path), row)
    code = (record.get("code") or "").strip()
    try:
        code_id = project.codebook.get(code).id
    except InputError as error:
        raise InputError(path, error.problem, row=row) from None
    return {"document_id": document_id, "segment_id": segment_id, "start": start, "end": end,
            "code_id": code_id, "coder": who}


def consensus(project: "Project", segment_id: int, code: str | int, applied: bool,
              coder: str = "consensus", decided_by: str | None = None) -> int | None:
    """Record the agreed decision for a disputed (segment, code) as the consensus coder.

    The original coders' codings stay as they are; the consensus coder gets the coding
    (``applied``) or not (a removed consensus coding, if one existed).
    """
    segment = sql.segment(project.db, segment_id)
    if segment is None:
        raise InputError(None, f"no segment with id {segment_id}")
    code_id = project.codebook.get(code).id
    existing = sql.find_live(project.db, segment["document_id"], segment["start"], segment["end"],
                             code_id, coder)
    with project._write("consensus", f"segment {segment_id}") as payload:
        payload.update(segment=segment_id, code=code_id, applied=applied, decided_by=decided_by)
        if applied and existing is None:
            [existing] = sql.add_codings(project.db, [{
                "document_id": segment["document_id"], "segment_id": segment_id,
                "start": segment["start"], "end": segment["end"], "code_id": code_id,
                "coder": coder}], payload["event_id"])
        elif not applied and existing is not None:
            sql.remove(project.db, [existing], payload["event_id"])
            existing = None
    return existing


def assign_sample(project: "Project", coders: Sequence[str], size: int, *, unit: str = "answer",
                  seed: int = 0, sample: str | None = None) -> dict:
    """Assign the same random sample of ``size`` units to every coder, for double coding."""
    import random

    if len(coders) < 2:
        raise InputError(None, "double coding needs at least two coders")
    units = sql.unit_segments(project.db, (unit,))
    if not units:
        raise InputError(None, f"no {unit} segments to sample from")
    if size < 1:
        raise InputError(None, "the sample size must be at least 1")
    chosen = sorted(random.Random(seed).sample(units, min(size, len(units))))
    name = sample or f"sample-{seed}-{len(chosen)}"
    if unit == "answer" and sample_sql.sample(project.db, name) is not None:
        raise InputError(None, f"a sample named {name!r} exists already")
    order = {u: k for k, u in enumerate(random.Random(seed + 1).sample(chosen, len(chosen)))}
    with project._write("assign-sample", name) as payload:
        added = sql.add_assignments(project.db, name, [(u, c) for u in chosen for c in coders],
                                    payload["event_id"])
        if unit == "answer":  # a simple random sample of the answers: usable for figures
            sample_id = sample_sql.add_sample(project.db, name, "answer", None, [],
                                              {"seed": seed, "coders": list(coders)},
                                              payload["event_id"])
            sample_sql.add_frame(project.db, sample_id, [(u, "(all)") for u in units])
            sample_sql.mark_drawn(project.db, sample_id, 1, [(u, order[u]) for u in chosen])
            sample_sql.add_draw(project.db, sample_id, 1, seed, "simple",
                                {"(all)": len(chosen)}, {"coders": list(coders)},
                                payload["event_id"])
        payload.update(sample=name, units=len(chosen), coders=list(coders), seed=seed)
    return {"sample": name, "units": chosen, "coders": list(coders), "assigned": added}
