"""SQL for codings, memos and double-coding assignments."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import sqlite_utils

from . import queries
from .records import now

LIVE = "c.removed_event IS NULL"
CODED = "c.source IN ('human', 'accepted')"
CODING_KEYS = (
    "id",
    "document_id",
    "segment_id",
    "start",
    "end",
    "code_id",
    "coder",
    "source",
    "score",
    "time",
    "event_id",
    "removed_event",
)


# -- blind double coding: the one rule ---------------------------------------------------
# A unit of a double-coding sample (one with coders assigned) is blind until an owner
# reveals the sample (a 'reveal-sample' event): while it is, a reader who is not an owner
# sees none of the others' codings that overlap it (the consensus coder's included), nor their
# memos on it; model suggestions are nobody's work and stay visible. Every read of codings
# for a person goes through blind(): _filters (codings, retrieval rows), unit_codes,
# units_seen and memos here, codes.live_counts and exports.coded_spans (HIDDEN_CODING).
OPEN_SAMPLES = (
    "SELECT ba.sample FROM assignments ba WHERE ba.sample NOT IN "
    "(SELECT target FROM events WHERE action = 'reveal-sample' AND target IS NOT NULL)"
)


def blind(document: str, start: str, end: str, coder: str) -> str:
    """SQL that is true where the row (its span in ``document`` from ``start`` to ``end``,
    by ``coder``: column expressions) is others' work on a unit of an open double-coding
    sample; one ``?`` parameter: the reader. Rows where it is true are hidden from them."""
    return (
        f"({coder} <> ? AND EXISTS (SELECT 1 FROM assignments ba JOIN segments bs "
        f'ON bs.id = ba.segment_id WHERE bs.document_id = {document} AND {start} < bs."end" '
        f"AND {end} > bs.start AND ba.sample NOT IN (SELECT target FROM events "
        "WHERE action = 'reveal-sample' AND target IS NOT NULL)))"
    )


HIDDEN_CODING = (
    "(c.source <> 'suggestion' AND " + blind("c.document_id", "c.start", 'c."end"', "c.coder") + ")"
)


def open_samples(db: sqlite_utils.Database) -> list[str]:
    """The double-coding samples not revealed yet (blind to coders), by name."""
    return [r[0] for r in db.execute(f"SELECT DISTINCT sample FROM ({OPEN_SAMPLES}) ORDER BY 1")]


def revealed(db: sqlite_utils.Database, sample: str, before: int | None = None) -> bool:
    """True when the sample was revealed (by an event before event ``before``, if given)."""
    row = db.execute(
        "SELECT 1 FROM events WHERE action = 'reveal-sample' AND target = ? AND id < ?",
        [sample, before if before is not None else 2**62],
    ).fetchone()
    return row is not None


def add_codings(db: sqlite_utils.Database, rows: Iterable[dict], event_id: int) -> list[int | None]:
    """Insert codings (document_id, segment_id, start, end, code_id, coder, source, score);
    returns their ids, None where the coder already has that live coding (the unique index
    ``codings_live_unique`` holds one per document, span, code and coder)."""
    ids: list[int | None] = []
    time = now()
    for row in rows:
        found = db.conn.execute(
            'INSERT INTO codings (document_id, segment_id, start, "end", code_id, coder, source, '
            "score, time, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            [
                row["document_id"],
                row.get("segment_id"),
                row["start"],
                row["end"],
                row["code_id"],
                row["coder"],
                row.get("source", "human"),
                row.get("score"),
                time,
                event_id,
            ],
        ).fetchone()
        ids.append(found[0] if found else None)
    return ids


def find_live(
    db: sqlite_utils.Database, document_id: int, start: int, end: int, code_id: int, coder: str
) -> int | None:
    """The id of the same live coding (same span, code and coder), if there is one."""
    row = db.execute(
        f'SELECT id FROM codings c WHERE {LIVE} AND document_id = ? AND start = ? AND "end" = ? '
        "AND code_id = ? AND coder = ? AND source IN ('human', 'accepted')",
        [document_id, start, end, code_id, coder],
    ).fetchone()
    return row[0] if row else None


def coding(db: sqlite_utils.Database, coding_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {', '.join(_q(k) for k in CODING_KEYS)} FROM codings WHERE id = ?", [coding_id]
    ).fetchone()
    return dict(zip(CODING_KEYS, row)) if row else None


def _q(column: str) -> str:
    return f'"{column}"'


def remove(db: sqlite_utils.Database, ids: Sequence[int], event_id: int) -> None:
    db.conn.executemany(
        "UPDATE codings SET removed_event = ? WHERE id = ? AND removed_event IS NULL",
        [(event_id, i) for i in ids],
    )


def restore(db: sqlite_utils.Database, ids: Sequence[int]) -> list[int]:
    """Make removed codings live again; returns those restored. One whose coder has the same
    live coding again (made since, e.g. in another tab) stays removed: it would be a twin."""
    restored = []
    for coding_id in ids:
        cursor = db.conn.execute(
            "UPDATE codings SET removed_event = NULL WHERE id = ? AND NOT EXISTS ("
            "SELECT 1 FROM codings t, codings c WHERE c.id = ? AND t.removed_event IS NULL "
            "AND t.id <> c.id AND t.document_id = c.document_id AND t.start = c.start "
            'AND t."end" = c."end" AND t.code_id = c.code_id AND t.coder = c.coder '
            "AND t.source IN ('human', 'accepted') AND c.source IN ('human', 'accepted'))",
            [coding_id, coding_id],
        )
        if cursor.rowcount:
            restored.append(coding_id)
    return restored


def created_by(db: sqlite_utils.Database, event_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM codings WHERE event_id = ?", [event_id])]


def removed_by(db: sqlite_utils.Database, event_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM codings WHERE removed_event = ?", [event_id])]


def memos_created_by(db: sqlite_utils.Database, event_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM memos WHERE event_id = ?", [event_id])]


def remove_memos(db: sqlite_utils.Database, ids: Sequence[int], event_id: int) -> None:
    db.conn.executemany(
        "UPDATE memos SET removed_event = ? WHERE id = ?", [(event_id, i) for i in ids]
    )


def restore_memos(db: sqlite_utils.Database, ids: Sequence[int]) -> None:
    db.conn.executemany("UPDATE memos SET removed_event = NULL WHERE id = ?", [(i,) for i in ids])


def last_undoable_event(
    db: sqlite_utils.Database, actor: str, actions: Sequence[str]
) -> dict | None:
    """The actor's newest event of ``actions`` that is not undone yet (undo events excluded)."""
    marks = ",".join("?" * len(actions))
    row = db.execute(
        f"SELECT id, action, target FROM events e WHERE actor = ? AND action IN ({marks}) "
        "AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id) ORDER BY id DESC LIMIT 1",
        [actor, *actions],
    ).fetchone()
    return dict(zip(("id", "action", "target"), row)) if row else None


