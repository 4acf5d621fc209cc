"""A project's members and their roles: add, change, remove, list.

A project without members is single-user: whoever opens it acts as owner (the laptop
workflow, and every file made before members existed). Adding the first member makes it a
team project, and the acting user, who was the owner until then, is recorded as its first
owner in the same event; from then on every write is checked against the acting user's role
(:meth:`workbench.core.Core.write`, the roles per action in :mod:`workbench.events`). A team
project always keeps an owner: the last one cannot be removed or demoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import InputError
from .events import LIST_MEMBERS, ROLES
from .store import members as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

RESERVED = ("consensus", "migration")  # coder names the workbench writes itself


def _name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise InputError(None, "a member needs a name")
    if clean in RESERVED or clean.startswith("model:"):
        raise InputError(None, f"{clean!r} is a name the workbench uses itself, not a member's")
    return clean


def _role(role: str) -> str:
    if role not in ROLES:
        raise InputError(None, f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def mode(core: Core) -> str:
    """ "single-user" (no members: the opener acts as owner) or "team"."""
    return "single-user" if core.single_user else "team"


def members(core: Core) -> list[dict]:
    """Every member with their role, owners first; empty for a single-user project."""
    core.require(LIST_MEMBERS)
    return sql.members(core.db)


def add(core: Core, name: str, role: str) -> dict:
    """Add ``name`` as a member with ``role`` (owners only). On a single-user project the
    acting user becomes its first owner in the same event, so it never lacks one."""
    name, role = _name(name), _role(role)
    with core.write("members-add", name) as payload:
        first = None if sql.any_member(core.db) else core.user
        if first == name and role != "owner":
            raise InputError(
                None,
                f"the first member of a project is its owner: add {name!r} as owner, "
                "or add someone else (you become the owner)",
            )
        if sql.role(core.db, name) is not None:
            raise InputError(
                None,
                f"{name!r} is a member already ({sql.role(core.db, name)}); "
                "change a role with 'members role'",
            )
        if first is not None and first != name:
            sql.put(core.db, first, "owner", payload["event_id"])
            payload["first_owner"] = first
        sql.put(core.db, name, role, payload["event_id"])
        payload.update(name=name, role=role)
    return {"name": name, "role": role, "first_owner": payload.get("first_owner")}


def _last_owner(core: Core, name: str, doing: str) -> None:
    if sql.role(core.db, name) == "owner" and sql.owners(core.db) == 1:
        raise InputError(
            None, f"{name!r} is the project's only owner: make another member owner before {doing}"
        )


def _member_role(core: Core, name: str) -> str:
    role = sql.role(core.db, name)
    if role is None:
        raise InputError(None, f"{name!r} is not a member of this project")
    return role


def remove(core: Core, name: str) -> dict:
    """Remove a member (owners only); their codings, memos and events stay theirs."""
    name = " ".join(str(name).split())
    with core.write("members-remove", name) as payload:
        role = _member_role(core, name)
        _last_owner(core, name, "removing them")
        sql.remove(core.db, name)
        payload.update(name=name, role=role)
    return {"name": name, "role": role}


def set_role(core: Core, name: str, role: str) -> dict:
    """Give a member another role (owners only)."""
    name, role = " ".join(str(name).split()), _role(role)
    with core.write("members-role", name) as payload:
        old = _member_role(core, name)
        if role != "owner":
            _last_owner(core, name, "changing their role")
        sql.put(core.db, name, role, payload["event_id"])
        payload.update(name=name, old=old, new=role)
    return {"name": name, "old": old, "new": role}
