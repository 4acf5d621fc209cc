"""SQL of the local accounts file (``accounts.sqlite`` in a server's projects folder).

One small SQLite file beside the projects, not inside any project: an account is a person
on the server, a member of any number of projects. It holds each account's password hash
(never a password), whether it is disabled, and the failed sign-in attempts per name (known
or not, so that a wrong name and a wrong password are slowed down alike).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

from .db import connect, transaction

ACCOUNTS_VERSION = 1
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


def open_accounts(path: str | Path) -> sqlite_utils.Database:
    """Connect to the accounts file at ``path``, creating its tables if it is new."""
    db = connect(path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version < ACCOUNTS_VERSION:
        db.conn.executescript(
            "BEGIN IMMEDIATE;" + SCHEMA + f"PRAGMA user_version = {ACCOUNTS_VERSION}; COMMIT;"
        )
    return db


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
    """Every account, without hashes, by name."""
    rows = db.execute(
        "SELECT name, disabled, created, changed FROM accounts ORDER BY name"
    ).fetchall()
    return [{"name": n, "disabled": bool(d), "created": c, "changed": ch} for n, d, c, ch in rows]


def insert(db: sqlite_utils.Database, name: str, password_hash: str, now: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO accounts (name, password_hash, disabled, created, changed) "
            "VALUES (?, ?, 0, ?, ?)",
            [name, password_hash, now, now],
        )


def set_hash(db: sqlite_utils.Database, name: str, password_hash: str, now: str) -> None:
    with transaction(db):
        db.execute(
            "UPDATE accounts SET password_hash = ?, changed = ? WHERE name = ?",
            [password_hash, now, name],
        )
        db.execute("DELETE FROM failures WHERE name = ?", [name])


def set_disabled(db: sqlite_utils.Database, name: str, disabled: bool, now: str) -> None:
    with transaction(db):
        db.execute(
            "UPDATE accounts SET disabled = ?, changed = ? WHERE name = ?",
            [int(disabled), now, name],
        )


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
