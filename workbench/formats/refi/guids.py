"""GUIDs as REFI-QDA writes them (upper case, no braces), checked and made.

Codes keep the GUID they were created or imported with. Everything else an export names
(documents, cases, codings, notes, ...) gets uuid5 of a per-project namespace and a
natural key (never a row id), so the same project state always gets the same GUIDs, also
after an export -> import round trip (the import keeps the namespace in the project
setting ``refi_namespace``).
"""

from __future__ import annotations

import re
import uuid

# REFI-QDA GUIDType (Codebook.xsd and Project.xsd): 8-4-4-4-12 hex digits, braces optional
_GUID = re.compile(
    r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?"
)


def new_guid() -> str:
    """A random GUID as REFI-QDA tools write them: upper case, no braces."""
    return str(uuid.uuid4()).upper()


def clean_guid(value: str) -> str | None:
    """A GUID in our canonical form (upper case, no braces), or None if it is not one."""
    match = _GUID.fullmatch(value.strip())
    if not match or value.strip().startswith("{") != value.strip().endswith("}"):
        return None
    return match.group(1).upper()


def guid_key(value: str | None) -> str:
    """A GUID in canonical form for lookups (other text stays, upper-cased)."""
    value = (value or "").strip()
    return clean_guid(value) or value.upper()


def namespace_for(name: str, created: str | None) -> uuid.UUID:
    """The GUID namespace of a project that has none stored: from its name and creation."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"duiding:project:{name}\x1f{created or ''}")


def make_guid(namespace: uuid.UUID, *key: object) -> str:
    """A GUID as REFI-QDA tools write them (upper case) for a natural key."""
    return str(uuid.uuid5(namespace, "\x1f".join(str(k) for k in key))).upper()
