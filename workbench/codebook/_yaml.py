"""YAML codebooks: a readable nested structure a researcher can edit by hand.

    codebook: {name: ..., version: 3, language: nl}
    codes:
      - name: Vormen
        label_en: Forms
        definition: ...
        children:
          - name: Opmerkingen en grappen
            inclusion: ...
            examples: ["...", "..."]

Only ``yaml.safe_load`` reads it. Errors name the line (from the composed nodes' marks)
and a path-like place such as ``codes[2].children[0]``.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..formats.codes import (
    FIELDS,
    Document,
    Entry,
    Parsed,
    Place,
    check_unique_paths,
    clean_fields,
    clean_name,
)
from ..formats.text import decode, normalise, read_bytes

KEYS = ("name", *FIELDS, "children")
TOP_KEYS = ("codebook", "codes")


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _item(node: yaml.Node | None, key: str | int) -> yaml.Node | None:
    """The node under a mapping key or sequence index (None when the shapes differ, e.g.
    after a merge key; the place is then still named, only without a line)."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None


def _unknown_key(keys: Any, allowed: tuple[str, ...]) -> str | None:
    for key in keys:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return f"unknown key {key!r}{hint}; allowed: {', '.join(allowed)}"
    return None


def read_yaml(path: Path) -> Parsed:
    text, _ = decode(read_bytes(path), path)
    text = normalise(text)
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(
            path, f"not valid YAML: {problem}", line=mark.line + 1 if mark else None
        ) from None
    if data is None:
        raise InputError(path, "the file is empty")
    if isinstance(data, list):  # a bare list of codes is fine too
        codes, codes_node, prefix = data, root, "codes"
    elif isinstance(data, dict):
        problem = _unknown_key(data, TOP_KEYS)
        if problem:
            raise InputError(path, problem, line=_line(root))
        codes, codes_node, prefix = data.get("codes"), _item(root, "codes"), "codes"
        if codes is None:
            raise InputError(path, "'codes' is missing (a list of codes)", line=_line(root))
        if not isinstance(codes, list):
            raise InputError(path, "'codes' must be a list of codes", line=_line(codes_node))
    else:
        raise InputError(path, "expected 'codebook:' and 'codes:' at the top", line=_line(root))
    entries: list[Entry] = []
    _walk(path, codes, codes_node, prefix, (), entries)
    check_unique_paths(entries, path)
    return Parsed("yaml", entries)


def _walk(
    path: Path,
    items: list,
    node: yaml.Node | None,
    prefix: str,
    parent: tuple[str, ...],
    entries: list[Entry],
) -> None:
    for index, item in enumerate(items):
        item_node = _item(node, index)
        place = Place(line=_line(item_node), where=f"{prefix}[{index}]")
        if not isinstance(item, dict):
            raise place.error(
                path, f"expected a code (a mapping with 'name'), found {type(item).__name__}"
            )
        if "name" not in item:
            raise place.error(path, "'name' is missing")
        try:
            name = clean_name(item["name"])
        except ValueError as exc:
            raise Place(line=_line(_item(item_node, "name")), where=place.where).error(
                path, str(exc)
            ) from None
        place = Place(line=place.line, where=f"{place.where} ({name!r})")
        problem = _unknown_key(item, KEYS)
        if problem:
            raise place.error(path, problem)
        fields: dict[str, Any] = {}
        for key in FIELDS:
            if key in item:
                try:
                    fields.update(clean_fields({key: item[key]}))
                except ValueError as exc:
                    spot = Place(
                        line=_line(_item(item_node, key)) or place.line,
                        where=f"{place.where}.{key}",
                    )
                    raise spot.error(path, str(exc)) from None
        entries.append(Entry(parent + (name,), fields, place))
        children = item.get("children")
        if children is None:
            continue
        if not isinstance(children, list):
            spot = Place(line=_line(_item(item_node, "children")), where=f"{place.where}.children")
            raise spot.error(path, "'children' must be a list of codes")
        _walk(
            path,
            children,
            _item(item_node, "children"),
            f"{prefix}[{index}].children",
            parent + (name,),
            entries,
        )


class _Dumper(yaml.SafeDumper):
    """Safe dumper that writes multi-line texts as literal blocks (readable, diffable)."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _node(node: dict) -> dict:
    out: dict[str, Any] = {"name": node["name"], "label_en": node["label_en"]}
    for key in ("definition", "inclusion", "exclusion", "examples", "color"):
        out[key] = node[key]
    if node["children"]:
        out["children"] = [_node(child) for child in node["children"]]
    return out


def render_yaml(document: Document) -> bytes:
    data = {
        "codebook": {
            "name": document.project,
            "version": document.version,
            "language": document.language,
            "origin": document.origin,
        },
        "codes": [_node(node) for node in document.codes],
    }
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    return f"# Duiding codebook: {document.title}\n{body}".encode()
