"""Reads. Plain functions over a connection; they return dicts, lists and DataFrames."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import sqlite_utils


def settings(db: sqlite_utils.Database) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM project").fetchall())


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts a user cares about (what ``info`` prints)."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "respondents": one("SELECT count(*) FROM respondents"),
        "variables": one("SELECT count(*) FROM variables WHERE role = 'variable'"),
        "questions": one("SELECT count(*) FROM questions"),
        "documents": one("SELECT count(*) FROM documents"),
        "answers": one("SELECT count(*) FROM documents WHERE kind = 'answer'"),
        "transcripts": one("SELECT count(*) FROM documents WHERE kind = 'transcript'"),
        "segments": one("SELECT count(*) FROM segments"),
        "turns": one("SELECT count(*) FROM segments WHERE kind = 'turn'"),
        "sentences": one("SELECT count(*) FROM segments WHERE kind = 'sentence'"),
        "unsegmented_documents": one("SELECT count(*) FROM documents WHERE segmented = 0"),
        "speakers": one("SELECT count(*) FROM speakers"),
        "groups": one("SELECT count(*) FROM groups"),
        "codes": one("SELECT count(*) FROM codes"),
        "codings": one("SELECT count(*) FROM codings"),
        "events": one("SELECT count(*) FROM events"),
        "sources": one("SELECT count(*) FROM sources"),
    }


def source_by_hash(db: sqlite_utils.Database, sha256: str) -> dict | None:
    row = db.execute(
        "SELECT s.id, s.filename, s.kind, e.time FROM sources s "
        "LEFT JOIN events e ON e.id = s.event_id WHERE s.sha256 = ?",
        [sha256],
    ).fetchone()
    return dict(zip(("id", "filename", "kind", "time"), row)) if row else None


def unsegmented_of_source(db: sqlite_utils.Database, source_id: int) -> tuple[int, int]:
    """(documents not yet segmented, all documents) that came from one imported file."""
    row = db.execute(
        "SELECT coalesce(sum(segmented = 0), 0), count(*) FROM documents WHERE source_id = ?",
        [source_id],
    ).fetchone()
    return int(row[0]), int(row[1])


def variable_names(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM variables")}


def question_names(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM questions")}


def counts_respondents(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM respondents").fetchone()[0]


def existing_respondents(db: sqlite_utils.Database, external_ids: list[str]) -> set[str]:
    """Which of ``external_ids`` are already in the project."""
    found: set[str] = set()
    for start in range(0, len(external_ids), 500):
        chunk = external_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT external_id FROM respondents WHERE external_id IN ({marks})", chunk
            )
        )
    return found


def group_id(db: sqlite_utils.Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM groups WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def speakers(db: sqlite_utils.Database, group: str | None = None) -> list[dict]:
    sql = (
        "SELECT sp.id, g.name AS grp, sp.name, sp.attributes, "
        "(SELECT count(*) FROM segments s WHERE s.speaker_id = sp.id) AS turns "
        "FROM speakers sp JOIN groups g ON g.id = sp.group_id"
    )
    params: list[Any] = []
    if group is not None:
        sql += " WHERE g.name = ?"
        params.append(group)
    rows = db.execute(sql + " ORDER BY g.name, sp.id", params).fetchall()
    return [
        {"id": r[0], "group": r[1], "name": r[2], "attributes": json.loads(r[3]), "turns": r[4]}
        for r in rows
    ]


def pending_units(
    db: sqlite_utils.Database, after: int, limit: int
) -> list[tuple[int, int | None, int | None, str | None]]:
    """The first ``limit`` unsegmented documents with an id above ``after``, each with its
    unit segments (answers, turns): (document, segment, start, text); a document without
    units comes once with None for the rest."""
    return db.execute(
        "WITH batch AS (SELECT id FROM documents WHERE segmented = 0 AND id > ? "
        "ORDER BY id LIMIT ?) "
        'SELECT b.id, s.id, s.start, substr(d.text, s.start + 1, s."end" - s.start) '
        "FROM batch b JOIN documents d ON d.id = b.id "
        "LEFT JOIN segments s ON s.document_id = b.id AND s.kind IN ('answer', 'turn') "
        "ORDER BY b.id, s.ordinal",
        [after, limit],
    ).fetchall()


def count_unsegmented(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM documents WHERE segmented = 0").fetchone()[0]


def segmented_among(db: sqlite_utils.Database, first: int, last: int) -> set[int]:
    """Documents with ids in ``first..last`` that are already segmented."""
    return {
        r[0]
        for r in db.execute(
            "SELECT id FROM documents WHERE id BETWEEN ? AND ? AND segmented <> 0", [first, last]
        )
    }


def search(db: sqlite_utils.Database, match: str, kinds: tuple[str, ...], limit: int) -> list[dict]:
    """Full-text search: segments of ``kinds`` matching an FTS5 expression, best first."""
    marks = ",".join("?" * len(kinds))
    rows = db.execute(
        "SELECT f.rowid, f.kind, snippet(segments_fts, 0, char(2), char(3), '…', 16), "
        's.document_id, d.title, s.start, s."end", f.rank, '
        f"{page_of(db, 's.document_id', 's.start')} "
        "FROM segments_fts f JOIN segments s ON s.id = f.rowid "
        "JOIN documents d ON d.id = s.document_id "
        f"WHERE segments_fts MATCH ? AND f.kind IN ({marks}) ORDER BY f.rank LIMIT ?",
        [match, *kinds, limit],
    ).fetchall()
    keys = ("segment_id", "kind", "snippet", "document_id", "title", "start", "end", "rank", "page")
    return [dict(zip(keys, r)) for r in rows]


def newest_event_id(db: sqlite_utils.Database) -> int:
    """The id of the newest event (0 for none): every change is one event."""
    return db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]


def events(db: sqlite_utils.Database, limit: int = 50) -> list[dict]:
    rows = db.execute(
        "SELECT id, time, actor, action, target, payload FROM events ORDER BY id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [
        {
            "id": r[0],
            "time": r[1],
            "actor": r[2],
            "action": r[3],
            "target": r[4],
            "payload": json.loads(r[5]),
        }
        for r in rows
    ]


def documents(
    db: sqlite_utils.Database, kind: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict]:
    sql = (
        "SELECT d.id, d.kind, d.title, length(d.text), d.segmented, r.external_id, q.name, g.name "
        "FROM documents d LEFT JOIN respondents r ON r.id = d.respondent_id "
        "LEFT JOIN questions q ON q.id = d.question_id LEFT JOIN groups g ON g.id = d.group_id"
    )
    params: list[Any] = []
    if kind:
        sql += " WHERE d.kind = ?"
        params.append(kind)
    rows = db.execute(sql + " ORDER BY d.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    keys = ("id", "kind", "title", "length", "segmented", "respondent", "question", "group")
    return [dict(zip(keys, r)) for r in rows]


def page_of(db: sqlite_utils.Database, document: str, offset: str) -> str:
    """SQL for the page an offset of a document falls on (NULL for a document without pages,
    i.e. not read from a PDF, and in a file from before the ``pages`` table)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'pages'").fetchone():
        return "NULL"
    return (
        f"(SELECT p.number FROM pages p WHERE p.document_id = {document} AND p.start <= {offset} "
        "ORDER BY p.start DESC LIMIT 1)"
    )


