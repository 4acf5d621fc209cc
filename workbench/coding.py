"""Coding: apply codes to spans and segments, remove them, undo, memos, import codings.

Nothing a coder does is destroyed: removing a coding marks it with the event that removed
it, and undo reverses the coder's own last action by linking a new event to it. Model
suggestions are codings of their own source and never count as human codings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import events
from .codebook import Codebook
from .errors import InputError
from .store import codings as sql
from .store import queries
from .store import samples as sample_sql
from .units import kinds as unit_kinds

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

MEMO_KINDS = ("project", "document", "segment", "code", "coding")


def check_span(
    core: Core,
    document_id: int,
    start: int,
    end: int,
    where: str | None = None,
    row: int | None = None,
) -> None:
    length = sql.document_length(core.db, document_id)
    if length is None:
        raise InputError(where, f"no document with id {document_id}", row=row)
    if not (0 <= start < end <= length):
        raise InputError(
            where,
            f"span {start}-{end} is not inside document {document_id} "
            f"(0-{length}, start before end)",
            row=row,
        )


class _AlreadyCoded(Exception):
    """Raised inside a write to roll it back: the coding exists already (made meanwhile)."""

    def __init__(self, coding_id: int):
        super().__init__(coding_id)
        self.coding_id = coding_id


def code_span(
    core: Core,
    document_id: int,
    start: int,
    end: int,
    code: str | int,
    coder: str,
    segment_id: int | None = None,
) -> int:
    """Apply ``code`` to a span; returns the coding id (the existing one if already coded).

    Checked again inside the write transaction (writers queue up), so the same coder coding
    the same span at once from two tabs or processes ends with one coding and one event."""
    check_span(core, document_id, start, end)
    code_id = Codebook(core).get(code).id
    existing = sql.find_live(core.db, document_id, start, end, code_id, coder)
    if existing is not None:
        return existing
    try:
        with core.write("code", f"document {document_id}", coder) as payload:
            existing = sql.find_live(core.db, document_id, start, end, code_id, coder)
            if existing is not None:
                raise _AlreadyCoded(existing)
            [coding_id] = sql.add_codings(
                core.db,
                [
                    {
                        "document_id": document_id,
                        "segment_id": segment_id,
                        "start": start,
                        "end": end,
                        "code_id": code_id,
                        "coder": coder,
                    }
                ],
                payload["event_id"],
            )
            payload.update(coding=coding_id, code=code_id, coder=coder, span=[start, end])
    except _AlreadyCoded as done:
        return done.coding_id
    assert coding_id is not None  # the write lock is held: nobody coded it in between
    return coding_id


def code_segment(core: Core, segment_id: int, code: str | int, coder: str) -> int:
    segment = sql.segment(core.db, segment_id)
    if segment is None:
        raise InputError(None, f"no segment with id {segment_id}")
    return code_span(
        core,
        segment["document_id"],
        segment["start"],
        segment["end"],
        code,
        coder,
        segment_id=segment_id,
    )


def uncode(core: Core, coding_id: int, coder: str) -> None:
    """Remove one of the coder's own codings (kept in the file, marked removed)."""
    core.require("uncode")  # the role first: a viewer learns nothing of whose coding it is
    found = sql.coding(core.db, coding_id)
    if found is None or found["removed_event"] is not None:
        raise InputError(None, f"no live coding with id {coding_id}")
    if found["coder"] != coder:
        raise InputError(
            None,
            f"coding {coding_id} belongs to {found['coder']!r}; "
            f"{coder!r} can only remove their own codings",
        )
    with core.write("uncode", f"coding {coding_id}", coder) as payload:
        sql.remove(core.db, [coding_id], payload["event_id"])
        payload.update(coding=coding_id, coder=coder)


