"""SQL for the code tree: the ``codes`` table, the codebook version, and the few reads and
writes of ``codings`` that restructuring the tree needs (merge, split, counts).

Writes run inside a transaction opened by the caller (the Codebook, through Project._write).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from . import records
from .codings import HIDDEN_CODING

COLUMNS = (
    "id",
    "parent_id",
    "name",
    "label_en",
    "definition",
    "inclusion",
    "exclusion",
    "examples",
    "color",
    "position",
    "guid",
    "active",
    "merged_into",
)
_WRITABLE = frozenset(COLUMNS) - {"id"}
VERSION_KEY = "codebook_version"
# a coding counts when a person made or accepted it and it has not been removed
_LIVE = "removed_event IS NULL AND source IN ('human', 'accepted')"


def _json(value: list[str]) -> str:
    return json.dumps(value, ensure_ascii=False)


def _row(values: Sequence[Any]) -> dict[str, Any]:
    row = dict(zip(COLUMNS, values))
    row["examples"] = json.loads(row["examples"] or "[]")
    row["active"] = bool(row["active"])
    return row


def all_codes(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every code row (active or not), ``examples`` decoded to a list."""
    names = ", ".join(f'"{c}"' for c in COLUMNS)
    return [_row(r) for r in db.execute(f"SELECT {names} FROM codes ORDER BY id")]


def next_code_id(db: sqlite_utils.Database) -> int:
    return records.next_id(db, "codes")


def insert_code(db: sqlite_utils.Database, row: dict[str, Any]) -> int:
    """Insert one code (``id`` included, so callers can derive its colour first)."""
    values = {**row, "examples": _json(list(row.get("examples", [])))}
    names = [c for c in COLUMNS if c in values]
    db.execute(
        f"INSERT INTO codes ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [values[c] for c in names],
    )
    return int(values["id"])


def update_code(db: sqlite_utils.Database, code_id: int, fields: dict[str, Any]) -> None:
    unknown = set(fields) - _WRITABLE
    if unknown:
        raise ValueError(f"not a writable code column: {sorted(unknown)}")
    if not fields:
        return
    values = {k: (_json(list(v)) if k == "examples" else v) for k, v in fields.items()}
    assignments = ", ".join(f'"{k}" = ?' for k in values)
    db.execute(f"UPDATE codes SET {assignments} WHERE id = ?", [*values.values(), code_id])


def codebook_version(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM project WHERE key = ?", [VERSION_KEY]).fetchone()
    return int(row[0]) if row else 0


def bump_version(db: sqlite_utils.Database) -> int:
    """Add one to the codebook version (inside the caller's transaction); returns it."""
    version = codebook_version(db) + 1
    records.set_setting(db, VERSION_KEY, str(version))
    return version


def last_change(db: sqlite_utils.Database) -> str | None:
    """Time of the newest codebook event (None before the first)."""
    row = db.execute(
        "SELECT time FROM events WHERE action LIKE 'codebook-%' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def coding_ids(db: sqlite_utils.Database, code_id: int) -> list[int]:
    """Every coding row of a code, in any state (suggested, rejected, removed too)."""
    return [
        r[0] for r in db.execute("SELECT id FROM codings WHERE code_id = ? ORDER BY id", [code_id])
    ]


def coding_codes(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, int]:
    """coding id -> code id for those of ``ids`` that exist."""
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        found.update(
            db.execute(f"SELECT id, code_id FROM codings WHERE id IN ({marks})", chunk).fetchall()
        )
    return found


def move_codings(db: sqlite_utils.Database, ids: Iterable[int], code_id: int) -> None:
    db.conn.executemany("UPDATE codings SET code_id = ? WHERE id = ?", ((code_id, i) for i in ids))


def live_counts(db: sqlite_utils.Database, reader: str | None = None) -> dict[int, int]:
    """code id -> number of live codings (human or accepted, not removed); ``reader``:
    of those they may see (blind double coding, store/codings.py blind())."""
    hidden, params = ("", []) if reader is None else (f" AND NOT {HIDDEN_CODING}", [reader])
    return dict(
        db.execute(
            f"SELECT c.code_id, count(*) FROM codings c WHERE {_LIVE}{hidden} GROUP BY c.code_id",
            params,
        ).fetchall()
    )


def twin_codings(db: sqlite_utils.Database, source_id: int, target_id: int) -> list[int]:
    """Live codings of ``source_id`` that a live coding of ``target_id`` already repeats
    (same document, span and coder): merged, they would be one coding twice."""
    return [
        r[0]
        for r in db.execute(
            "SELECT s.id FROM codings s WHERE s.code_id = ? AND s.removed_event IS NULL"
            " AND s.source IN ('human', 'accepted') AND EXISTS (SELECT 1 FROM codings t"
            " WHERE t.code_id = ? AND t.document_id = s.document_id AND t.start = s.start"
            ' AND t."end" = s."end" AND t.coder = s.coder AND t.removed_event IS NULL'
            " AND t.source IN ('human', 'accepted')) ORDER BY s.id",
            [source_id, target_id],
        )
    ]


def remove_codings(db: sqlite_utils.Database, ids: Iterable[int], event_id: int) -> None:
    """Mark codings removed by ``event_id`` (kept in the file)."""
    db.conn.executemany(
        "UPDATE codings SET removed_event = ? WHERE id = ? AND removed_event IS NULL",
        ((event_id, i) for i in ids),
    )


def move_code_memos(
    db: sqlite_utils.Database, source_id: int, target_id: int, source_path: str
) -> list[int]:
    """Move the memos written on code ``source_id`` (removed ones too, so that an undo
    still finds them) to ``target_id``, noting ``source_path`` where no earlier merge
    noted one; returns their ids. Author and time stay."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM memos WHERE target_kind = 'code' AND target_id = ? ORDER BY id",
            [source_id],
        )
    ]
    db.conn.executemany(
        "UPDATE memos SET target_id = ?, moved_from = coalesce(moved_from, ?) WHERE id = ?",
        ((target_id, source_path, i) for i in ids),
    )
    return ids


def code_events(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every event that can touch a code, oldest first, payload decoded: the codebook's
    changes and memos on codes (a code's history picks its own from these)."""
    rows = db.execute(
        "SELECT id, time, actor, action, payload FROM events WHERE action LIKE 'codebook-%'"
        " OR (action = 'memo' AND json_extract(payload, '$.kind') = 'code') ORDER BY id"
    )
    keys = ("event", "time", "actor", "action", "payload")
    return [{**dict(zip(keys, r)), "payload": json.loads(r[4] or "{}")} for r in rows]


def coding_events(db: sqlite_utils.Database, code_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Per actor: how many codings they applied with one of ``code_ids`` (code and accept
    events), and when the first and last were."""
    if not code_ids:
        return []
    marks = ",".join("?" * len(code_ids))
    rows = db.execute(
        "SELECT actor, count(*), min(time), max(time) FROM events WHERE action IN "
        f"('code', 'accept') AND json_extract(payload, '$.code') IN ({marks}) AND id NOT IN"
        " (SELECT undoes FROM events WHERE undoes IS NOT NULL) GROUP BY actor ORDER BY min(time), actor",
        list(code_ids),
    )
    return [dict(zip(("actor", "codings", "first", "last"), r)) for r in rows]
