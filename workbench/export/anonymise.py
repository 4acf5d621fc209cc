"""The anonymised respondent-level dataset: one row per respondent, nobody singled out.

What it holds, per respondent:

- ``respondent``: a pseudonym ``P0001`` ... Respondents are numbered in a random order
  seeded from a digest of all respondents' survey data (:func:`pseudonyms`): the same
  survey data give the same pseudonyms, so exports of later project states line up, but
  nobody can derive a pseudonym from an external id without holding the whole survey.
  Rows are in pseudonym order, which tells nothing about the original order.
- ``stratum``, ``weight`` and every survey variable except the id and free-text variables.
- each open answer (a column per question) with personal data redacted
  (:func:`workbench.privacy.redact`).
- ``code: PATH``: 1 when the respondent's open answers carry the code or a sub-code (live
  human or accepted codings), else 0; one column per active code.

Quasi-identifiers (default: the stratum and the categorical and numeric survey variables)
are coarsened until every combination of their values, together with the weight, is
shared by at least ``k`` respondents (default: the project's small-cell threshold, never
below it; the weight is in the check because design weights tell the stratum and raked
weights the raking cells). Greedy, one step at a time, each time the step that makes the
most rows safe per changed cell:

1. merge the two rarest categories of a categorical variable into one (``a / b``), as
   long as two categories are left; widen the bins of a numeric variable (``40-49``);
2. when no merge or bin helps any more: blank the variable (weight included) for the rows
   still in too small a group;
3. last resort: blank every quasi-identifier of the rows still in too small a group (and,
   when those rows are fewer than ``k``, of the smallest groups until they are not).

An empty cell is a value like any other in the check (natural blanks and blanked values
look the same in the file). What was done is the report: in the export's notes (the csv
preamble, the xlsx ``about`` sheet) and in the returned dict.

With ``full`` (owners, never under the viewer rules) the dataset is the researcher's full
version instead (:func:`full_dataset`): respondent ids, every value as recorded, answers
unredacted. Both are written as csv, xlsx, SPSS .sav or a zip of a tidy csv and an R
script (:mod:`.statfiles`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .. import figures, privacy, small_cells
from ..codebook import Codebook
from ..errors import InputError
from ..store import exports as sql
from ..store import queries
from .common import CODE_PREFIX, ExportContext
from .tables import write_table

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

STATED_RULE = (
    "code columns: 1 = the code or a sub-code applies (the consensus decision where one is "
    "recorded, else any coder's live or accepted coding), 0 = it does not (every answer "
    "read) or no open answer, empty = an answer not read yet"
)
BLANK = ""
DESIGN = ("stratum", "weight")


# -- pseudonyms and columns ------------------------------------------------------------
def pseudonyms(core: Core) -> dict[str, str]:
    """External id -> pseudonym: respondents numbered in a random order seeded from the
    digest of all their survey data (:func:`workbench.store.exports.respondents_digest`)."""
    ids = sorted(core.respondents()["respondent"])
    seed = int(sql.respondents_digest(core.db)[:16], 16)
    numbers = np.random.default_rng(seed).permutation(len(ids)) + 1
    width = max(4, len(str(len(ids))))
    return {rid: f"P{n:0{width}d}" for rid, n in zip(ids, numbers.tolist())}


def survey_columns(core: Core) -> list[str]:
    """The stratum, the weight and every survey variable but the id and free text."""
    kept = [
        v["name"]
        for v in queries.variables(core.db)
        if v["role"] == "variable" and v["type"] != "text"
    ]
    return [*DESIGN, *kept]


def default_quasi(core: Core) -> list[str]:
    """The stratum and every categorical and numeric survey variable."""
    return [c for c in survey_columns(core) if c != "weight"]


def _check_quasi(core: Core, quasi: Sequence[str]) -> list[str]:
    allowed = survey_columns(core)
    unknown = [q for q in quasi if q not in allowed]
    if unknown:
        raise InputError(
            None,
            f"{unknown[0]!r} is not a survey variable of the dataset "
            f"(choose from {', '.join(allowed)})",
        )
    return list(dict.fromkeys(q for q in quasi if q != "weight"))


# -- the coarsening ----------------------------------------------------------------------
@dataclass
class _Column:
    """One quasi-identifier as it is coarsened: its labels ("" = blank) and how to go on.
    ``kind``: categorical (merged), numeric (binned by ``widths``) or fixed (only blanked)."""

    name: str
    kind: str
    labels: np.ndarray
    values: np.ndarray | None = None
    widths: list[float] = field(default_factory=list)
    relabelled: bool = False

    @classmethod
    def of(cls, name: str, series: pd.Series, fixed: bool = False) -> _Column:
        if pd.api.types.is_numeric_dtype(series) and not fixed:
            values = series.to_numpy(dtype=float)
            return cls(name, "numeric", _labels(values, None), values, _widths(values))
        labels = np.array([BLANK if pd.isna(v) else str(v) for v in series], dtype=object)
        return cls(name, "fixed" if fixed else "categorical", labels)

    def output(self, series: pd.Series) -> pd.Series:
        """The column as exported: the original values (blanked ones empty) unless merged
        or binned, then the labels."""
        blank = self.labels == BLANK
        if not self.relabelled:
            return series.astype(object).where(~blank, None)
        return pd.Series(np.where(blank, None, self.labels), index=series.index, dtype=object)


def _labels(values: np.ndarray, width: float | None) -> np.ndarray:
    """Numeric values as labels: exact, or the bin of ``width`` they fall in."""
    integral = bool(np.all(np.isnan(values) | (values == np.round(values))))
    keys = values if width is None else np.floor(values / width) * width
    known = ~np.isnan(keys)
    distinct, which = np.unique(keys[known], return_inverse=True)
    out = np.full(len(values), BLANK, dtype=object)
    out[known] = np.array(
        [_label(v, width, integral) for v in distinct.tolist()] + [BLANK], dtype=object
    )[which]
    return out


def _label(low: float, width: float | None, integral: bool) -> str:
    if width is None:
        return str(int(low)) if integral else repr(low)
    if integral:
        return f"{int(low)}-{int(low + width - 1)}"
    return f"{round(low, 10):g}-{round(low + width, 10):g}"


def _widths(values: np.ndarray) -> list[float]:
    """Bin widths to try, narrow to wide (1, 2, 5 x 10^e), while they leave two bins."""
    finite = values[~np.isnan(values)]
    if len(finite) == 0 or finite.min() == finite.max():
        return []
    integral = np.all(finite == np.round(finite))
    width = 2.0 if integral else 10 ** math.floor(math.log10((finite.max() - finite.min()) / 100))
    widths = []
    while len(np.unique(np.floor(finite / width))) >= 2:
        if not integral or width >= 2:
            widths.append(width)
        width = _next_nice(width)
    return widths


def _next_nice(width: float) -> float:
    exponent = math.floor(math.log10(width) + 1e-9)
    mantissa = round(width / 10**exponent)
    return {1: 2, 2: 5}.get(mantissa, 10) * 10**exponent


@dataclass(frozen=True)
class _Step:
    column: int
    labels: np.ndarray
    entry: dict
    relabels: bool = True
    width: float | None = None


def _merge(i: int, column: _Column) -> list[_Step]:
    """The two rarest categories of a categorical column merged, if two are left after."""
    counts = pd.Series(column.labels[column.labels != BLANK]).value_counts()
    if column.kind != "categorical" or len(counts) < 3:
        return []
    (a, _), (b, _) = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]))[:2]
    into = " / ".join(sorted({*a.split(" / "), *b.split(" / ")}))
    labels = np.where(np.isin(column.labels, [a, b]), into, column.labels).astype(object)
    return [
        _Step(
            i,
            labels,
            {
                "variable": column.name,
                "action": "merged",
                "detail": f"{a!r} and {b!r} into {into!r}",
            },
        )
    ]


def _widen(i: int, column: _Column) -> list[_Step]:
    """Wider bins of a numeric column, narrow to wide."""
    if column.kind != "numeric":
        return []
    return [
        _Step(
            i,
            _labels(column.values, width),
            {"variable": column.name, "action": "binned", "detail": f"bins of width {width:g}"},
            width=width,
        )
        for width in column.widths
    ]


def _blank(i: int, column: _Column, small: np.ndarray) -> list[_Step]:
    labels = np.where(small, BLANK, column.labels).astype(object)
    return [
        _Step(
            i,
            labels,
            {
                "variable": column.name,
                "action": "blanked",
                "detail": "in rows still in too small a group",
            },
            relabels=False,
        )
    ]


def _codes(labels: np.ndarray) -> np.ndarray:
    return pd.factorize(labels)[0].astype(np.int64)


def _combine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One code per distinct pair (a, b); both non-negative codes."""
    return pd.factorize(a * (int(b.max(initial=0)) + 1) + b)[0].astype(np.int64)