def undo(core: Core, coder: str) -> dict | None:
    """Reverse the coder's last coding, uncoding, memo or import; None if nothing is left.
    Only the coder's own: in a project with members the coder is the acting user, for
    owners too (an owner removes another's work by recording a consensus decision)."""
    core.require("undo")  # also when there is nothing to undo: a viewer may never undo
    last = sql.last_undoable_event(core.db, coder, events.UNDOABLE)
    if last is None:
        return None
    with core.write("undo", f"event {last['id']}", coder) as payload:
        event_id = payload["event_id"]
        sql.mark_undo(core.db, event_id, last["id"])
        removed = sql.removed_by(core.db, last["id"])
        created = sql.created_by(core.db, last["id"])
        sql.remove(core.db, created, event_id)
        restored = sql.restore(core.db, removed)
        memos = sql.memos_created_by(core.db, last["id"])
        sql.remove_memos(core.db, memos, event_id)
        reviews = sample_sql.reviews_created_by(core.db, last["id"])
        sample_sql.remove_reviews(core.db, reviews, event_id)
        payload.update(
            undid=last["id"],
            action=last["action"],
            restored=restored,
            removed=created,
            memos_removed=memos,
            reviews_removed=reviews,
        )
        if len(restored) < len(removed):  # coded again since: the live twin stands for it
            payload["not_restored"] = sorted(set(removed) - set(restored))
    return {
        "undid": last["action"],
        "event": last["id"],
        "restored": len(restored),
        "removed": len(created) + len(memos) + len(reviews),
    }


def add_memo(core: Core, kind: str, target_id: int | None, text: str, coder: str) -> int:
    if kind not in MEMO_KINDS:
        raise InputError(None, f"memo target must be one of {', '.join(MEMO_KINDS)}, not {kind!r}")
    if not text.strip():
        raise InputError(None, "the memo is empty")
    with core.write("memo", f"{kind} {target_id}", coder) as payload:
        memo_id = sql.add_memo(core.db, kind, target_id, coder, text, payload["event_id"])
        payload.update(memo=memo_id, kind=kind, target=target_id)
    return memo_id


def consensus(
    core: Core,
    segment_id: int,
    code: str | int,
    applied: bool,
    coder: str = "consensus",
    decided_by: str | None = None,
) -> int | None:
    """Record the agreed decision for a disputed (segment, code) as the consensus coder.

    The original coders' codings stay as they are; the consensus coder gets the coding
    (``applied``) or not (a removed consensus coding, if one existed). The existing
    consensus coding is looked up inside the write, so two decisions at once make one.
    """
    segment = sql.segment(core.db, segment_id)
    if segment is None:
        raise InputError(None, f"no segment with id {segment_id}")
    code_id = Codebook(core).get(code).id
    with core.write("consensus", f"segment {segment_id}") as payload:
        existing = sql.find_live(
            core.db, segment["document_id"], segment["start"], segment["end"], code_id, coder
        )
        payload.update(segment=segment_id, code=code_id, applied=applied, decided_by=decided_by)
        if applied and existing is None:
            [existing] = sql.add_codings(
                core.db,
                [
                    {
                        "document_id": segment["document_id"],
                        "segment_id": segment_id,
                        "start": segment["start"],
                        "end": segment["end"],
                        "code_id": code_id,
                        "coder": coder,
                    }
                ],
                payload["event_id"],
            )
        elif not applied and existing is not None:
            sql.remove(core.db, [existing], payload["event_id"])
            existing = None
    return existing


