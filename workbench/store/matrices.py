"""SQL for matrices: coded units with the person behind each (respondent or speaker), and
units' stored lemmas with the same, for code x code, code x group and word counts."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import sqlite_utils

from .codings import CODED, LIVE

# who said a unit: its respondent (answers) or its speaker (turns), by their row ids
_WHO = "d.respondent_id AS respondent_id, s.speaker_id AS speaker_id"
_WHO_JOINS = "JOIN documents d ON d.id = s.document_id"


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def coded_units(
    db: sqlite_utils.Database, kinds: Sequence[str], coders: Sequence[str] | None = None
) -> pd.DataFrame:
    """(unit, code_id, respondent_id, speaker_id): each unit segment of
    ``kinds`` overlapped by a live human or accepted coding of the code (by ``coders``, or
    anyone), once per code however many coders applied it."""
    who = f"AND c.coder IN ({_marks(coders)}) " if coders else ""
    sql = (
        f"SELECT DISTINCT s.id AS unit, c.code_id AS code_id, {_WHO} "
        "FROM codings c JOIN segments s ON s.document_id = c.document_id "
        'AND c.start < s."end" AND c."end" > s.start '
        f"{_WHO_JOINS} WHERE {LIVE} AND {CODED} AND s.kind IN ({_marks(kinds)}) {who}"
        "ORDER BY s.id, c.code_id"
    )
    return pd.read_sql_query(sql, db.conn, params=[*kinds, *(coders or ())])


def unit_lemmas(db: sqlite_utils.Database, kinds: Sequence[str]) -> pd.DataFrame:
    """(unit, lemmas, respondent_id, speaker_id) of every segmented unit
    of ``kinds``: the lemmas segmentation stored, space-separated."""
    sql = (
        f"SELECT s.id AS unit, s.lemmas AS lemmas, {_WHO} FROM segments s {_WHO_JOINS} "
        f"WHERE s.kind IN ({_marks(kinds)}) AND s.lemmas IS NOT NULL ORDER BY s.id"
    )
    return pd.read_sql_query(sql, db.conn, params=list(kinds))


def answered_respondents(db: sqlite_utils.Database) -> pd.DataFrame:
    """(respondent_id, respondent): the row id and external id of every respondent with
    an open answer."""
    sql = (
        "SELECT r.id AS respondent_id, r.external_id AS respondent FROM respondents r "
        "WHERE EXISTS (SELECT 1 FROM documents d WHERE d.respondent_id = r.id) ORDER BY r.id"
    )
    return pd.read_sql_query(sql, db.conn, dtype={"respondent": object})
