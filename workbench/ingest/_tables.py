"""Binary survey formats (.xlsx, .sav, .parquet) to raw column lists.

Each reader returns column names and one pandas Series per column (values as the library
gives them); cleaning and type inference happen in :mod:`workbench.ingest.survey`.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from workbench.errors import InputError
from workbench.formats import archives
from workbench.formats.text import binary_kind, read_bytes

from ._frame import value_key

# Sheet XML is verbose; these only stop archives no survey export produces.
XLSX_MAX_TOTAL = 1024 * archives.MiB
XLSX_MAX_RATIO = 1000
XLSX_MAX_ENTRIES = 10000


def check_names(
    path: Path, names: list[Any], header_row: int | None, positions: list[int] | None = None
) -> list[str]:
    """Strip/NFC column names; empty or duplicate names are errors naming the position
    (1-based, in the file: ``positions`` when columns were dropped before)."""
    clean: list[str] = []
    seen: dict[str, int] = {}
    for position, raw in zip(positions or range(1, len(names) + 1), names):
        name = "" if raw is None else unicodedata.normalize("NFC", value_key(raw)).strip()
        where = f"column {position}" + (f" ({_letter(position)})" if header_row else "")
        if not name:
            raise InputError(path, f"empty column name in {where}", row=header_row)
        if name in seen:
            raise InputError(
                path,
                f"duplicate column name {name!r} (columns {seen[name]} and {position})",
                row=header_row,
            )
        seen[name] = position
        clean.append(name)
    return clean


def _letter(position: int) -> str:
    letters = ""
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_xlsx(path: Path, sheet: str | int | None) -> tuple[list[str], list[pd.Series], pd.Index]:
    """Header from row 1 of the sheet; records keep their sheet row numbers as index.

    Empty rows are skipped (trailing ones included); columns without a name are dropped
    when they hold no values and an error otherwise.
    """
    import openpyxl  # only needed for .xlsx

    data = read_bytes(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            path,
            "not an .xlsx file (this is an old Excel .xls or other Office file; save it as .xlsx)",
        )
    with archives.open_zip(path, data, "not an .xlsx file") as archive:
        if "xl/workbook.xml" not in archive.namelist():
            raise InputError(
                path, "not an .xlsx file (a zip archive without xl/workbook.xml; a .docx or .ods?)"
            )
        archives.check_limits(
            path,
            archive,
            max_total=XLSX_MAX_TOTAL,
            max_ratio=XLSX_MAX_RATIO,
            max_entries=XLSX_MAX_ENTRIES,
        )
    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as exc:  # openpyxl raises many types on malformed input
        raise InputError(path, f"not an .xlsx file ({type(exc).__name__}: {exc})") from None
    try:
        ws = _pick_sheet(path, book, sheet)
        ws.reset_dimensions()  # some writers store a wrong size; read what is there
        rows = ws.iter_rows(values_only=True)
        header = list(next(rows, ()))
        if not any(_filled(v) for v in header):
            raise InputError(path, "row 1 is empty; column names must be on row 1", row=1)
        width = len(header)
        records: list[tuple[Any, ...]] = []
        numbers: list[int] = []
        for number, row in enumerate(rows, start=2):
            if not any(_filled(v) for v in row):
                continue
            records.append(row)
            numbers.append(number)
            width = max(width, len(row))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            path, f"cannot read the .xlsx sheet ({type(exc).__name__}: {exc})"
        ) from None
    finally:
        book.close()
    header += [None] * (width - len(header))
    columns = [[(r[j] if j < len(r) else None) for r in records] for j in range(width)]
    keep = []
    for j in range(width):
        if _filled(header[j]):
            keep.append(j)
            continue
        used = next((i for i, v in enumerate(columns[j]) if _filled(v)), None)
        if used is not None:
            raise InputError(
                path,
                f"empty column name in column {j + 1} ({_letter(j + 1)}) (the column holds values,"
                f" e.g. {value_key(columns[j][used])[:40]!r} on row {numbers[used]})",
                row=1,
            )
    names = check_names(
        path, [header[j] for j in keep], header_row=1, positions=[j + 1 for j in keep]
    )
    series = [pd.Series(columns[j], dtype=object) for j in keep]
    return names, series, pd.Index(numbers, dtype="int64")


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _pick_sheet(path: Path, book: Any, sheet: str | int | None) -> Any:
    sheets = book.worksheets
    names = [ws.title for ws in sheets]
    if not sheets:
        raise InputError(path, "the workbook has no worksheets")
    if sheet is None:
        return sheets[0]
    if isinstance(sheet, int):
        if 0 <= sheet < len(sheets):
            return sheets[sheet]
        raise InputError(
            path,
            f"no sheet number {sheet} (0-based); the workbook has {len(sheets)}: {', '.join(names)}",
        )
    if sheet in names:
        return sheets[names.index(sheet)]
    raise InputError(path, f"no sheet {sheet!r}; sheets are: {', '.join(names)}")


def read_sav(
    path: Path,
) -> tuple[list[str], list[pd.Series], dict[str, str | None], dict[str, dict[str, str]]]:
    """Raw values (value labels not applied), variable labels and value labels."""
    import pyreadstat

    data = read_bytes(path, 4096)  # also turns a missing file into a clear error
    if not (data.startswith(b"$FL2") or data.startswith(b"$FL3")):
        kind = binary_kind(data)
        raise InputError(
            path, f"not an SPSS .sav file ({f'this is {kind}' if kind else 'no SPSS header'})"
        )
    try:
        frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=False, user_missing=False)
    except (pyreadstat.ReadstatError, pyreadstat.PyreadstatError) as exc:
        raise InputError(path, f"not a readable SPSS .sav file ({exc})") from None
    names = list(frame.columns)
    labels = {n: _nfc(meta.column_names_to_labels.get(n)) for n in names}
    value_labels = {
        name: {value_key(k): _nfc(v) or "" for k, v in mapping.items()}
        for name, mapping in (meta.variable_value_labels or {}).items()
        if mapping
    }
    return names, [frame[n] for n in names], labels, value_labels


def _nfc(text: Any) -> str | None:
    """Stripped NFC text, None for missing or empty."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", str(text)).strip() or None


def read_parquet(path: Path) -> tuple[list[Any], list[pd.Series]]:
    """Columns of a Parquet file; a stored pandas index becomes ordinary columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = read_bytes(path)
    if not (data.startswith(b"PAR1") and data.endswith(b"PAR1")):
        kind = binary_kind(data)
        raise InputError(
            path, f"not a Parquet file ({f'this is {kind}' if kind else 'no Parquet magic bytes'})"
        )
    try:
        frame = pq.read_table(pa.BufferReader(data)).to_pandas()
    except (pa.ArrowException, ValueError, OSError) as exc:
        raise InputError(path, f"not a readable Parquet file ({exc})") from None
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
        frame = frame.reset_index()
    names = list(frame.columns)
    if len(set(map(str, names))) != len(names):
        check_names(path, names, header_row=None)
    return names, [frame.iloc[:, j] for j in range(len(names))]
