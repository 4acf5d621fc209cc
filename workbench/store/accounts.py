"""SQL of the local accounts file (``accounts.sqlite`` in a server's projects folder).

One small SQLite file beside the projects, not inside any project: an account is a person
on the server, a member of any number of projects. It holds each account's password hash
(never a password), whether it is disabled, the failed sign-in attempts per name (known
or not, so that a wrong name and a wrong password are slowed down alike), and the log of
what was done to accounts (version 2): each change and its log row are one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from .db import connect, transaction

ACCOUNTS_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    changed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
    name TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    last REAL NOT NULL
);
"""
# version 2: who did what to which account, and when (the accounts' audit trail)
SCHEMA_2 = """
CREATE TABLE IF NOT EXISTS log (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_name ON log(name, id);
"""
LOG_KEYS = ("id", "time", "actor", "action", "name")


def open_accounts(path: str | Path) -> sqlite_utils.Database:
    """Connect to the accounts file at ``path``, creating its tables if it is new."""
    db = connect(path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version < ACCOUNTS_VERSION:  # both idempotent: a file at version 1 gets the log
        db.conn.executescript(
            "BEGIN IMMEDIATE;"
            + SCHEMA
            + SCHEMA_2
            + f"PRAGMA user_version = {ACCOUNTS_VERSION}; COMMIT;"
        )
    return db


def _log(db: sqlite_utils.Database, now: str, actor: str, action: str, name: str) -> None:
    db.execute(
        "INSERT INTO log (time, actor, action, name) VALUES (?, ?, ?, ?)",
        [now, actor, action, name],
    )


def log(db: sqlite_utils.Database, name: str | None = None) -> list[dict[str, Any]]:
    """The log, oldest first: every entry, or those about account ``name``."""
    where, params = ("WHERE name = ?", [name]) if name is not None else ("", [])
    rows = db.execute(f"SELECT {', '.join(LOG_KEYS)} FROM log {where} ORDER BY id", params)
    return [dict(zip(LOG_KEYS, r)) for r in rows]


def get(db: sqlite_utils.Database, name: str) -> dict[str, Any] | None:
    """The account ``name`` (with its hash), or None."""
    row = db.execute(
        "SELECT name, password_hash, disabled, created, changed FROM accounts WHERE name = ?",
        [name],
    ).fetchone()
    if row is None:
        return None
    keys = ("name", "password_hash", "disabled", "created", "changed")
    return dict(zip(keys, row))


def listed(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every account, without hashes, by name, with who made it and who changed it last
    (None for what was done before the log existed)."""
    rows = db.execute(
        "SELECT a.name, a.disabled, a.created, a.changed, "
        "(SELECT actor FROM log WHERE name = a.name AND action = 'add' ORDER BY id LIMIT 1), "
        "(SELECT actor FROM log WHERE name = a.name ORDER BY id DESC LIMIT 1) "
        "FROM accounts a ORDER BY a.name"
    ).fetchall()
    keys = ("name", "disabled", "created", "changed", "created_by", "changed_by")
    return [dict(zip(keys, (n, bool(d), *rest))) for n, d, *rest in rows]


def insert(db: sqlite_utils.Database, name: str, password_hash: str, now: str, actor: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO accounts (name, password_hash, disabled, created, changed) "
            "VALUES (?, ?, 0, ?, ?)",
            [name, password_hash, now, now],
        )
        _log(db, now, actor, "add", name)


def set_hash(
    db: sqlite_utils.Database,
    name: str,
    password_hash: str,
    now: str,
    actor: str,
    action: str = "password",
) -> None:
    """A new hash (``action``: "password" set by ``actor``, or "rehash": the same password
    hashed again with newer parameters at sign-in)."""
    with transaction(db):
        db.execute(
            "UPDATE accounts SET password_hash = ?, changed = ? WHERE name = ?",
            [password_hash, now, name],
        )
        db.execute("DELETE FROM failures WHERE name = ?", [name])
        _log(db, now, actor, action, name)


def set_disabled(
    db: sqlite_utils.Database, name: str, disabled: bool, now: str, actor: str
) -> None:
    with transaction(db):
        db.execute(
            "UPDATE accounts SET disabled = ?, changed = ? WHERE name = ?",
            [int(disabled), now, name],
        )
        _log(db, now, actor, "disable" if disabled else "enable", name)


def failures(db: sqlite_utils.Database, name: str) -> tuple[int, float]:
    """(failed attempts in a row, time of the last one) for ``name``; (0, 0.0) if none."""
    row = db.execute("SELECT count, last FROM failures WHERE name = ?", [name]).fetchone()
    return (row[0], row[1]) if row else (0, 0.0)


def record_failure(db: sqlite_utils.Database, name: str, when: float) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO failures (name, count, last) VALUES (?, 1, ?) "
            "ON CONFLICT(name) DO UPDATE SET count = count + 1, last = excluded.last",
            [name, when],
        )


def clear_failures(db: sqlite_utils.Database, name: str) -> None:
    with transaction(db):
        db.execute("DELETE FROM failures WHERE name = ?", [name])
