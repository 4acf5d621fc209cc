"""Parsing XML from users' files safely: no DTDs, no entities (internal or external), so
no "billion laughs" expansion and no external entity reads (XXE). A REFI-QDA file never
needs a DTD, so any DOCTYPE is refused (defusedxml, forbid_dtd)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import defusedxml
import defusedxml.ElementTree as SafeET

from workbench.errors import InputError


def parse(
    path: Path, data: bytes, what: str = "the file", needs: str = "a REFI-QDA file"
) -> ET.Element:
    """The root element of ``data``, or one InputError naming ``path`` and the problem."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException:
        raise InputError(
            path,
            f"{what} declares a DOCTYPE or entities; these are refused "
            f"for safety ({needs} needs neither)",
        ) from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        problem = str(exc).split(": line")[0]
        where = "" if what == "the file" else f"{what}: "
        raise InputError(path, f"{where}not well-formed XML ({problem})", line=line) from None


def local(tag: Any) -> str:
    """A tag without its namespace ('{urn:...}Code' -> 'Code'); '' for comments."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: ET.Element, name: str) -> list[ET.Element]:
    """The direct children called ``name`` (any namespace)."""
    return [c for c in element if local(c.tag) == name]


def child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if local(c.tag) == name), None)


def text_of(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())
