"""Column cleaning and type inference shared by all survey formats.

Rules (documented in :mod:`workbench.ingest.survey`):

* strings are NFC-normalised, CR/CRLF become LF, surrounding whitespace is stripped and
  empty strings become missing (NaN);
* a string column is numeric only if every non-empty value is a plain number (``12``,
  ``-1.5``, ``2e3``; with a decimal comma ``1,5``), no value has a leading zero (``007``,
  ``-01``) and no integer part is longer than 15 digits (ids, not quantities);
* numbers whose values are all integral become pandas ``Int64``, others ``float64``;
* a non-numeric column is "categorical" when it has at most 50 distinct values, at most
  half as many distinct values as non-missing values, and no value longer than 100
  characters; otherwise (open answers, names, dates) it is "text".
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

MAX_CATEGORIES = 50
MAX_DISTINCT_SHARE = 0.5
MAX_CATEGORY_CHARS = 100

# [0-9], not \d: only ASCII digits are numbers here, and pandas can then use pyarrow's regex
_NUM_DOT = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_NUM_COMMA = r"[+-]?[0-9]+(?:,[0-9]+)?"
_INT = r"[+-]?[0-9]+"
_LEADING_ZERO = r"[+-]?0[0-9]"
_LONG_INT = r"[+-]?[0-9]{16}"


@dataclass(frozen=True)
class Column:
    """One survey variable: name, inferred type and SPSS labels if any."""

    name: str
    type: str  # "numeric" | "categorical" | "text"
    label: str | None = None
    value_labels: dict[str, str] | None = None


def value_key(value: Any) -> str:
    """Canonical string for a value: integral numbers without ".0" ("1"), other floats by
    shortest round-trip repr ("1.5"), dates in ISO form, strings NFC. Value-label keys use it,
    so ``value_labels[value_key(v)]`` finds the label of any frame value ``v``."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        f = float(value)
        if math.isfinite(f) and f.is_integer() and abs(f) < 2**53:
            return str(int(f))
        return repr(f)
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def clean_strings(s: pd.Series, *, normalised: bool = False) -> pd.Series:
    """Strings -> NFC, LF line ends, stripped, "" -> missing; dtype "str".

    ``normalised``: the caller already applied NFC and LF line ends (CSV does so on the
    whole text at once).
    """
    s = s.astype("str")
    if not normalised:
        if s.str.contains("\r", regex=False).any():
            s = s.str.replace("\r\n", "\n", regex=False).str.replace("\r", "\n", regex=False)
        if not s.dropna().str.isascii().all():
            s = s.str.normalize("NFC")
    s = s.str.strip()
    return s.mask(s == "")


def as_strings(s: pd.Series) -> pd.Series:
    """Any column -> clean strings, numbers and dates via :func:`value_key`."""
    if isinstance(s.dtype, pd.StringDtype):
        return clean_strings(s)
    s = s.astype(object)
    keys = [None if _missing(v) else value_key(v) for v in s]
    return clean_strings(pd.Series(keys, index=s.index, dtype=object))


