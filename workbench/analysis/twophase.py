"""Two-phase estimates: phase 1 is the survey, phase 2 a stratified simple random sample of
phase-1 units whose value (here: whether an answer mentions a theme) is known only there.

The estimator and its variance are those of R's ``survey`` package,
``twophase(id=list(~1, ~1), strata=list(~stratum, ~sample_stratum), weights=list(~w, NULL),
fpc=list(~N, NULL), subset=~in_sample, method="approx")``:

- phase-2 probability ``pi2 = n2_h / N1_h`` per sample stratum (sampled units with a known
  value over phase-1 units in that stratum), final weight ``w1 * g / pi2``;
- variance = phase 1 (the survey's stratified variance, estimated from the phase-2 units
  weighted by ``1 / pi2``; R's ``svyrecvar.phase1``) + phase 2 (the stratified variance of
  the sample within the phase-1 units, with its finite population correction);
- ``calibration`` (model-assisted): the phase-2 weights are calibrated linearly (GREG) to
  the phase-1 totals of the given columns, as R's ``calibrate(design, phase = 2,
  formula, calfun = "linear")``; the phase-2 variance is then that of the calibration
  residuals. With columns ``w1 * (1, score)`` this is the difference estimator
  ``sum_1 w1 m(score) + sum_2 (w1 / pi2) (y - m(score))``, whose interval is valid however
  poor the model is (a poor model only leaves it as wide as without one).

Domains (subgroups) are ratios of domain totals on the full two-phase design, as R's
``svyratio`` (and ``svyby`` on a calibrated design) compute them. Checked against R in
tests/test_twophase.py (fixtures from scripts/r_twophase.R).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from .design import SurveyDesign
from .estimates import _logit_ci


@dataclass(frozen=True)
class PhaseTwo:
    """The phase-2 sample within the phase-1 rows of a design (arrays of phase-1 length).

    ``stratum``: the sample stratum of every phase-1 row as an integer code (the frame's
    strata; rows taken with certainty, e.g. respondents without an answer, whose value is
    known, form a stratum of their own); ``sampled``: rows of the phase-2 sample with a
    known value; ``names``: the stratum names, for messages."""

    stratum: np.ndarray
    sampled: np.ndarray
    names: tuple[str, ...] = ()

    @classmethod
    def from_labels(cls, labels: np.ndarray, sampled: np.ndarray) -> PhaseTwo:
        codes, uniques = pd.factorize(pd.Series(labels).astype(str), sort=True)
        return cls(codes.astype(np.intp), np.asarray(sampled, dtype=bool), tuple(map(str, uniques)))

    def counts(self) -> tuple[np.ndarray, np.ndarray]:
        """(phase-1 rows, sampled rows) per sample stratum."""
        size = int(self.stratum.max()) + 1 if len(self.stratum) else 0
        return (
            np.bincount(self.stratum, minlength=size),
            np.bincount(self.stratum[self.sampled], minlength=size),
        )

    def name(self, code: int) -> str:
        return self.names[code] if code < len(self.names) else str(code)


def phase_two_probabilities(phase2: PhaseTwo) -> np.ndarray:
    """pi2 per phase-1 row: sampled rows over phase-1 rows in its sample stratum.

    Raises when a sample stratum has phase-1 rows but no sampled one (its answers could
    never enter the estimate), or exactly one where a variance needs two."""
    frame, taken = phase2.counts()
    empty = (frame > 0) & (taken == 0)
    if empty.any():
        k = int(np.flatnonzero(empty)[0])
        raise InputError(
            None,
            f"sample stratum {phase2.name(k)!r} has no coded answers "
            f"({frame[k]} in the frame): code some there or draw more",
        )
    lonely = (taken == 1) & (frame > 1)
    if lonely.any():
        k = int(np.flatnonzero(lonely)[0])
        raise InputError(
            None,
            f"sample stratum {phase2.name(k)!r} has only one coded answer: "
            "a variance needs two (code more there or draw more)",
        )
    return taken[phase2.stratum] / frame[phase2.stratum]


def _calibrate(
    columns: np.ndarray, d: np.ndarray, sampled: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Linear calibration of the phase-2 weights ``d`` (sampled rows) to the phase-1 column
    sums of ``columns``; returns g for the sampled rows and the columns kept."""
    m = columns[sampled]
    target = columns.sum(axis=0)
    keep = np.abs(m).sum(axis=0) > 0
    m, target = m[:, keep], target[keep]
    normal = (m * d[:, None]).T @ m
    try:
        lam = np.linalg.solve(normal, target - d @ m)
    except np.linalg.LinAlgError:
        raise InputError(
            None,
            "the model scores cannot calibrate the sample (they do not "
            "vary among the coded answers)",
        ) from None
    return 1.0 + m @ lam, keep


