"""Matrices: code x code co-occurrence, code x group (a survey variable, the focus groups
or a speaker attribute) with counts and weighted shares, and word frequencies per code or
group; as tables, and as heatmaps and CSV files with the small-cell rule applied.

A row is a code with its sub-codes (as every figure counts it). A cell counts units
(answers, turns) and people (respondents, focus-group participants); the small-cell rule
(:mod:`workbench.small_cells`) rests on people. Coders and owners see every count, the small
ones marked; a viewer gets them blanked, and so does everything written to a file, since
files leave the project. Weighted shares are the survey estimates of
:mod:`workbench.estimation` (method "best", among respondents who answered an open
question), never recomputed here; focus-group counts are never weighted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import estimation, nlp, small_cells, units
from .analysis import matrices as counting
from .codebook import Codebook
from .errors import InputError
from .store import matrices as sql
from .store import queries

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

CODES = "codes"
FOCUS_GROUP = "focus-group"  # the columns are the focus groups
SPEAKER = "speaker:"  # speaker:ATTRIBUTE: the values of a speaker attribute
KINDS = ("codes", "survey", "focus-group", "speakers")
FIGURES = ("units", "people", "size", "share", "ci_low", "ci_high")
CELL_COLUMNS = ("row", "column", *FIGURES, "suppressed")
ALL = "(all)"


@dataclass
class Matrix:
    """A code x something table as long cells (one row per cell, :data:`CELL_COLUMNS`):
    units and people with the code (and the column's code, or in the column's group),
    the group's size, the weighted share with its 95% CI (survey columns only) and
    whether the cell falls under the small-cell rule. ``hidden``: the suppressed cells'
    figures are None (a viewer's matrix, and every one written to a file)."""

    kind: str
    columns_of: str
    unit: str
    rows: list[str]
    columns: list[str]
    cells: pd.DataFrame
    min_cell: int
    hidden: bool
    people: str
    notes: list[str] = field(default_factory=list)

    def table(self, figure: str = "people") -> pd.DataFrame:
        """Rows x columns of one figure (objects; None where suppressed and hidden)."""
        if figure not in FIGURES:
            raise InputError(None, f"no figure {figure!r}; use one of {', '.join(FIGURES)}")
        wide = self.cells.pivot(index="row", columns="column", values=figure)
        return wide.reindex(index=self.rows, columns=self.columns).astype(object)

    def suppressed(self) -> pd.DataFrame:
        """Rows x columns: True where the cell falls under the small-cell rule."""
        wide = self.cells.pivot(index="row", columns="column", values="suppressed")
        return wide.reindex(index=self.rows, columns=self.columns).astype(bool)

    def blanked(self) -> Matrix:
        """The same matrix with the suppressed cells' figures set to None."""
        return replace(self, cells=_blank(self.cells, self.min_cell), hidden=True)

    def to_dict(self) -> dict[str, Any]:
        """The matrix as plain values (for --json and the UI)."""
        cells = self.cells.astype(object).where(self.cells.notna(), None)
        return {
            "kind": self.kind,
            "columns_of": self.columns_of,
            "unit": self.unit,
            "rows": list(self.rows),
            "columns": list(self.columns),
            "people": self.people,
            "min_cell": self.min_cell,
            "hidden": self.hidden,
            "notes": list(self.notes),
            "cells": [
                {k: _plain(v) for k, v in row.items()} for row in cells.to_dict(orient="records")
            ],
        }


def _plain(value: Any) -> Any:
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def _blank(cells: pd.DataFrame, threshold: int) -> pd.DataFrame:
    """Suppressed cells' figures as None; a group's size only where the group is small."""
    cells = cells.copy()
    hide = cells["suppressed"].to_numpy(dtype=bool)
    for name in ("units", "people", "share", "ci_low", "ci_high"):
        cells[name] = small_cells.blank_cells(cells[name], hide)
    cells["size"] = small_cells.blank_cells(
        cells["size"], small_cells.mask(cells["size"], threshold)
    )
    return cells


def _hidden(core: Core, suppress: bool) -> bool:
    """Small cells are blanked for a viewer, or when asked."""
    return suppress or core.role == "viewer"


def _rows(core: Core, codes: Sequence[str | int] | None) -> tuple[list[str], pd.DataFrame]:
    """The row codes' paths, and (code_id, row) pairs: a code counts in its own row and in
    each chosen ancestor's (``row``: the position in the paths)."""
    book = Codebook(core)
    every = book.codes()
    paths = [c.path for c in every] if codes is None else [book.get(c).path for c in codes]
    paths = list(dict.fromkeys(paths))
    pairs = [
        (code.id, row)
        for code in every
        for row, p in enumerate(paths)
        if code.path == p or code.path.startswith(p + "/")
    ]
    return paths, pd.DataFrame(pairs, columns=["code_id", "row"], dtype=np.int64)


def _person(frame: pd.DataFrame) -> np.ndarray:
    """A number per unit for the person behind it: 2 x the respondent's row id, or 2 x the
    speaker's + 1; NaN where neither is known (a turn without a speaker)."""
    respondent = frame["respondent_id"].to_numpy(dtype=float, na_value=np.nan)
    speaker = frame["speaker_id"].to_numpy(dtype=float, na_value=np.nan)
    return np.where(np.isnan(respondent), 2 * speaker + 1, 2 * respondent)


def _coded(core: Core, codes, unit: str, coders) -> tuple[list[str], pd.DataFrame]:
    """The row paths and one row per (unit, row) with the unit's person."""
    paths, rows = _rows(core, codes)
    coded = sql.coded_units(core.db, units.kinds(unit), list(coders) if coders else None)
    coded["person"] = _person(coded)
    return paths, coded.merge(rows, on="code_id")[["unit", "row", "person"]]


def _labelled(table: pd.DataFrame, rows: list[str], columns: list[str]) -> pd.DataFrame:
    """A table counted on positions, with the rows' and columns' names."""
    table.index, table.columns = list(rows), list(columns)
    return table


def _suppress(cells: pd.DataFrame, threshold: int, hidden: bool) -> pd.DataFrame:
    """Mark (and, if hidden, blank) the cells resting on fewer than ``threshold`` people,
    or in a group of fewer (a code x code cell has no group: its size is None)."""
    known = cells["size"].notna().to_numpy()
    small_group = known & small_cells.mask(cells["size"], threshold)
    cells["suppressed"] = small_cells.mask(cells["people"], threshold) | small_group
    return (_blank(cells, threshold) if hidden else cells).reset_index(drop=True)


def _long(counts: dict[str, pd.DataFrame], rows: list[str], columns: list[str]) -> pd.DataFrame:
    """Wide tables of the same shape as one long frame of cells."""
    index = pd.MultiIndex.from_product([rows, columns], names=["row", "column"])
    cells = pd.DataFrame(index=index)
    for name in FIGURES:
        if name in counts:
            cells[name] = counts[name].reindex(index=rows, columns=columns).stack().reindex(index)
        else:
            cells[name] = None
    return cells.reset_index().astype(dict.fromkeys(FIGURES, object))


def cooccurrence(
    core: Core,
    codes: Sequence[str | int] | None = None,
    *,
    unit: str = "units",
    coders: Sequence[str] | None = None,
    min_cell: int | None = None,
    suppress: bool = False,
) -> Matrix:
    """Code x code: the units and the people (respondents and participants) in whose
    units both codes were applied (by any coder, or by ``coders``); the diagonal is each
    code's own. Cells from fewer than the small-cell threshold of people are marked,
    and blanked for a viewer (or with ``suppress``)."""
    threshold = small_cells.min_cell(core, min_cell)
    paths, coded = _coded(core, codes, unit, coders)
    coded = coded.rename(columns={"row": "code"})
    at = range(len(paths))
    by_unit = _labelled(counting.cooccurrence(coded, "unit", at), paths, paths)
    by_person = _labelled(counting.cooccurrence(coded, "person", at), paths, paths)
    cells = _long({"units": by_unit, "people": by_person}, paths, paths)
    hidden = _hidden(core, suppress)
    return Matrix(
        kind="codes",
        columns_of=CODES,
        unit=units.name(unit),
        rows=paths,
        columns=list(paths),
        cells=_suppress(cells, threshold, hidden),
        min_cell=threshold,
        hidden=hidden,
        people="people",
    )


def _speakers(speakers: list[dict], groups: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {"person": [2.0 * s["id"] + 1 for s in speakers], "group": groups}, dtype=object
    ).astype({"person": float})


def grouping(core: Core, variable: str) -> tuple[str, str, pd.DataFrame]:
    """What ``variable`` groups people by: (kind, who is counted, members) where members
    has a ``person`` number (see :func:`_person`) and its ``group``: a survey variable's
    values over the respondents with an open answer, the focus groups (``focus-group``)
    or a speaker attribute's values (``speaker:NAME``, or a NAME that is no survey
    variable)."""
    if variable == FOCUS_GROUP:
        speakers = queries.speakers(core.db, None)
        return "focus-group", "participants", _speakers(speakers, [s["group"] for s in speakers])
    frame = core.respondents()
    name = variable.removeprefix(SPEAKER)
    if not variable.startswith(SPEAKER) and variable in frame.columns:
        answered = sql.answered_respondents(core.db)
        values = pd.Series(
            frame[variable].astype(str).to_numpy(dtype=object),
            index=frame["respondent"].to_numpy(dtype=object),
        )
        members = pd.DataFrame(
            {
                "person": 2.0 * answered["respondent_id"].to_numpy(dtype=float),
                "group": answered["respondent"].map(values).to_numpy(dtype=object),
            }
        )
        return "survey", "respondents", members
    speakers = [s for s in queries.speakers(core.db, None) if name in s["attributes"]]
    if not speakers:
        raise InputError(
            None,
            f"no survey variable or speaker attribute {name!r} "
            f"(use a survey variable, {FOCUS_GROUP}, or {SPEAKER}ATTRIBUTE)",
        )
    groups = [str(s["attributes"][name]) for s in speakers]
    return "speakers", "participants", _speakers(speakers, groups)


def _order(values: pd.Series) -> list[str]:
    return sorted(map(str, pd.unique(values.to_numpy(dtype=object))), key=lambda v: (v == "nan", v))


def by_variable(
    core: Core,
    variable: str,
    codes: Sequence[str | int] | None = None,
    *,
    unit: str = "units",
    coders: Sequence[str] | None = None,
    weighted: bool = True,
    min_cell: int | None = None,
    suppress: bool = False,
) -> Matrix:
    """Code x group of ``variable`` (see :func:`grouping`): per cell the units with the code
    and the people (respondents or participants) they come from, the group's size, and
    for a survey variable (``weighted``) the weighted share of respondents with the code
    with its 95% CI, from :func:`workbench.estimation.estimate`. Cells of fewer people
    than the threshold, or of a smaller group, are marked, and blanked for a viewer."""
    threshold = small_cells.min_cell(core, min_cell)
    kind, people, members = grouping(core, variable)
    paths, coded = _coded(core, codes, unit, coders)
    columns = _order(members["group"])
    members = members.assign(group=pd.Categorical(members["group"], columns).codes)
    group_of = members.drop_duplicates("person").set_index("person")["group"]
    coded = coded.assign(group=coded["person"].map(group_of)).rename(columns={"row": "code"})
    rows, at = range(len(paths)), range(len(columns))
    counts = {
        "units": _labelled(counting.crosstab(coded, "unit", rows, at), paths, columns),
        "people": _labelled(counting.crosstab(coded, "person", rows, at), paths, columns),
    }
    sizes = counting.group_sizes(members, "person", at)
    counts["size"] = pd.DataFrame([sizes.to_numpy()] * len(paths), index=paths, columns=columns)
    notes: list[str] = []
    if kind == "survey" and weighted:
        shares = _shares(core, variable, paths, threshold, notes)
        for name in ("share", "ci_low", "ci_high"):
            counts[name] = shares[name]
    hidden = _hidden(core, suppress)
    return Matrix(
        kind=kind,
        columns_of=variable,
        unit=units.name(unit),
        rows=paths,
        columns=columns,
        cells=_suppress(_long(counts, paths, columns), threshold, hidden),
        min_cell=threshold,
        hidden=hidden,
        people=people,
        notes=notes,
    )


def _shares(
    core: Core, variable: str, paths: list[str], threshold: int, notes: list[str]
) -> dict[str, pd.DataFrame]:
    """Per code and value: the estimate's share and CI (None where it is refused or its
    group is suppressed; a refusal is noted once per code)."""
    found: dict[str, dict[str, dict[str, Any]]] = {n: {} for n in ("share", "ci_low", "ci_high")}
    for path in paths:
        try:
            result = estimation.estimate(
                core, code=path, by=[variable], among="answered", method="best", min_cell=threshold
            )
        except InputError as refused:
            notes.append(f"{path}: no weighted share: {refused.problem}")
            continue
        for row in result["estimates"]:
            value = str(row[variable])
            found["share"].setdefault(path, {})[value] = row["estimate"]
            found["ci_low"].setdefault(path, {})[value] = row["ci_low"]
            found["ci_high"].setdefault(path, {})[value] = row["ci_high"]
    return {
        name: pd.DataFrame.from_dict(values, orient="index").reindex(index=paths)
        for name, values in found.items()
    }


def words(
    core: Core,
    code: str | int | None = None,
    by: str | None = None,
    group: str | None = None,
    *,
    top: int = 30,
    unit: str = "units",
    min_cell: int | None = None,
    suppress: bool = False,
) -> pd.DataFrame:
    """The most frequent lemmas (from segmentation's stored lemmas, the language's stop
    words left out) of the units coded with ``code`` (and sub-codes), or of all units;
    per value of ``by`` (see :func:`grouping`), or only of its value ``group``.

    Columns: group (``(all)`` without ``by``), word, units (how many units use it), count,
    suppressed. A group of fewer people than the small-cell threshold, and a word used in
    fewer units, is marked; for a viewer (or with ``suppress``) such words are left out."""
    if top < 1:
        raise InputError(None, f"top must be at least 1, not {top}")
    threshold = small_cells.min_cell(core, min_cell)
    texts = sql.unit_lemmas(core.db, units.kinds(unit))
    texts["person"] = _person(texts)
    if code is not None:
        _, coded = _coded(core, [code], unit, None)
        texts = texts[texts["unit"].isin(set(coded["unit"]))]
    if by is None:
        if group is not None:
            raise InputError(None, "a group needs --by, the variable it is a value of")
        texts = texts.assign(group=ALL)
        columns = [ALL]
    else:
        _, _, members = grouping(core, by)
        texts = texts.assign(
            group=texts["person"].map(
                members.drop_duplicates("person").set_index("person")["group"]
            )
        )
        columns = _order(members["group"])
        if group is not None:
            if group not in columns:
                raise InputError(None, f"{by!r} has no value {group!r}")
            columns = [group]
    stop = nlp.stop_words(core.language)
    frames = []
    for value in columns:
        mine = texts[texts["group"] == value]
        counted = counting.word_counts(mine["lemmas"], stop, top)
        few_people = small_cells.suppressed(mine["person"].nunique(), threshold)
        counted["suppressed"] = few_people | small_cells.mask(counted["units"], threshold)
        frames.append(counted.assign(group=value))
    table = pd.concat(frames, ignore_index=True)[["group", "word", "units", "count", "suppressed"]]
    hidden = _hidden(core, suppress)
    if hidden:
        table = table[~table["suppressed"]].reset_index(drop=True)
    table.attrs.update(min_cell=threshold, hidden=hidden)
    return table


def words_dict(table: pd.DataFrame) -> dict[str, Any]:
    """A words table as plain values (for --json)."""
    return {
        "min_cell": table.attrs.get("min_cell"),
        "hidden": table.attrs.get("hidden"),
        "words": json.loads(table.to_json(orient="records")),
    }


def chart(matrix: Matrix, figure: str = "people", fmt: str = "png") -> bytes:
    """The heatmap (``png`` or ``svg``) of one figure, suppressed cells blanked (a chart
    is made to leave the project)."""
    if fmt not in ("png", "svg"):
        raise InputError(None, f"a chart is png or svg, not {fmt!r}")
    if figure not in FIGURES:
        raise InputError(None, f"no figure {figure!r}; use one of {', '.join(FIGURES)}")
    from .export import matrix_files  # matplotlib: loaded when a chart is made

    return matrix_files.chart(matrix.blanked(), figure, fmt)


def csv(core: Core, matrix: Matrix) -> bytes:
    """Every cell as CSV (a header line naming the export, spreadsheet-safe cells),
    suppressed cells blanked."""
    from .export import matrix_files

    return matrix_files.csv_bytes(core, matrix.blanked())


def write(core: Core, matrix: Matrix, out: str | Path, figure: str = "people") -> dict:
    """Write ``matrix`` to ``out`` by its suffix: a heatmap (.png, .svg) of ``figure``, or
    every cell (.csv); suppressed cells blanked in each, since files leave the project."""
    from .export import matrix_files  # matplotlib: loaded when a chart is made

    return matrix_files.write(core, matrix.blanked(), Path(out), figure)


def matrix(
    core: Core,
    columns: str,
    codes: Sequence[str | int] | None = None,
    *,
    unit: str = "units",
    out: str | Path | None = None,
    figure: str = "people",
    weighted: bool = True,
    min_cell: int | None = None,
) -> dict[str, Any]:
    """Codes x ``columns`` (``codes``: co-occurrence; else :func:`by_variable`) as plain
    values, written to ``out`` as well (.png, .svg, .csv; suppressed cells blanked) if given:
    what the command line prints."""
    if columns == CODES:
        found = cooccurrence(core, codes, unit=unit, min_cell=min_cell)
    else:
        found = by_variable(core, columns, codes, unit=unit, weighted=weighted, min_cell=min_cell)
    result = found.to_dict()
    if out is not None:
        result["file"] = write(core, found, out, figure)
    return result
