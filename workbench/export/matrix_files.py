"""A matrix written to a file: a heatmap (PNG, SVG) of one figure, or every cell (CSV) with
the header naming project, state and threshold. The matrix comes blanked (its suppressed
cells' figures None, see :mod:`workbench.matrices`): nothing here decides what is shown."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .common import context, header_line, safe_cell, write_atomically

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

SUFFIXES = {".png": "png", ".svg": "svg", ".csv": "csv"}
TITLES = {
    "units": "units",
    "people": "people",
    "size": "group size",
    "share": "weighted share",
    "ci_low": "95% CI, low end",
    "ci_high": "95% CI, high end",
}


def chart(matrix: Any, figure: str = "people", fmt: str = "png") -> bytes:
    """The heatmap of one figure of a (blanked) matrix."""
    from .report import charts  # matplotlib: loaded when a chart is made

    table = matrix.table(figure)
    values = [[None if v is None or v != v else float(v) for v in row] for row in table.values]
    who = matrix.people if figure == "people" else TITLES[figure]
    title = f"{who} per code x {'code' if matrix.kind == 'codes' else matrix.columns_of}"
    footer = (
        f"{charts.DASH}: suppressed (fewer than {matrix.min_cell} {matrix.people}). "
        f"Units: {matrix.unit}."
    )
    return charts.heatmap(
        values,
        list(table.index),
        [str(c) for c in table.columns],
        title,
        fmt=fmt,
        percent=figure in ("share", "ci_low", "ci_high"),
        footer=footer,
    )


def csv_bytes(core: Core, matrix: Any) -> bytes:
    """Every cell as a CSV row, spreadsheet-safe, after a header line naming the export."""
    out = io.StringIO()
    out.write(f"# {header_line(context(core, viewer=True))}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(matrix.cells.columns))
    for row in matrix.cells.itertuples(index=False):
        writer.writerow(["" if v is None or v != v else safe_cell(v) for v in row])
    return out.getvalue().encode("utf-8")


def write(core: Core, matrix: Any, out: Path, figure: str = "people") -> dict:
    """Write ``matrix`` to ``out`` as its suffix says (.png, .svg, .csv), atomically."""
    fmt = SUFFIXES.get(out.suffix.lower())
    if fmt is None:
        raise InputError(str(out), f"write a matrix as {', '.join(SUFFIXES)}, not {out.suffix!r}")
    if figure not in TITLES:
        raise InputError(None, f"no figure {figure!r}; use one of {', '.join(TITLES)}")
    if not out.parent.is_dir():
        raise InputError(str(out), "no such folder")
    data = csv_bytes(core, matrix) if fmt == "csv" else chart(matrix, figure, fmt)
    write_atomically(out, data)
    suppressed = int(matrix.cells["suppressed"].sum())
    return {"path": str(out), "format": fmt, "cells": len(matrix.cells), "suppressed": suppressed}
