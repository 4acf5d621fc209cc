"""The core every domain module stands on: one open project file.

A :class:`Core` holds the connection, the acting user, the one write operation (one
transaction that appends one event, so the file is never half-changed and the events table
is a complete audit trail), the settings, and what is cached per project state (the
respondent frame, the facts figures are built from). Domain modules take a core and import
their peers directly; only the facade (:mod:`workbench.project`) wraps it for users.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import sqlite_utils

from . import events
from .errors import PermissionDenied, ProjectError
from .store import db as store_db
from .store import members, migrations, queries, records

T = TypeVar("T")
Progress = Callable[[int, int], None]


def default_user() -> str:
    """Who is working: $DUIDING_USER, else the login name."""
    try:
        return os.environ.get("DUIDING_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Core:
    """An open project file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: str | Path, db: sqlite_utils.Database, user: str | None = None):
        self.path = Path(path)
        self.db = db
        self.user = user or default_user()
        self._memo: tuple[int, dict] | None = None
        self.analyser: Any = None  # NLP workers started ahead of segmenting (segmentation)

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str | None = None,
        language: str = "nl",
        user: str | None = None,
    ) -> Core:
        """Create a new, empty project file; refuses to touch an existing file."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; open it, or choose another name")
        if not path.parent.is_dir():
            raise ProjectError(f"{path}: folder {path.parent} does not exist")
        core = cls(path, store_db.connect(path), user)
        migrations.migrate(core.db)
        with core.write("create", str(path.name)) as payload:
            records.set_setting(core.db, "name", name or path.stem)
            records.set_setting(core.db, "language", language)
            records.set_setting(core.db, "created", records.now())
            payload.update({"name": name or path.stem, "language": language})
        return core

    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None) -> Core:
        """Open an existing project file, migrating it to the current schema if needed."""
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"{path}: no such project file (create one with 'init')")
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise ProjectError(f"{path}: not a project file (not an SQLite database)")
        core = cls(path, store_db.connect(path), user)
        if members.standing(core.db, core.user) == (True, None):  # before any migration
            core.close()
            raise PermissionDenied(path.name, core.user, None, "open this project")
        migrations.migrate(core.db)
        if "name" not in queries.settings(core.db):
            core.close()
            raise ProjectError(f"{path}: an SQLite file, but not a Duiding project")
        return core

    def close(self) -> None:
        """Stop the NLP workers started for this project, if any, then close the file."""
        self.stop_analyser()
        self.db.close()

    def stop_analyser(self) -> None:
        """Stop the NLP workers started ahead of segmenting (see segmentation.start_nlp)."""
        if self.analyser is not None:
            self.analyser, analyser = None, self.analyser
            analyser.close()

    def __enter__(self) -> Core:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- who is acting, and what they may do -------------------------------------------------
    @property
    def single_user(self) -> bool:
        """True for a project without members: whoever opens it acts as its owner (the
        laptop workflow, and every project made before members existed)."""
        return not members.any_member(self.db)

    @property
    def role(self) -> str | None:
        """The acting user's role: theirs as a member, "owner" in a single-user project,
        None for someone who is not a member of a team project."""
        if self.single_user:
            return "owner"
        return members.role(self.db, self.user)

    def require(self, what: str) -> None:
        """Refuse (PermissionDenied) unless the acting user may ``what``: an event action or
        a read named in :data:`workbench.events.READS`. Every member may all in a
        single-user project."""
        team, role = members.standing(self.db, self.user)
        if team and not events.may(role, what):
            raise PermissionDenied(self.path.name, self.user, role, events.refusal(what))

    @property
    def reader(self) -> str | None:
        """Whose view of the codings is blind to others' work on the units of open
        double-coding samples (store.codings.blind): the acting user, unless they own the
        project (an owner, or anyone in a single-user project, sees everything: None)."""
        return None if self.role == "owner" else self.user

    def coder(self, name: str | None = None) -> str:
        """Who a coding, memo or decision is attributed to: ``name``, by default the acting
        user. In a project with members it can only be the acting user: work is never
        attributed to someone else (PermissionDenied names both)."""
        if not name or name == self.user:
            return self.user
        if not self.single_user:
            role = members.role(self.db, self.user)
            raise PermissionDenied(self.path.name, self.user, role, f"act as {name!r}")
        return name

    def _check(self, action: str, actor: str | None) -> None:
        """Inside the write transaction (so a role changed meanwhile counts): the acting
        user may write ``action``, as themselves."""
        if actor is not None and actor != self.user:
            self.coder(actor)
        self.require(action)

    @contextlib.contextmanager
    def write(
        self, action: str, target: str | None = None, actor: str | None = None
    ) -> Iterator[dict]:
        """One transaction + one event by ``actor`` (default: the user); the caller fills
        the yielded payload, which is stored with the event when the block ends. ``action``
        must be declared in :mod:`workbench.events` (a ValueError names it otherwise). In a
        project with members the acting user must hold the action's role and ``actor``
        can only be them (PermissionDenied otherwise, before anything is written)."""
        events.declared(action)
        with store_db.transaction(self.db):
            self._check(action, actor)
            event_id = records.add_event(self.db, actor or self.user, action, target, {})
            payload: dict[str, Any] = {"event_id": event_id}
            yield payload
            payload.pop("event_id")
            records.set_event_payload(self.db, event_id, payload)

    def backup(self, target: str | Path) -> dict:
        """A consistent copy of the project in the new file ``target`` (owners), made with
        SQLite's online backup while others may be writing; refuses an existing file
        (ProjectError, nothing written). Not an event: the project is not changed."""
        self.require(events.BACKUP)
        target = Path(target)
        if not target.parent.is_dir():
            raise ProjectError(f"{target}: folder {target.parent} does not exist")
        try:
            made = store_db.backup(self.db, target)
        except FileExistsError:
            raise ProjectError(
                f"{target}: already exists; nothing was written (choose a new file name)"
            ) from None
        return {"project": str(self.path), "path": str(target), **made}

    @property
    def settings(self) -> dict[str, str]:
        return queries.settings(self.db)

    @property
    def language(self) -> str:
        return self.settings.get("language", "nl")

    def memo(self, key: tuple, make: Callable[[], T]) -> T:
        """``make()``, kept per project state (the newest event id): a page or an export
        asks for the same facts many times, and every change makes a new state. Inside a
        write the state is not final yet, so nothing is kept. Callers must not change what
        they get (copy it first)."""
        if self.db.conn.in_transaction:
            return make()
        state = queries.newest_event_id(self.db)
        if self._memo is None or self._memo[0] != state:
            self._memo = (state, {})
        cache = self._memo[1]
        if key not in cache:
            cache[key] = make()
        return cache[key]

    def respondents(self) -> pd.DataFrame:
        """One row per respondent with stratum, weight and every survey variable (a copy;
        read once per project state, since every estimate needs it)."""
        return self.memo(("respondents",), lambda: queries.respondents_frame(self.db)).copy()
