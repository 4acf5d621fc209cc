"""Word .docx to numbered text lines, after checking the container is safe to unpack.

XML safety, as verified in the installed python-docx 1.2 (docx/oxml/parser.py and
docx/opc/oxml.py): every part is parsed with ``lxml.etree.XMLParser(resolve_entities=False)``
and lxml's defaults (no DTD loading, no network), so external entities (XXE) are not
fetched and internal entities ("billion laughs") are not expanded; an entity reference is
silently dropped from the text instead. Silent loss is not acceptable for research data,
so any XML or .rels part with a ``<!DOCTYPE`` or ``<!ENTITY`` declaration (which Word never
writes) is rejected here before python-docx sees the file.

Numbering: every body paragraph counts, empty ones included, in document order (also
paragraphs inside block-level content controls); each row of a top-level table counts as
one paragraph. A turn's ``line`` is that number. Headers, footers, footnotes, comments and
text boxes are not read.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from workbench.errors import InputError
from workbench.formats import archives

MAX_TOTAL = 50 * archives.MiB
MAX_RATIO = 200
MAX_ENTRIES = 1000
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def docx_lines(path: Path, data: bytes) -> list[tuple[int, str]]:
    """(paragraph number, text) for each line of the document body, after safety checks.

    Soft line breaks inside a paragraph give several lines with the same number. A table
    row with two or more filled cells becomes "cells before...: last cell", so a
    (time |) speaker | text table reads like "time speaker: text".
    """
    _check(path, data)
    import docx  # only needed for .docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as exc:  # python-docx raises many types on malformed packages
        raise InputError(path, f"not a valid .docx ({type(exc).__name__}: {exc})") from None
    out: list[tuple[int, str]] = []
    for number, text in enumerate(_blocks(body), start=1):
        out.extend((number, line) for line in text.split("\n"))
    return out


# Paragraph text is collected from the XML, not python-docx's Paragraph.text, which skips
# runs inside tracked insertions (w:ins), content controls and fields. Deleted text
# (w:delText) is left out; text boxes are left out, as mc:Fallback would repeat them.
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_OUTSIDE = "[not(ancestor::w:txbxContent or ancestor::mc:Fallback or ancestor::w:del or ancestor::w:moveFrom)]"
_RUN_PARTS = etree.XPath(
    " | ".join(f".//w:r/w:{tag}{_OUTSIDE}" for tag in ("t", "tab", "br", "cr", "noBreakHyphen")),
    namespaces=_NS,
)
_ROWS = etree.XPath("./w:tr | ./w:sdt/w:sdtContent/w:tr", namespaces=_NS)
_CELLS = etree.XPath("./w:tc | ./w:sdt/w:sdtContent/w:tc", namespaces=_NS)
_CELL_PARAGRAPHS = etree.XPath(f".//w:p{_OUTSIDE}", namespaces=_NS)
_TEXT_OF = {
    f"{{{_W}}}tab": "\t",
    f"{{{_W}}}br": "\n",
    f"{{{_W}}}cr": "\n",
    f"{{{_W}}}noBreakHyphen": "-",
}


def _blocks(container: etree._Element) -> Iterator[str]:
    """Text of each body paragraph and table row, in document order."""
    for child in container:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if tag == "p":
            yield _paragraph_text(child)
        elif tag == "tbl":
            for row in _ROWS(child):
                yield _row_text(row)
        elif tag in ("sdt", "customXml", "sdtContent"):
            yield from _blocks(child)


def _paragraph_text(p: etree._Element) -> str:
    return "".join(
        el.text or "" if el.tag == f"{{{_W}}}t" else _TEXT_OF.get(el.tag, "")
        for el in _RUN_PARTS(p)
    )


def _row_text(row: etree._Element) -> str:
    cells = []
    for cell in _CELLS(row):
        text = "\n".join(_paragraph_text(p) for p in _CELL_PARAGRAPHS(cell)).strip()
        if text:
            cells.append(text)
    if len(cells) < 2:
        return cells[0] if cells else ""
    *before, speaker, text = cells
    label = " ".join(" ".join(before + [speaker]).split()).rstrip(":")
    return f"{label}: {text}"


def _check(path: Path, data: bytes) -> None:
    with archives.open_zip(path, data, "not a valid .docx") as archive:
        archives.check_limits(
            path, archive, max_total=MAX_TOTAL, max_ratio=MAX_RATIO, max_entries=MAX_ENTRIES
        )
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            other = "an .xlsx" if "xl/workbook.xml" in names else "not a Word document"
            raise InputError(path, f"not a valid .docx (no word/document.xml; this is {other})")
        for name in sorted(names):
            if not name.lower().endswith((".xml", ".rels")):
                continue
            try:
                content = archive.read(name)
            except Exception as exc:  # bad CRC, unsupported compression, ...
                raise InputError(path, f"not a valid .docx (cannot unpack {name}: {exc})") from None
            if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                content = content.decode("utf-16", errors="replace").encode("utf-8")
            if _DECLARATION.search(content):
                raise InputError(
                    path,
                    f"refusing to read: {name} contains a DOCTYPE/ENTITY declaration"
                    " (Word never writes one; possible XML entity attack)",
                )
