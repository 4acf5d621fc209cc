"""SQL for the survey design (strata with population sizes, known margins) and for the
verdicts recorded in joint displays."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from .records import now


def replace_strata(
    db: sqlite_utils.Database, rows: Iterable[tuple[str, float, int | None]]
) -> None:
    db.execute("DELETE FROM strata")
    db.conn.executemany("INSERT INTO strata (stratum, population, sampled) VALUES (?, ?, ?)", rows)


def strata(db: sqlite_utils.Database) -> list[dict]:
    return [
        dict(zip(("stratum", "population", "sampled"), r))
        for r in db.execute("SELECT stratum, population, sampled FROM strata ORDER BY stratum")
    ]


def respondent_strata(db: sqlite_utils.Database) -> dict[str, int]:
    return dict(db.execute("SELECT stratum, count(*) FROM respondents GROUP BY stratum").fetchall())


def replace_margins(
    db: sqlite_utils.Database, variable: str, rows: Iterable[tuple[str, float]]
) -> None:
    db.execute("DELETE FROM margins WHERE variable = ?", [variable])
    db.conn.executemany(
        "INSERT INTO margins (variable, value, share) VALUES (?, ?, ?)",
        [(variable, value, share) for value, share in rows],
    )


def margins(db: sqlite_utils.Database) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    for variable, value, share in db.execute(
        "SELECT variable, value, share FROM margins ORDER BY variable, value"
    ):
        result.setdefault(variable, {})[value] = share
    return result


def add_verdict(
    db: sqlite_utils.Database, code_id: int, verdict: str, memo: str, coder: str, event_id: int
) -> int:
    cursor = db.execute(
        "INSERT INTO verdicts (code_id, verdict, memo, coder, time, event_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [code_id, verdict, memo, coder, now(), event_id],
    )
    return cursor.lastrowid


def verdicts(db: sqlite_utils.Database, code_id: int | None = None) -> list[dict]:
    sql = "SELECT id, code_id, verdict, memo, coder, time FROM verdicts"
    params = []
    if code_id is not None:
        sql += " WHERE code_id = ?"
        params.append(code_id)
    keys = ("id", "code_id", "verdict", "memo", "coder", "time")
    return [dict(zip(keys, r)) for r in db.execute(sql + " ORDER BY id", params)]


def coded_respondents(
    db: sqlite_utils.Database, code_ids: list[int], question: str | None = None
) -> list[str]:
    """External ids of respondents with an open answer carrying a live human or accepted
    coding of any of ``code_ids`` (optionally only answers to ``question``)."""
    marks = ",".join("?" * len(code_ids))
    sql = (
        "SELECT DISTINCT r.external_id FROM codings c JOIN documents d ON d.id = c.document_id "
        "JOIN respondents r ON r.id = d.respondent_id "
        + ("JOIN questions q ON q.id = d.question_id " if question else "")
        + f"WHERE c.removed_event IS NULL AND c.source IN ('human', 'accepted') "
        f"AND c.code_id IN ({marks})" + (" AND q.name = ?" if question else "")
    )
    return [r[0] for r in db.execute(sql, [*code_ids, *([question] if question else [])])]


def answered_respondents(db: sqlite_utils.Database, question: str | None = None) -> list[str]:
    """External ids of respondents with at least one (or one to ``question``) open answer."""
    sql = (
        "SELECT DISTINCT r.external_id FROM documents d JOIN respondents r "
        "ON r.id = d.respondent_id"
        + (" JOIN questions q ON q.id = d.question_id WHERE q.name = ?" if question else "")
    )
    return [r[0] for r in db.execute(sql, [question] if question else [])]
