"""SQL of the LLM coder: its calls (prompt, request, raw answer, labels) per model run, and
the newest answer of a model per unit."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

CALL_KEYS = (
    "id",
    "run_id",
    "segment_id",
    "coder",
    "request",
    "reported_model",
    "raw_answer",
    "content",
    "labels",
    "seconds",
    "event_id",
)


def add_calls(db: sqlite_utils.Database, run_id: int, rows: Iterable[dict], event_id: int) -> int:
    """Record the calls of one run (inside the run's write); returns how many."""
    count = 0
    for row in rows:
        db.conn.execute(
            "INSERT INTO llm_calls (run_id, segment_id, coder, request, reported_model, "
            "raw_answer, content, labels, seconds, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                row["segment_id"],
                row["coder"],
                json.dumps(row["request"], ensure_ascii=False, sort_keys=True),
                row["reported_model"],
                row["raw_answer"],
                row["content"],
                json.dumps(row["labels"], ensure_ascii=False),
                row["seconds"],
                event_id,
            ],
        )
        count += 1
    return count


def _call(row: Sequence[Any]) -> dict:
    found = dict(zip(CALL_KEYS, row))
    found["request"] = json.loads(found["request"])
    found["labels"] = json.loads(found["labels"])
    return found


def calls(
    db: sqlite_utils.Database, run_id: int | None = None, limit: int | None = None
) -> list[dict]:
    """Recorded calls, newest first (of one run, or of all)."""
    where, params = ("WHERE run_id = ?", [run_id]) if run_id is not None else ("", [])
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    return [
        _call(r)
        for r in db.execute(
            f"SELECT {', '.join(CALL_KEYS)} FROM llm_calls {where} ORDER BY id DESC{tail}", params
        )
    ]


def newest_labels(
    db: sqlite_utils.Database, coder: str, segment_ids: Sequence[int] | None = None
) -> dict[int, tuple[list[str], list[str]]]:
    """segment id -> (codes asked, codes applied) of the newest call of ``coder`` on it."""
    found: dict[int, tuple[list[str], list[str]]] = {}
    for segment_id, request, labels in db.execute(
        "SELECT segment_id, request, labels FROM llm_calls WHERE coder = ? ORDER BY id", [coder]
    ):
        found[segment_id] = (json.loads(request).get("codes", []), json.loads(labels))
    if segment_ids is not None:
        wanted = set(segment_ids)
        found = {k: v for k, v in found.items() if k in wanted}
    return found


def answered(db: sqlite_utils.Database, coder: str) -> set[int]:
    """Units ``coder`` has answered for in any run."""
    return {
        r[0]
        for r in db.execute("SELECT DISTINCT segment_id FROM llm_calls WHERE coder = ?", [coder])
    }


def runs(db: sqlite_utils.Database) -> list[dict]:
    """The LLM coder's model runs, newest first, with how many calls each recorded."""
    return [
        {
            "run": r[0],
            "params": json.loads(r[1]),
            "seed": r[2],
            "metrics": json.loads(r[3]),
            "event_id": r[4],
            "calls": r[5],
        }
        for r in db.execute(
            "SELECT m.id, m.params, m.seed, m.metrics, m.event_id, "
            "(SELECT count(*) FROM llm_calls c WHERE c.run_id = m.id) "
            "FROM model_runs m WHERE m.kind = 'suggestions' "
            "AND json_extract(m.params, '$.coder') = 'llm' ORDER BY m.id DESC"
        )
    ]


def sample_units(db: sqlite_utils.Database, sample: str) -> dict[int, list[str]]:
    """The units of a double-coding sample -> the coders they were assigned to."""
    found: dict[int, list[str]] = {}
    for segment_id, coder in db.execute(
        "SELECT segment_id, coder FROM assignments WHERE sample = ? ORDER BY segment_id, coder",
        [sample],
    ):
        found.setdefault(segment_id, []).append(coder)
    return found


def newest_sample(db: sqlite_utils.Database) -> str | None:
    """The double-coding sample assigned last."""
    row = db.execute(
        "SELECT sample FROM assignments ORDER BY event_id DESC, id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def unit_texts(db: sqlite_utils.Database, segment_ids: Sequence[int]) -> dict[int, str]:
    """segment id -> its text (the span of its document)."""
    found: dict[int, str] = {}
    ids = [int(i) for i in segment_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for segment_id, text in db.execute(
            'SELECT s.id, substr(d.text, s.start + 1, s."end" - s.start) FROM segments s '
            f"JOIN documents d ON d.id = s.document_id WHERE s.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[segment_id] = text
    return found
