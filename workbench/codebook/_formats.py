"""Which format a file is, reading it into entries, merging entries into the tree, and
writing a codebook document out. The format modules only parse and render."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..formats.codes import SEPARATOR, Document, Parsed
from ._tree import Tree

EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".csv": "csv",
    ".qdc": "qdc",
    ".xml": "qdc",
    ".qde": "qdc",
    ".qdpx": "qdc",
    ".md": "md",
    ".docx": "docx",
}
READABLE = ("yaml", "csv", "qdc")
WRITABLE = ("yaml", "csv", "qdc", "md", "docx")


def detect(path: Path, format: str | None, *, export: bool) -> str:
    allowed = WRITABLE if export else READABLE
    fmt = (format or EXTENSIONS.get(path.suffix.lower(), "")).lower().lstrip(".")
    fmt = {"yml": "yaml", "qde": "qdc", "qdpx": "qdc", "xml": "qdc", "markdown": "md"}.get(fmt, fmt)
    if fmt not in allowed:
        what = f"format {format!r}" if format else f"extension {path.suffix or '(none)'!r}"
        raise InputError(path, f"unknown codebook {what}; use one of {', '.join(allowed)}")
    return fmt


def read(path: Path, fmt: str, dotted: bool | None = None) -> Parsed:
    """A codebook file's entries; ``dotted``: read '.' in names as levels (None: only in
    files that come from Taguette, which writes its tree that way)."""
    if fmt == "yaml":
        from ._yaml import read_yaml

        return read_yaml(path)
    if fmt == "csv":
        from ._csv import read_csv

        return read_csv(path, dotted)
    from ..formats.refi.qdc import read_qdc

    return read_qdc(path, dotted)


def write(path: Path, fmt: str, document: Document) -> None:
    if fmt == "yaml":
        from ._yaml import render_yaml

        data = render_yaml(document)
    elif fmt == "csv":
        from ._csv import render_csv

        data = render_csv(document)
    elif fmt == "qdc":
        from ..formats.refi.qdc import render_qdc

        data = render_qdc(document, path)
    elif fmt == "md":
        from ._documents import render_markdown

        data = render_markdown(document)
    else:
        from ._documents import render_docx

        data = render_docx(document)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(path, f"cannot write file ({exc.strerror or exc})") from None


def apply(tree: Tree, parsed: Parsed, file: Path) -> dict[str, Any]:
    """Merge the entries into the tree (inside the import's transaction) and return the
    event payload's record of it: codes added, codes updated (old and new values)."""
    added: list[int] = []
    updated: dict[int, dict[str, Any]] = {}
    unchanged = 0
    for entry in parsed.entries:
        target = tree.find(entry.parts)
        known = tree.by_guid.get(entry.guid) if entry.guid else None
        if known is not None and tree.rows[known]["active"] and known != target:
            # the file's GUID names a code we have under another path: follow it there
            if target is not None:
                raise entry.place.error(
                    file,
                    f"GUID {entry.guid} is {tree.path(known)!r} in this project, "
                    f"but {SEPARATOR.join(entry.parts)!r} is another code there",
                )
            parent = tree.ensure(entry.parts[:-1], added)
            if parent is not None and (parent == known or parent in tree.descendants(known)):
                raise entry.place.error(
                    file, f"GUID {entry.guid} would move {tree.path(known)!r} under itself"
                )
            moved = tree.relocate(known, parent, entry.parts[-1])
            updated.setdefault(known, {"id": known, "old": {}, "new": {}})
            updated[known]["old"]["path"] = moved["old"]["path"]
            updated[known]["new"]["path"] = moved["new"]["path"]
            target = known
        fields = {k: v for k, v in entry.fields.items() if not (k == "color" and v is None)}
        if target is None:
            parent = tree.ensure(entry.parts[:-1], added)
            guid = entry.guid if entry.guid and entry.guid not in tree.by_guid else None
            if entry.guid and guid is None:
                parsed.warnings.append(
                    f"{entry.place.where or SEPARATOR.join(entry.parts)}: GUID {entry.guid} "
                    "belongs to a merged or deleted code here; the code got a new GUID"
                )
            added.append(tree.create(parent, entry.parts[-1], fields, guid))
            continue
        old, new = tree.update(target, fields)
        if target in added:
            continue
        if new:
            record = updated.setdefault(target, {"id": target, "old": {}, "new": {}})
            record["old"].update(old)
            record["new"].update(new)
        elif target not in updated:
            unchanged += 1
    for code_id, record in updated.items():
        record["path"] = tree.path(code_id)
    return {
        "added": [tree.snapshot(i) for i in added],
        "updated": list(updated.values()),
        "unchanged": unchanged,
    }
