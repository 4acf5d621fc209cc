"""The public codebook API: read the code tree, change it, import and export it.

Every change is one ``Core.write("codebook-<verb>", path)``: one transaction, one event
whose payload holds the old and new values (and the ids of codings that moved), and one
increment of the codebook version. A change that changes nothing writes nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..events import READ_TEXT
from ..formats.codes import SEPARATOR, Document, clean_fields, clean_name, split_path
from ..store import codes as store
from . import _formats, _history
from ._tree import Tree

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core


@dataclass(frozen=True)
class Code:
    """One code. ``path`` joins the names from the top level down with '/'."""

    id: int
    path: str
    name: str
    parent_id: int | None
    label_en: str | None
    definition: str
    inclusion: str
    exclusion: str
    examples: list[str]
    color: str | None
    position: int
    guid: str
    active: bool
    merged_into: int | None = None

    @property
    def depth(self) -> int:
        """0 for a top-level code."""
        return self.path.count(SEPARATOR)


class _Unchanged(Exception):
    """Raised inside a write to roll it back (event row included) when nothing changed."""


def _checked(check: Any, *args: Any) -> Any:
    """Run a field check; its ValueError becomes an InputError (no file: an API call)."""
    try:
        return check(*args)
    except ValueError as exc:
        raise InputError(None, str(exc)) from None


class Codebook:
    """The code tree of one project."""

    def __init__(self, core: Core) -> None:
        self.core = core

    # -- reading -------------------------------------------------------------------
    @property
    def version(self) -> int:
        """Goes up by one with every change to the codebook; exports name it."""
        return store.codebook_version(self.core.db)

    def _tree(self) -> Tree:
        """The code tree, read once per project state (a page asks for codes by path many
        times; each read loads every code row); shared, so readers must not change it."""
        return self.core.memo(("codebook_tree",), lambda: Tree(self.core.db))

    @staticmethod
    def _code(tree: Tree, code_id: int) -> Code:
        row = tree.rows[code_id]
        return Code(
            id=code_id,
            path=tree.path(code_id),
            name=row["name"],
            parent_id=row["parent_id"],
            label_en=row["label_en"],
            definition=row["definition"],
            inclusion=row["inclusion"],
            exclusion=row["exclusion"],
            examples=list(row["examples"]),
            color=row["color"],
            position=row["position"],
            guid=row["guid"],
            active=row["active"],
            merged_into=row["merged_into"],
        )

    def codes(self, *, include_inactive: bool = False) -> list[Code]:
        """Every code in depth-first tree order (siblings by position, then name)."""
        tree = self._tree()
        return [self._code(tree, i) for i in tree.ordered(include_inactive=include_inactive)]

    def get(self, path_or_id: str | int) -> Code:
        """A code by path (active codes) or by id (any code); InputError if unknown."""
        tree = self._tree()
        return self._code(tree, tree.resolve(path_or_id))

    def coding_counts(self) -> dict[str, int]:
        """path -> number of live codings (human or accepted, not removed), every active code."""
        tree = self._tree()
        counts = store.live_counts(self.core.db, self.core.reader)
        return {tree.path(i): counts.get(i, 0) for i in tree.ordered()}

    def tree(self, *, include_counts: bool = False) -> list[dict]:
        """Active codes as nested dicts (``children`` lists), for display and export.
        ``include_counts`` adds ``codings`` (live codings of the code itself)."""
        tree = self._tree()
        counts = store.live_counts(self.core.db, self.core.reader) if include_counts else {}
        nodes: dict[int, dict] = {}
        top: list[dict] = []
        for code_id in tree.ordered():
            row = tree.rows[code_id]
            node = {
                key: row[key]
                for key in (
                    "id",
                    "name",
                    "label_en",
                    "definition",
                    "inclusion",
                    "exclusion",
                    "color",
                    "guid",
                    "position",
                )
            }
            node.update(path=tree.path(code_id), examples=list(row["examples"]), children=[])
            if include_counts:
                node["codings"] = counts.get(code_id, 0)
            nodes[code_id] = node
            (nodes[row["parent_id"]]["children"] if row["parent_id"] else top).append(node)
        return top

    # -- changing ------------------------------------------------------------------
    @contextlib.contextmanager
    def _change(self, verb: str, target: str) -> Iterator[tuple[Tree, dict]]:
        """One codebook change: a transaction, an event, a version bump. Raising
        _Unchanged inside rolls all of it back quietly."""
        try:
            with self.core.write(f"codebook-{verb}", target) as payload:
                tree = Tree(self.core.db)  # under the write lock: no one changes it meanwhile
                yield tree, payload
                payload["version"] = store.bump_version(self.core.db)
        except _Unchanged:
            pass

    def add(
        self,
        path: str,
        *,
        definition: str = "",
        inclusion: str = "",
        exclusion: str = "",
        examples: Sequence[str] = (),
        color: str | None = None,
        label_en: str | None = None,
    ) -> Code:
        """Add a code; missing parents ('Vormen' for 'Vormen/Grappen') are created too."""
        parts = _checked(split_path, path)
        fields = _checked(
            clean_fields,
            {
                "definition": definition,
                "inclusion": inclusion,
                "exclusion": exclusion,
                "examples": list(examples),
                "color": color,
                "label_en": label_en,
            },
        )
        shown = SEPARATOR.join(parts)
        with self._change("add", shown) as (tree, payload):
            if tree.find(parts) is not None:
                raise InputError(None, f"code {shown!r} already exists (change it with update)")
            created: list[int] = []
            parent = tree.ensure(parts[:-1], created)
            code_id = tree.create(parent, parts[-1], fields)
            payload["created"] = [tree.snapshot(i) for i in [*created, code_id]]
        return self.get(code_id)

    def update(self, path: str, **fields: Any) -> Code:
        """Change definition, inclusion, exclusion, examples, color and/or label_en.
        ``color=None`` gives the code its palette colour back."""
        clean = _checked(clean_fields, fields)
        with self._change("update", path) as (tree, payload):
            code_id = tree.resolve(path)
            old, new = tree.update(code_id, clean)
            if not new:
                raise _Unchanged
            payload.update(id=code_id, path=tree.path(code_id), old=old, new=new)
        return self.get(code_id)

    def rename(self, path: str, new_name: str) -> Code:
        """Give a code another name; its GUID, codings and subcodes stay."""
        name = _checked(clean_name, new_name)
        with self._change("rename", path) as (tree, payload):
            code_id = tree.resolve(path)
            parent = tree.rows[code_id]["parent_id"]
            if tree.rows[code_id]["name"] == name:
                raise _Unchanged
            other = tree.child(parent, name)
            if other is not None:
                raise InputError(
                    None,
                    f"cannot rename {tree.path(code_id)!r}: {tree.path(other)!r} already exists",
                )
            payload.update(tree.relocate(code_id, parent, name))
        return self.get(code_id)

    def move(self, path: str, new_parent: str | None) -> Code:
        """Move a code (with its subcodes) under ``new_parent``; None: to the top level."""
        with self._change("move", path) as (tree, payload):
            code_id = tree.resolve(path)
            parent = tree.resolve(new_parent) if new_parent not in (None, "") else None
            row = tree.rows[code_id]
            if parent is not None and (parent == code_id or parent in tree.descendants(code_id)):
                raise InputError(
                    None,
                    f"cannot move {tree.path(code_id)!r} under "
                    f"{tree.path(parent)!r}: that is the code itself or "
                    "one of its own subcodes",
                )
            if parent == row["parent_id"]:
                raise _Unchanged
            other = tree.child(parent, row["name"])
            if other is not None:
                raise InputError(
                    None,
                    f"cannot move {tree.path(code_id)!r}: {tree.path(other)!r}"
                    " already exists (merge them instead?)",
                )
            payload.update(tree.relocate(code_id, parent, row["name"]))
        return self.get(code_id)

    def merge(self, source: str, target: str) -> dict:
        """Merge ``source`` into ``target``: all codings of source (whatever their state)
        become target's; source's subcodes move under target, or merge into target's
        subcode of the same name. Source stays in the project, inactive, with
        ``merged_into`` = target. The event payload lists every moved coding id; a coding
        the coder also has with target on the same span is marked removed (no twins).
        Source's memos move to target (author and time kept, ``moved_from`` names source)."""
        with self._change("merge", str(source)) as (tree, payload):
            source_id, target_id = tree.resolve(source), tree.resolve(target)
            if source_id == target_id:
                raise InputError(None, f"cannot merge {tree.path(source_id)!r} into itself")
            if target_id in tree.descendants(source_id):
                raise InputError(
                    None,
                    f"cannot merge {tree.path(source_id)!r} into its own "
                    f"subcode {tree.path(target_id)!r}",
                )
            log: dict[str, list] = {"merged": [], "moved": []}
            result = {"source": tree.path(source_id), "target": tree.path(target_id)}
            tree.merge(source_id, target_id, log, payload["event_id"])
            result.update(
                codings=sum(len(m["codings"]) for m in log["merged"]),
                memos=sum(len(m["memos"]) for m in log["merged"]),
                codes=len(log["merged"]),
                children=len(log["moved"]),
                duplicates=sum(m["duplicates"] for m in log["merged"]),
            )
            payload.update(result, merged=log["merged"], moved=log["moved"])
        return result

    def reorder(self, parent: str | None, names: Sequence[str]) -> list[Code]:
        """Put the subcodes of ``parent`` (None or '': the top-level codes) in the order of
        ``names``, which names each of them once; exports and the tree follow it."""
        with self._change("reorder", parent or "(top level)") as (tree, payload):
            parent_id = tree.resolve(parent) if parent not in (None, "") else None
            kids = tree.children(parent_id)
            by_name = {tree.rows[i]["name"]: i for i in kids}
            wanted = [_checked(clean_name, n) for n in names]
            unknown = [n for n in wanted if n not in by_name]
            where = repr(tree.path(parent_id)) if parent_id is not None else "the top level"
            if unknown:
                raise InputError(None, f"no code {unknown[0]!r} under {where}")
            missing = [n for n in by_name if n not in wanted]
            if missing or len(set(wanted)) != len(wanted):
                raise InputError(
                    None,
                    f"the new order must name every code under {where} once"
                    + (f" (missing {', '.join(map(repr, missing))})" if missing else ""),
                )
            self._order(tree, payload, parent_id, [by_name[n] for n in wanted])
        return [self.get(by_name[n]) for n in wanted]

    def place(
        self,
        path: str,
        *,
        before: str | None = None,
        after: str | None = None,
        position: int | None = None,
    ) -> Code:
        """Move a code among its siblings: just before or after a sibling (its name or
        path), or to ``position`` (1 = first; past the end = last). Exactly one of them."""
        if sum(x is not None for x in (before, after, position)) != 1:
            raise InputError(None, "give exactly one of before, after or position")
        if position is not None and (isinstance(position, bool) or position < 1):
            raise InputError(None, f"position must be a whole number from 1, not {position!r}")
        with self._change("reorder", path) as (tree, payload):
            code_id = tree.resolve(path)
            parent_id = tree.rows[code_id]["parent_id"]
            order = [i for i in tree.children(parent_id) if i != code_id]
            if position is not None:
                index = min(position - 1, len(order))
            else:
                sibling = self._sibling(tree, code_id, before if before is not None else after)
                index = order.index(sibling) + (after is not None)
            order.insert(index, code_id)
            self._order(tree, payload, parent_id, order, code_id)
        return self.get(code_id)

    def move_up(self, path: str) -> Code:
        """One place earlier among its siblings (the first stays first: nothing written)."""
        code = self.get(path)
        siblings = [c for c in self.codes() if c.parent_id == code.parent_id]
        index = next(n for n, c in enumerate(siblings) if c.id == code.id)
        return self.place(path, position=max(index, 1))

    def move_down(self, path: str) -> Code:
        """One place later among its siblings (the last stays last: nothing written)."""
        code = self.get(path)
        siblings = [c for c in self.codes() if c.parent_id == code.parent_id]
        index = next(n for n, c in enumerate(siblings) if c.id == code.id)
        return self.place(path, position=index + 2)

    @staticmethod
    def _sibling(tree: Tree, code_id: int, name: str) -> int:
        parent_id = tree.rows[code_id]["parent_id"]
        found = tree.child(parent_id, _checked(clean_name, name)) if SEPARATOR not in name else None
        if found is None:
            found = tree.resolve(name)
            if tree.rows[found]["parent_id"] != parent_id:
                raise InputError(
                    None, f"{tree.path(found)!r} is not a sibling of {tree.path(code_id)!r}"
                )
        if found == code_id:
            raise InputError(None, f"cannot place {tree.path(code_id)!r} next to itself")
        return found

    @staticmethod
    def _order(
        tree: Tree, payload: dict, parent_id: int | None, ids: list[int], code_id: int | None = None
    ) -> None:
        if ids == tree.children(parent_id):
            raise _Unchanged
        parent = tree.path(parent_id) if parent_id is not None else None
        if code_id is not None:
            payload.update(id=code_id, path=tree.path(code_id))
        payload.update(parent=parent, **tree.reorder(parent_id, ids))

    def history(self, path_or_id: str | int) -> list[dict]:
        """Every change to a code from the event log, oldest first, each with the user who
        made it and when: created, edited, renamed, moved, reordered, merged, split, deleted,
        memos written, and per coder the codings applied with it. Followed by the code's
        id, so renames and moves keep its history."""
        code_id = self.get(path_or_id).id
        return _history.history(
            code_id, store.code_events(self.core.db), store.coding_events(self.core.db, [code_id])
        )

    def split(self, path: str, new_name: str, coding_ids: Sequence[int], **fields: Any) -> Code:
        """Make a sibling code ``new_name`` and move the given codings of ``path`` to it."""
        name = _checked(clean_name, new_name)
        clean = _checked(clean_fields, fields)
        ids = list(dict.fromkeys(coding_ids))
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise InputError(None, "coding ids must be whole numbers")
        with self._change("split", path) as (tree, payload):
            code_id = tree.resolve(path)
            parent = tree.rows[code_id]["parent_id"]
            other = tree.child(parent, name)
            if other is not None:
                raise InputError(None, f"cannot split into {tree.path(other)!r}: it already exists")
            owners = store.coding_codes(self.core.db, ids)
            missing = [i for i in ids if i not in owners]
            if missing:
                raise InputError(None, f"no coding with id {', '.join(map(str, missing[:10]))}")
            foreign = [i for i in ids if owners[i] != code_id]
            if foreign:
                raise InputError(
                    None,
                    f"coding {', '.join(map(str, foreign[:10]))} does not "
                    f"belong to {tree.path(code_id)!r}",
                )
            new_id = tree.create(parent, name, clean)
            store.move_codings(self.core.db, ids, new_id)
            payload.update(
                id=code_id, path=tree.path(code_id), created=tree.snapshot(new_id), codings=ids
            )
        return self.get(new_id)

    def delete(self, path: str) -> None:
        """Retire a code that has no codings (in any state) and no subcodes. It stays in
        the project as an inactive row, so the history can still name it."""
        with self._change("delete", path) as (tree, payload):
            code_id = tree.resolve(path)
            shown = tree.path(code_id)
            kids = tree.children(code_id)
            if kids:
                raise InputError(
                    None,
                    f"cannot delete {shown!r}: it has {len(kids)} subcode(s);"
                    " merge it into another code instead (merge keeps them)",
                )
            codings = store.coding_ids(self.core.db, code_id)
            if codings:
                raise InputError(
                    None,
                    f"cannot delete {shown!r}: it has {len(codings)} coding(s);"
                    " merge it into another code instead (merge keeps them)",
                )
            payload["deleted"] = tree.snapshot(code_id)
            tree.deactivate(code_id)

    # -- files ---------------------------------------------------------------------
    def import_file(
        self, path: str | Path, format: str | None = None, *, dotted_levels: bool | None = None
    ) -> dict:
        """Merge a codebook file (yaml, csv, qdc/qde/qdpx) into this codebook: codes at
        paths that exist are updated with the fields the file gives, others are added
        (a .qdc code whose GUID is known follows it: renamed/moved to the file's path).
        Other tools' CSV layouts are read too (see _csv.py). ``dotted_levels`` reads "." in
        names as levels (default: only for Taguette's files). All or nothing; returns
        counts of added, updated and unchanged codes, and warnings."""
        path = Path(path)
        fmt = _formats.detect(path, format, export=False)
        parsed = _formats.read(path, fmt, dotted_levels)
        result: dict[str, Any] = {
            "file": str(path),
            "format": fmt,
            "added": 0,
            "updated": 0,
            "unchanged": 0,
            "warnings": parsed.warnings,
        }
        with self._change("import", path.name) as (tree, payload):
            log = _formats.apply(tree, parsed, path)
            result.update(
                added=len(log["added"]), updated=len(log["updated"]), unchanged=log["unchanged"]
            )
            if not log["added"] and not log["updated"]:
                raise _Unchanged
            payload.update(format=fmt, warnings=parsed.warnings, **log)
        result["version"] = self.version
        return result

    def export_file(
        self,
        path: str | Path,
        format: str | None = None,
        redact: Callable[[str], str] | None = None,
    ) -> Path:
        """Write the active codebook as yaml, csv, qdc (REFI-QDA), md or docx. The same
        codebook state always gives the same bytes; the file names project and version.
        ``redact`` (e.g. privacy.redact) is applied to the example quotes; without it the
        quotes are as stored, which a viewer may not read (PermissionDenied)."""
        if redact is None:
            self.core.require(READ_TEXT)
        path = Path(path)
        fmt = _formats.detect(path, format, export=True)
        if not path.parent.is_dir():
            raise InputError(path, f"folder {path.parent} does not exist")
        settings = self.core.settings
        document = Document(
            project=settings.get("name", self.core.path.stem),
            language=settings.get("language", "nl"),
            version=self.version,
            codes=self.tree() if redact is None else _redacted(self.tree(), redact),
            changed=store.last_change(self.core.db),
        )
        _formats.write(path, fmt, document)
        return path


def _redacted(nodes: list[dict], redact: Callable[[str], str]) -> list[dict]:
    return [
        {
            **node,
            "examples": [redact(e) for e in node["examples"]],
            "children": _redacted(node["children"], redact),
        }
        for node in nodes
    ]
