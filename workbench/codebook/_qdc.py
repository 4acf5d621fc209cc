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
refused (defusedxml): a codebook never needs them.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET

from ..errors import InputError
from ..ingest._text import read_bytes
from ._fields import (SEPARATOR, Entry, Parsed, Place, clean_color, clean_fields, clean_guid,
                      clean_name)
from ._formats import Document

NS = "urn:QDA-XML:codebook:1.0"
HEADINGS = (("Inclusion:", "inclusion"), ("Exclusion:", "exclusion"),
            ("Examples:", "examples"), ("English label:", "label_en"))
MAX_QDE_BYTES = 200 * 1024 * 1024


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


def parse_description(text: str) -> dict[str, Any]:
    """The inverse of format_description; text without headings is the definition."""
    sections: dict[str, list[str]] = {"definition": []}
    current = "definition"
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        for heading, key in HEADINGS:
            if line.lower().startswith(heading.lower()) and key not in sections:
                current, line = key, line[len(heading):].strip()
                sections[key] = [line] if line else []
                break
        else:
            sections[current].append(line)
    fields: dict[str, Any] = {key: "\n".join(sections.get(key, [])).strip()
                              for key in ("definition", "inclusion", "exclusion", "label_en")}
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


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _qde_from_archive(path: Path, data: bytes) -> bytes:
    """The project XML inside a .qdpx archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if m.filename.lower().endswith(".qde")]
        if not members:
            raise InputError(path, "a zip archive without a .qde project file")
        if members[0].file_size > MAX_QDE_BYTES:
            raise InputError(path, f"{members[0].filename} is too large to read as a codebook")
        return archive.read(members[0])
    except zipfile.BadZipFile as exc:
        raise InputError(path, f"a damaged zip archive ({exc})") from None


def read_qdc(path: Path) -> Parsed:
    data = read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        data = _qde_from_archive(path, data)
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise InputError(path, "the file declares a DOCTYPE or entities; these are refused "
                               "for safety (a REFI-QDA codebook needs neither)") from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        problem = str(exc).split(": line")[0]
        raise InputError(path, f"not well-formed XML ({problem})", line=line) from None
    codebook = root if _local(root.tag) == "CodeBook" else None
    if _local(root.tag) == "Project":
        codebook = next((c for c in root if _local(c.tag) == "CodeBook"), None)
        if codebook is None:
            raise InputError(path, "a REFI-QDA project without a <CodeBook>")
    if codebook is None:
        raise InputError(path, f"not a REFI-QDA codebook: the root element is "
                               f"<{_local(root.tag)}>, expected <CodeBook>")
    parsed = Parsed("qdc", [])
    for codes in (c for c in codebook if _local(c.tag) == "Codes"):
        _walk(path, codes, (), "Codes", parsed, set())
    return parsed


def _walk(path: Path, parent: ET.Element, parts: tuple[str, ...], where: str, parsed: Parsed,
          guids: set[str]) -> None:
    names: set[str] = set()
    for index, element in enumerate((c for c in parent if _local(c.tag) == "Code"), start=1):
        spot = f"{where}/Code[{index}]"
        name = (element.get("name") or "").strip()
        if not name:
            raise InputError(path, f"{spot}: the code has no name")
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
            parsed.warnings.append(f"{spot}: a second code {name!r} under the same parent "
                                   f"was renamed {name} ({number})")
            name = f"{name} ({number})"
        names.add(name)
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
        description = next((c for c in element if _local(c.tag) == "Description"), None)
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
        parsed.entries.append(Entry(parts + (name,), fields, place, guid))
        _walk(path, element, parts + (name,), spot, parsed, guids)


def render_qdc(document: Document, path: Path) -> bytes:
    if not document.codes:
        raise InputError(path, "the codebook is empty; a REFI-QDA codebook needs at least one code")

    # plain tag names under a default namespace declared on the root, as other tools write it
    root = ET.Element("CodeBook", {"xmlns": NS, "origin": f"{document.origin}; {document.title}"})
    codes = ET.SubElement(root, "Codes")

    def add(parent: ET.Element, node: dict) -> None:
        attributes = {"guid": node["guid"], "name": node["name"], "isCodable": "true"}
        if node["color"]:
            attributes["color"] = node["color"].upper()
        element = ET.SubElement(parent, "Code", attributes)
        description = format_description(node)
        if description:
            ET.SubElement(element, "Description").text = description
        for child in node["children"]:
            add(element, child)

    for node in document.codes:
        add(codes, node)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'.encode("utf-8")
