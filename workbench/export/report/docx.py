"""The report as a Word document (python-docx): headings, tables, charts as pictures.
Deterministic: core properties fixed from the project's state time, zip entries with fixed
dates (stable_zip)."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

from ..common import stable_zip
from .model import Bullets, Figure, Paragraph, Quote, Report, Table

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
GREY = RGBColor(0x55, 0x55, 0x55)


def state_time(as_of: str | None) -> datetime:
    """The project's state time as a datetime (a fixed date when there is none)."""
    if not as_of:
        return EPOCH
    return datetime.fromisoformat(as_of).astimezone(UTC).replace(microsecond=0, tzinfo=None)


def clean(text: str) -> str:
    """Text without the control characters XML cannot hold."""
    return CONTROL.sub("", text)


def render(report: Report, as_of: str | None) -> bytes:
    document = Document()
    _properties(document, clean(report.title), state_time(as_of))
    document.add_heading(clean(report.title), level=0)
    for line in report.subtitle:
        _small(document.add_paragraph(), line)
    figures = 0
    for section in report.sections:
        document.add_heading(clean(section.title), level=min(section.level, 9))
        for block in section.blocks:
            if isinstance(block, Paragraph):
                paragraph = document.add_paragraph()
                run = paragraph.add_run(clean(block.text))
                run.bold = block.style == "lead"
                run.italic = block.style == "note"
            elif isinstance(block, Bullets):
                for item in block.items:
                    document.add_paragraph(clean(item), style="List Bullet")
            elif isinstance(block, Quote):
                document.add_paragraph(
                    clean(block.text + (f" ({block.source})" if block.source else "")),
                    style="Quote",
                )
            elif isinstance(block, Table):
                _table(document, block)
            elif isinstance(block, Figure):
                figures += 1
                document.add_picture(io.BytesIO(block.png), width=Inches(6.3))
                document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
                picture = document.inline_shapes[-1]._inline.docPr
                picture.set("descr", clean(block.alt))
                picture.set("name", f"Figure {figures}")
                document.add_paragraph(
                    clean(f"{report.figure} {figures}. {block.caption}"), style="Caption"
                )
    _small(document.add_paragraph(), report.footer)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def _properties(document, title: str, when: datetime) -> None:
    core = document.core_properties
    core.title = title
    core.author = core.last_modified_by = "Duiding"
    core.created = core.modified = core.last_printed = when
    core.revision = 1
    core.comments = core.keywords = core.subject = core.category = ""


def _small(paragraph, text: str) -> None:
    run = paragraph.add_run(clean(text))
    run.font.size = Pt(8.5)
    run.font.color.rgb = GREY


def _table(document, table: Table) -> None:
    if table.caption:
        document.add_paragraph(clean(table.caption), style="Caption")
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    for cell, name in zip(grid.rows[0].cells, table.columns):
        cell.text = ""
        cell.paragraphs[0].add_run(clean(name)).bold = True
    for row in table.rows:
        for cell, value in zip(grid.add_row().cells, row):
            cell.text = clean(value)
    for cell in (c for r in grid.rows for c in r.cells):
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(8.5)
    for note in table.notes:
        _small(document.add_paragraph(), note)
