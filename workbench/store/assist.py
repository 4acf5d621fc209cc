"""SQL of the models that assist coders: stored embeddings, model runs and suggestions.

A suggestion is a coding with source 'suggestion' (coder = the model's name, score = its
probability). It is *open* while it is live (not removed); accepting or rejecting it adds a
coding (source 'accepted' / 'rejected', ``origin_id`` = the suggestion) and removes the
suggestion in the same event, so undo restores it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import sqlite_utils

from .codings import CODING_KEYS
from .records import now

CHUNK = 500
HUMAN = "('human', 'accepted')"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# -- units and embeddings ------------------------------------------------------------------
def unit_inputs(
    db: sqlite_utils.Database, kinds: Sequence[str]
) -> list[tuple[int, str, str | None]]:
    """(segment id, text, lemmas) of every segment of ``kinds``, by id."""
    return [
        tuple(r)
        for r in db.execute(
            'SELECT s.id, substr(d.text, s.start + 1, s."end" - s.start), s.lemmas FROM segments s '
            f"JOIN documents d ON d.id = s.document_id WHERE s.kind IN ({_marks(kinds)}) ORDER BY s.id",
            list(kinds),
        )
    ]


def embedded_ids(db: sqlite_utils.Database, model: str) -> set[int]:
    return {r[0] for r in db.execute("SELECT segment_id FROM embeddings WHERE model = ?", [model])}


def add_embeddings(
    db: sqlite_utils.Database, model: str, ids: Sequence[int], matrix: np.ndarray
) -> None:
    """Store float32 vectors (called inside a transaction); an existing one is kept."""
    vectors = np.ascontiguousarray(matrix, dtype=np.float32)
    db.conn.executemany(
        "INSERT OR IGNORE INTO embeddings (model, segment_id, vector) VALUES (?, ?, ?)",
        [(model, int(i), vectors[k].tobytes()) for k, i in enumerate(ids)],
    )


def vectors(db: sqlite_utils.Database, model: str, ids: Sequence[int]) -> np.ndarray:
    """The stored vectors of ``ids`` in that order, as a float32 (n, d) matrix."""
    found: dict[int, bytes] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = [int(i) for i in ids[start : start + CHUNK]]
        found.update(
            db.execute(
                f"SELECT segment_id, vector FROM embeddings WHERE model = ? AND segment_id IN "
                f"({_marks(chunk)})",
                [model, *chunk],
            ).fetchall()
        )
    missing = [i for i in ids if i not in found]
    if missing:
        raise KeyError(f"no {model} vector for segments {missing[:5]}")
    if not ids:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack([np.frombuffer(found[int(i)], dtype=np.float32) for i in ids])


# -- the human decisions a model learns from -----------------------------------------------
def unit_code_pairs(
    db: sqlite_utils.Database,
    kinds: Sequence[str],
    sources: Sequence[str],
    coders: Sequence[str] | None = None,
) -> set[tuple[int, int]]:
    """(unit, code_id) where a live coding of ``sources`` overlaps a segment of ``kinds``."""
    params: list[Any] = [*sources, *kinds]
    who = ""
    if coders is not None:
        who = f" AND c.coder IN ({_marks(coders)})"
        params += list(coders)
    return {
        (r[0], r[1])
        for r in db.execute(
            "SELECT DISTINCT s.id, c.code_id FROM codings c JOIN segments s "
            'ON s.document_id = c.document_id AND c.start < s."end" AND c."end" > s.start '
            f"WHERE c.removed_event IS NULL AND c.source IN ({_marks(sources)}) "
            f"AND s.kind IN ({_marks(kinds)}){who}",
            params,
        )
    }


def units_seen(db: sqlite_utils.Database, kinds: Sequence[str]) -> set[int]:
    """Units some human saw: assigned to a coder, in a document a human coded anything in, or
    reviewed (read against the whole codebook: the codes not applied do not apply)."""
    return {
        r[0]
        for r in db.execute(
            f"SELECT a.segment_id FROM assignments a JOIN segments s ON s.id = a.segment_id "
            f"WHERE s.kind IN ({_marks(kinds)}) UNION "
            "SELECT s.id FROM codings c JOIN segments s ON s.document_id = c.document_id "
            f"WHERE c.removed_event IS NULL AND c.source IN {HUMAN} AND s.kind IN ({_marks(kinds)}) "
            "UNION SELECT s.id FROM reviews r JOIN segments s ON s.id = r.segment_id "
            f"WHERE r.removed_event IS NULL AND s.kind IN ({_marks(kinds)})",
            [*kinds, *kinds, *kinds],
        )
    }


def unit_spans(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """segment id -> (document_id, start, end)."""
    found: dict[int, tuple[int, int, int]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = [int(i) for i in ids[start : start + CHUNK]]
        for row in db.execute(
            f'SELECT id, document_id, start, "end" FROM segments WHERE id IN ({_marks(chunk)})',
            chunk,
        ):
            found[row[0]] = (row[1], row[2], row[3])
    return found


# -- runs and suggestions ------------------------------------------------------------------
def add_run(
    db: sqlite_utils.Database,
    kind: str,
    params: dict,
    seed: int | None,
    metrics: dict,
    event_id: int,
) -> int:
    cursor = db.execute(
        "INSERT INTO model_runs (kind, params, seed, metrics, event_id) VALUES (?, ?, ?, ?, ?)",
        [
            kind,
            json.dumps(params, ensure_ascii=False, sort_keys=True, default=str),
            seed,
            json.dumps(metrics, ensure_ascii=False, sort_keys=True, default=str),
            event_id,
        ],
    )
    return cursor.lastrowid


def runs(db: sqlite_utils.Database, kind: str | None = None) -> list[dict]:
    keys = ("id", "kind", "params", "seed", "metrics", "event_id")
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    out = []
    for row in db.execute(f"SELECT {', '.join(keys)} FROM model_runs {where} ORDER BY id", params):
        found = dict(zip(keys, row))
        found["params"], found["metrics"] = (
            json.loads(found["params"]),
            json.loads(found["metrics"]),
        )
        out.append(found)
    return out


def open_suggestion_ids(
    db: sqlite_utils.Database, coders: Sequence[str], code_ids: Sequence[int]
) -> list[int]:
    if not coders or not code_ids:
        return []
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM codings WHERE source = 'suggestion' AND removed_event IS NULL "
            f"AND coder IN ({_marks(coders)}) AND code_id IN ({_marks(code_ids)})",
            [*coders, *code_ids],
        )
    ]


def add_coding_rows(
    db: sqlite_utils.Database, rows: Iterable[dict], event_id: int
) -> list[int | None]:
    """Insert codings with a source, score and origin (suggestions, accepted, rejected);
    None for an accepted row whose coder already has that live coding (one per span,
    code and coder: the index ``codings_live_unique``)."""
    ids: list[int | None] = []
    time = now()
    for row in rows:
        found = db.conn.execute(
            'INSERT INTO codings (document_id, segment_id, start, "end", code_id, coder, source, '
            "score, time, event_id, origin_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id",
            [
                row["document_id"],
                row.get("segment_id"),
                row["start"],
                row["end"],
                row["code_id"],
                row["coder"],
                row["source"],
                row.get("score"),
                time,
                event_id,
                row.get("origin_id"),
            ],
        ).fetchone()
        ids.append(found[0] if found else None)
    return ids


# a suggestion is a coding row (without its time) and the suggestion it answers, if any
SUGGESTION_KEYS = (*(k for k in CODING_KEYS if k != "time"), "origin_id")


def suggestion(db: sqlite_utils.Database, coding_id: int) -> dict | None:
    columns = ", ".join(f'"{k}"' for k in SUGGESTION_KEYS)
    row = db.execute(f"SELECT {columns} FROM codings WHERE id = ?", [coding_id]).fetchone()
    return dict(zip(SUGGESTION_KEYS, row)) if row else None


def queue(
    db: sqlite_utils.Database, coder: str, order: str, code_id: int | None, limit: int
) -> list[dict]:
    """Open suggestions, leaving out spans already coded with the code by a human, or
    already rejected by ``coder``; ordered by score or by closeness to 0.5."""
    ordering = "c.score DESC" if order == "confidence" else "abs(c.score - 0.5) ASC, c.score DESC"
    where, params = "", [coder]
    if code_id is not None:
        where, params = " AND c.code_id = ?", [code_id, coder]
    keys = (
        "id",
        "document_id",
        "segment_id",
        "start",
        "end",
        "code_id",
        "coder",
        "score",
        "event_id",
        "text",
    )
    sql = (
        'SELECT c.id, c.document_id, c.segment_id, c.start, c."end", c.code_id, c.coder, c.score, '
        'c.event_id, substr(d.text, c.start + 1, c."end" - c.start) '
        "FROM codings c JOIN documents d ON d.id = c.document_id "
        f"WHERE c.source = 'suggestion' AND c.removed_event IS NULL{where} "
        "AND NOT EXISTS (SELECT 1 FROM codings h WHERE h.removed_event IS NULL "
        "AND h.document_id = c.document_id AND h.code_id = c.code_id "
        'AND h.start < c."end" AND h."end" > c.start '
        f"AND (h.source IN {HUMAN} OR (h.source = 'rejected' AND h.coder = ?))) "
        f"ORDER BY {ordering}, c.id LIMIT ?"
    )
    return [dict(zip(keys, r)) for r in db.execute(sql, [*params, limit])]


# -- topics --------------------------------------------------------------------------------
TOPIC_KEYS = ("run_id", "topic", "label", "keywords", "size", "status", "code_id")
MEMBER_KEYS = ("segment_id", "topic", "probability", "x", "y", "original_topic")


def unit_questions(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, str | None]:
    """segment id -> the name of the question its answer document answers (None: transcript)."""
    found: dict[int, str | None] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = [int(i) for i in ids[start : start + CHUNK]]
        found.update(
            db.execute(
                "SELECT s.id, q.name FROM segments s JOIN documents d ON d.id = s.document_id "
                f"LEFT JOIN questions q ON q.id = d.question_id WHERE s.id IN ({_marks(chunk)})",
                chunk,
            ).fetchall()
        )
    return found


def unit_attributes(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict]:
    """segment id -> question, stratum, respondent variables (answers), group and speaker
    attributes (turns; a sentence takes its parent turn's speaker)."""
    out: dict[int, dict] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = [int(i) for i in ids[start : start + CHUNK]]
        for row in db.execute(
            "SELECT s.id, q.name, r.stratum, r.data, g.name, sp.name, sp.attributes "
            "FROM segments s JOIN documents d ON d.id = s.document_id "
            "LEFT JOIN segments p ON p.id = s.parent_id "
            "LEFT JOIN questions q ON q.id = d.question_id "
            "LEFT JOIN respondents r ON r.id = d.respondent_id "
            "LEFT JOIN groups g ON g.id = d.group_id "
            "LEFT JOIN speakers sp ON sp.id = COALESCE(s.speaker_id, p.speaker_id) "
            f"WHERE s.id IN ({_marks(chunk)})",
            chunk,
        ):
            attributes = {"question": row[1], "stratum": row[2], "group": row[4], "speaker": row[5]}
            for extra in (row[6], row[3]):
                if extra:
                    attributes.update(
                        {k: v for k, v in json.loads(extra).items() if k not in attributes}
                    )
            out[row[0]] = attributes
    return out


def unit_texts(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict]:
    """segment id -> document_id, kind, text, lemmas."""
    out: dict[int, dict] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = [int(i) for i in ids[start : start + CHUNK]]
        for row in db.execute(
            'SELECT s.id, s.document_id, s.kind, substr(d.text, s.start + 1, s."end" - s.start), '
            "s.lemmas FROM segments s JOIN documents d ON d.id = s.document_id "
            f"WHERE s.id IN ({_marks(chunk)})",
            chunk,
        ):
            out[row[0]] = {"document_id": row[1], "kind": row[2], "text": row[3], "lemmas": row[4]}
    return out


def add_topics(db: sqlite_utils.Database, run_id: int, rows: Iterable[dict]) -> None:
    db.conn.executemany(
        "INSERT INTO topics (run_id, topic, label, keywords, size, status) "
        "VALUES (?, ?, ?, ?, ?, 'open')",
        [
            (
                run_id,
                int(r["topic"]),
                r["label"],
                json.dumps(r["keywords"], ensure_ascii=False),
                int(r["size"]),
            )
            for r in rows
        ],
    )


def add_topic_members(db: sqlite_utils.Database, run_id: int, rows: Iterable[tuple]) -> None:
    """rows: (segment_id, topic, probability, x, y, original_topic)."""
    db.conn.executemany(
        "INSERT INTO topic_members (run_id, segment_id, topic, probability, x, y, original_topic) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (run_id, int(s), int(t), float(p), float(x), float(y), int(o))
            for s, t, p, x, y, o in rows
        ],
    )