def mark_undo(db: sqlite_utils.Database, undo_event: int, undone_event: int) -> None:
    db.execute("UPDATE events SET undoes = ? WHERE id = ?", [undone_event, undo_event])


def add_memo(
    db: sqlite_utils.Database,
    kind: str,
    target_id: int | None,
    coder: str,
    text: str,
    event_id: int,
) -> int:
    cursor = db.execute(
        "INSERT INTO memos (target_kind, target_id, coder, text, time, event_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [kind, target_id, coder, text, now(), event_id],
    )
    return cursor.lastrowid


def _equal(**filters: Any) -> tuple[str, list]:
    """`` AND column = ?`` for every filter that is given (not None), and its values."""
    given = {k: v for k, v in filters.items() if v is not None}
    return "".join(f" AND {k} = ?" for k in given), list(given.values())


# a memo is others' work on a blind unit when what it is about overlaps one (blind())
HIDDEN_MEMO = (
    "((m.target_kind = 'segment' AND EXISTS (SELECT 1 FROM segments s WHERE s.id = m.target_id "
    "AND " + blind("s.document_id", "s.start", 's."end"', "m.coder") + ")) "
    "OR (m.target_kind = 'coding' AND EXISTS (SELECT 1 FROM codings c WHERE c.id = m.target_id "
    "AND " + blind("c.document_id", "c.start", 'c."end"', "m.coder") + ")) "
    "OR (m.target_kind = 'document' AND " + blind("m.target_id", "-1", "9e18", "m.coder") + "))"
)


