"""Reading survey files (CSV/TSV, Excel .xlsx, SPSS .sav, Parquet) into a typed frame.

Pure parsing: no database. Every problem with the file is one :class:`InputError` naming
the file, the row and the problem.

Conventions
-----------
* ``SurveyFile.frame`` has one row per record and the file's columns in file order. Its
  index (named "row") is the row a user sees: for CSV the line the record starts on in a
  text editor (header = line 1; blank lines count, so a record after a blank line keeps
  its line number; a quoted field with line breaks makes the next record start further
  down), for .xlsx the sheet row number (header = row 1), for .sav/.parquet the record
  number starting at 1. Records whose fields are all empty are skipped.
* Strings are NFC-normalised, CR/CRLF become LF, values are stripped, "" is missing (NaN).
* Types ("numeric" | "categorical" | "text"), see :mod:`workbench.ingest._frame`:
  a column of strings (CSV, cells of .xlsx) is numeric only if every non-empty value is a
  plain number ("12", "-1.5", "2e3"; or "1,25" when every value fits the decimal-comma
  form), none has a leading zero ("007" stays a string id) and no integer part has more
  than 15 digits; integral numbers are ``Int64``, others ``float64``; strings are
  "categorical" with <= 50 distinct values, <= 50% distinct among non-missing values and
  no value over 100 characters, else "text" (an all-empty column is "text"). String
  variables in .sav/.parquet are never re-parsed as numbers. SPSS variables with value
  labels, pandas categoricals and booleans are "categorical"; dates become ISO strings.
* CSV: delimiter (, ; tab) and encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM,
  Windows-1252) are detected unless given. Extra fields beyond the header are allowed
  only when empty; a column without a name is dropped when it holds no values.
* ``Column.value_labels`` keys are :func:`value_key` of the stored value: integral numbers
  without decimals ("1", never "1.0"), so ``labels[value_key(v)]`` or, for ``Int64`` and
  string columns, ``labels[str(v)]`` finds the label.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from workbench.errors import InputError
from workbench.formats.text import read_bytes

from ._frame import Column, infer, value_key
from ._tables import check_names, read_parquet, read_sav, read_xlsx
from .stream import SurveyStream, stream_csv, stream_whole

__all__ = [
    "Column",
    "SurveyFile",
    "SurveyStream",
    "read_survey",
    "stream_survey",
    "check_columns",
    "validate_ids",
    "validate_weights",
    "value_key",
]

FORMATS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".sav": "sav",
    ".zsav": "sav",
    ".parquet": "parquet",
}


@dataclass
class SurveyFile:
    """A parsed survey: the frame plus column metadata and how a CSV was read."""

    path: Path
    format: str  # "csv" | "xlsx" | "sav" | "parquet"
    frame: pd.DataFrame
    columns: dict[str, Column]
    encoding: str | None = None
    delimiter: str | None = None


def read_survey(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    sheet: str | int | None = None,
    decimal: str | None = None,
) -> SurveyFile:
    """Read a survey file, chosen by extension; see the module docstring for conventions.

    ``delimiter``/``encoding``/``decimal`` override detection for CSV; ``sheet`` picks an
    .xlsx sheet by name or 0-based position (default: the first).
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            path,
            f"unknown survey file type {path.suffix or '(no extension)'!r}; expected .csv, .tsv, .txt, .xlsx, .sav or .parquet",
        )
    if decimal not in (None, ".", ","):
        raise InputError(path, f"decimal separator must be '.' or ',', not {decimal!r}")
    if fmt != "csv" and not read_bytes(path, 4096).strip():
        raise InputError(path, "file is empty")
    if fmt == "csv":
        return _read_csv(path, delimiter=delimiter, encoding=encoding, decimal=decimal)
    if fmt == "xlsx":
        names, series, index = read_xlsx(path, sheet)
        return _assemble(path, fmt, names, series, index, parse_strings=True, decimal=decimal)
    if fmt == "sav":
        names, series, labels, value_labels = read_sav(path)
        index = pd.RangeIndex(1, len(series[0]) + 1 if series else 1)
        return _assemble(
            path,
            fmt,
            names,
            series,
            index,
            parse_strings=False,
            labels=labels,
            value_labels=value_labels,
        )
    names, series = read_parquet(path)
    index = pd.RangeIndex(1, len(series[0]) + 1 if series else 1)
    return _assemble(path, fmt, names, series, index, parse_strings=False)


def stream_survey(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str | None = None,
    sheet: str | int | None = None,
    decimal: str | None = None,
    chunk_rows: int | None = None,
    spill_dir: str | Path | None = None,
) -> SurveyStream:
    """Open a survey file for reading in chunks; the same checks and errors as
    ``read_survey``. CSV is spilled to a temporary file in ``spill_dir`` (default: the
    system's temporary folder), removed on :meth:`SurveyStream.close`; other formats are
    read whole and handed out in slices."""
    path = Path(path)
    if FORMATS.get(path.suffix.lower()) == "csv":
        return stream_csv(
            path,
            delimiter=delimiter,
            encoding=encoding,
            decimal=decimal,
            chunk_rows=chunk_rows,
            spill_dir=spill_dir,
        )
    survey = read_survey(path, delimiter=delimiter, encoding=encoding, sheet=sheet, decimal=decimal)
    return stream_whole(
        path,
        survey.format,
        survey.frame,
        survey.columns,
        survey.encoding,
        survey.delimiter,
        chunk_rows,
    )