def document(db: sqlite_utils.Database, document_id: int) -> dict | None:
    row = db.execute(
        "SELECT id, kind, title, text FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    return dict(zip(("id", "kind", "title", "text"), row)) if row else None


def segments(db: sqlite_utils.Database, document_id: int, kind: str | None = None) -> list[dict]:
    sql = (
        'SELECT s.id, s.document_id, s.kind, s.parent_id, s.ordinal, s.start, s."end", sp.name, '
        "s.time_start, s.time_end, s.n_tokens, s.lemmas, "
        'substr(d.text, s.start + 1, s."end" - s.start), '
        f"{page_of(db, 's.document_id', 's.start')} "
        "FROM segments s JOIN documents d ON d.id = s.document_id "
        "LEFT JOIN speakers sp ON sp.id = s.speaker_id WHERE s.document_id = ?"
    )
    params: list[Any] = [document_id]
    if kind:
        sql += " AND s.kind = ?"
        params.append(kind)
    keys = (
        "id",
        "document_id",
        "kind",
        "parent_id",
        "ordinal",
        "start",
        "end",
        "speaker",
        "time_start",
        "time_end",
        "n_tokens",
        "lemmas",
        "text",
        "page",
    )
    return [dict(zip(keys, r)) for r in db.execute(sql + " ORDER BY s.start, s.kind", params)]


def variables(db: sqlite_utils.Database) -> list[dict]:
    rows = db.execute(
        "SELECT name, role, type, label, value_labels FROM variables ORDER BY position"
    ).fetchall()
    return [
        {
            "name": r[0],
            "role": r[1],
            "type": r[2],
            "label": r[3],
            "value_labels": json.loads(r[4]) if r[4] else None,
        }
        for r in rows
    ]


ROLE_COLUMNS = {"id": "respondent", "stratum": "stratum", "weight": "weight"}


def role_aliases(db: sqlite_utils.Database) -> dict[str, str]:
    """The survey's own names of the id, stratum and weight columns (``--stratum stype``),
    each mapped to the respondent field it names ("respondent", "stratum", "weight")."""
    return {
        name: ROLE_COLUMNS[role]
        for name, role in db.execute(
            "SELECT name, role FROM variables WHERE role IN ('id', 'stratum', 'weight') "
            "ORDER BY position"
        )
        if name not in ROLE_COLUMNS.values()
    }


def respondents_frame(db: sqlite_utils.Database) -> pd.DataFrame:
    """One row per respondent: id, stratum, weight, the same under the survey's own names of
    those columns (so ``--by stype`` works as ``--by stratum`` does) and every survey
    variable (raw values)."""
    rows = db.execute(
        "SELECT external_id, stratum, weight, data FROM respondents ORDER BY id"
    ).fetchall()
    # one parse of all rows as a JSON array: a quarter faster than one json.loads per row
    frame = pd.DataFrame(json.loads("[" + ",".join(r[3] for r in rows) + "]"))
    fixed = {
        "respondent": [r[0] for r in rows],
        "stratum": [r[1] for r in rows],
        "weight": [r[2] for r in rows],
    }
    aliases = {
        name: fixed[field] for name, field in role_aliases(db).items() if name not in frame.columns
    }
    for position, (name, values) in enumerate([*fixed.items(), *aliases.items()]):
        frame.insert(position, name, values)
    return frame


def segments_by_id(db: sqlite_utils.Database, ids: list[int]) -> dict[int, dict]:
    """Segments by id, with their text, document title and speaker."""
    keys = (
        "id", "document_id", "kind", "start", "end", "speaker", "time_start", "title", "text",
        "page",
    )  # fmt: skip
    found: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            'SELECT s.id, s.document_id, s.kind, s.start, s."end", sp.name, s.time_start, d.title, '
            'substr(d.text, s.start + 1, s."end" - s.start), '
            f"{page_of(db, 's.document_id', 's.start')} FROM segments s "
            "JOIN documents d ON d.id = s.document_id LEFT JOIN speakers sp ON sp.id = s.speaker_id "
            f"WHERE s.id IN ({marks})",
            chunk,
        ):
            found[row[0]] = dict(zip(keys, row))
    return found


def coders(db: sqlite_utils.Database) -> list[str]:
    """Everyone with a coding (of any state) or a double-coding assignment."""
    return [
        r[0]
        for r in db.execute(
            "SELECT coder FROM codings UNION SELECT coder FROM assignments ORDER BY 1"
        )
    ]


def question_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return dict(db.execute("SELECT name, id FROM questions").fetchall())