def latest_run(db: sqlite_utils.Database, kind: str) -> int | None:
    row = db.execute("SELECT max(id) FROM model_runs WHERE kind = ?", [kind]).fetchone()
    return row[0] if row else None


def run(db: sqlite_utils.Database, run_id: int) -> dict | None:
    found = [r for r in runs(db) if r["id"] == run_id]
    return found[0] if found else None


def topic_rows(db: sqlite_utils.Database, run_id: int) -> list[dict]:
    out = []
    for row in db.execute(
        f"SELECT {', '.join(TOPIC_KEYS)} FROM topics WHERE run_id = ? ORDER BY topic", [run_id]
    ):
        found = dict(zip(TOPIC_KEYS, row))
        found["keywords"] = json.loads(found["keywords"])
        out.append(found)
    return out


def member_rows(db: sqlite_utils.Database, run_id: int, topic: int | None = None) -> list[dict]:
    where, params = ("AND topic = ?", [run_id, topic]) if topic is not None else ("", [run_id])
    return [
        dict(zip(MEMBER_KEYS, r))
        for r in db.execute(
            f"SELECT {', '.join(MEMBER_KEYS)} FROM topic_members WHERE run_id = ? {where} "
            "ORDER BY topic, probability DESC, segment_id",
            params,
        )
    ]


def set_topic_status(
    db: sqlite_utils.Database, run_id: int, topic: int, status: str, code_id: int | None
) -> None:
    db.execute(
        "UPDATE topics SET status = ?, code_id = ? WHERE run_id = ? AND topic = ?",
        [status, code_id, run_id, topic],
    )


def unit_keys(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """segment id -> (respondent external id, question name) of answer units."""
    found: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = [int(i) for i in ids[start : start + CHUNK]]
        for row in db.execute(
            "SELECT s.id, r.external_id, q.name FROM segments s JOIN documents d "
            "ON d.id = s.document_id JOIN respondents r ON r.id = d.respondent_id "
            f"JOIN questions q ON q.id = d.question_id WHERE s.id IN ({_marks(chunk)})",
            chunk,
        ):
            found[row[0]] = (row[1], row[2])
    return found
