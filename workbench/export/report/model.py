"""The report as one neutral structure (sections of paragraphs, lists, tables, figures and
quotes) that every renderer (html, docx, md) writes out, and the number formats they share.

Text here is plain: renderers escape it for their format. Table cells are formatted
strings; ``Table.data`` keeps the raw values a table was made from, for callers and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ... import small_cells

DASH = "–"  # a suppressed figure
THIN = "†"  # a figure resting on fewer than figures.THIN_MENTIONS human-coded mentions


@dataclass
class Paragraph:
    text: str
    style: str = ""  # "" | "note" | "lead"


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Quote:
    text: str
    source: str = ""


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]
    caption: str = ""
    notes: list[str] = field(default_factory=list)
    data: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Figure:
    png: bytes
    alt: str
    caption: str


Block = Paragraph | Bullets | Quote | Table | Figure


@dataclass
class Section:
    title: str
    level: int = 1
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> Section:
        self.blocks.extend(blocks)
        return self


@dataclass
class Report:
    title: str
    subtitle: list[str]
    sections: list[Section]
    footer: str
    suppressed: int = 0  # figures suppressed under the small-cell rule
    language: str = "en"  # of every word the report itself writes (not of the data)
    figure: str = "Figure"  # the word before a figure's number, in that language
    untranslated: list[str] = field(default_factory=list)  # written in English for want of Dutch

    def blocks(self, kind: type) -> list:
        """Every block of one kind, in order."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, kind)]


class Cells:
    """Counts the figures a report suppresses under the small-cell rule."""

    def __init__(self, min_cell: int, note: str | None = None) -> None:
        self.min_cell = min_cell
        self.suppressed = 0
        self.note = note or (
            f"{DASH} suppressed: based on fewer than {min_cell} respondents (or participants)."
        )

    def hide(self, *counts: int | float | None, figures: int = 1) -> bool:
        """True when any of ``counts`` is unknown or under the threshold (the small-cell
        rule); the ``figures`` this hides are counted."""
        small = small_cells.any_suppressed(self.min_cell, *counts)
        self.suppressed += figures if small else 0
        return small

    def notes(self, rows: list[list[str]]) -> list[str]:
        """The note explaining the dash, for a table that shows one."""
        if not any(cell == DASH for row in rows for cell in row):
            return []
        return [self.note]


# -- number formats ----------------------------------------------------------------------
def count(n: int | float | None) -> str:
    return DASH if n is None else f"{int(round(n)):,}"


def pct(x: float | None, digits: int = 1) -> str:
    return DASH if x is None else f"{100 * x:.{digits}f}%"


def pct_ci(row: dict | None, label: str = "") -> str:
    """ "22.6% (20.0–25.5)" from an estimate row (estimate, ci_low, ci_high); ``label``
    goes before the interval."""
    if not row or row.get("estimate") is None:
        return DASH
    if row.get("ci_low") is None or row.get("ci_high") is None:
        return pct(row["estimate"])
    return f"{pct(row['estimate'])} ({label}{100 * row['ci_low']:.1f}–{100 * row['ci_high']:.1f})"


def number(x: float | None, digits: int = 2) -> str:
    return DASH if x is None else f"{x:,.{digits}f}"


def p_value(p: float | None) -> str:
    if p is None:
        return DASH
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def day(time: str | None) -> str:
    """The date part of an ISO time stamp."""
    return (time or "")[:10] or DASH


def names(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"