def _missing(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def numeric_or_none(s: pd.Series, decimal: str | None) -> pd.Series | None:
    """Clean string column -> numbers if it passes the numeric rule, else None.

    ``decimal`` None: "." numbers, or, when every value fits the comma form and at least
    one has a comma, comma decimals. "," or ".": only that separator.
    """
    values = s.dropna()
    if values.empty:
        return None
    if values.str.match(_LEADING_ZERO).any() or values.str.match(_LONG_INT).any():
        return None
    if decimal != "," and values.str.fullmatch(_NUM_DOT).all():
        pass
    elif decimal != "." and values.str.fullmatch(_NUM_COMMA).all():
        s = s.str.replace(",", ".", regex=False)
    else:
        return None
    return _to_number(s, integer=bool(values.str.fullmatch(_INT).all()))


def _to_number(s: pd.Series, *, integer: bool) -> pd.Series:
    """Validated number strings -> Int64/float64 (pyarrow's cast is ~10x faster than pandas)."""
    try:
        out = pc.cast(pa.array(s.array), pa.int64() if integer else pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, TypeError):
        numbers = pd.to_numeric(s)
        return numbers.astype("Int64") if integer else numbers.astype("float64")
    if integer:
        return pd.Series(pd.array(out, dtype="Int64"), index=s.index)
    return pd.Series(out.to_numpy(zero_copy_only=False), index=s.index, dtype="float64")


def finish_numeric(s: pd.Series) -> pd.Series:
    """Numeric column -> Int64 when all values are integral (so 3.0 reads as 3), else float64."""
    if s.dtype.kind in "iu" or isinstance(s.dtype, pd.Int64Dtype):
        return s.astype("Int64")
    f = s.astype("float64")
    finite = f[np.isfinite(f)]
    if (
        len(finite) == f.notna().sum()
        and (finite == np.round(finite)).all()
        and (finite.abs() < 2**53).all()
    ):
        return f.astype("Int64")
    return f


def string_type(s: pd.Series) -> str:
    """ "categorical" or "text" for a clean string column (see module rules)."""
    values = s.dropna()
    if values.empty:
        return "text"
    distinct = values.nunique()
    if distinct > MAX_CATEGORIES or distinct > MAX_DISTINCT_SHARE * len(values):
        return "text"
    if values.str.len().max() > MAX_CATEGORY_CHARS:
        return "text"
    return "categorical"


def infer(
    s: pd.Series, *, parse_strings: bool, decimal: str | None = None, normalised: bool = False
) -> tuple[pd.Series, str]:
    """Clean one column and give its type: "numeric", "categorical" or "text".

    Numeric dtypes are numeric; pandas categoricals and booleans are categorical (as
    strings); everything else becomes clean strings, re-parsed as numbers only when
    ``parse_strings`` (CSV, and Excel where numbers are often stored as text).
    """
    if isinstance(s.dtype, pd.CategoricalDtype) or s.dtype.kind == "b":
        return as_strings(s), "categorical"
    if s.dtype.kind in "iuf":
        return finish_numeric(s), "numeric"
    if s.dtype == object:
        values = s.dropna()
        if len(values) and all(
            isinstance(v, (int, float, np.integer, np.floating))
            and not isinstance(v, (bool, np.bool_))
            for v in values
        ):
            return finish_numeric(pd.to_numeric(s.where(s.notna(), np.nan))), "numeric"
    s = clean_strings(s, normalised=True) if normalised else as_strings(s)
    if parse_strings:
        numbers = numeric_or_none(s, decimal)
        if numbers is not None:
            return numbers, "numeric"
    return s, string_type(s)


class StringStats:
    """What :func:`numeric_or_none` and :func:`string_type` decide, gathered chunk by chunk,
    so a column read in pieces gets the type the whole column would get."""

    def __init__(self) -> None:
        self.count = 0  # non-missing values
        self.leading_zero = self.long_int = False
        self.dot = self.comma = self.integer = True
        self.distinct: set[str] | None = set()  # None: more than MAX_CATEGORIES
        self.longest = 0

    def add(self, s: pd.Series) -> None:
        """Take in a chunk of clean strings (see :func:`clean_strings`)."""
        values = s.dropna()
        if values.empty:
            return
        self.count += len(values)
        if not (self.leading_zero or self.long_int) and (self.dot or self.comma):
            self.leading_zero = bool(values.str.match(_LEADING_ZERO).any())
            self.long_int = bool(values.str.match(_LONG_INT).any())
            if self.dot:
                self.dot = bool(values.str.fullmatch(_NUM_DOT).all())
            if self.comma:
                self.comma = bool(values.str.fullmatch(_NUM_COMMA).all())
            if self.integer:
                self.integer = bool(values.str.fullmatch(_INT).all())
        if self.distinct is not None:
            self.distinct.update(values.unique())
            if len(self.distinct) > MAX_CATEGORIES:
                self.distinct = None
            else:
                self.longest = max(self.longest, int(values.str.len().max()))

    def numeric(self, decimal: str | None) -> str | None:
        """ "." or "," when the whole column is numbers with that decimal separator."""
        if not self.count or self.leading_zero or self.long_int:
            return None
        if decimal != "," and self.dot:
            return "."
        if decimal != "." and self.comma:
            return ","
        return None

    def type(self, decimal: str | None) -> str:
        if self.numeric(decimal):
            return "numeric"
        if (
            not self.count
            or self.distinct is None
            or len(self.distinct) > MAX_DISTINCT_SHARE * self.count
            or self.longest > MAX_CATEGORY_CHARS
        ):
            return "text"
        return "categorical"

    def convert(self, s: pd.Series, decimal: str | None) -> pd.Series:
        """A chunk of clean strings as the column's type has it (numbers or strings)."""
        separator = self.numeric(decimal)
        if separator is None:
            return s
        if separator == ",":
            s = s.str.replace(",", ".", regex=False)
        return _to_number(s, integer=self.integer)
