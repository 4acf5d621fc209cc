"""The read-only view for policy staff: themes with counts and quotes, nobody identifiable.

Every count or quote that stems from fewer than ``min_cell`` respondents (or focus-group
participants) is suppressed (None), and quotes are redacted of personal data and carry no
respondent id, speaker name or focus group. ``min_cell`` is 10 unless the project sets it
higher; it can never be set lower.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

from . import estimation, privacy, small_cells, units
from .codebook import Codebook
from .errors import InputError
from .figures import BASIS, basis
from .store import codings as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

QUOTES = 3


def _coded(core: Core) -> pd.DataFrame:
    """Every live coding with its code path, respondent id and speaker id, at unit level."""
    codes = {c.id: c.path for c in Codebook(core).codes()}
    if not codes:
        return pd.DataFrame(columns=["code", "respondent", "speaker", "text", "unit_text"])
    rows = sql.retrieval_rows(core.db, list(codes), None, units.kinds("units"), core.reader)
    rows["code"] = rows["code_id"].map(codes)
    rows["speaker"] = rows["grp"].astype(str) + "/" + rows["speaker"].astype(str)
    rows.loc[rows["unit_kind"] != "turn", "speaker"] = None
    return rows


def _under(rows: pd.DataFrame, path: str) -> pd.DataFrame:
    return rows[(rows["code"] == path) | rows["code"].str.startswith(path + "/")]


def _quote(row: pd.Series) -> str:
    text = row["text"] if len(row["text"]) >= 40 else row["unit_text"]
    return privacy.redact(" ".join(text.split()))


def _prevalence(core: Core, path: str) -> dict | None:
    """The weighted share (with 95% CI) of respondents who answered an open question whose
    answers carry the code: the theme's figure for the population, by the best valid
    method (figures.best_method), with the line saying what it rests on; None where no
    method is valid yet. ``bases`` has that line in every language the UI offers."""

    try:
        result = estimation.estimate(core, code=path, among="answered", method="best")
    except InputError:
        return None
    row = result["estimates"][0]
    if row["suppressed"]:
        return None
    return {
        "estimate": row["estimate"],
        "ci_low": row["ci_low"],
        "ci_high": row["ci_high"],
        "method": result["method"],
        "basis": result["basis"],
        "bases": {language: basis(result, language) for language in BASIS},
    }


def people(core: Core, paths: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Per code path (with its sub-codes): the distinct respondents and focus-group
    participants it was applied to, the counts the small-cell rule for quotes uses."""
    rows = _coded(core)
    found = {}
    for path in paths:
        mine = _under(rows, path)
        found[path] = (mine["respondent"].nunique(), mine["speaker"].nunique())
    return found


def themes(core: Core, requested_min: int | None = None) -> dict:
    """Per code (with its sub-codes): weighted prevalence among respondents who answered,
    respondents, answers, focus-group participants and quotes."""
    threshold = small_cells.min_cell(core, requested_min)
    rows = _coded(core)
    result = []
    for code in Codebook(core).codes():
        mine = _under(rows, code.path)
        answers = mine[mine["respondent"].notna()].drop_duplicates("unit_id")
        turns = mine[mine["speaker"].notna()].drop_duplicates("unit_id")
        respondents = answers["respondent"].nunique()
        speakers = turns["speaker"].nunique()
        few_respondents = small_cells.suppressed(respondents, threshold)
        few_speakers = small_cells.suppressed(speakers, threshold)
        quotes = []
        if not few_respondents:
            quotes += [
                _quote(r) for _, r in answers.sort_values("coding_id").head(QUOTES).iterrows()
            ]
        if not few_speakers:
            quotes += [_quote(r) for _, r in turns.sort_values("coding_id").head(2).iterrows()]
        result.append(
            {
                "code": code.path,
                "label_en": code.label_en,
                "definition": code.definition,
                "prevalence": None if few_respondents else _prevalence(core, code.path),
                "respondents": None if few_respondents else respondents,
                "answers": None if few_respondents else len(answers),
                "participants": None if few_speakers else speakers,
                "quotes": quotes,
            }
        )
    return {"min_cell": threshold, "themes": result}


def by_group(
    core: Core, code: str, variable: str, requested_min: int | None = None
) -> pd.DataFrame:
    """Respondents whose answers carry ``code``, per value of a survey variable.

    Columns: value, respondents (group size), coded, share (coded / respondents). A group
    or a count under the threshold is None, and so is the share computed from it.
    """
    threshold = small_cells.min_cell(core, requested_min)
    frame = core.respondents()
    if variable not in frame.columns:
        raise InputError(None, f"no survey variable {variable!r}")
    path = Codebook(core).get(code).path
    rows = _under(_coded(core), path)
    coded_ids = set(rows["respondent"].dropna())
    frame["coded"] = frame["respondent"].isin(coded_ids)
    table = (
        frame.groupby(frame[variable].astype(str), dropna=False)
        .agg(respondents=("respondent", "size"), coded=("coded", "sum"))
        .reset_index()
    )
    table = table.rename(columns={variable: "value"})
    small_group = small_cells.mask(table["respondents"], threshold)
    small = small_group | small_cells.mask(table["coded"], threshold)
    table["share"] = small_cells.blank_cells(table["coded"] / table["respondents"], small)
    table["coded"] = small_cells.blank_cells(table["coded"], small)
    table["respondents"] = small_cells.blank_cells(table["respondents"], small_group)
    table.attrs["min_cell"] = threshold
    return table