def _sizes(key: np.ndarray) -> np.ndarray:
    """Per row: how many rows share its key."""
    return np.bincount(key)[key]


class _Coarsening:
    """The greedy search: columns, their codes, and keys of all columns but one."""

    def __init__(self, columns: list[_Column], k: int) -> None:
        self.columns, self.k = columns, k
        self.codes = [_codes(c.labels) for c in columns]
        self.report: list[dict] = []

    def _key(self) -> np.ndarray:
        key = np.zeros(len(self.codes[0]), dtype=np.int64)
        for codes in self.codes:
            key = _combine(key, codes)
        return key

    def small(self) -> np.ndarray:
        """Per row: is its group (the rows with its combination of values) under k?"""
        return small_cells.mask(_sizes(self._key()), self.k)

    def _rest(self) -> list[np.ndarray]:
        """Per column: the combined key of every other column."""
        n, m = len(self.codes[0]), len(self.codes)
        prefix, suffix = [np.zeros(n, dtype=np.int64)], [np.zeros(n, dtype=np.int64)]
        for i in range(m):
            prefix.append(_combine(prefix[-1], self.codes[i]))
            suffix.append(_combine(suffix[-1], self.codes[m - 1 - i]))
        return [_combine(prefix[i], suffix[m - 1 - i]) for i in range(m)]

    def _deficit(self, key: np.ndarray) -> int:
        """How far the groups are from k: the sum over rows of k minus their group's size,
        where that is positive. Zero when every group holds k rows."""
        return int(np.maximum(self.k - _sizes(key), 0).sum())

    def _best(self, choices: Iterator[list[_Step]]) -> _Step | None:
        """Of each choice the first step that lowers the deficit (the narrowest bins that
        help), and of those the one that lowers it most per changed cell; None if none."""
        rest, before = self._rest(), self._deficit(self._key())
        best, best_score = None, 0.0
        for choice in choices:
            for step in choice:
                changed = int((step.labels != self.columns[step.column].labels).sum())
                gain = before - self._deficit(_combine(rest[step.column], _codes(step.labels)))
                if changed and gain > 0:
                    if gain / changed > best_score:
                        best, best_score = step, gain / changed
                        best.entry["rows"] = changed
                    break
        return best

    def _apply(self, step: _Step) -> None:
        column = self.columns[step.column]
        column.labels = step.labels
        column.relabelled |= step.relabels
        if step.width is not None:
            column.widths = [w for w in column.widths if w > step.width]
        self.codes[step.column] = _codes(step.labels)
        self.report.append(step.entry)

    def run(self) -> list[dict]:
        phase = "coarsen"
        while (small := self.small()).any():
            if phase == "coarsen":
                choices = (
                    choice
                    for i, c in enumerate(self.columns)
                    for choice in (_merge(i, c), _widen(i, c))
                )
            else:
                choices = (_blank(i, c, small) for i, c in enumerate(self.columns))
            step = self._best(choices)
            if step is not None:
                self._apply(step)
            elif phase == "coarsen":
                phase = "blank"
            else:
                self._suppress(small)
        return self.report

    def _suppress(self, small: np.ndarray) -> None:
        """Blank every column of the ``small`` rows, then of the smallest groups until the
        all-blank rows are at least k."""
        rows = small.copy()
        key = self._key()
        size = dict(zip(key.tolist(), _sizes(key).tolist()))
        for group in sorted(set(key[~rows].tolist()), key=lambda g: (size[g], g)):
            if rows.sum() + self._all_blank(~rows) >= self.k:
                break
            rows |= key == group
        for i, column in enumerate(self.columns):
            column.labels = np.where(rows, BLANK, column.labels).astype(object)
            self.codes[i] = _codes(column.labels)
        self.report.append(
            {
                "variable": "(all quasi-identifiers)",
                "action": "blanked",
                "detail": "rows in a group smaller than k after every other step",
                "rows": int(rows.sum()),
            }
        )

    def _all_blank(self, among: np.ndarray) -> int:
        blank = np.ones(len(among), dtype=bool)
        for column in self.columns:
            blank &= column.labels == BLANK
        return int((blank & among).sum())