def memos(
    db: sqlite_utils.Database,
    kind: str | None = None,
    target_id: int | None = None,
    reader: str | None = None,
) -> list[dict]:
    """Live memos (of a kind, on a target); ``reader``: those they may see (blind())."""
    where, params = _equal(target_kind=kind, target_id=target_id)
    if reader is not None:
        where += f" AND NOT {HIDDEN_MEMO}"
        params += [reader] * 3
    keys = ("id", "kind", "target_id", "coder", "text", "time", "moved_from")
    return [
        dict(zip(keys, r))
        for r in db.execute(
            "SELECT m.id, m.target_kind, m.target_id, m.coder, m.text, m.time, m.moved_from "
            "FROM memos m "
            f"WHERE m.removed_event IS NULL{where} ORDER BY m.id",
            params,
        )
    ]


def codings(
    db: sqlite_utils.Database,
    *,
    document_id: int | None = None,
    code_ids: Sequence[int] | None = None,
    coders: Sequence[str] | None = None,
    sources: Sequence[str] = ("human", "accepted"),
    include_removed: bool = False,
    reader: str | None = None,
) -> list[dict]:
    """Codings with their text, filtered; ``reader``: as they may see them (blind())."""
    where, params = _filters(document_id, code_ids, coders, sources, include_removed, reader)
    keys = (*CODING_KEYS, "text")
    sql = (
        f"SELECT {', '.join('c.' + _q(k) for k in CODING_KEYS)}, "
        'substr(d.text, c.start + 1, c."end" - c.start) '
        f"FROM codings c JOIN documents d ON d.id = c.document_id WHERE {where} "
        "ORDER BY c.document_id, c.start, c.id"
    )
    return [dict(zip(keys, r)) for r in db.execute(sql, params)]


def _filters(
    document_id, code_ids, coders, sources, include_removed, reader=None
) -> tuple[str, list]:
    clauses, params = ["1"], []
    if reader is not None:
        clauses.append(f"NOT {HIDDEN_CODING}")
        params.append(reader)
    if not include_removed:
        clauses.append(LIVE)
    if sources:
        clauses.append(f"c.source IN ({','.join('?' * len(sources))})")
        params += list(sources)
    if document_id is not None:
        clauses.append("c.document_id = ?")
        params.append(document_id)
    if code_ids is not None:
        clauses.append(f"c.code_id IN ({','.join('?' * len(code_ids))})")
        params += list(code_ids)
    if coders is not None:
        clauses.append(f"c.coder IN ({','.join('?' * len(coders))})")
        params += list(coders)
    return " AND ".join(clauses), params


def unit_codes(
    db: sqlite_utils.Database,
    coders: Sequence[str],
    kinds: Sequence[str],
    reader: str | None = None,
) -> pd.DataFrame:
    """(unit, coder, code_id) for every unit segment of ``kinds`` overlapped by a live coding
    (that ``reader`` may see, if given)."""
    hidden = "" if reader is None else f" AND NOT {HIDDEN_CODING}"
    sql = (
        "SELECT DISTINCT s.id AS unit, c.coder AS coder, c.code_id AS code_id "
        "FROM codings c JOIN segments s ON s.document_id = c.document_id "
        'AND c.start < s."end" AND c."end" > s.start '
        f"WHERE {LIVE} AND {CODED} AND c.coder IN ({','.join('?' * len(coders))}) "
        f"AND s.kind IN ({','.join('?' * len(kinds))}){hidden}"
    )
    params = [*coders, *kinds, *([] if reader is None else [reader])]
    return pd.read_sql_query(sql, db.conn, params=params)