def ratio(
    design: SurveyDesign,
    phase2: PhaseTwo,
    y: np.ndarray,
    groups: np.ndarray,
    n_groups: int,
    calibration: np.ndarray | None = None,
    level: float = 0.95,
) -> dict[str, np.ndarray]:
    """Domain means of ``y`` (known on sampled rows; rows with group -1 are outside every
    domain) with phase-1 and phase-2 variances, per domain 0..n_groups-1.

    Returns arrays of length ``n_groups``: estimate, se, se_phase1, se_phase2, ci_low,
    ci_high, n (sampled rows in the domain), df; and ``cov``, the (G, G) covariance of the
    domain estimates (for tests of differences)."""
    if design.psu_codes_ is not None or design.steps_:
        raise InputError(
            None,
            "two-phase estimates need the survey's stratified design without clusters or raking",
        )
    sampled = np.asarray(phase2.sampled, dtype=bool)
    pi2 = phase_two_probabilities(phase2)
    rows = np.flatnonzero(sampled)
    d = 1.0 / pi2[rows]
    g = np.ones(len(rows))
    keep = None
    if calibration is not None:
        g, keep = _calibrate(np.asarray(calibration, dtype=float), d, sampled)
    weight = design.weights_[rows] * g * d  # final weight
    group = np.asarray(groups)[rows]
    inside = group >= 0
    key = np.where(inside, group, 0)
    yv = np.where(inside, np.nan_to_num(np.asarray(y, dtype=float)[rows]), 0.0)
    total = np.bincount(key, weights=np.where(inside, weight * yv, 0.0), minlength=n_groups)
    size = np.bincount(key, weights=np.where(inside, weight, 0.0), minlength=n_groups)
    n = np.bincount(key, weights=inside.astype(float), minlength=n_groups)
    with np.errstate(divide="ignore", invalid="ignore"):
        estimate = total / size
        # influence of each sampled row on each domain's ratio (zero outside the domain)
        scale_j = np.where(size > 0, 1.0 / size, 0.0)
    x = np.zeros((len(rows), n_groups))
    at = np.flatnonzero(inside)
    x[at, key[at]] = weight[at] * (yv[at] - np.nan_to_num(estimate)[key[at]]) * scale_j[key[at]]

    # phase 1: the survey's strata, estimated from the sampled rows weighted by 1 / p
    p = pi2[rows] / g
    h = design.stratum_codes_[rows]
    h_count = len(design.strata_)
    n1 = design.n_psu_.astype(float)
    scale = _phase_one_scale(design, h)
    s2 = _by(h, h_count, x)  # (H, G)
    centre = s2 / np.maximum(n1, 1)[:, None]
    s3 = np.bincount(h, weights=1.0 / p, minlength=h_count)
    cov1 = np.einsum("r,rj,rk->jk", scale[h] * p, x, x)
    cov1 -= np.einsum("h,hj,hk->jk", scale, centre, s2)
    cov1 -= np.einsum("h,hj,hk->jk", scale, s2, centre)
    cov1 += np.einsum("h,hj,hk->jk", scale * s3, centre, centre)

    # phase 2: the sample strata within the phase-1 rows, on the calibration residuals
    if calibration is not None:
        m = np.asarray(calibration, dtype=float)[rows][:, keep]
        normal = (m * d[:, None]).T @ m
        beta = np.linalg.solve(normal, m.T @ (x / g[:, None]))
        x = x - (g * d)[:, None] * (m @ beta)
    k = phase2.stratum[rows]
    scale2, n2 = _phase_two_scale(phase2)
    k_count = len(n2)
    sums = _by(k, k_count, x)
    cov2 = np.einsum("r,rj,rk->jk", scale2[k], x, x)
    cov2 -= np.einsum("h,hj,hk->jk", np.where(n2 > 0, scale2 / np.maximum(n2, 1), 0.0), sums, sums)
    var1 = np.maximum(np.diagonal(cov1), 0.0)
    var2 = np.maximum(np.diagonal(cov2), 0.0)
    se = np.sqrt(var1 + var2)
    pairs = np.unique(key[inside] * k_count + k[inside])
    strata_in = np.bincount(pairs // k_count, minlength=n_groups)
    df = np.maximum(n - strata_in, 0)
    # an estimate of 0 (or 1) has no variance to build an interval on: Korn-Graubard's
    # interval then uses the effective number of coded rows a rare value would have
    drawn = inside & (scale2[k] > 0)
    at = np.flatnonzero(drawn)
    share = (weight[at] * scale_j[key[at]]) ** 2
    coded_share = np.bincount(key[at], weights=weight[at], minlength=n_groups) * scale_j
    unit2 = np.bincount(key[at], weights=scale2[k[at]] * share, minlength=n_groups)
    unit1 = np.bincount(key[at], weights=scale[h[at]] * p[at] * share, minlength=n_groups)
    with np.errstate(divide="ignore", invalid="ignore"):
        n_zero = np.where(unit1 + unit2 > 0, coded_share / (unit1 + unit2), n)
        n_zero2 = np.where(unit2 > 0, coded_share / unit2, n)
    low, high = interval(estimate, se, n_zero, df, level)
    return {
        "estimate": estimate,
        "se": se,
        "se_phase1": np.sqrt(var1),
        "se_phase2": np.sqrt(var2),
        "ci_low": low,
        "ci_high": high,
        "n": n,
        "df": df,
        "cov": cov1 + cov2,
        "n_zero": n_zero,
        "n_zero_phase2": n_zero2,
    }


def interval(
    estimate: np.ndarray, se: np.ndarray, n_zero: np.ndarray, df: np.ndarray, level: float = 0.95
) -> tuple[np.ndarray, np.ndarray]:
    """The figures' CI: logit (R's svyciprop), and where the estimate is 0 or 1 (or, with
    calibrated weights below 0, outside 0..1), Korn-Graubard's at that bound with ``n_zero``
    as the effective sample size.

    Why ``n_zero`` and not the rows: an estimate of 0 has no variance, and the sampled rows
    of a domain include those whose value is known without coding (respondents without an
    answer), which say nothing about how rare the code is among the answers; with them the
    interval collapsed onto 0 and missed the truth whenever a small subgroup's sample held
    no mention (tests/test_twophase_batch.py). An empty domain has neither."""
    estimate = np.asarray(estimate, dtype=float)
    edge = ~((estimate > 0) & (estimate < 1)) & np.isfinite(estimate)
    low, high = _logit_ci(np.clip(estimate, 0.0, 1.0), np.where(edge, 0.0, se), n_zero, df, level)
    missing = np.isnan(estimate)  # an empty domain: no estimate, no interval
    return np.where(missing, np.nan, low), np.where(missing, np.nan, high)


def _phase_one_scale(design: SurveyDesign, h: np.ndarray) -> np.ndarray:
    """Per survey stratum, (1 - f_h) n_h / (n_h - 1) (0 where there is no variance), given
    the survey stratum ``h`` of every sampled row; raises where a stratum has one."""
    h_count = len(design.strata_)
    n1 = design.n_psu_.astype(float)
    taken = np.bincount(h, minlength=h_count)
    lonely = (taken == 1) & (design.fpc_factor_ >= 1e-7)
    if lonely.any():
        name = design.strata_[np.flatnonzero(lonely)[0]]
        raise InputError(
            None,
            f"survey stratum {str(name)!r} has only one coded answer in "
            "the sample: a variance needs two (code more or draw more)",
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(n1 > 1, design.fpc_factor_ * n1 / (n1 - 1), design.fpc_factor_)
    return np.where((design.fpc_factor_ < 1e-7) | (taken == 0), 0.0, scale)


def _phase_two_scale(phase2: PhaseTwo) -> tuple[np.ndarray, np.ndarray]:
    """Per sample stratum, (1 - f) n / (n - 1) (0 for strata taken whole), and n."""
    frame, taken2 = phase2.counts()
    n2 = taken2.astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        f2 = np.where(frame > 0, 1 - n2 / frame, 0.0)
        return np.where(n2 > 1, f2 * n2 / (n2 - 1), 0.0), n2


def _by(key: np.ndarray, size: int, values: np.ndarray) -> np.ndarray:
    """Column sums of ``values`` (rows, p) per key -> (size, p)."""
    out = np.zeros((size, values.shape[1]))
    np.add.at(out, key, values)
    return out


def wald_equal(estimate: np.ndarray, cov: np.ndarray, df: float) -> dict:
    """Are the domain means equal? Wald chi-square on the differences from the last domain,
    as an F test on (G - 1, df) degrees of freedom (the test R's ``regTermTest`` makes for
    a design-based linear model of the domain means). ``sig`` is "*" when p < .05."""
    from scipy import stats

    g = len(estimate)
    if g < 2:
        return {}
    contrast = np.hstack([np.eye(g - 1), -np.ones((g - 1, 1))])
    diff = contrast @ estimate
    var = contrast @ cov @ contrast.T
    chi2 = float(diff @ np.linalg.pinv(var) @ diff)
    rank = int(np.linalg.matrix_rank(var))
    if rank == 0 or df <= 0:
        return {}
    f = chi2 / rank
    p = float(stats.f.sf(f, rank, df))
    return {
        "test": "Wald F (two-phase)",
        "statistic": f,
        "ndf": float(rank),
        "ddf": float(df),
        "p": p,
        "sig": "*" if p < 0.05 else "",
    }
