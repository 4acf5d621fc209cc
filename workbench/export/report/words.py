"""The report's words in Dutch and English: every heading, table header, caption, note and
method sentence is written in English in the code and looked up here for Dutch, with the
numbers formatted the Dutch way (1.234 and 22,6%). Data (code names, variable values,
quotes) is never translated.

A sentence missing from :data:`NL` is written in English and remembered in
:attr:`Words.missing`, so a test can demand that a Dutch report has none.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...errors import InputError
from . import model
from .words_nl import NL, NL_PLURALS

LANGUAGES = ("nl", "en")


class Words:
    """The words and number formats of one report in ``language`` ("nl" or "en")."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise InputError(
                None, f"the report language must be one of {', '.join(LANGUAGES)}, not {language!r}"
            )
        self.language = language
        self.missing: set[str] = set()

    def __call__(self, text: str, **values: object) -> str:
        """``text`` (an English template) in this language, filled with ``values``."""
        if self.language == "nl":
            found = NL.get(text)
            if found is None:
                self.missing.add(text)
            text = found or text
        return text.format(**values) if values else text

    def plural(self, n: int, word: str, many: str | None = None) -> str:
        """ "1 coder", "3 coders" / "1 codeur", "3 codeurs"."""
        if self.language == "en":
            return model.plural(n, word, many)
        forms = NL_PLURALS.get(word)
        if forms is None:
            self.missing.add(word)
            return self.localise(model.plural(n, word, many))
        return f"{self.count(n)} {forms[0] if n == 1 else forms[1]}"

    def names(self, items: Iterable[object]) -> str:
        """ "a", "a and b", "a, b and c" (Dutch: "en")."""
        items = [str(i) for i in items]
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {self('and')} " + items[-1]

    def localise(self, figure: str) -> str:
        """A figure formatted the English way (1,234.5) written in this language."""
        if self.language == "nl":
            return figure.translate(str.maketrans(",.", ".,"))
        return figure

    def count(self, n: int | float | None) -> str:
        return self.localise(model.count(n))

    def pct(self, x: float | None, digits: int = 1) -> str:
        return self.localise(model.pct(x, digits))

    def pct_ci(self, row: dict | None, label: str = "") -> str:
        return self.localise(model.pct_ci(row, label))

    def number(self, x: float | None, digits: int = 2) -> str:
        return self.localise(model.number(x, digits))

    def p_value(self, p: float | None) -> str:
        return self.localise(model.p_value(p))