def units_seen(
    db: sqlite_utils.Database,
    coders: Sequence[str],
    kinds: Sequence[str],
    reader: str | None = None,
) -> pd.DataFrame:
    """(unit, coder): units assigned to a coder, or in a document the coder coded anything in.
    For a ``reader``, others have not seen a unit of an open double-coding sample (blind())."""
    marks = ",".join("?" * len(coders))
    kind_marks = ",".join("?" * len(kinds))
    hidden = (
        "" if reader is None else " AND NOT " + blind("s.document_id", "s.start", 's."end"', "{}")
    )
    sql = (
        "SELECT a.segment_id AS unit, a.coder AS coder FROM assignments a "
        f"JOIN segments s ON s.id = a.segment_id WHERE a.coder IN ({marks}) "
        f"AND s.kind IN ({kind_marks}){hidden.format('a.coder')} "
        "UNION SELECT s.id AS unit, c.coder AS coder FROM codings c "
        "JOIN segments s ON s.document_id = c.document_id "
        f"WHERE {LIVE} AND {CODED} AND c.coder IN ({marks}) AND s.kind IN ({kind_marks})"
        f"{hidden.format('c.coder')}"
    )
    seen = [] if reader is None else [reader]
    params = [*coders, *kinds, *seen, *coders, *kinds, *seen]
    return pd.read_sql_query(sql, db.conn, params=params)


def unit_segments(db: sqlite_utils.Database, kinds: Sequence[str]) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            f"SELECT id FROM segments WHERE kind IN ({','.join('?' * len(kinds))}) ORDER BY id",
            kinds,
        )
    ]


def add_assignments(
    db: sqlite_utils.Database, sample: str, rows: Iterable[tuple[int, str]], event_id: int
) -> int:
    cursor = db.conn.executemany(
        "INSERT OR IGNORE INTO assignments (sample, segment_id, coder, event_id) VALUES (?, ?, ?, ?)",
        [(sample, segment_id, coder, event_id) for segment_id, coder in rows],
    )
    return cursor.rowcount


def assignments(
    db: sqlite_utils.Database, coder: str | None = None, sample: str | None = None
) -> list[dict]:
    where, params = _equal(coder=coder, sample=sample)
    return [
        dict(zip(("sample", "segment_id", "coder"), r))
        for r in db.execute(
            f"SELECT sample, segment_id, coder FROM assignments WHERE 1{where} "
            "ORDER BY sample, segment_id",
            params,
        )
    ]


def segment(db: sqlite_utils.Database, segment_id: int) -> dict | None:
    row = db.execute(
        'SELECT s.id, s.document_id, s.kind, s.start, s."end", s.parent_id, '
        'substr(d.text, s.start + 1, s."end" - s.start) FROM segments s '
        "JOIN documents d ON d.id = s.document_id WHERE s.id = ?",
        [segment_id],
    ).fetchone()
    keys = ("id", "document_id", "kind", "start", "end", "parent_id", "text")
    return dict(zip(keys, row)) if row else None


def document_length(db: sqlite_utils.Database, document_id: int) -> int | None:
    row = db.execute("SELECT length(text) FROM documents WHERE id = ?", [document_id]).fetchone()
    return row[0] if row else None


