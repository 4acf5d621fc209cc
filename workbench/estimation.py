"""Survey estimates on a project: its respondents as a design (imported or design weights,
optionally raked to the imported margins), codes as respondent-level indicators, weighted
estimates with tests and small cells suppressed, and the weights report. The statistics
themselves live in :mod:`workbench.analysis`; this module only brings the project's data
to them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

from . import figures, small_cells
from .analysis import survey
from .analysis.representativeness import compare_to_population
from .codebook import Codebook
from .design import survey_design
from .errors import InputError
from .store import design as design_sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core


def code_indicator(core: Core, code: str | int, question: str | None = None) -> pd.Series:
    """1.0 for respondents with an open answer (to ``question``, if given) coded with
    ``code`` or a sub-code (live human or accepted codings), else 0.0; aligned with
    :meth:`respondents` and named by the code's path."""
    found = Codebook(core).get(code)
    ids = [
        c.id
        for c in Codebook(core).codes()
        if c.id == found.id or c.path.startswith(found.path + "/")
    ]
    coded = set(design_sql.coded_respondents(core.db, ids, question))
    return core.respondents()["respondent"].isin(coded).astype(float).rename(found.path)


def estimate(
    core: Core,
    *,
    proportion: tuple[str, Sequence[str]] | None = None,
    mean: str | None = None,
    total: str | None = None,
    code: str | int | None = None,
    by: Sequence[str] = (),
    ci: str = "logit",
    weights: str = "imported",
    rake: Sequence[str] = (),
    among: str = "all",
    min_cell: int | None = None,
    method: str = "complete",
    sample: str | None = None,
    rule: str = "consensus",
    model_run: int | None = None,
    question: str | None = None,
) -> dict:
    """One weighted estimate (SE, 95% CI, design effect), overall or per group of ``by``
    (crossed), with a design-based test of the differences: Rao-Scott F for proportions
    and codes, Wald F for means. ``code`` estimates the share of respondents whose open
    answers carry the code, among ``all`` respondents or among those who ``answered`` an
    open question (a domain of the full design), by ``method`` (complete, sample,
    model-assisted or best; see :mod:`workbench.figures`, which makes every code figure).
    Groups under the small-cell threshold keep their row with the numbers set to None."""
    if sum(x is not None for x in (proportion, mean, total, code)) != 1:
        raise InputError(None, "give exactly one of: proportion, mean, total, code")
    if among not in ("all", "answered"):
        raise InputError(None, f"among must be 'all' or 'answered', not {among!r}")
    if code is not None:
        return figures.figure(
            core,
            code,
            method=method,
            sample=sample,
            by=by,
            among=among,
            rule=rule,
            model_run=model_run,
            question=question,
            min_cell=min_cell,
            weights=weights,
            rake=rake,
            ci=ci,
        )
    threshold = small_cells.min_cell(core, min_cell)
    design = survey_design(core, weights=weights, rake=rake)
    by = list(by)
    test = None
    if proportion is not None:
        variable, chosen = proportion[0], list(proportion[1])
        kind = "proportion"
        table = survey.proportion(design, variable, chosen, by, ci=ci)
        if by:
            test = survey.compare_proportions(design, variable, chosen, by)
    elif mean is not None:
        variable, kind = mean, "mean"
        table = survey.mean(design, variable, by)
        if by:
            test = survey.compare_means(design, variable, by)
    else:
        variable, kind = total, "total"
        table = survey.total(design, variable, by)
    small = small_cells.mask(table["n"], threshold)
    rows = [
        {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}
        for row in table.to_dict(orient="records")
    ]
    for row, hide in zip(rows, small):
        row["suppressed"] = bool(hide)
        if hide:
            small_cells.blank(row)
    return {
        "statistic": kind,
        "variable": variable,
        "by": by,
        "min_cell": threshold,
        "among": None,
        "estimates": rows,
        "test": None if test is None else test.iloc[0].to_dict(),
        "weights": survey.weight_summary(design),
        "design": repr(design),
    }


def weights_report(core: Core) -> dict:
    """The weights in use and those the design would give: summaries (range, cv, Kish's
    design effect of weighting) of the imported weights, design weights N_h / n_h (with
    the strata imported) and weights raked to every imported margin; and each one's
    respondent distribution against the population margins."""

    frame = core.respondents()
    if frame.empty:
        raise InputError(None, "the project has no respondents: import a survey first")
    weights = {"imported": frame["weight"]}
    population = {s["stratum"]: s["population"] for s in design_sql.strata(core.db)}
    if population:
        weights["design"] = survey.design_weights(frame, population, strata="stratum")
    margins = design_sql.margins(core.db)
    if margins:
        weights["raked"] = pd.Series(survey_design(core, rake=list(margins)).weights_)
    table = compare_to_population(frame, margins, weights)
    return {
        "weights": {name: survey.weight_summary(w) for name, w in weights.items()},
        "representativeness": table.to_dict(orient="records"),
    }
