"""UI strings in Dutch and English. Data is never translated, only the interface.

The strings live by page group in ui/strings/ (shared words and navigation, project and
imports, coding, samples and figures, models, reporting); this module merges them into one
table, :data:`STRINGS`, and looks a key up in a language (:func:`translate`; pages call
``ui.common.t``). A key defined in two parts stops the import: a silent overwrite would show
one page's string on another.
"""

from __future__ import annotations

from types import ModuleType

from ui.strings import (
    coding,
    columns,
    llm,
    matrices,
    models,
    project,
    reporting,
    samples,
    shared,
    signin,
)

LANGUAGES = {"nl": "Nederlands", "en": "English"}
PARTS: tuple[ModuleType, ...] = (
    shared,
    project,
    coding,
    samples,
    models,
    llm,
    reporting,
    matrices,
    signin,
    columns,
)


def merged(parts: tuple[ModuleType, ...]) -> dict[str, dict[str, str]]:
    """The string tables of ``parts`` as one; a key in two parts is an error naming both."""
    table: dict[str, dict[str, str]] = {}
    home: dict[str, str] = {}
    for part in parts:
        for key, entry in part.STRINGS.items():
            if key in table:
                raise ValueError(
                    f"UI string {key!r} is defined in both {home[key]} and {part.__name__}"
                )
            table[key], home[key] = entry, part.__name__
    return table


STRINGS: dict[str, dict[str, str]] = merged(PARTS)


def translate(key: str, language: str) -> str:
    """The string for ``key`` in ``language``; the key itself if missing (visible in tests)."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    return entry.get(language) or entry["en"]