def k_anonymise(
    frame: pd.DataFrame, quasi: Sequence[str], k: int, *, blank_only: Sequence[str] = ()
) -> tuple[pd.DataFrame, list[dict]]:
    """``frame`` with its ``quasi`` columns coarsened until every combination of their
    values holds at least ``k`` rows (see the module docstring), and the report of what
    was done. Columns in ``blank_only`` are never merged or binned, only blanked."""
    if small_cells.suppressed(len(frame), k):
        raise InputError(
            None,
            f"{len(frame)} respondents are fewer than k = {k}: "
            "nothing can be exported without singling someone out",
        )
    columns = [_Column.of(q, frame[q], fixed=q in blank_only) for q in quasi]
    report = _Coarsening(columns, k).run() if columns else []
    out = frame.copy()
    for column in columns:
        out[column.name] = column.output(frame[column.name])
    return out, report


# -- the dataset -------------------------------------------------------------------------
def dataset(
    ctx: ExportContext, quasi: Sequence[str] | None = None, k: int | None = None
) -> tuple[pd.DataFrame, dict]:
    """The anonymised dataset (see the module docstring) and its report."""
    core = ctx.core
    k = small_cells.raised(k, ctx.min_cell, "k")
    quasi = default_quasi(core) if quasi is None else _check_quasi(core, quasi)
    frame = core.respondents()
    columns = [c for c in survey_columns(core) if c in frame.columns]
    quasi = [q for q in quasi if q in columns]
    coarse, steps = k_anonymise(frame[columns], [*quasi, "weight"], k, blank_only=["weight"])
    table = pd.concat(
        [
            frame["respondent"].map(pseudonyms(core)),
            coarse,
            _answers(core, frame["respondent"]),
            _codes_applied(core),
        ],
        axis=1,
    )
    table = table.sort_values("respondent", ignore_index=True)
    return table, {"k": k, "quasi": quasi, "rows": len(table), "steps": steps}


