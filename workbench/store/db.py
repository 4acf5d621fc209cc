"""Connections and transactions for a project file.

A project is one SQLite file in WAL mode with foreign keys on. Writers take the write lock
at the start of a transaction (``BEGIN IMMEDIATE``), so two processes writing at once queue
up instead of failing half-way, and a killed process leaves only committed transactions.
"""

from __future__ import annotations

import contextlib
import os
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


def backup(db: sqlite_utils.Database, target: Path) -> dict:
    """Copy the open project to ``target``, a file that must not exist yet, with SQLite's
    online backup API: all pages in one step under one read transaction, so the copy is
    the file as of one moment while other processes go on writing (WAL lets them). The
    new file is made exclusively (mode 0600: a project holds personal data), checked, and
    removed again if anything fails. Returns the copy's size and newest event id."""
    handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # FileExistsError
    os.close(handle)
    try:
        copy = sqlite3.connect(str(target))
        try:
            db.conn.backup(copy)
            [check] = copy.execute("PRAGMA quick_check").fetchone()
            [newest] = copy.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
        finally:
            copy.close()
        if check != "ok":
            raise sqlite3.DatabaseError(f"the copy fails SQLite's check: {check}")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return {"bytes": target.stat().st_size, "newest_event": newest}
