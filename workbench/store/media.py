"""SQL for media files linked to transcript documents (see :mod:`workbench.media`)."""

from __future__ import annotations

import sqlite_utils

_KEYS = ("id", "document_id", "filename", "stored", "format", "sha256", "size", "event_id")


def transcript_documents(db: sqlite_utils.Database, group: str) -> list[dict]:
    """The transcript documents of a focus group: id, title, how many turns have a time and
    the last start time."""
    rows = db.execute(
        "SELECT d.id, d.title, (SELECT count(*) FROM segments s WHERE s.document_id = d.id "
        "AND s.kind = 'turn' AND s.time_start IS NOT NULL), "
        "(SELECT max(s.time_start) FROM segments s WHERE s.document_id = d.id) "
        "FROM documents d JOIN groups g ON g.id = d.group_id "
        "WHERE g.name = ? AND d.kind = 'transcript' ORDER BY d.id",
        [group],
    ).fetchall()
    return [dict(zip(("id", "title", "timed", "last"), row)) for row in rows]


def document(db: sqlite_utils.Database, document_id: int) -> dict | None:
    """A document's kind, title, group name and how many turns have a time."""
    row = db.execute(
        "SELECT d.id, d.kind, d.title, g.name, (SELECT count(*) FROM segments s "
        "WHERE s.document_id = d.id AND s.kind = 'turn' AND s.time_start IS NOT NULL), "
        "(SELECT max(s.time_start) FROM segments s WHERE s.document_id = d.id) "
        "FROM documents d LEFT JOIN groups g ON g.id = d.group_id WHERE d.id = ?",
        [document_id],
    ).fetchone()
    return dict(zip(("id", "kind", "title", "group", "timed", "last"), row)) if row else None


def add_media(db: sqlite_utils.Database, row: dict) -> int:
    cursor = db.execute(
        "INSERT INTO media (document_id, filename, stored, format, sha256, size, event_id) "
        "VALUES (:document_id, :filename, :stored, :format, :sha256, :size, :event_id)",
        row,
    )
    return cursor.lastrowid


def media(db: sqlite_utils.Database, document_id: int | None = None) -> list[dict]:
    """The newest link of each document (a later link replaces an earlier one)."""
    where = "WHERE m.document_id = ?" if document_id is not None else ""
    rows = db.execute(
        f"SELECT {', '.join('m.' + k for k in _KEYS)} FROM media m "
        "JOIN (SELECT document_id, max(id) AS id FROM media GROUP BY document_id) newest "
        f"ON newest.id = m.id {where} ORDER BY m.document_id",
        [document_id] if document_id is not None else [],
    ).fetchall()
    return [dict(zip(_KEYS, row)) for row in rows]
