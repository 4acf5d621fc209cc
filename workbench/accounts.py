"""Local accounts for a server without an identity provider (an offline installation).

An account is a user name and an Argon2id password hash (argon2-cffi, the maintained binding
of the reference implementation, with its RFC 9106 defaults) in ``accounts.sqlite`` in the
projects folder. An administrator adds, disables, enables and resets accounts on the
command line (``accounts DIR ...``); the app's sign-in form calls :meth:`Accounts.verify`.
Each of those changes is logged in the same file with who made it and when (:meth:`log`).

Passwords are never stored, logged or returned. A check takes the same work whether the
name exists or not (an unknown name is checked against a dummy hash), the comparison is the
library's constant-time one, and after :data:`FREE_ATTEMPTS` failures in a row for a name
each further attempt must wait twice as long as the last (up to :data:`MAX_WAIT` seconds).
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from .core import default_user
from .errors import InputError, WorkbenchError
from .store import accounts as store

ACCOUNTS_FILE = "accounts.sqlite"
NAME = re.compile(r"[a-z0-9][a-z0-9._@-]{0,63}")
MIN_PASSWORD = 10
FREE_ATTEMPTS = 3
MAX_WAIT = 60.0


class SignInError(WorkbenchError):
    """A sign-in refused: wrong name or password, a disabled account, or too many tries."""


@cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    return _hasher().hash("not a password of anyone")


def canonical(name: str) -> str:
    """A user name as accounts store it: trimmed and lower case."""
    return name.strip().lower()


def wait_after(failures: int) -> float:
    """Seconds a name must wait after ``failures`` failed attempts in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_WAIT)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Accounts:
    """The accounts of the projects folder ``folder`` (the file is made on first use);
    ``by``: who manages them, named in the log (default: $DUIDING_USER or the login name)."""

    def __init__(self, folder: str | Path, by: str | None = None):
        folder = Path(folder)
        if not folder.is_dir():
            raise InputError(folder, "is not a folder: the projects folder must exist")
        self.path = folder / ACCOUNTS_FILE
        self.by = by or default_user()
        self.db = store.open_accounts(self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Accounts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _known(self, name: str) -> dict[str, Any]:
        account = store.get(self.db, canonical(name))
        if account is None:
            raise InputError(self.path, f"no account {canonical(name)!r}")
        return account

    def _checked_password(self, password: str) -> str:
        if len(password) < MIN_PASSWORD:
            raise InputError(
                self.path, f"the password is too short: at least {MIN_PASSWORD} characters"
            )
        return _hasher().hash(password)

    def add(self, name: str, password: str) -> dict[str, Any]:
        """A new account ``name`` (letters, digits, ``. _ @ -``; stored in lower case)."""
        name = canonical(name)
        if not NAME.fullmatch(name):
            raise InputError(
                self.path,
                f"{name!r} is not a valid user name: 1 to 64 letters, digits, '.', '_', '@' "
                "or '-', starting with a letter or digit",
            )
        if store.get(self.db, name) is not None:
            raise InputError(self.path, f"there is already an account {name!r}")
        store.insert(self.db, name, self._checked_password(password), _now(), self.by)
        return {"name": name, "disabled": False}

    def set_password(self, name: str, password: str) -> dict[str, Any]:
        """A new password for ``name`` (and its failed attempts forgotten)."""
        account = self._known(name)
        store.set_hash(self.db, account["name"], self._checked_password(password), _now(), self.by)
        return {"name": account["name"], "disabled": bool(account["disabled"])}

    def set_disabled(self, name: str, disabled: bool = True) -> dict[str, Any]:
        """Disable ``name`` (it can no longer sign in; its work stays hers) or enable it."""
        account = self._known(name)
        store.set_disabled(self.db, account["name"], disabled, _now(), self.by)
        return {"name": account["name"], "disabled": disabled}

    def list(self) -> list[dict[str, Any]]:
        """Every account: name, disabled, created, changed, created_by, changed_by (never
        a hash)."""
        return store.listed(self.db)

    def log(self, name: str | None = None) -> list[dict[str, Any]]:
        """What was done to the accounts (or to account ``name``), oldest first: time,
        actor, action (add, password, disable, enable; rehash: the same password hashed
        with newer parameters as its owner signed in) and the account's name."""
        if name is not None:
            return store.log(self.db, self._known(name)["name"])
        return store.log(self.db)

    def verify(self, name: str, password: str, *, clock=time.time) -> str:
        """The account's name if ``password`` is its password and it may sign in; else
        :class:`SignInError` with one line (which does not say whether the name exists)."""
        from argon2.exceptions import InvalidHashError, VerificationError

        name = canonical(name)
        count, last = store.failures(self.db, name)
        wait = wait_after(count) - (clock() - last)
        if wait > 0:
            raise SignInError(f"too many failed attempts: try again in {int(wait) + 1} s")
        account = store.get(self.db, name) if NAME.fullmatch(name) else None
        try:
            _hasher().verify(account["password_hash"] if account else _dummy_hash(), password)
            matched = account is not None
        except (VerificationError, InvalidHashError):
            matched = False
        if not matched:
            store.record_failure(self.db, name, clock())
            raise SignInError("wrong user name or password")
        store.clear_failures(self.db, name)
        if account["disabled"]:
            raise SignInError(f"the account {name!r} is disabled: ask the administrator")
        if _hasher().check_needs_rehash(account["password_hash"]):
            store.set_hash(self.db, name, _hasher().hash(password), _now(), name, "rehash")
        return name
