"""The code tree as loaded inside one write transaction, with the primitive changes every
codebook operation is made of (create, update, relocate, merge). Each primitive writes
through ``store.codes`` and keeps the in-memory tree in step, so an import of many codes
needs one load, and each returns what changed so that the event payload can record it.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Any

import sqlite_utils

from ..errors import InputError, ProjectError
from ..formats.codes import FIELDS, SEPARATOR, palette_color
from ..formats.refi.guids import new_guid
from ..store import codes as store

Row = dict[str, Any]


class Tree:
    """All code rows (active or not) with lookups by path, parent and GUID."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.rows: dict[int, Row] = {r["id"]: r for r in store.all_codes(db)}
        self.by_guid: dict[str, int] = {r["guid"].upper(): i for i, r in self.rows.items()}
        self._active: dict[tuple[int | None, str], int] = {
            (r["parent_id"], r["name"]): i for i, r in self.rows.items() if r["active"]
        }

    # -- reading -------------------------------------------------------------------
    def parts(self, code_id: int) -> tuple[str, ...]:
        parts: list[str] = []
        current: int | None = code_id
        while current is not None:
            if len(parts) > len(self.rows):
                raise ProjectError(f"the code tree has a cycle at code {code_id}")
            row = self.rows[current]
            parts.append(row["name"])
            current = row["parent_id"]
        return tuple(reversed(parts))

    def path(self, code_id: int) -> str:
        return SEPARATOR.join(self.parts(code_id))

    def child(self, parent_id: int | None, name: str) -> int | None:
        """The active code called ``name`` under ``parent_id`` (None: top level)."""
        return self._active.get((parent_id, name))

    def find(self, parts: tuple[str, ...]) -> int | None:
        current: int | None = None
        for name in parts:
            current = self.child(current, name)
            if current is None:
                return None
        return current

    def children(self, parent_id: int | None, *, include_inactive: bool = False) -> list[int]:
        """Direct children in display order: position, then name, then id."""
        return self._sort(
            [
                i
                for i, r in self.rows.items()
                if r["parent_id"] == parent_id and (include_inactive or r["active"])
            ]
        )

    def ordered(self, *, include_inactive: bool = False) -> list[int]:
        """Depth-first order of the whole tree."""
        kids: dict[int | None, list[int]] = {}
        for i, r in self.rows.items():
            if include_inactive or r["active"]:
                kids.setdefault(r["parent_id"], []).append(i)
        out: list[int] = []
        stack = list(reversed(self._sort(kids.get(None, []))))
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(self._sort(kids.get(current, []))))
        return out

    def _sort(self, ids: list[int]) -> list[int]:
        return sorted(ids, key=lambda i: (self.rows[i]["position"], self.rows[i]["name"], i))

    def descendants(self, code_id: int) -> set[int]:
        found: set[int] = set()
        stack = [code_id]
        while stack:
            for kid in self.children(stack.pop()):
                if kid not in found:
                    found.add(kid)
                    stack.append(kid)
        return found

    def resolve(self, path: str | int, parts: tuple[str, ...] | None = None) -> int:
        """The id of an active code, or an InputError that says what is there instead."""
        if isinstance(path, int) and not isinstance(path, bool):
            if path not in self.rows:
                raise InputError(None, f"no code with id {path}")
            return path
        if parts is None:
            text = unicodedata.normalize("NFC", str(path))
            parts = tuple(p.strip() for p in text.split(SEPARATOR))
        found = self.find(parts)
        if found is not None:
            return found
        shown = SEPARATOR.join(parts)
        gone = [i for i, r in self.rows.items() if not r["active"] and self.parts(i) == parts]
        if gone:
            row = self.rows[gone[-1]]
            if row["merged_into"] is not None:
                into = self.rows[row["merged_into"]]
                while not into["active"] and into["merged_into"] is not None:
                    into = self.rows[into["merged_into"]]
                raise InputError(None, f"code {shown!r} was merged into {self.path(into['id'])!r}")
            raise InputError(None, f"code {shown!r} was deleted")
        paths = [self.path(i) for i in self.ordered()]
        close = difflib.get_close_matches(shown, paths, n=3, cutoff=0.6)
        if not close:  # the last level may be right while the parents are not
            by_name = {self.rows[i]["name"].casefold(): self.path(i) for i in self.ordered()}
            close = [
                by_name[n]
                for n in difflib.get_close_matches(
                    parts[-1].casefold(), list(by_name), n=3, cutoff=0.75
                )
            ]
        hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
        raise InputError(None, f"no code {shown!r}{hint}")

    def snapshot(self, code_id: int) -> Row:
        """A code as the event payload records it: enough to restore it."""
        row = self.rows[code_id]
        return {**{k: row[k] for k in store.COLUMNS}, "path": self.path(code_id)}

    def next_position(self, parent_id: int | None) -> int:
        positions = [self.rows[i]["position"] for i in self.children(parent_id)]
        return max(positions) + 1 if positions else 0

    # -- changing ------------------------------------------------------------------
    def create(
        self,
        parent_id: int | None,
        name: str,
        fields: dict[str, Any] | None = None,
        guid: str | None = None,
    ) -> int:
        """A new active code at the end of its siblings; a colour from the palette if none."""
        fields = fields or {}
        code_id = store.next_code_id(self.db)
        row: Row = {
            "id": code_id,
            "parent_id": parent_id,
            "name": name,
            "label_en": fields.get("label_en"),
            "definition": fields.get("definition", ""),
            "inclusion": fields.get("inclusion", ""),
            "exclusion": fields.get("exclusion", ""),
            "examples": list(fields.get("examples", [])),
            "color": fields.get("color") or palette_color(code_id),
            "position": self.next_position(parent_id),
            "guid": guid or new_guid(),
            "active": True,
            "merged_into": None,
        }
        store.insert_code(self.db, row)
        self.rows[code_id] = row
        self.by_guid[row["guid"].upper()] = code_id
        self._active[(parent_id, name)] = code_id
        return code_id

    def ensure(self, parts: tuple[str, ...], created: list[int]) -> int | None:
        """The id of the active code at ``parts``, creating missing levels (appended to
        ``created``); None for the top level."""
        current: int | None = None
        for name in parts:
            found = self.child(current, name)
            if found is None:
                found = self.create(current, name)
                created.append(found)
            current = found
        return current

    def update(self, code_id: int, fields: dict[str, Any]) -> tuple[dict, dict]:
        """Set code fields; returns (old, new) values of the fields that really changed.
        A colour of None means 'back to the palette colour'."""
        row = self.rows[code_id]
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for key, value in fields.items():
            if key not in FIELDS:
                raise ValueError(f"not a code field: {key}")
            if key == "color" and value is None:
                value = palette_color(code_id)
            if row[key] != value:
                old[key], new[key] = row[key], value
        if new:
            store.update_code(self.db, code_id, new)
            row.update(new)
        return old, new

    def relocate(self, code_id: int, parent_id: int | None, name: str) -> dict[str, Any]:
        """Rename and/or move an active code (to the end of its new siblings); returns the
        old and new place for the payload."""
        row = self.rows[code_id]
        before = {
            "path": self.path(code_id),
            "parent_id": row["parent_id"],
            "name": row["name"],
            "position": row["position"],
        }
        changes: dict[str, Any] = {"name": name, "parent_id": parent_id}
        if parent_id != row["parent_id"]:
            changes["position"] = self.next_position(parent_id)
        del self._active[(row["parent_id"], row["name"])]
        store.update_code(self.db, code_id, changes)
        row.update(changes)
        self._active[(parent_id, name)] = code_id
        after = {
            "path": self.path(code_id),
            "parent_id": parent_id,
            "name": name,
            "position": row["position"],
        }
        return {"id": code_id, "old": before, "new": after}

    def reorder(self, parent_id: int | None, ids: list[int]) -> dict[str, Any]:
        """Give the active children of ``parent_id`` the order of ``ids`` (positions 0, 1,
        ...); returns the old and new order for the payload."""
        old = self.children(parent_id)
        if sorted(old) != sorted(ids):
            raise ValueError("reorder needs every active sibling exactly once")
        for position, code_id in enumerate(ids):
            if self.rows[code_id]["position"] != position:
                store.update_code(self.db, code_id, {"position": position})
                self.rows[code_id]["position"] = position
        return {"old": old, "new": list(ids)}

    def deactivate(self, code_id: int, merged_into: int | None = None) -> None:
        row = self.rows[code_id]
        self._active.pop((row["parent_id"], row["name"]), None)
        store.update_code(self.db, code_id, {"active": 0, "merged_into": merged_into})
        row.update(active=False, merged_into=merged_into)

    def merge(self, source: int, target: int, log: dict[str, list], event_id: int) -> None:
        """Move every coding of ``source`` to ``target`` and retire ``source``; its
        subcodes move under ``target``, or merge into a subcode of the same name there. A
        live coding the coder also has with ``target`` (same span) would be a twin: it is
        marked removed by the merge (``event_id``), not deleted. Memos on ``source`` move
        to ``target`` with their author and time, noting the code they were written on."""
        twins = store.twin_codings(self.db, source, target)
        entry = {
            "id": source,
            "path": self.path(source),
            "into": target,
            "into_path": self.path(target),
            "duplicates": len(twins),
            "twins_removed": twins,
        }
        store.remove_codings(self.db, twins, event_id)
        # retire first, so that a subcode may take the source's name under the target
        self.deactivate(source, merged_into=target)
        entry["codings"] = store.coding_ids(self.db, source)
        store.move_codings(self.db, entry["codings"], target)
        entry["memos"] = store.move_code_memos(self.db, source, target, entry["path"])
        log["merged"].append(entry)
        for kid in self.children(source):
            name = self.rows[kid]["name"]
            same = self.child(target, name)
            if same is not None:
                self.merge(kid, same, log, event_id)
            else:
                log["moved"].append(self.relocate(kid, target, name))
