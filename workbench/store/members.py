"""SQL of a project's members and their roles (table ``members``, schema version 8)."""

from __future__ import annotations

import sqlite3

import sqlite_utils

# A file kept at an older schema (a migration test opens one) has no members table: it is
# single-user, as every file made before members existed. (Another program's SQLite file
# with a table of that name but other columns is refused later as no project.)
NO_TABLE = ("no such table: members", "no such column: role", "no such column: name")


def members(db: sqlite_utils.Database) -> list[dict]:
    """Every member with their role, owners first, then by name."""
    rows = db.execute(
        "SELECT name, role FROM members "
        "ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'coder' THEN 1 ELSE 2 END, name"
    ).fetchall()
    return [{"name": name, "role": role} for name, role in rows]


def any_member(db: sqlite_utils.Database) -> bool:
    """True when the project has members (a team project); False: single-user."""
    return standing(db, "")[0]


def role(db: sqlite_utils.Database, name: str) -> str | None:
    """The member's role, or None when ``name`` is not a member."""
    return standing(db, name)[1]


def standing(db: sqlite_utils.Database, name: str) -> tuple[bool, str | None]:
    """(whether the project has members, ``name``'s role or None), in one query: what every
    checked write asks."""
    try:
        team, role = db.execute(
            "SELECT EXISTS (SELECT 1 FROM members), (SELECT role FROM members WHERE name = ?)",
            [name],
        ).fetchone()
    except sqlite3.OperationalError as error:
        if not str(error).startswith(NO_TABLE):
            raise
        return False, None
    return bool(team), role


def owners(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM members WHERE role = 'owner'").fetchone()[0]


def put(db: sqlite_utils.Database, name: str, role: str, event_id: int) -> None:
    """Add a member or change their role (inside the caller's write)."""
    db.execute(
        "INSERT INTO members (name, role, event_id) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET role = excluded.role, event_id = excluded.event_id",
        [name, role, event_id],
    )


def remove(db: sqlite_utils.Database, name: str) -> None:
    db.execute("DELETE FROM members WHERE name = ?", [name])
