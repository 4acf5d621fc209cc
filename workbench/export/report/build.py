"""What the parts of one report share while it is built (:class:`Build`), apart from
the code that builds them, so that every part can name it without importing the others."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from ... import estimation
from ...core import Core
from ...estimation import code_indicator
from ..common import ExportContext
from .model import Cells
from .words import Words

Item = tuple[str, Sequence[str]]


@dataclass
class Build:
    """What the parts of one report share: the project, the choices, the small-cell
    counter, the words of the report's language, and estimates computed once."""

    ctx: ExportContext
    by: list[str]
    items: list[Item]
    cells: Cells
    w: Words
    tests: list[tuple[str, str, str, dict]] = field(default_factory=list)
    _frame: pd.DataFrame | None = None
    _items: dict[tuple[int, str], dict] = field(default_factory=dict)
    _coders: dict[str, str] = field(default_factory=dict)

    def coder(self, name: str) -> str:
        """A coder as this audience may see them: the name for researchers; for viewers
        "coder 1", "coder 2", … in order of first mention ("consensus" stays)."""
        if not self.ctx.viewer or name == "consensus":
            return name
        if name not in self._coders:
            self._coders[name] = self.w("coder {n}", n=len(self._coders) + 1)
        return self._coders[name]

    @property
    def core(self) -> Core:
        return self.ctx.core

    @property
    def frame(self) -> pd.DataFrame:
        if self._frame is None:
            self._frame = self.core.respondents()
        return self._frame

    def indicator(self, path: str) -> pd.Series:
        """True for respondents whose open answers carry the code (or a sub-code)."""
        if self.frame.empty:
            return pd.Series([], dtype=bool)
        return code_indicator(self.core, path).astype(bool)

    def item_indicator(self, item: Item) -> pd.Series:
        return self.frame[item[0]].astype(str).isin([str(v) for v in item[1]])

    def numerators(self, indicator: pd.Series, by: str) -> dict[str, int]:
        """Unweighted respondents counted by ``indicator`` per value of ``by``."""
        values = self.frame[by].where(self.frame[by].notna()).astype(str)
        return indicator.groupby(values.to_numpy()).sum().astype(int).to_dict()

    def item_label(self, item: Item) -> str:
        joiner = f" {self.w('or')} "
        return f"{item[0]} = {joiner.join(str(v) for v in item[1])}"

    def item_estimate(self, item: Item, by: str) -> dict:
        key = (self.items.index(item), by)
        if key not in self._items:
            self._items[key] = estimation.estimate(
                self.core, proportion=(item[0], list(item[1])), by=[by]
            )
        return self._items[key]
