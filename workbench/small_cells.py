"""The small-cell rule: figures resting on fewer than ``min_cell`` people are not shown.

The threshold is the project's setting, never below :data:`MIN_CELL`, and can only be
raised (per project with :func:`set_min_cell`, per request with ``min_cell=``). Every place
that shows or writes a figure asks :func:`min_cell` for the threshold in force and
:func:`suppressed` (or :func:`mask` for many counts at once) whether a count passes it;
:func:`blank` and :func:`blank_cells` empty what does not. Estimates, figures, joint
displays, Browse, the table and segment exports, the report and the dataset's k all go
through here, so they agree.

An unknown count (None, NaN, a missing value) is suppressed: it cannot be shown to be at
least the threshold, and a figure whose basis nobody knows must not leave the project.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .core import Core
from .errors import InputError
from .store import records

MIN_CELL = 10
# the numbers of an estimate row that go when it is suppressed (the row and its group stay)
ESTIMATE_FIELDS = ("estimate", "se", "ci_low", "ci_high", "deff", "n")


def unknown(n: Any) -> bool:
    """True for a count nobody knows: None, NaN, pandas' NA."""
    if n is None:
        return True
    try:
        return bool(pd.isna(n))
    except (TypeError, ValueError):  # not a scalar: not a count at all
        return False


def suppressed(n: Any, threshold: int) -> bool:
    """True when a figure resting on ``n`` people (respondents, participants, rows) must
    not be shown: ``n`` is under ``threshold``, or unknown. ``n == threshold`` is shown."""
    return unknown(n) or bool(n < threshold)


def any_suppressed(threshold: int, *counts: Any) -> bool:
    """True when any of ``counts`` is :func:`suppressed` (a share needs its group and its
    numerator to pass)."""
    return any(suppressed(n, threshold) for n in counts)


def mask(counts: Iterable[Any], threshold: int) -> np.ndarray:
    """:func:`suppressed` for many counts at once (a column, an array): a bool array."""
    if isinstance(counts, pd.Series):
        values = counts.to_numpy()
    else:
        values = np.asarray(counts if isinstance(counts, np.ndarray) else list(counts))
    if values.dtype.kind in "iub":  # whole numbers: none unknown
        return values < threshold
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype(float)
    return (numbers.isna() | (numbers < threshold)).to_numpy(dtype=bool)


def blank(row: dict, fields: Sequence[str] = ESTIMATE_FIELDS) -> dict:
    """``row`` with ``fields`` set to None (those present and those named): a suppressed
    figure keeps its row, so the reader sees the group was there."""
    row.update(dict.fromkeys(fields))
    return row


def blank_cells(column: pd.Series, where: Sequence[bool] | np.ndarray) -> pd.Series:
    """``column`` as objects with None where ``where`` is True (a table's suppressed cells)."""
    return column.astype(object).where(~np.asarray(where, dtype=bool), None)


def raised(requested: int | None, floor: int, what: str = "the small-cell threshold") -> int:
    """``requested`` if it is at least ``floor``, ``floor`` if None; lower is refused: the
    rule can only be tightened, never loosened, per request."""
    if requested is not None and requested < floor:
        raise InputError(None, f"{what} can only be raised: {requested} is below {floor}")
    return floor if requested is None else requested


def min_cell(core: Core, requested: int | None = None) -> int:
    """The threshold in force: the project's (at least 10), or a higher requested one."""
    floor = max(MIN_CELL, int(core.settings.get("min_cell", MIN_CELL)))
    return raised(requested, floor)


def set_min_cell(core: Core, value: int) -> None:
    """Raise the project's threshold (one event); lowering it is refused."""
    raised(value, min_cell(core))
    with core.write("set-min-cell", str(value)) as payload:
        records.set_setting(core.db, "min_cell", str(value))
        payload.update(min_cell=value)