def _read_csv(
    path: Path, *, delimiter: str | None, encoding: str | None, decimal: str | None
) -> SurveyFile:
    with stream_csv(path, delimiter=delimiter, encoding=encoding, decimal=decimal) as stream:
        return SurveyFile(
            path=path,
            format="csv",
            frame=stream.frame(),
            columns=stream.columns,
            encoding=stream.encoding,
            delimiter=stream.delimiter,
        )


def _assemble(
    path: Path,
    fmt: str,
    names: list[str],
    series: list[pd.Series],
    index: pd.Index,
    *,
    parse_strings: bool,
    decimal: str | None = None,
    labels: dict[str, str | None] | None = None,
    value_labels: dict[str, dict[str, str]] | None = None,
) -> SurveyFile:
    names = check_names(path, names, header_row=1 if fmt in ("csv", "xlsx") else None)
    if not names:
        raise InputError(path, "no columns")
    if not series or len(series[0]) == 0:
        raise InputError(
            path, "no data rows (only a header)" if fmt in ("csv", "xlsx") else "no data rows"
        )
    frame_columns: dict[str, pd.Series] = {}
    columns: dict[str, Column] = {}
    for name, s in zip(names, series):
        s = s.reset_index(drop=True)
        s.index = index
        s, kind = infer(s, parse_strings=parse_strings, decimal=decimal, normalised=fmt == "csv")
        vl = (value_labels or {}).get(name) or None
        if vl:
            kind = "categorical"
        frame_columns[name] = s
        columns[name] = Column(name, kind, (labels or {}).get(name) or None, vl)
    frame = pd.DataFrame(frame_columns, index=index)
    frame.index.name = "row"
    return SurveyFile(path=path, format=fmt, frame=frame, columns=columns)


def check_columns(survey: SurveyFile, required: dict[str, str]) -> None:
    """Raise if a column named for a role (e.g. ``{"--weight": "gewicht"}``) is absent."""
    for role, name in required.items():
        if name in survey.columns:
            continue
        shown = list(survey.columns)[:20]
        more = len(survey.columns) - len(shown)
        listing = ", ".join(shown) + (f", ... ({more} more)" if more > 0 else "")
        hint = next((c for c in survey.columns if c.casefold() == name.strip().casefold()), None)
        did_you_mean = f" (did you mean {hint!r}?)" if hint else ""
        raise InputError(
            survey.path, f"no column {name!r} for {role}{did_you_mean}; columns are: {listing}"
        )


def validate_ids(survey: SurveyFile, id_col: str) -> pd.Series:
    """Check that every record has a unique id; return the ids as strings (value_key form).

    Ids are compared as strings, so "7" and 7.0 are the same id.
    """
    check_columns(survey, {"the id column": id_col})
    ids = survey.frame[id_col]
    missing = ids.isna()
    if missing.any():
        raise InputError(
            survey.path, f"id column {id_col!r} is empty", row=int(ids.index[missing.argmax()])
        )
    keys = pd.Series([value_key(v) for v in ids], index=ids.index, dtype="str")
    dup = keys.duplicated()
    if dup.any():
        at = int(dup.argmax())
        key = keys.iloc[at]
        first = int(keys.index[(keys == key).argmax()])
        raise InputError(
            survey.path,
            f"duplicate id {key!r} in column {id_col!r} (first on row {first})",
            row=int(keys.index[at]),
        )
    return keys


def validate_weights(survey: SurveyFile, weight_col: str) -> pd.Series:
    """Check the weight column and return it as float64.

    A weight must be a finite number > 0. The first offending row (in file order) is
    reported with its value. Strings are accepted when they are numbers ("1.5" or "1,5").
    """
    check_columns(survey, {"--weight": weight_col})
    column = survey.frame[weight_col]
    if column.dtype.kind in "iuf" or isinstance(column.dtype, pd.Int64Dtype):
        numbers = column.astype("float64")
        bad = ~(np.isfinite(numbers) & (numbers > 0))
        if not bad.any():
            return numbers.rename(weight_col)
        column = column[bad]  # only the offending values need a message
    out = np.empty(len(column), dtype="float64")
    for i, (row, value) in enumerate(column.items()):
        problem, number = _weight_problem(value)
        if problem:
            raise InputError(survey.path, problem, row=int(row), column=weight_col)
        out[i] = number
    return pd.Series(out, index=column.index, name=weight_col)


def _weight_problem(value: object) -> tuple[str | None, float]:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "weight is missing", math.nan
    if isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return f"weight {value!r} is not a number", math.nan
        if "," in value and "." in value:
            return f"weight {value!r} is not a number", math.nan
    elif isinstance(value, (bool, np.bool_)):
        return f"weight {value!r} is not a number", math.nan
    else:
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return f"weight {value!r} is not a number", math.nan
    if not math.isfinite(number):
        return f"weight {value_key(value)} is not a finite number", math.nan
    if number <= 0:
        return f"weight {value_key(value)} must be > 0", math.nan
    return None, number
