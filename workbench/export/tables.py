"""Coded tables: every coded segment, and codes x subgroups with weighted prevalence.

Both are written as ``csv`` or ``xlsx`` through :func:`write_table`, which every tabular
export shares:

- csv: UTF-8 with a byte-order mark (Excel reads the accents), ``,``-separated, CRLF. A
  preamble comes first: the line that names the export (:func:`~.common.header_line`),
  then one line per note; an empty line ends it and the table (column names, rows)
  follows. :func:`read_csv_table` reads both parts back.
- xlsx: the table on the first sheet (column names in row 1), the header line and the
  notes on a second sheet ``about``. Document properties carry the state's time, and the
  archive has fixed dates, so the same state gives the same bytes. Text longer than an
  Excel cell holds (32,767 characters) is cut and ends in "…" (csv keeps it whole).

Every text cell passes through :func:`~.common.safe_cell`, so nothing runs as a formula.

Coded segments (:func:`write_segments`): one row per live coding (not removed) made by a
person (source ``human``) or accepted from a model (``accepted``), in codebook order, then
document and position. Open model suggestions are left out unless ``suggestions=True``
(researchers only), and then marked ``suggestion`` in the ``source`` column with the
model's score; rejected suggestions are never exported. A viewer export keeps the same
columns but leaves every id, document title, respondent, speaker and group empty (quotes
carry no link to a person or a focus group, as in Browse), redacts personal data in the
text, and leaves out the rows of a code (with its sub-codes) applied to fewer than
``min_cell`` distinct respondents (answers) or focus-group participants (turns): the rule
Browse shows quotes by.

Codes x subgroups (:func:`write_subgroups`): see its docstring.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.writer.excel import ExcelWriter

from .. import browse, estimation
from ..codebook import Codebook
from ..errors import InputError
from ..estimation import code_indicator
from ..figures import THIN_MENTIONS
from ..store import design as design_sql
from ..store import exports as sql
from ..store import queries
from .common import ExportContext, header_line, safe_cell, stable_zip, write_atomically

FORMATS = ("csv", "xlsx")
SEGMENT_COLUMNS = (
    "coding_id",
    "document_id",
    "document",
    "kind",
    "respondent",
    "speaker",
    "group",
    "question",
    "start",
    "end",
    "text",
    "code",
    "coder",
    "source",
    "score",
    "time",
)
# what a viewer export leaves empty: anything that points at a person, a document or a group
PERSONAL_COLUMNS = (
    "coding_id",
    "document_id",
    "document",
    "respondent",
    "speaker",
    "group",
    "start",
    "end",
)
SUBGROUP_COLUMNS = (
    "code",
    "variable",
    "value",
    "prevalence_pct",
    "ci_low_pct",
    "ci_high_pct",
    "n",
    "n_coded",
    "p",
    "sig",
    "method",
    "basis",
    "note",
)
OVERALL = "(all)"
AMONG = {"answered": "respondents with an open answer", "all": "all respondents"}
MAX_GROUPS = 12
XLSX_CELL = 32767  # the most characters an Excel cell holds


# -- writing any table ------------------------------------------------------------------
def write_table(
    ctx: ExportContext,
    out: str | Path,
    fmt: str,
    frame: pd.DataFrame,
    *,
    sheet: str,
    notes: Sequence[str] = (),
) -> Path:
    """Write ``frame`` with the export's header line and ``notes`` as ``fmt`` (csv or
    xlsx) to ``out``, through a temporary file renamed only when complete."""
    if fmt not in FORMATS:
        raise InputError(None, f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    preamble = [header_line(ctx), *notes]
    rows = _cells(frame)
    data = (
        _csv_bytes(preamble, list(frame.columns), rows)
        if fmt == "csv"
        else _xlsx_bytes(ctx, preamble, sheet, list(frame.columns), rows)
    )
    return write_atomically(Path(out), data)


def _cells(frame: pd.DataFrame) -> list[list[Any]]:
    """Rows of plain Python values, missing values as None."""
    plain = frame.astype(object).where(frame.notna(), None)
    return [[v.item() if hasattr(v, "item") else v for v in row] for row in plain.values.tolist()]


def _csv_bytes(preamble: list[str], columns: list[str], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([safe_cell(line)] for line in preamble)
    writer.writerow([])
    writer.writerow([safe_cell(c) for c in columns])
    writer.writerows([["" if v is None else safe_cell(v) for v in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_cell(value: Any) -> Any:
    """A value as an xlsx cell holds it: text safe, without the control characters XML
    forbids, and cut to the 32,767 characters a cell can hold."""
    if isinstance(value, str):
        text = safe_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
        return text if len(text) <= XLSX_CELL else text[: XLSX_CELL - 1] + "…"
    return value


def _xlsx_bytes(
    ctx: ExportContext, preamble: list[str], sheet: str, columns: list[str], rows: list[list[Any]]
) -> bytes:
    book = Workbook()
    table = book.active
    table.title = sheet
    for row in [columns, *rows]:
        table.append([_xlsx_cell(v) for v in row])
    about = book.create_sheet("about")
    for line in preamble:
        about.append([_xlsx_cell(line)])
    book.properties.creator = "Duiding"
    book.properties.title = preamble[0]
    book.properties.created = book.properties.modified = _state_time(ctx)
    buffer = io.BytesIO()
    # ExcelWriter directly: openpyxl's save_workbook stamps the wall clock as "modified"
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return stable_zip(buffer.getvalue())


def _state_time(ctx: ExportContext) -> dt.datetime:
    """The time of the state the export shows, naive UTC to the second (as openpyxl wants)."""
    as_of = ctx.meta.get("as_of")
    if not as_of:
        return dt.datetime(1980, 1, 1)
    moment = dt.datetime.fromisoformat(as_of)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def read_csv_table(path: str | Path) -> tuple[list[str], pd.DataFrame]:
    """A csv export read back: its preamble lines and its table (every cell as text)."""
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    end = rows.index([])
    columns, *body = rows[end + 1 :]
    return [r[0] for r in rows[:end]], pd.DataFrame(body, columns=columns, dtype=object)


# -- coded segments ---------------------------------------------------------------------
def segment_table(ctx: ExportContext, *, suggestions: bool = False) -> tuple[pd.DataFrame, int]:
    """The coded segments as the audience may see them, and how many rows a viewer
    export left out (codes from too few people)."""
    if suggestions and ctx.viewer:
        raise InputError(None, "a viewer export carries no model suggestions")
    sources = ("human", "accepted", "suggestion") if suggestions else ("human", "accepted")
    db = ctx.core.db
    rows = sql.coded_spans(db, sources, ctx.core.reader)
    codes = Codebook(ctx.core).codes(include_inactive=True)
    rows["code"] = rows["code_id"].map({c.id: c.path for c in codes})
    rows["_order"] = rows["code_id"].map({c.id: i for i, c in enumerate(codes)})
    speakers = sql.coding_speakers(db, sources).drop_duplicates()
    rows["speaker"] = rows["coding_id"].map(speakers.groupby("coding_id")["speaker"].agg(", ".join))
    rows["group"] = rows["focus_group"].where(rows["kind"] == "transcript", rows["stratum"])
    rows = rows.sort_values(["_order", "document_id", "start", "coding_id"], ignore_index=True)
    left_out = 0
    if ctx.viewer:
        shown = _shown(ctx, rows)
        left_out = int((~shown).sum())
        rows = rows[shown].copy()
        rows["text"] = rows["text"].map(ctx.quote)
        rows[list(PERSONAL_COLUMNS)] = None
    return rows[list(SEGMENT_COLUMNS)], left_out


def _shown(ctx: ExportContext, rows: pd.DataFrame) -> pd.Series:
    """Per row: may a viewer see this quote? Only if its code (with sub-codes) was applied
    to at least min_cell respondents (answers) or participants (turns), counted as
    Browse counts them."""
    allowed: dict[tuple[str, str], bool] = {}
    for path, (respondents, participants) in browse.people(
        ctx.core, list(rows["code"].unique())
    ).items():
        allowed[(path, "answer")] = not ctx.small(respondents)
        allowed[(path, "transcript")] = not ctx.small(participants)
    return pd.Series(
        [allowed[key] for key in zip(rows["code"], rows["kind"])], index=rows.index, dtype=bool
    )


def write_segments(
    ctx: ExportContext, out: str | Path, fmt: str, *, suggestions: bool = False
) -> dict:
    """Write every live coding as a row (see the module docstring) to ``out`` as ``fmt``
    (csv or xlsx). ``suggestions`` adds open model suggestions (researchers only)."""
    table, left_out = segment_table(ctx, suggestions=suggestions)
    kinds = "human, accepted and open model suggestions" if suggestions else "human and accepted"
    notes = [f"one row per live coding ({kinds}) in codebook order"]
    if ctx.viewer:
        notes += [
            "personal data in the text redacted; no ids, respondents, speakers or groups",
            f"{left_out} rows left out: codes applied to fewer than {ctx.min_cell} "
            "respondents or participants",
        ]
    path = write_table(ctx, out, fmt, table, sheet="segments", notes=notes)
    return {"path": str(path), "format": fmt, "rows": len(table), "left_out": left_out, **ctx.meta}


# -- codes x subgroups -----------------------------------------------------------------
def default_by(ctx: ExportContext) -> list[str]:
    """The variables with known population margins (as the report), or, without margins,
    the categorical survey variables (not id, weight or stratum) with 2 to 12 values."""
    frame = ctx.core.respondents()
    margins = sorted(v for v in design_sql.margins(ctx.core.db) if v in frame.columns)
    if margins:
        return margins
    return [
        v["name"]
        for v in queries.variables(ctx.core.db)
        if v["role"] == "variable"
        and v["type"] == "categorical"
        and v["name"] in frame
        and 2 <= frame[v["name"]].dropna().nunique() <= MAX_GROUPS
    ]


def subgroup_table(
    ctx: ExportContext, by: Sequence[str] | None = None, among: str = "answered"
) -> pd.DataFrame:
    """Per code with coded answers: the overall row and one row per value of each ``by``
    variable (see :func:`write_subgroups`)."""
    if among not in AMONG:
        raise InputError(None, f"among must be one of {', '.join(AMONG)}, not {among!r}")
    by = default_by(ctx) if by is None else list(by)
    frame = ctx.core.respondents()
    unknown = [v for v in by if v not in frame.columns]
    if unknown:
        raise InputError(None, f"no survey variable {unknown[0]!r}")
    rows: list[dict] = []
    for code in Codebook(ctx.core).codes():
        rows += _code_rows(ctx, code.path, frame, by, among)
    return pd.DataFrame(rows, columns=list(SUBGROUP_COLUMNS), dtype=object)


def _code_rows(
    ctx: ExportContext, path: str, frame: pd.DataFrame, by: Sequence[str], among: str
) -> list[dict]:
    coded = code_indicator(ctx.core, path).to_numpy()
    if not coded.any():  # no coded answers (yet): the code has no figures
        return []
    try:
        overall = estimation.estimate(
            ctx.core, code=path, among=among, min_cell=ctx.min_cell, method="best"
        )
    except InputError as refused:  # no valid figure yet (coverage): say so, no number
        return [
            {
                "code": path,
                "variable": OVERALL,
                "value": "",
                "note": f"no valid figure: {refused.problem}",
            }
        ]
    figure = {"method": overall["method"], "basis": overall["basis"]}
    rows = [{**_cell(ctx, path, OVERALL, "", overall["estimates"][0], coded.sum()), **figure}]
    for variable in by:
        result = estimation.estimate(
            ctx.core,
            code=path,
            by=[variable],
            among=among,
            min_cell=ctx.min_cell,
            method=overall["method"],
            sample=(overall["sample"] or {}).get("name"),
        )
        per_value = pd.Series(coded).groupby(frame[variable].astype(str).to_numpy()).sum()
        test = result["test"] or {}
        for estimate in result["estimates"]:
            value = str(estimate[variable])
            row = _cell(ctx, path, variable, value, estimate, per_value.get(value, 0))
            row.update(p=_round(test.get("p"), 4), sig=test.get("sig", ""), **figure)
            rows.append(row)
    return rows


def _cell(
    ctx: ExportContext, path: str, variable: str, value: str, estimate: dict, coded: float
) -> dict:
    """One row of the table; empty with a note when the group or its coded respondents
    are fewer than min_cell."""
    row = {"code": path, "variable": variable, "value": value}
    if estimate["suppressed"]:
        return {**row, "note": f"suppressed: fewer than {ctx.min_cell} respondents"}
    if ctx.small(coded):
        return {**row, "note": f"suppressed: fewer than {ctx.min_cell} coded respondents"}
    return {
        **row,
        "prevalence_pct": _round(100 * estimate["estimate"], 1),
        "ci_low_pct": _round(100 * estimate["ci_low"], 1),
        "ci_high_pct": _round(100 * estimate["ci_high"], 1),
        "n": estimate["n"],
        "n_coded": estimate.get("n_coded"),
        "note": f"thin: fewer than {THIN_MENTIONS} human-coded mentions, so the coverage of "
        "its CI is uncertain"
        if estimate.get("thin")
        else "",
    }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


def write_subgroups(
    ctx: ExportContext,
    out: str | Path,
    fmt: str,
    by: Sequence[str] | None = None,
    among: str = "answered",
) -> dict:
    """Write the codes x subgroups table to ``out`` as ``fmt`` (csv or xlsx).

    One row per code that has coded answers and per subgroup: first the overall row
    (variable ``(all)``), then one row per value of each ``by`` variable (default:
    :func:`default_by`, the variables with known population margins).
    Columns: weighted prevalence of the code among ``among`` respondents ("answered": those
    with an open answer; "all") in percent with its 95% CI (logit), the unweighted n of the
    group, and per variable the Rao-Scott p-value of the differences with ``*`` below .05.
    A group of fewer than min_cell respondents, or with fewer than min_cell coded
    respondents, is left empty with a note, for every audience."""
    table = subgroup_table(ctx, by, among)
    suppressed = int((table["note"] != "").sum())
    notes = [
        f"weighted prevalence (%) of each code among {AMONG[among]}, 95% CI (logit), "
        "unweighted n of the group; p: Rao-Scott test of the differences between the "
        "groups of the variable, * p < .05",
        f"{suppressed} cells suppressed: fewer than {ctx.min_cell} respondents in the "
        "group, or fewer coded respondents",
    ]
    path = write_table(ctx, out, fmt, table, sheet="subgroups", notes=notes)
    return {
        "path": str(path),
        "format": fmt,
        "rows": len(table),
        "suppressed": suppressed,
        **ctx.meta,
    }