def retrieval_rows(
    db: sqlite_utils.Database,
    code_ids: Sequence[int],
    coders: Sequence[str] | None,
    kinds: Sequence[str],
    reader: str | None = None,
) -> pd.DataFrame:
    """One row per (live coding, unit it overlaps): text, unit text, who said it, where;
    ``reader``: those they may see (blind())."""
    where, params = _filters(None, code_ids, coders, ("human", "accepted"), False, reader)
    sql = (
        'SELECT c.id AS coding_id, c.code_id, c.coder, c.document_id, c.start, c."end", '
        'substr(d.text, c.start + 1, c."end" - c.start) AS text, '
        's.id AS unit_id, s.kind AS unit_kind, substr(d.text, s.start + 1, s."end" - s.start) AS unit_text, '
        "d.title, r.external_id AS respondent, r.data AS respondent_data, "
        "r.stratum AS respondent_stratum, r.weight AS respondent_weight, q.name AS question, "
        "g.name AS grp, sp.name AS speaker, sp.attributes AS speaker_attributes, "
        # a sentence plays from the time of its turn
        "coalesce(s.time_start, pt.time_start) AS time_start, "
        "coalesce(s.time_end, pt.time_end) AS time_end, "
        f"{queries.page_of(db, 'c.document_id', 'c.start')} AS page "
        "FROM codings c JOIN documents d ON d.id = c.document_id "
        'JOIN segments s ON s.document_id = c.document_id AND c.start < s."end" AND c."end" > s.start '
        f"AND s.kind IN ({','.join('?' * len(kinds))}) "
        "LEFT JOIN respondents r ON r.id = d.respondent_id LEFT JOIN questions q ON q.id = d.question_id "
        "LEFT JOIN groups g ON g.id = d.group_id LEFT JOIN speakers sp ON sp.id = s.speaker_id "
        "LEFT JOIN segments pt ON pt.id = s.parent_id "
        f"WHERE {where} ORDER BY c.document_id, c.start, c.id"
    )
    return pd.read_sql_query(sql, db.conn, params=[*kinds, *params])


# -- codings files: their source record and the documents their rows name -----------------
def import_source(db: sqlite_utils.Database, sha256: str) -> dict | None:
    """The source with this digest: id, kind, filename, time, and whether its import was
    undone (a codings file whose import was undone may be imported again)."""
    row = db.execute(
        "SELECT s.id, s.kind, s.filename, e.time, "
        "EXISTS (SELECT 1 FROM events u WHERE u.undoes = s.event_id) "
        "FROM sources s LEFT JOIN events e ON e.id = s.event_id WHERE s.sha256 = ?",
        [sha256],
    ).fetchone()
    keys = ("id", "kind", "filename", "time", "undone")
    return dict(zip(keys, row)) if row else None


def record_source(
    db: sqlite_utils.Database,
    source_id: int | None,
    *,
    filename: str,
    sha256: str,
    size: int,
    options: dict,
    event_id: int,
) -> int:
    """Record a codings file as a source (kind 'codings'); ``source_id``: the row of an
    earlier, undone import of the same file, which now points at this import."""
    options_json = json.dumps(options, ensure_ascii=False, sort_keys=True)
    if source_id is not None:
        db.execute(
            "UPDATE sources SET filename = ?, options = ?, event_id = ? WHERE id = ?",
            [filename, options_json, event_id, source_id],
        )
        return source_id
    return db.execute(
        "INSERT INTO sources (kind, filename, format, sha256, size, options, event_id) "
        "VALUES ('codings', ?, 'csv', ?, ?, ?, ?)",
        [filename, sha256, size, options_json, event_id],
    ).lastrowid


def document_names(db: sqlite_utils.Database) -> list[dict]:
    """Every document with the names another tool may know it by: title, the file it was
    imported from, its focus group, its respondent's id."""
    keys = ("id", "kind", "title", "filename", "group", "respondent", "question")
    return [
        dict(zip(keys, r))
        for r in db.execute(
            "SELECT d.id, d.kind, d.title, s.filename, g.name, r.external_id, q.name "
            "FROM documents d JOIN sources s ON s.id = d.source_id "
            "LEFT JOIN groups g ON g.id = d.group_id LEFT JOIN respondents r ON r.id = d.respondent_id "
            "LEFT JOIN questions q ON q.id = d.question_id ORDER BY d.id"
        )
    ]


def document_texts(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            db.execute(
                f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        )
    return found
