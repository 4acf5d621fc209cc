"""Design-based survey estimation: the public face of ``design`` and ``estimates``.

    from workbench.analysis.survey import SurveyDesign, design_weights, proportion

    frame = project.respondents()
    design = SurveyDesign(frame, strata="stratum", weights="weight")
    proportion(design, "racisme_ervaren", ["een enkele keer", "vaak"], by=["herkomst"])

Designs (:mod:`.design`): stratified or one-stage cluster samples with weights and a finite
population correction; design weights N_h / n_h; post-stratification and raking, with R's
calibrated variances. Estimates (:mod:`.estimates`): proportions, means and totals with
Taylor-linearised SEs, CIs and design effects, overall and per domain. Differences
(:mod:`.differences`): Rao-Scott and Wald
tests of group differences; ``table`` for many variables x many groupings at once.
All of it reproduces R's ``survey`` package (see scripts/r_reference.R and
tests/test_survey_estimates.py).
"""

from __future__ import annotations

from .design import (
    LONELY_PSU,
    SurveyDesign,
    design_weights,
    poststratify,
    rake,
    weight_summary,
)
from .differences import EstimateTable, compare_means, compare_proportions, table
from .estimates import SIGNIFICANCE, mean, proportion, total

__all__ = [
    "LONELY_PSU",
    "SIGNIFICANCE",
    "EstimateTable",
    "SurveyDesign",
    "compare_means",
    "compare_proportions",
    "design_weights",
    "mean",
    "poststratify",
    "proportion",
    "rake",
    "table",
    "total",
    "weight_summary",
]
