"""SQL for matrices: coded units with the person behind each (respondent or speaker), and
units' stored lemmas with the same, for code x code, code x group and word counts."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import sqlite_utils

from .codings import CODED, LIVE

# who said a unit: its respondent (answers) or its focus group, speaker and their attributes
_WHO = (
    "r.external_id AS respondent, g.name AS grp, sp.name AS speaker, "
    "sp.attributes AS speaker_attributes"
)
_WHO_JOINS = (
    "JOIN documents d ON d.id = s.document_id "
    "LEFT JOIN respondents r ON r.id = d.respondent_id "
    "LEFT JOIN groups g ON g.id = d.group_id "
    "LEFT JOIN speakers sp ON sp.id = s.speaker_id"
)


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def coded_units(
    db: sqlite_utils.Database, kinds: Sequence[str], coders: Sequence[str] | None = None
) -> pd.DataFrame:
    """(unit, code_id, respondent, grp, speaker, speaker_attributes): each unit segment of
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
    """(unit, lemmas, respondent, grp, speaker, speaker_attributes) of every segmented unit
    of ``kinds``: the lemmas segmentation stored, space-separated."""
    sql = (
        f"SELECT s.id AS unit, s.lemmas AS lemmas, {_WHO} FROM segments s {_WHO_JOINS} "
        f"WHERE s.kind IN ({_marks(kinds)}) AND s.lemmas IS NOT NULL ORDER BY s.id"
    )
    return pd.read_sql_query(sql, db.conn, params=list(kinds))