def full_dataset(ctx: ExportContext) -> tuple[pd.DataFrame, dict]:
    """The researcher's full version (owners only): respondent ids, every survey variable
    (free text included) as recorded, the open answers unredacted, the codes as in
    :func:`dataset`; rows in the order of import. Not anonymised: for the research team."""
    if ctx.viewer:
        raise InputError(None, "the full dataset is not under the viewer rules: leave out full")
    core = ctx.core
    frame = core.respondents()
    kept = [
        v["name"]
        for v in queries.variables(core.db)
        if v["role"] == "variable" and v["name"] in frame.columns
    ]
    table = pd.concat(
        [
            frame[["respondent", *DESIGN, *kept]],
            _answers(core, frame["respondent"], redact=False),
            _codes_applied(core),
        ],
        axis=1,
    )
    return table, {"full": True, "rows": len(table), "steps": []}


def _answers(core: Core, respondents: pd.Series, redact: bool = True) -> pd.DataFrame:
    """Per respondent and question: the open answer, redacted unless ``redact`` is False."""
    answers = sql.open_answers(core.db)
    if redact:
        answers["text"] = answers["text"].map(privacy.redact)
    wide = answers.pivot(index="respondent", columns="question", values="text")
    wide = wide[list(dict.fromkeys(answers["question"]))]
    return wide.reindex(respondents.to_numpy()).set_index(respondents.index)


def _codes_applied(core: Core) -> pd.DataFrame:
    """Per respondent and active code (with its sub-codes): 1 where a human applied it, 0
    where it is known not to apply (every answer read) or there is no open answer, and
    empty where an answer was not read yet: an unread answer is not a "no"."""

    frame = core.respondents()
    ids = pd.Index(frame["respondent"].astype(str))
    columns = {}
    for code in Codebook(core).codes():
        facts = figures.respondent_facts(core, code.id)
        at = ids.get_indexer(facts.index)  # each respondent with an answer: their row
        value = np.zeros(len(ids))  # no open answer: 0
        value[at] = np.where(facts["known"], facts["y"].astype(float), np.nan)
        columns[CODE_PREFIX + code.path] = pd.Series(
            pd.array(value, dtype="Float64").astype("Int64"), index=frame.index
        )
    return pd.DataFrame(columns, index=frame.index)


def report_lines(report: dict) -> list[str]:
    """The report as lines for the export's notes."""
    if report.get("full"):
        return [
            "researcher's full version, NOT anonymised: respondent ids, every value as "
            "recorded, open answers unredacted; for the research team only"
        ]
    lines = [
        f"anonymised: every combination of {', '.join(report['quasi'] + ['weight'])} holds "
        f"at least {report['k']} respondents; pseudonyms instead of ids; open answers "
        "redacted; no id or free-text variables"
    ]
    lines += [
        f"{s['action']} {s['variable']}: {s['detail']} ({s['rows']} rows)" for s in report["steps"]
    ] or ["nothing had to be coarsened"]
    return lines


def write_dataset(
    ctx: ExportContext,
    out: str | Path,
    fmt: str,
    quasi: Sequence[str] | None = None,
    k: int | None = None,
    full: bool = False,
) -> dict:
    """Write the respondent-level dataset to ``out`` as ``fmt``: anonymised, or with
    ``full`` the researcher's full version (:func:`full_dataset`; quasi and k do not
    apply). csv and xlsx carry the report of what was coarsened in their notes; sav and
    zip (a tidy csv with an R script) are for statistics packages
    (:mod:`.statfiles`). Returns the report."""
    if full and (quasi or k):
        raise InputError(None, "the full dataset is not anonymised: quasi and k do not apply")
    table, report = full_dataset(ctx) if full else dataset(ctx, quasi, k)
    notes = [*report_lines(report), STATED_RULE]
    if fmt in ("sav", "zip"):
        from .statfiles import write_statfile

        path = write_statfile(ctx, Path(out), fmt, table, notes)
        return {"path": str(path), "format": fmt, **report, **ctx.meta}
    path = write_table(ctx, out, fmt, table, sheet="respondents", notes=notes)
    return {"path": str(path), "format": fmt, **report, **ctx.meta}
