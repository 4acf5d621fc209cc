"""Connections and transactions for a project file.

A project is one SQLite file in WAL mode with foreign keys on. Writers take the write lock
at the start of a transaction (``BEGIN IMMEDIATE``), so two processes writing at once queue
up instead of failing half-way, and a killed process leaves only committed transactions.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 30_000
PAGE_SIZE = 8192  # new files: fewer, fuller pages than SQLite's 4096 make bulk writes cheaper


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open ``path`` (created if absent) with the pragmas every project connection needs."""
    new = not Path(path).exists() or Path(path).stat().st_size == 0
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    if new:  # only an empty file takes a page size (before WAL mode is set)
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: all of it is committed, or none of it (also on KeyboardInterrupt).

    Nested calls become savepoints through sqlite-utils' ``atomic()``.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
