"""SQL for exports: coded spans with who said them and where, the speakers of coded turns,
open answers per respondent, and a digest of the respondents (the seed of pseudonyms)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pandas as pd
import sqlite_utils

from .codings import HIDDEN_CODING


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def coded_spans(
    db: sqlite_utils.Database, sources: Sequence[str], reader: str | None = None
) -> pd.DataFrame:
    """One row per live coding of ``sources``: its span's text, document, respondent
    (external id and stratum) or focus group, question, code id, coder, source and time;
    ``reader``: those they may see (blind double coding, store/codings.py blind())."""
    hidden = "" if reader is None else f" AND NOT {HIDDEN_CODING}"
    sql = (
        "SELECT c.id AS coding_id, c.document_id, d.title AS document, d.kind, "
        "r.external_id AS respondent, r.stratum, q.name AS question, g.name AS focus_group, "
        'c.start, c."end", substr(d.text, c.start + 1, c."end" - c.start) AS text, '
        "c.code_id, c.coder, c.source, c.score, c.time "
        "FROM codings c JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN respondents r ON r.id = d.respondent_id "
        "LEFT JOIN questions q ON q.id = d.question_id LEFT JOIN groups g ON g.id = d.group_id "
        f"WHERE c.removed_event IS NULL AND c.source IN ({_marks(sources)}){hidden} "
        "ORDER BY c.id"
    )
    params = [*sources, *([] if reader is None else [reader])]
    return pd.read_sql_query(sql, db.conn, params=params)


def coding_speakers(db: sqlite_utils.Database, sources: Sequence[str]) -> pd.DataFrame:
    """(coding_id, speaker) for every speaker turn a live coding of ``sources`` overlaps,
    in the order of the turns."""
    sql = (
        "SELECT c.id AS coding_id, sp.name AS speaker FROM codings c "
        "JOIN segments s ON s.document_id = c.document_id AND s.kind = 'turn' "
        'AND c.start < s."end" AND c."end" > s.start '
        "JOIN speakers sp ON sp.id = s.speaker_id "
        f"WHERE c.removed_event IS NULL AND c.source IN ({_marks(sources)}) "
        "ORDER BY c.id, s.ordinal"
    )
    return pd.read_sql_query(sql, db.conn, params=list(sources))


def open_answers(db: sqlite_utils.Database) -> pd.DataFrame:
    """(respondent external id, question, text) of every open answer, questions in the
    order they were imported."""
    sql = (
        "SELECT r.external_id AS respondent, q.name AS question, d.text FROM documents d "
        "JOIN respondents r ON r.id = d.respondent_id JOIN questions q ON q.id = d.question_id "
        "WHERE d.kind = 'answer' ORDER BY q.id, r.id"
    )
    return pd.read_sql_query(sql, db.conn)


def respondents_digest(db: sqlite_utils.Database) -> str:
    """SHA-256 over every respondent's external id, stratum, weight and variables: equal
    for equal survey data, and only computable by whoever holds all of it."""
    digest = hashlib.sha256()
    for row in db.execute(
        "SELECT external_id, stratum, weight, data FROM respondents ORDER BY external_id"
    ):
        digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
