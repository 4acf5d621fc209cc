"""Writes. Every function here runs inside a transaction opened by the caller (the Project)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlite_utils


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def now() -> str:
    """UTC time as ISO 8601 with microseconds, the format of every stored time."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def next_id(db: sqlite_utils.Database, table: str) -> int:
    """The next free id; safe because writers hold the write lock (BEGIN IMMEDIATE)."""
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0]


def insert_rows(
    db: sqlite_utils.Database,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    count: int,
) -> list[int]:
    """Insert ``count`` rows of values for ``columns`` with consecutive new ids; returns them."""
    first = next_id(db, table)
    names = ", ".join(f'"{c}"' for c in ("id", *columns))
    marks = ", ".join("?" * (len(columns) + 1))
    db.conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
        ((i, *values) for i, values in zip(range(first, first + count), rows)),
    )
    return list(range(first, first + count))


def add_event(
    db: sqlite_utils.Database, actor: str, action: str, target: str | None, payload: dict
) -> int:
    cursor = db.execute(
        "INSERT INTO events (time, actor, action, target, payload) VALUES (?, ?, ?, ?, ?)",
        [now(), actor, action, target, _json(payload)],
    )
    return cursor.lastrowid


def set_event_payload(db: sqlite_utils.Database, event_id: int, payload: dict) -> None:
    """Fill in an event's payload before its transaction commits (what the write did)."""
    db.execute("UPDATE events SET payload = ? WHERE id = ?", [_json(payload), event_id])


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO project (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def add_source(
    db: sqlite_utils.Database,
    *,
    kind: str,
    filename: str,
    format: str,
    sha256: str,
    size: int,
    options: dict,
    event_id: int,
) -> int:
    cursor = db.execute(
        "INSERT INTO sources (kind, filename, format, sha256, size, options, event_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [kind, filename, format, sha256, size, _json(options), event_id],
    )
    return cursor.lastrowid


def add_variables(db: sqlite_utils.Database, rows: Iterable[dict]) -> None:
    db.conn.executemany(
        "INSERT INTO variables (name, role, type, label, value_labels, position, source_id) "
        "VALUES (:name, :role, :type, :label, :value_labels, :position, :source_id)",
        [
            {**row, "value_labels": _json(row["value_labels"]) if row.get("value_labels") else None}
            for row in rows
        ],
    )


def add_questions(
    db: sqlite_utils.Database, names: Sequence[str], source_id: int
) -> dict[str, int]:
    ids = {}
    for name in names:
        cursor = db.execute(
            "INSERT INTO questions (name, source_id) VALUES (?, ?)", [name, source_id]
        )
        ids[name] = cursor.lastrowid
    return ids


def add_respondents(db: sqlite_utils.Database, rows: Sequence[dict], source_id: int) -> list[int]:
    """Insert respondents (external_id, stratum, weight, data, row); returns their ids."""
    return insert_rows(
        db,
        "respondents",
        ("external_id", "stratum", "weight", "data", "source_id", "source_row"),
        (
            (r["external_id"], r["stratum"], r["weight"], _json(r["data"]), source_id, r["row"])
            for r in rows
        ),
        len(rows),
    )


def add_respondent_rows(
    db: sqlite_utils.Database, rows: Iterable[tuple[str, str, float, str, int]], source_id: int
) -> None:
    """Insert respondents given as (external_id, stratum, weight, data JSON, row); their ids
    follow on from the highest id."""
    db.conn.executemany(
        "INSERT INTO respondents (external_id, stratum, weight, data, source_row, source_id) "
        f"VALUES (?, ?, ?, ?, ?, {int(source_id)})",
        rows,
    )


def add_answer_documents(
    db: sqlite_utils.Database,
    rows: Sequence[tuple[str, str, int]],
    question_id: int,
    source_id: int,
) -> list[int]:
    """Insert answers given as (title, text, respondent id) to one question; returns their ids."""
    first = next_id(db, "documents")
    db.conn.executemany(
        "INSERT INTO documents (id, kind, title, text, respondent_id, question_id, source_id) "
        f"VALUES (?, 'answer', ?, ?, ?, {int(question_id)}, {int(source_id)})",
        ((i, *row) for i, row in zip(range(first, first + len(rows)), rows)),
    )
    return list(range(first, first + len(rows)))


def add_unit_segments(db: sqlite_utils.Database, rows: Iterable[tuple[int, int]]) -> None:
    """One answer segment per document, covering its whole text: (document id, length)."""
    db.conn.executemany(
        'INSERT INTO segments (document_id, kind, ordinal, start, "end") '
        "VALUES (?, 'answer', 0, 0, ?)",
        rows,
    )


def add_group(db: sqlite_utils.Database, name: str) -> int:
    cursor = db.execute("INSERT INTO groups (name) VALUES (?)", [name])
    return cursor.lastrowid


def add_speakers(db: sqlite_utils.Database, group_id: int, names: Sequence[str]) -> dict[str, int]:
    ids = {}
    for name in names:
        cursor = db.execute("INSERT INTO speakers (group_id, name) VALUES (?, ?)", [group_id, name])
        ids[name] = cursor.lastrowid
    return ids


def update_speaker_attributes(db: sqlite_utils.Database, speaker_id: int, attributes: dict) -> None:
    db.execute("UPDATE speakers SET attributes = ? WHERE id = ?", [_json(attributes), speaker_id])


DOCUMENT_COLUMNS = (
    "kind",
    "title",
    "text",
    "respondent_id",
    "question_id",
    "group_id",
    "source_id",
)


def add_documents(db: sqlite_utils.Database, rows: Sequence[dict]) -> list[int]:
    """Insert documents (the DOCUMENT_COLUMNS of each row); returns their ids."""
    return insert_rows(
        db,
        "documents",
        DOCUMENT_COLUMNS,
        ([row[c] for c in DOCUMENT_COLUMNS] for row in rows),
        len(rows),
    )


def add_pages(
    db: sqlite_utils.Database, document_id: int, starts: Iterable[tuple[int, int]]
) -> None:
    """Record where each page (1-based number, offset) of a PDF document starts."""
    db.conn.executemany(
        "INSERT INTO pages (document_id, number, start) VALUES (?, ?, ?)",
        ((document_id, number, start) for number, start in starts),
    )


SEGMENT_COLUMNS = (
    "document_id",
    "kind",
    "parent_id",
    "ordinal",
    "start",
    "end",
    "speaker_id",
    "time_start",
    "time_end",
    "n_tokens",
    "lemmas",
)


def add_segments(db: sqlite_utils.Database, rows: Sequence[dict]) -> list[int]:
    """Insert segments; missing optional columns are NULL. Returns their ids in order."""
    return insert_rows(
        db,
        "segments",
        SEGMENT_COLUMNS,
        ([row.get(c) for c in SEGMENT_COLUMNS] for row in rows),
        len(rows),
    )


def add_sentences(
    db: sqlite_utils.Database, rows: Iterable[tuple[int, int, int, int, int, int, str]]
) -> range:
    """Insert sentence segments given as (document, parent, ordinal, start, end, n_tokens,
    lemmas); returns their ids (consecutive: the write lock is held)."""
    first = next_id(db, "segments")
    db.conn.executemany(
        'INSERT INTO segments (document_id, kind, parent_id, ordinal, start, "end", n_tokens, '
        "lemmas) VALUES (?, 'sentence', ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return range(first, next_id(db, "segments"))


def set_segment_lemmas(db: sqlite_utils.Database, rows: Iterable[tuple[int, str, int]]) -> None:
    """Set (n_tokens, lemmas, segment id) for unit segments."""
    db.conn.executemany("UPDATE segments SET n_tokens = ?, lemmas = ? WHERE id = ?", rows)


def _runs(ids: Sequence[int]) -> list[tuple[int, int]]:
    """Ids as runs of consecutive numbers: [(first, last), ...] (ascending ids: fewest runs)."""
    if isinstance(ids, range) and ids.step == 1:
        return [(ids.start, ids.stop - 1)] if len(ids) else []
    runs: list[tuple[int, int]] = []
    for i in ids:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def index_segments(db: sqlite_utils.Database, ids: Sequence[int]) -> None:
    """Add segments to the full-text index (text and lemmas), in id order."""
    for first, last in _runs(ids):
        db.execute(
            "INSERT INTO segments_fts (rowid, text, lemmas, kind) "
            "SELECT id, text, lemmas, kind FROM segment_texts WHERE id BETWEEN ? AND ?",
            [first, last],
        )


def mark_segmented(db: sqlite_utils.Database, document_ids: Sequence[int]) -> None:
    """Mark documents segmented, one statement per run of consecutive ids."""
    for first, last in _runs(document_ids):
        db.execute("UPDATE documents SET segmented = 1 WHERE id BETWEEN ? AND ?", [first, last])


def respondent_data(db: sqlite_utils.Database, external_id: str) -> tuple[int, dict] | None:
    """(row id, survey variables) of the respondent with this id in the survey, or None."""
    found = db.execute(
        "SELECT id, data FROM respondents WHERE external_id = ?", [external_id]
    ).fetchone()
    return None if found is None else (found[0], json.loads(found[1]))


def set_respondent_data(db: sqlite_utils.Database, respondent_id: int, data: dict) -> None:
    db.execute("UPDATE respondents SET data = ? WHERE id = ?", [_json(data), respondent_id])
