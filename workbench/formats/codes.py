"""A codebook as files hold it: the values a code can hold, checked the same way for the
API and for every file format; the entries a codebook file is read into; the document a
codebook export is written from.

Checks raise ``ValueError(problem)``; callers turn that into an InputError that names the
file and the place (row, line, or the code's path).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..version import __version__

TEXT_FIELDS = ("definition", "inclusion", "exclusion")
FIELDS = ("label_en", *TEXT_FIELDS, "examples", "color")
SEPARATOR = "/"
MAX_NAME = 200

# Distinct mid-tone colours, readable as text and as a translucent highlight. A code
# without a colour gets PALETTE[(id - 1) % len(PALETTE)] when it is created, so its colour
# never changes afterwards (not on rename, move, or when other codes come and go).
PALETTE = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#42a5c5",
    "#f032e6",
    "#8fb300",
    "#9a6324",
    "#469990",
    "#800000",
    "#000075",
)

_COLOR = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
# XML 1.0 forbids these; a code that holds them could not be exported to REFI-QDA
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def palette_color(code_id: int) -> str:
    return PALETTE[(code_id - 1) % len(PALETTE)]


def _text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{what} must be text, not {type(value).__name__}")
    text = unicodedata.normalize("NFC", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    if _CONTROL.search(text):
        raise ValueError(f"{what} contains a control character")
    return text.strip()


def clean_name(value: Any) -> str:
    name = _text(value, "the name")
    if not name:
        raise ValueError("the name is empty")
    if SEPARATOR in name:
        raise ValueError(f"the name {name!r} contains {SEPARATOR!r}, which separates levels")
    if "\n" in name or "\t" in name:
        raise ValueError(f"the name {name!r} contains a line break or tab")
    if len(name) > MAX_NAME:
        raise ValueError(f"the name is longer than {MAX_NAME} characters")
    return name


def split_path(path: str) -> tuple[str, ...]:
    """'Vormen / Grappen' -> ('Vormen', 'Grappen'); every level stripped and checked."""
    if not isinstance(path, str):
        raise ValueError(f"a code path must be text, not {type(path).__name__}")
    parts = tuple(part.strip() for part in path.split(SEPARATOR))
    if not any(parts):
        raise ValueError("the code path is empty")
    if not all(parts):
        raise ValueError(f"the code path {path!r} has an empty level")
    return tuple(clean_name(part) for part in parts)


_DOT = re.compile(r"(?<=[^\W\d]{2})\.(?=\w\w)|(?<=\w\w)\.(?=[^\W\d]{2})")


def dotted_levels(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Each level split at ".", the way Taguette writes a tree ("Vormen.Grappen"), where
    the dot joins two words: not in abbreviations ("o.a.", "Etc.") or numbers ("2.0")."""
    out: list[str] = []
    for part in parts:
        pieces = [piece.strip() for piece in _DOT.split(part)]
        out.extend(pieces if all(pieces) else [part])
    return tuple(out)


def clean_color(value: Any) -> str | None:
    """'#RRGGBB' or '#rgb' -> '#rrggbb'; empty -> None."""
    text = _text(value, "the colour")
    if not text:
        return None
    if not _COLOR.fullmatch(text):
        raise ValueError(f"colour {text!r} is not of the form #rrggbb")
    digits = text[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(c * 2 for c in digits))


def clean_examples(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"examples must be a list of texts, not {type(value).__name__}")
    examples = [_text(item, f"example {i}") for i, item in enumerate(value, start=1)]
    return [e for e in examples if e]


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise code fields (a subset of FIELDS)."""
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (fields: {', '.join(FIELDS)})")
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "examples":
            clean[key] = clean_examples(value)
        elif key == "color":
            clean[key] = clean_color(value)
        elif key == "label_en":
            clean[key] = _text(value, "label_en") or None
        else:
            clean[key] = _text(value, key)
    return clean


@dataclass(frozen=True)
class Place:
    """Where an entry is in its file, for error messages."""

    row: int | None = None
    line: int | None = None
    where: str | None = None

    def error(self, file: str | Path, problem: str) -> InputError:
        text = f"{self.where}: {problem}" if self.where else problem
        return InputError(file, text, row=self.row, line=self.line)


@dataclass
class Entry:
    """One code read from a file: its path, the fields the file gives, and a GUID (qdc)."""

    parts: tuple[str, ...]
    fields: dict[str, Any]
    place: Place
    guid: str | None = None


@dataclass
class Parsed:
    format: str
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)


def check_unique_paths(entries: Iterable[Entry], file: str | Path) -> None:
    """The same path twice in one file is an error naming both places."""
    seen: dict[tuple[str, ...], Place] = {}
    for entry in entries:
        first = seen.setdefault(entry.parts, entry.place)
        if first is not entry.place:
            earlier = (
                f"row {first.row}"
                if first.row
                else f"line {first.line}"
                if first.line
                else first.where
            )
            raise entry.place.error(
                file, f"code {SEPARATOR.join(entry.parts)!r} appears twice (also at {earlier})"
            )


@dataclass(frozen=True)
class Document:
    """What an export writes: the project's name, the codebook version, the code tree."""

    project: str
    language: str
    version: int
    codes: list[dict]
    changed: str | None = None  # time of the last codebook change (from the events)

    @property
    def origin(self) -> str:
        return f"Duiding {__version__}"

    @property
    def title(self) -> str:
        return f"project {self.project!r}, codebook version {self.version}"

    def walk(self) -> list[tuple[int, dict]]:
        """(depth, node) for every code, depth-first."""
        out: list[tuple[int, dict]] = []

        def visit(nodes: list[dict], depth: int) -> None:
            for node in nodes:
                out.append((depth, node))
                visit(node["children"], depth + 1)

        visit(self.codes, 0)
        return out
