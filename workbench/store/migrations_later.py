"""Schema versions 9 and later (kept apart so that each module stays small); the list of
every version, ``MIGRATIONS``, is in :mod:`workbench.store.migrations`."""

from __future__ import annotations

import sqlite_utils


def _v9(db: sqlite_utils.Database) -> None:
    """The LLM coder's record: every call it made (the messages sent, the request body with
    model, temperature and seed, the model the server reported, the raw answer, the codes it
    applied), per model run (kind 'suggestions', its params say ``coder: llm``)."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS llm_calls (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES model_runs(id),
            segment_id INTEGER NOT NULL REFERENCES segments(id),
            coder TEXT NOT NULL,
            request TEXT NOT NULL,
            reported_model TEXT NOT NULL DEFAULT '',
            raw_answer TEXT NOT NULL,
            content TEXT NOT NULL,
            labels TEXT NOT NULL DEFAULT '[]',
            seconds REAL,
            event_id INTEGER NOT NULL REFERENCES events(id)
        );
        CREATE INDEX IF NOT EXISTS llm_calls_run ON llm_calls(run_id, segment_id);
        CREATE INDEX IF NOT EXISTS llm_calls_coder ON llm_calls(coder, segment_id);
        """
    )


def _v10(db: sqlite_utils.Database) -> None:
    """Pages of documents read from PDFs: where each page's text starts in the document, so
    any offset (a unit, a sentence, a coding, a search hit) knows its page. Documents of
    other sources have none."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS pages (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            number INTEGER NOT NULL CHECK (number > 0),
            start INTEGER NOT NULL CHECK (start >= 0),
            PRIMARY KEY (document_id, number)
        );
        CREATE INDEX IF NOT EXISTS pages_start ON pages(document_id, start);
        """
    )


def _v11(db: sqlite_utils.Database) -> None:
    """Recordings linked to transcripts, kept in the media folder (``stored``: its name there)."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS media (id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id), filename TEXT NOT NULL,
            stored TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size > 0), event_id INTEGER NOT NULL REFERENCES events(id));
        CREATE INDEX IF NOT EXISTS media_document ON media(document_id, id);
        """
    )


def _v12(db: sqlite_utils.Database) -> None:
    """Memos that a merge moved from one code to another note the code they were written
    on (its path then); NULL for every other memo."""
    if "moved_from" not in {row[1] for row in db.execute("PRAGMA table_info(memos)")}:
        db.executescript("ALTER TABLE memos ADD COLUMN moved_from TEXT;")
