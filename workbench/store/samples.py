"""SQL of coding samples (frames, draws), reviews, model scores, and the facts a code's
figure is computed from (which answer units a coder applied a code to, reviewed, rejected,
and the consensus decisions)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import sqlite_utils

LIVE_CODED = "c.removed_event IS NULL AND c.source IN ('human', 'accepted')"


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


# -- answers in scope ----------------------------------------------------------------------
def answer_units(db: sqlite_utils.Database, question: str | None = None) -> pd.DataFrame:
    """Answer units: segment_id, document_id, respondent (external id), respondent_id,
    question; optionally only answers to ``question``."""
    sql = (
        "SELECT s.id AS segment_id, d.id AS document_id, r.external_id AS respondent, "
        "r.id AS respondent_id, q.name AS question FROM segments s "
        "JOIN documents d ON d.id = s.document_id JOIN respondents r ON r.id = d.respondent_id "
        "JOIN questions q ON q.id = d.question_id WHERE s.kind = 'answer'"
        + (" AND q.name = ?" if question else "")
        + " ORDER BY s.id"
    )
    return pd.read_sql_query(sql, db.conn, params=[question] if question else [])


def questions(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM questions ORDER BY id")]


# -- what coders did on answer units -------------------------------------------------------
def applied(db: sqlite_utils.Database, code_ids: Sequence[int]) -> pd.DataFrame:
    """(segment_id, code_id, coder) for answer units a live human/accepted coding of one of
    ``code_ids`` overlaps."""
    sql = (
        "SELECT DISTINCT s.id AS segment_id, c.code_id AS code_id, c.coder AS coder "
        "FROM codings c JOIN segments s ON s.document_id = c.document_id "
        'AND c.start < s."end" AND c."end" > s.start '
        f"WHERE {LIVE_CODED} AND s.kind = 'answer' AND c.code_id IN ({_marks(code_ids)})"
    )
    return pd.read_sql_query(sql, db.conn, params=list(code_ids))


def rejected(db: sqlite_utils.Database, code_ids: Sequence[int]) -> pd.DataFrame:
    """(segment_id, coder) where a coder rejected a suggestion of one of ``code_ids``."""
    sql = (
        "SELECT DISTINCT s.id AS segment_id, c.coder AS coder FROM codings c "
        "JOIN segments s ON s.document_id = c.document_id "
        'AND c.start < s."end" AND c."end" > s.start '
        "WHERE c.removed_event IS NULL AND c.source = 'rejected' AND s.kind = 'answer' "
        f"AND c.code_id IN ({_marks(code_ids)})"
    )
    return pd.read_sql_query(sql, db.conn, params=list(code_ids))


def consensus_decisions(db: sqlite_utils.Database, code_ids: Sequence[int]) -> pd.DataFrame:
    """The latest consensus decision (segment_id, code_id, applied) per segment and code,
    leaving out decisions that were undone."""
    sql = (
        "SELECT json_extract(e.payload, '$.segment') AS segment_id, "
        "json_extract(e.payload, '$.code') AS code_id, "
        "json_extract(e.payload, '$.applied') AS applied, e.id AS event_id FROM events e "
        "WHERE e.action = 'consensus' AND NOT EXISTS (SELECT 1 FROM events u "
        "WHERE u.undoes = e.id) "
        f"AND json_extract(e.payload, '$.code') IN ({_marks(code_ids)}) ORDER BY e.id"
    )
    frame = pd.read_sql_query(sql, db.conn, params=list(code_ids))
    frame = frame.drop_duplicates(["segment_id", "code_id"], keep="last")
    frame["applied"] = frame["applied"].astype(bool)
    return frame[["segment_id", "code_id", "applied"]]


def live_reviews(
    db: sqlite_utils.Database,
    segment_ids: Sequence[int] | None = None,
) -> pd.DataFrame:
    """(segment_id, coder, event_id) of live reviews."""
    sql = "SELECT segment_id, coder, event_id FROM reviews WHERE removed_event IS NULL"
    params: list = []
    if segment_ids is not None:
        sql += " AND segment_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps([int(s) for s in segment_ids]))
    return pd.read_sql_query(sql, db.conn, params=params)


def add_reviews(
    db: sqlite_utils.Database, segment_ids: Iterable[int], coder: str, event_id: int
) -> list[int]:
    """Reviews of units the coder has not reviewed yet; returns the new review ids."""
    ids = []
    for segment_id in segment_ids:
        exists = db.execute(
            "SELECT 1 FROM reviews WHERE segment_id = ? AND coder = ? AND removed_event IS NULL",
            [segment_id, coder],
        ).fetchone()
        if exists is None:
            cursor = db.conn.execute(
                "INSERT INTO reviews (segment_id, coder, event_id) VALUES (?, ?, ?)",
                [segment_id, coder, event_id],
            )
            ids.append(cursor.lastrowid)
    return ids


def reviewers(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT coder FROM reviews WHERE removed_event IS NULL ORDER BY coder"
        )
    ]


def reviews_created_by(db: sqlite_utils.Database, event_id: int) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM reviews WHERE event_id = ? AND removed_event IS NULL", [event_id]
        )
    ]


def remove_reviews(db: sqlite_utils.Database, ids: Sequence[int], event_id: int) -> None:
    db.conn.executemany(
        "UPDATE reviews SET removed_event = ? WHERE id = ?", [(event_id, i) for i in ids]
    )


def code_created_events(db: sqlite_utils.Database, code_ids: Sequence[int]) -> dict[int, int]:
    """The event that created each code (0 for codes older than schema version 5)."""
    return {
        r[0]: r[1] or 0
        for r in db.execute(
            f"SELECT id, created_event FROM codes WHERE id IN ({_marks(code_ids)})", list(code_ids)
        )
    }


# -- coding samples ------------------------------------------------------------------------
SAMPLE_KEYS = ("id", "name", "unit", "question", "stratify_by", "params", "event_id")


def add_sample(
    db: sqlite_utils.Database,
    name: str,
    unit: str,
    question: str | None,
    stratify_by: Sequence[str],
    params: dict,
    event_id: int,
) -> int:
    cursor = db.conn.execute(
        "INSERT INTO coding_samples (name, unit, question, stratify_by, params, event_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [name, unit, question, json.dumps(list(stratify_by)), json.dumps(params), event_id],
    )
    return cursor.lastrowid


def add_frame(db: sqlite_utils.Database, sample_id: int, rows: Iterable[tuple[int, str]]) -> None:
    db.conn.executemany(
        "INSERT INTO sample_frame (sample_id, unit_id, stratum) VALUES (?, ?, ?)",
        [(sample_id, unit, stratum) for unit, stratum in rows],
    )


def mark_drawn(
    db: sqlite_utils.Database, sample_id: int, draw: int, units: Sequence[tuple[int, int]]
) -> None:
    """Mark (unit_id, position) as drawn in ``draw``."""
    db.conn.executemany(
        "UPDATE sample_frame SET draw = ?, position = ? WHERE sample_id = ? AND unit_id = ? "
        "AND draw IS NULL",
        [(draw, position, sample_id, unit) for unit, position in units],
    )


def add_draw(
    db: sqlite_utils.Database,
    sample_id: int,
    draw: int,
    seed: int,
    allocation: str,
    sizes: dict[str, int],
    params: dict,
    event_id: int,
) -> None:
    db.conn.execute(
        "INSERT INTO sample_draws (sample_id, draw, seed, allocation, sizes, params, event_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [sample_id, draw, seed, allocation, json.dumps(sizes), json.dumps(params), event_id],
    )


def samples(db: sqlite_utils.Database) -> list[dict]:
    rows = db.execute(f"SELECT {', '.join(SAMPLE_KEYS)} FROM coding_samples ORDER BY id")
    found = []
    for row in rows:
        item = dict(zip(SAMPLE_KEYS, row))
        item["stratify_by"] = json.loads(item["stratify_by"])
        item["params"] = json.loads(item["params"])
        found.append(item)
    return found


def sample(db: sqlite_utils.Database, name: str) -> dict | None:
    return next((s for s in samples(db) if s["name"] == name), None)


def draws(db: sqlite_utils.Database, sample_id: int) -> list[dict]:
    keys = ("draw", "seed", "allocation", "sizes", "params", "event_id")
    found = []
    for row in db.execute(
        f"SELECT {', '.join(keys)} FROM sample_draws WHERE sample_id = ? ORDER BY draw", [sample_id]
    ):
        item = dict(zip(keys, row))
        item["sizes"] = json.loads(item["sizes"])
        item["params"] = json.loads(item["params"])
        found.append(item)
    return found


def frame(db: sqlite_utils.Database, sample_id: int) -> pd.DataFrame:
    """unit_id, stratum, draw (NaN: not drawn), position of every frame unit."""
    return pd.read_sql_query(
        "SELECT unit_id, stratum, draw, position FROM sample_frame "
        "WHERE sample_id = ? ORDER BY unit_id",
        db.conn,
        params=[sample_id],
    )


def drawn_units(db: sqlite_utils.Database, sample_id: int) -> list[int]:
    """Units drawn, in the order their coders should take them (draw, then position)."""
    return [
        r[0]
        for r in db.execute(
            "SELECT unit_id FROM sample_frame WHERE sample_id = ? AND draw IS NOT NULL "
            "ORDER BY draw, position, unit_id",
            [sample_id],
        )
    ]


def answer_segments_of(
    db: sqlite_utils.Database, respondent_ids: Sequence[int], question: str | None = None
) -> list[tuple[int, int]]:
    """(respondent_id, answer segment id) of these respondents (to ``question``)."""
    sql = (
        "SELECT d.respondent_id, s.id FROM segments s JOIN documents d ON d.id = s.document_id "
        + ("JOIN questions q ON q.id = d.question_id " if question else "")
        + "WHERE s.kind = 'answer' AND d.respondent_id IN (SELECT value FROM json_each(?))"
        + (" AND q.name = ?" if question else "")
        + " ORDER BY s.id"
    )
    params = [json.dumps([int(r) for r in respondent_ids])] + ([question] if question else [])
    return [(r[0], r[1]) for r in db.execute(sql, params)]


# -- model scores --------------------------------------------------------------------------
def add_scores(
    db: sqlite_utils.Database,
    run_id: int,
    code_id: int,
    segment_ids: np.ndarray,
    scores: np.ndarray,
) -> None:
    db.conn.execute(
        "INSERT INTO model_scores (run_id, code_id, segment_ids, scores) VALUES (?, ?, ?, ?)",
        [
            run_id,
            code_id,
            np.asarray(segment_ids, dtype="<i8").tobytes(),
            np.asarray(scores, dtype="<f4").tobytes(),
        ],
    )


def scores(db: sqlite_utils.Database, run_id: int, code_id: int) -> pd.Series | None:
    """The run's score per answer segment for the code, or None."""
    row = db.execute(
        "SELECT segment_ids, scores FROM model_scores WHERE run_id = ? AND code_id = ?",
        [run_id, code_id],
    ).fetchone()
    if row is None:
        return None
    return pd.Series(
        np.frombuffer(row[1], dtype="<f4").astype(float), index=np.frombuffer(row[0], dtype="<i8")
    )


def scored_runs(db: sqlite_utils.Database, code_id: int) -> list[int]:
    """Runs with scores for the code, newest first."""
    return [
        r[0]
        for r in db.execute(
            "SELECT run_id FROM model_scores WHERE code_id = ? ORDER BY run_id DESC", [code_id]
        )
    ]
