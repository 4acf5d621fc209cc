"""SQL of the REFI-QDA project exchange: the reads a .qdpx export needs in one pass each,
and the bulk writes of an imported project (inside the import's transaction)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from . import records


def _rows(
    db: sqlite_utils.Database, sql: str, keys: Sequence[str], params: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    return [dict(zip(keys, r)) for r in db.execute(sql, list(params))]


# -- reads (export) --------------------------------------------------------------------
def documents(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every document with its text, respondent, question and group, by id."""
    return _rows(
        db,
        "SELECT d.id, d.kind, d.title, d.text, r.external_id, q.name, g.name "
        "FROM documents d LEFT JOIN respondents r ON r.id = d.respondent_id "
        "LEFT JOIN questions q ON q.id = d.question_id "
        "LEFT JOIN groups g ON g.id = d.group_id ORDER BY d.id",
        ("id", "kind", "title", "text", "respondent", "question", "group"),
    )


def respondents(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT external_id, stratum, weight, data FROM respondents ORDER BY id",
        ("external_id", "stratum", "weight", "data"),
    )
    for row in rows:
        row["data"] = json.loads(row["data"])
    return rows


def variables(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT name, role, type, label, value_labels, position FROM variables "
        "ORDER BY position, rowid",
        ("name", "role", "type", "label", "value_labels", "position"),
    )
    for row in rows:
        row["value_labels"] = json.loads(row["value_labels"]) if row["value_labels"] else None
    return rows


def questions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(db, "SELECT name, label FROM questions ORDER BY id", ("name", "label"))


def groups(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM groups ORDER BY id")]


def speakers(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT g.name, sp.name, sp.attributes FROM speakers sp "
        "JOIN groups g ON g.id = sp.group_id ORDER BY sp.id",
        ("group", "name", "attributes"),
    )
    for row in rows:
        row["attributes"] = json.loads(row["attributes"])
    return rows


def turns(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every turn with its speaker (group, name), by document and position."""
    return _rows(
        db,
        'SELECT s.document_id, s.ordinal, s.start, s."end", g.name, sp.name, '
        "s.time_start, s.time_end FROM segments s "
        "LEFT JOIN speakers sp ON sp.id = s.speaker_id "
        "LEFT JOIN groups g ON g.id = sp.group_id "
        "WHERE s.kind = 'turn' ORDER BY s.document_id, s.start, s.id",
        ("document_id", "ordinal", "start", "end", "group", "speaker", "time_start", "time_end"),
    )


def segment_spans(db: sqlite_utils.Database) -> dict[int, tuple[int, int, int]]:
    """segment id -> (document id, start, end) of the segments that carry a live memo."""
    return {
        r[0]: (r[1], r[2], r[3])
        for r in db.execute(
            'SELECT s.id, s.document_id, s.start, s."end" FROM segments s WHERE s.id IN '
            "(SELECT target_id FROM memos WHERE target_kind = 'segment' AND removed_event IS NULL)"
        )
    }


def left_out(db: sqlite_utils.Database) -> dict[str, int]:
    """Codings and memos that a project exchange leaves out (not live, or not people's)."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "open_suggestions": one(
            "SELECT count(*) FROM codings WHERE source = 'suggestion' AND removed_event IS NULL"
        ),
        "rejected_suggestions": one(
            "SELECT count(*) FROM codings WHERE source = 'rejected' AND removed_event IS NULL"
        ),
        "removed_codings": one("SELECT count(*) FROM codings WHERE removed_event IS NOT NULL"),
        "removed_memos": one("SELECT count(*) FROM memos WHERE removed_event IS NOT NULL"),
        "assignments": one("SELECT count(*) FROM assignments"),
        "verdicts": one("SELECT count(*) FROM verdicts"),
    }


# -- writes (import) -------------------------------------------------------------------
def add_questions(
    db: sqlite_utils.Database, rows: Sequence[dict], source_id: int
) -> dict[str, int]:
    """Insert questions (name, label); returns name -> id."""
    ids = records.insert_rows(
        db,
        "questions",
        ("name", "label", "source_id"),
        ((r["name"], r.get("label"), source_id) for r in rows),
        len(rows),
    )
    return {r["name"]: i for r, i in zip(rows, ids)}


def add_codings(db: sqlite_utils.Database, rows: Sequence[dict], event_id: int) -> list[int]:
    """Insert human codings with their own times (document_id, start, end, code_id, coder,
    time); returns their ids in order."""
    return records.insert_rows(
        db,
        "codings",
        ("document_id", "start", "end", "code_id", "coder", "source", "time", "event_id"),
        (
            (
                r["document_id"],
                r["start"],
                r["end"],
                r["code_id"],
                r["coder"],
                "human",
                r["time"],
                event_id,
            )
            for r in rows
        ),
        len(rows),
    )


def add_memos(db: sqlite_utils.Database, rows: Sequence[dict], event_id: int) -> list[int]:
    """Insert memos with their own times (kind, target_id, coder, text, time)."""
    return records.insert_rows(
        db,
        "memos",
        ("target_kind", "target_id", "coder", "text", "time", "event_id"),
        ((r["kind"], r["target_id"], r["coder"], r["text"], r["time"], event_id) for r in rows),
        len(rows),
    )


def segment_at(db: sqlite_utils.Database, document_id: int, start: int, end: int) -> int | None:
    """The segment with exactly this span (a unit before a sentence), if there is one."""
    row = db.execute(
        'SELECT id FROM segments WHERE document_id = ? AND start = ? AND "end" = ? '
        "ORDER BY kind = 'sentence', id LIMIT 1",
        [document_id, start, end],
    ).fetchone()
    return row[0] if row else None


def checkpoint(db: sqlite_utils.Database) -> None:
    """Move everything from the write-ahead log into the file, before it is renamed."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def set_settings(db: sqlite_utils.Database, settings: Iterable[tuple[str, str]]) -> None:
    for key, value in settings:
        records.set_setting(db, key, value)
