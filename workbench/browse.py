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
# Browse's one definition of a share: of the respondents who answered an open question
AMONG = "answered"


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
        result = estimation.estimate(core, code=path, among=AMONG, method="best")
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
        "among": AMONG,
        "thin": bool(row.get("thin")),
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
    core: Core, code: str | int, variable: str, requested_min: int | None = None
) -> pd.DataFrame:
    """The theme's figure per value of a survey variable: the same estimator as the themes
    tab (:func:`_prevalence`, the weighted share of respondents who answered an open question,
    by the best valid method), so the two tabs agree for the same code and group.

    Columns: value, respondents (who answered, in the group), coded (respondents whose
    answers carry the code, a count), share, ci_low, ci_high, thin (the figure rests on
    fewer than ``figures.THIN_MENTIONS`` human-coded mentions), suppressed. A group under the
    threshold keeps its row with the figures None (the figure's small-cell rule); so does a
    group whose coded count is under it (Browse is what viewers read: a share of a known
    group would give the hidden count away). ``attrs`` carry min_cell, among, method, basis and bases
    (the basis line per UI language). Raises InputError where no method is valid yet.
    """
    threshold = small_cells.min_cell(core, requested_min)
    frame = core.respondents()
    if variable not in frame.columns:
        raise InputError(None, f"no survey variable {variable!r}")
    path = Codebook(core).get(code).path
    result = estimation.estimate(
        core, code=path, by=[variable], among=AMONG, method="best", min_cell=threshold
    )
    coded_ids = set(_under(_coded(core), path)["respondent"].dropna())
    values = frame[variable].astype(str)
    coded = values[frame["respondent"].isin(coded_ids)].value_counts()
    rows = []
    for row in result["estimates"]:
        value = str(row[variable])
        count = int(coded.get(value, 0))
        few = small_cells.suppressed(count, threshold)
        hidden = bool(row["suppressed"]) or few
        rows.append(
            {
                "value": value,
                "respondents": row["n"],
                "coded": None if few else count,
                "share": None if hidden else row["estimate"],
                "ci_low": None if hidden else row["ci_low"],
                "ci_high": None if hidden else row["ci_high"],
                "thin": None if hidden else bool(row.get("thin")),
                "suppressed": hidden,
            }
        )
    columns = ["value", "respondents", "coded", "share", "ci_low", "ci_high", "thin", "suppressed"]
    table = pd.DataFrame(rows, columns=columns, dtype=object)
    table.attrs.update(
        min_cell=threshold,
        among=AMONG,
        method=result["method"],
        basis=result["basis"],
        bases={language: basis(result, language) for language in BASIS},
    )
    return table