def assign_sample(
    core: Core,
    coders: Sequence[str],
    size: int,
    *,
    unit: str = "answer",
    seed: int = 0,
    sample: str | None = None,
) -> dict:
    """Assign the same random sample of ``size`` units (any unit name: answers, turns,
    sentences, units) to every coder, for double coding."""
    import random

    kinds = unit_kinds(unit)
    if len(coders) < 2:
        raise InputError(None, "double coding needs at least two coders")
    units = sql.unit_segments(core.db, kinds)
    if not units:
        raise InputError(None, f"no {unit} segments to sample from")
    if size < 1:
        raise InputError(None, "the sample size must be at least 1")
    chosen = sorted(random.Random(seed).sample(units, min(size, len(units))))
    name = sample or f"sample-{seed}-{len(chosen)}"
    answers = kinds == ("answer",)  # a simple random sample of the answers: usable for figures
    if answers and sample_sql.sample(core.db, name) is not None:
        raise InputError(None, f"a sample named {name!r} exists already")
    if sql.revealed(core.db, name):  # its units would not be blind
        raise InputError(None, f"a sample named {name!r} was revealed already: choose another name")
    order = {u: k for k, u in enumerate(random.Random(seed + 1).sample(chosen, len(chosen)))}
    with core.write("assign-sample", name) as payload:
        added = sql.add_assignments(
            core.db, name, [(u, c) for u in chosen for c in coders], payload["event_id"]
        )
        if answers:
            sample_id = sample_sql.add_sample(
                core.db,
                name,
                "answer",
                None,
                [],
                {"seed": seed, "coders": list(coders)},
                payload["event_id"],
            )
            sample_sql.add_frame(core.db, sample_id, [(u, "(all)") for u in units])
            sample_sql.mark_drawn(core.db, sample_id, 1, [(u, order[u]) for u in chosen])
            sample_sql.add_draw(
                core.db,
                sample_id,
                1,
                seed,
                "simple",
                {"(all)": len(chosen)},
                {"coders": list(coders)},
                payload["event_id"],
            )
        payload.update(sample=name, units=len(chosen), coders=list(coders), seed=seed)
    return {"sample": name, "units": chosen, "coders": list(coders), "assigned": added}


# the events that carry a coder's work in their target and payload
WORK_EVENTS = frozenset(
    ("code", "uncode", "memo", "consensus", "import-codings", "undo", "review", "accept", "reject")
)


def audit_trail(core: Core, limit: int = 50) -> list[dict]:
    """The newest events first (the audit trail). While a double-coding sample is blind,
    a coder sees who did what when, but not the target and payload of others' coding
    work (they would show codes and spans on its units): those are None and {}."""
    rows = queries.events(core.db, limit)
    reader = core.reader
    if reader is None or not sql.open_samples(core.db):
        return rows
    return [
        {**row, "target": None, "payload": {}}
        if row["actor"] != reader and row["action"] in WORK_EVENTS
        else row
        for row in rows
    ]


def blind_samples(core: Core) -> list[str]:
    """The double-coding samples still blind (not revealed), by name."""
    return sql.open_samples(core.db)


def reveal_sample(core: Core, sample: str) -> dict:
    """End the blindness of a double-coding sample: from now on its coders (and every
    member) see each other's codings and the consensus on its units. Recorded; once."""
    core.require("reveal-sample")  # the role first: a coder learns nothing of the samples
    assigned = sql.assignments(core.db, sample=sample)
    if not assigned:
        known = sorted({a["sample"] for a in sql.assignments(core.db)})
        raise InputError(
            None,
            f"no double-coding sample {sample!r} (samples with coders assigned: "
            f"{', '.join(known) or 'none'})",
        )
    coders = sorted({a["coder"] for a in assigned})
    units = len({a["segment_id"] for a in assigned})
    with core.write("reveal-sample", sample) as payload:
        if sql.revealed(core.db, sample, payload["event_id"]):  # in the write: once
            raise InputError(None, f"sample {sample!r} was revealed already")
        payload.update(sample=sample, units=units, coders=coders)
    return {"sample": sample, "units": units, "coders": coders}


def codings(
    core: Core,
    *,
    document_id: int | None = None,
    codes: Sequence[str | int] | None = None,
    coders: Sequence[str] | None = None,
    sources: Sequence[str] = ("human", "accepted"),
    include_removed: bool = False,
) -> list[dict]:
    """Codings with their text; by default live human and accepted ones; for a coder
    without others' work on the units of open double-coding samples (blind coding)."""
    code_ids = None if codes is None else [Codebook(core).get(c).id for c in codes]
    return sql.codings(
        core.db,
        document_id=document_id,
        code_ids=code_ids,
        coders=coders,
        sources=sources,
        include_removed=include_removed,
        reader=core.reader,
    )
