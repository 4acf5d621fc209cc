"""REFI-QDA codebooks (.qdc, QDA-XML codebook 1.0), the exchange format of NVivo,
ATLAS.ti, MAXQDA, QualCoder and Taguette.

The standard gives a code only guid, name, isCodable, color and one free-text
Description. Our definition, criteria, examples and English label travel in that
Description in this plain-text layout, which people can read in any tool and which our
reader turns back into the fields:

    <definition, any number of lines>

    Inclusion: <inclusion criteria>

    Exclusion: <exclusion criteria>

    Examples:
    - <example>
    - <example; further lines indented by two spaces>

    English label: <label_en>

Empty sections are left out; a Description without these headings (another tool's) is
read as the definition. A heading is only recognised at the start of a line, once each.

Reading is tolerant (other tools write what the schema forbids, e.g. Taguette's empty
<Sets/>): namespace prefixes or none, a <Project> (.qde) or a .qdpx archive holding one,
unknown elements ignored; bad GUIDs or colours become warnings. DTDs and entities are
refused (defusedxml): a codebook never needs them. A .qdpx archive is checked first (zip
bombs, entry names that lead outside it) and never extracted: see formats/archives.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ...errors import InputError
from .. import safe_xml
from ..codes import (
    SEPARATOR,
    Document,
    Entry,
    Parsed,
    Place,
    clean_color,
    clean_fields,
    clean_name,
    dotted_levels,
    split_path,
)
from ..text import read_bytes
from .archive import open_project_archive
from .guids import clean_guid

NS = "urn:QDA-XML:codebook:1.0"
HEADINGS = (
    ("Inclusion:", "inclusion"),
    ("Exclusion:", "exclusion"),
    ("Examples:", "examples"),
    ("English label:", "label_en"),
)


def format_description(node: dict[str, Any]) -> str:
    parts = [node["definition"]] if node["definition"] else []
    for heading, key in HEADINGS:
        value = node.get(key)
        if not value:
            continue
        if key == "examples":
            items = ["- " + example.replace("\n", "\n  ") for example in value]
            parts.append(heading + "\n" + "\n".join(items))
        else:
            parts.append(f"{heading} {value}")
    return "\n\n".join(parts)


_END = "[.!?\"'”’)]"  # what ends a sentence, before a heading that lost its line break


def unflatten(text: str) -> str:
    """Our description layout back from one line: Taguette's codebook import page sends a
    description through a one-line field, which drops its line breaks ("...persoon.Inclusion:
    ...Examples:- Een man ...hulp.- Bij ..."). Headings and example bullets that follow the
    end of a sentence get their line breaks again; text with line breaks is left alone."""
    if "\n" in text or not any(h in text for h, _ in HEADINGS):
        return text
    for heading, _ in HEADINGS:
        text = re.sub(f"(?<={_END})\\s*{re.escape(heading)}", "\n\n" + heading, text, count=1)
    head, found, examples = text.partition("Examples:")
    if found:
        body, label, rest = examples.partition("\n\nEnglish label:")
        body = re.sub(f"(?<={_END})\\s*- ", "\n- ", body)
        text = head + found + re.sub(r"^\s*- ", "\n- ", body) + label + rest
    return text


def parse_description(text: str) -> dict[str, Any]:
    """The inverse of format_description; text without headings is the definition."""
    sections: dict[str, list[str]] = {"definition": []}
    current = "definition"
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        for heading, key in HEADINGS:
            if line.lower().startswith(heading.lower()) and key not in sections:
                current, line = key, line[len(heading) :].strip()
                sections[key] = [line] if line else []
                break
        else:
            sections[current].append(line)
    fields: dict[str, Any] = {
        key: "\n".join(sections.get(key, [])).strip()
        for key in ("definition", "inclusion", "exclusion", "label_en")
    }
    fields["label_en"] = fields["label_en"] or None
    examples: list[str] = []
    for line in sections.get("examples", []):
        if line.startswith("- ") or line == "-":
            examples.append(line[2:])
        elif examples:
            examples[-1] += "\n" + (line[2:] if line.startswith("  ") else line)
        elif line.strip():
            examples.append(line)
    fields["examples"] = [e.strip() for e in examples if e.strip()]
    return fields


def read_qdc(path: Path, dotted: bool | None = None) -> Parsed:
    data = read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        _, data = open_project_archive(path, data)
    root = safe_xml.parse(path, data, needs="a REFI-QDA codebook")
    codebook = root if safe_xml.local(root.tag) == "CodeBook" else None
    if safe_xml.local(root.tag) == "Project":
        codebook = safe_xml.child(root, "CodeBook")
        if codebook is None:
            raise InputError(path, "a REFI-QDA project without a <CodeBook>")
    if codebook is None:
        raise InputError(
            path,
            f"not a REFI-QDA codebook: the root element is "
            f"<{safe_xml.local(root.tag)}>, expected <CodeBook>",
        )
    return codes_from(path, codebook, dotted, origin=root.get("origin") or "")


def codes_from(
    path: Path, codebook: ET.Element, dotted: bool | None = None, origin: str = ""
) -> Parsed:
    """The codes of a <CodeBook> element (of a .qdc, or of a project's .qde).

    Taguette writes its tree flat: every code at the top, named by its whole path. Its
    names are read as paths ('/' between levels, and '.' unless ``dotted`` is False)."""
    parsed = Parsed("qdc", [])
    flat = (origin or codebook.get("origin") or "").lower().startswith("taguette")
    dotted = flat if dotted is None else dotted
    walk = _Walk(path, parsed, flat, dotted)
    for codes in safe_xml.children(codebook, "Codes"):
        walk.codes(codes, (), "Codes")
    if walk.split:
        parsed.warnings.append(
            f"'.' read as a level separator (Taguette's tree) in {len(walk.split)} name(s), "
            f"e.g. {walk.split[0]!r}; import with dotted levels off to keep such names whole"
        )
    return parsed


class _Walk:
    def __init__(self, path: Path, parsed: Parsed, flat: bool, dotted: bool) -> None:
        self.path, self.parsed, self.flat, self.dotted = path, parsed, flat, dotted
        self.guids: set[str] = set()
        self.paths: set[tuple[str, ...]] = set()
        self.split: list[str] = []

    def codes(self, parent: ET.Element, parts: tuple[str, ...], where: str) -> None:
        _walk(self, parent, parts, where)

    def levels(self, name: str, spot: str) -> tuple[str, ...]:
        """A flat name as levels: 'Vormen/Grappen' and, dotted, 'Vormen.Grappen'."""
        try:
            levels = split_path(name)
        except ValueError as exc:
            raise InputError(self.path, f"{spot}: {exc}") from None
        if self.dotted:
            dotted = dotted_levels(levels)
            if dotted != levels:
                self.split.append(name)
            levels = dotted
        return levels


def _walk(walk: _Walk, parent: ET.Element, parts: tuple[str, ...], where: str) -> None:
    path, parsed = walk.path, walk.parsed
    names: set[str] = set()
    codes = (c for c in parent if safe_xml.local(c.tag) == "Code")
    for index, element in enumerate(codes, start=1):
        spot = f"{where}/Code[{index}]"
        name = (element.get("name") or "").strip()
        if not name:
            raise InputError(path, f"{spot}: the code has no name")
        if walk.flat:
            full = parts + walk.levels(name, spot)
            if full in walk.paths:
                parsed.warnings.append(
                    f"{spot}: {name!r} is {SEPARATOR.join(full)!r}, which "
                    "an earlier code is too; read once"
                )
                continue
            walk.paths.add(full)
            _entry(walk, element, full, spot, name)
            _walk(walk, element, full, spot)
            continue
        if SEPARATOR in name:
            fixed = name.replace(SEPARATOR, "-")
            parsed.warnings.append(f"{spot}: {name!r} renamed {fixed!r} ('/' separates levels)")
            name = fixed
        try:
            name = clean_name(name)
        except ValueError as exc:
            raise InputError(path, f"{spot}: {exc}") from None
        if name in names:  # other tools allow twin names; we need unique paths
            number = 2
            while f"{name} ({number})" in names:
                number += 1
            parsed.warnings.append(
                f"{spot}: a second code {name!r} under the same parent "
                f"was renamed {name} ({number})"
            )
            name = f"{name} ({number})"
        names.add(name)
        _entry(walk, element, parts + (name,), spot, name)
        _walk(walk, element, parts + (name,), spot)


def _entry(walk: _Walk, element: ET.Element, full: tuple[str, ...], spot: str, name: str) -> None:
    """One <Code> as an entry at ``full``: GUID, description fields, colour."""
    path, parsed, guids = walk.path, walk.parsed, walk.guids
    place = Place(where=f"{spot} ({name!r})")
    raw_guid = element.get("guid")
    guid = clean_guid(raw_guid) if raw_guid else None
    if raw_guid and guid is None:
        parsed.warnings.append(f"{place.where}: {raw_guid!r} is not a GUID; a new one is made")
    elif guid in guids:
        parsed.warnings.append(f"{place.where}: GUID {guid} appears twice; a new one is made")
        guid = None
    if guid:
        guids.add(guid)
    fields: dict[str, Any] = {}
    description = next((c for c in element if safe_xml.local(c.tag) == "Description"), None)
    if description is not None:
        fields = parse_description("".join(description.itertext()))
    try:
        fields = clean_fields(fields)
    except ValueError as exc:
        raise place.error(path, str(exc)) from None
    if element.get("color"):
        try:
            fields["color"] = clean_color(element.get("color"))
        except ValueError as exc:
            parsed.warnings.append(f"{place.where}: {exc}; a palette colour is used")
    parsed.entries.append(Entry(full, fields, place, guid))


def code_elements(
    parent: ET.Element, nodes: list[dict], notes: Mapping[str, list[str]] | None = None
) -> None:
    """<Code> elements for ``nodes`` (Codebook.tree()) under ``parent``, in schema order;
    ``notes`` maps a code's GUID to the GUIDs of its memos (<NoteRef>, projects only)."""
    for node in nodes:
        attributes = {"guid": node["guid"], "name": node["name"], "isCodable": "true"}
        if node["color"]:
            attributes["color"] = node["color"].upper()
        element = ET.SubElement(parent, "Code", attributes)
        description = format_description(node)
        if description:
            ET.SubElement(element, "Description").text = description
        for note in (notes or {}).get(node["guid"], []):
            ET.SubElement(element, "NoteRef", {"targetGUID": note})
        code_elements(element, node["children"], notes)


def render_qdc(document: Document, path: Path) -> bytes:
    if not document.codes:
        raise InputError(path, "the codebook is empty; a REFI-QDA codebook needs at least one code")

    # plain tag names under a default namespace declared on the root, as other tools write it
    root = ET.Element("CodeBook", {"xmlns": NS, "origin": f"{document.origin}; {document.title}"})
    code_elements(ET.SubElement(root, "Codes"), document.codes)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'.encode()
