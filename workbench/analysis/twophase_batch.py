"""Two-phase domain ratios for many variables and many groupings at once: the numbers of
:func:`workbench.analysis.twophase.ratio` (R's ``twophase`` + ``calibrate(phase = 2)`` +
``svyratio``) for a codes x subgroups table, without one call per (code, grouping).

Why it is fast: the phase-1 variance needs, per (survey stratum, domain), only five sums over
the sampled rows (weight y, weight, and p weight^2 times 1, y, y^2), which a sparse matrix
product gives for every code and domain at once; the phase-2 variance (the calibration
residuals) only involves the rows of sample strata not taken whole, which are few. And
the rows of strata taken whole whose values and scores are 0 for every code (in a figure:
the respondents without an answer, most of the survey) enter only through a few
code-independent sums, because their calibrated weight ``w d (1 + shared . lambda_k)`` is
linear in the code's coefficients. The algebra is that of ``ratio`` rearranged;
tests/test_twophase_batch.py checks the results equal ``ratio``'s to 1e-12 and R's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..errors import InputError
from .design import SurveyDesign
from .twophase import (
    PhaseTwo,
    _phase_one_scale,
    _phase_two_scale,
    interval,
    phase_two_probabilities,
)

BLOCK = 32  # codes per pass: bounds the memory to a few (sampled rows x BLOCK) arrays

KEYS = (
    "estimate",
    "se",
    "se_phase1",
    "se_phase2",
    "ci_low",
    "ci_high",
    "n",
    "df",
    "n_zero",
    "n_zero_phase2",
)


def _indicator(code: np.ndarray, size: int) -> sparse.csr_matrix:
    """(size, rows) 0/1 matrix: row c sums the rows whose code is c (code -1: none)."""
    at = np.flatnonzero(code >= 0)
    return sparse.csr_matrix((np.ones(len(at)), (code[at], at)), shape=(size, len(code)))


def ratios(
    design: SurveyDesign,
    phase2: PhaseTwo,
    Y: np.ndarray,
    groupings: Sequence[tuple[np.ndarray, int]],
    calibration: np.ndarray | None = None,
    scores: np.ndarray | None = None,
    level: float = 0.95,
) -> list[dict[str, np.ndarray]]:
    """Domain means of every column of ``Y`` (phase-1 rows x K variables, known on sampled
    rows) for every grouping ``(groups, n_groups)`` (groups as in ``ratio``: -1 outside
    every domain).

    ``calibration`` (phase-1 rows x c) holds calibration columns shared by all variables and
    ``scores`` (phase-1 rows x K) one more column per variable: variable k is calibrated on
    ``[calibration, scores[:, k]]``, as ``ratio(..., calibration=np.column_stack([
    calibration, scores[:, k]]))``. Returns one dict per grouping with (K, G) arrays of
    ``ratio``'s keys and ``cov`` (K, G, G)."""
    if design.psu_codes_ is not None or design.steps_:
        raise InputError(
            None,
            "two-phase estimates need the survey's stratified design without clusters or raking",
        )
    Y = np.asarray(Y, dtype=float)
    if Y.ndim == 1:
        Y = Y[:, None]
    K = Y.shape[1]
    if scores is not None:
        scores = np.asarray(scores, dtype=float)
        if scores.shape != Y.shape:
            raise InputError(
                None,
                f"scores must have one column per variable: {scores.shape} for values {Y.shape}",
            )
    plan = _plan(design, phase2, Y, groupings, calibration, scores)
    parts = [
        _block(
            plan,
            Y[:, lo : lo + BLOCK],
            None if scores is None else scores[:, lo : lo + BLOCK],
            level,
        )
        for lo in range(0, K, BLOCK)
    ]
    return [
        {key: np.concatenate([part[i][key] for part in parts]) for key in parts[0][i]}
        for i in range(len(groupings))
    ]


@dataclass
class _Grouping:
    """What a grouping needs that no code changes."""

    G: int
    n: np.ndarray  # sampled rows per domain
    df: np.ndarray
    by_a: sparse.csr_matrix  # domain x A rows
    cell_a: sparse.csr_matrix  # (stratum, domain) x A rows
    local: np.ndarray  # domain of each A row with a phase-2 variance (-1: none)
    size_b: np.ndarray  # (G, 1 + c0): sums of w d F over the B rows
    cells_b: np.ndarray  # (H, G, 2, 1 + c0): sums of w d F, w^2 d F per cell
    e0_b: np.ndarray  # (G, c0): sums of w d shared over the B rows


@dataclass
class _Plan:
    design: SurveyDesign
    rows: np.ndarray  # sampled rows
    A: np.ndarray  # positions in rows: a phase-2 variance, a value or a score
    d: np.ndarray  # 1 / pi2 of A rows
    pi2: np.ndarray
    w1d: np.ndarray
    h: np.ndarray  # survey stratum of A rows
    k2: np.ndarray  # sample stratum of A rows
    shared: np.ndarray  # calibration columns of A rows
    totals: np.ndarray | None  # phase-1 sums of the shared calibration columns
    calibrated: bool
    normal_b: np.ndarray  # (c0, c0): sum over B of d shared shared'
    d_shared_b: np.ndarray  # (c0,): sum over B of d shared
    keep_b: np.ndarray  # (c0,): shared columns nonzero on some B row
    s3_b: np.ndarray  # (H, 1 + c0): sums of d F per survey stratum
    scale: np.ndarray  # phase-1 scale per survey stratum
    scale2: np.ndarray
    n2: np.ndarray
    drawn: np.ndarray  # positions in A with a phase-2 variance
    groupings: list[_Grouping]


def _plan(
    design: SurveyDesign,
    phase2: PhaseTwo,
    Y: np.ndarray,
    groupings: Sequence[tuple[np.ndarray, int]],
    calibration: np.ndarray | None,
    scores: np.ndarray | None,
) -> _Plan:
    """The code-independent part. A rows: phase-2 variance, or a nonzero value or score for
    some code; B rows: the rest, whose calibrated weight is w d F Lambda_k, F = [1, shared]
    the same for every code, so they enter through sums of w d F only."""
    pi2_all = phase_two_probabilities(phase2)
    rows = np.flatnonzero(np.asarray(phase2.sampled, dtype=bool))
    pi2 = pi2_all[rows]
    d = 1.0 / pi2
    w1 = design.weights_[rows]
    shared = (
        np.zeros((len(rows), 0))
        if calibration is None
        else np.asarray(calibration, dtype=float)[rows]
    )
    k2 = phase2.stratum[rows]
    scale2, n2 = _phase_two_scale(phase2)
    h = design.stratum_codes_[rows]
    h_count = len(design.strata_)
    scale = _phase_one_scale(design, h)
    values = Y[rows]
    varying = (scale2[k2] > 0) | ((values != 0) & (values == values)).any(axis=1)
    if scores is not None:
        varying |= (scores[rows] != 0).any(axis=1)
    A, B = np.flatnonzero(varying), np.flatnonzero(~varying)
    F = np.column_stack([np.ones(len(B)), shared[B]])
    wdF = (w1[B] * d[B])[:, None] * F
    w2dF = (w1[B] ** 2 * d[B])[:, None] * F
    fixed = np.hstack([wdF, w2dF])
    e0_rows = (w1[B] * d[B])[:, None] * shared[B]
    drawn = np.flatnonzero(scale2[k2[A]] > 0)
    k_count = len(n2)
    plans = []
    for groups, G in groupings:
        group = np.asarray(groups)[rows]
        inside = group >= 0
        n = np.bincount(group[inside], minlength=G).astype(float)
        pairs = np.unique(group[inside] * k_count + k2[inside])
        df = np.maximum(n - np.bincount(pairs // k_count, minlength=G), 0)
        gA, gB = group[A], group[B]
        by_b = _indicator(gB, G)
        cells_b = (_indicator(np.where(gB >= 0, h[B] * G + gB, -1), h_count * G) @ fixed).reshape(
            h_count, G, 2, F.shape[1]
        )
        plans.append(
            _Grouping(
                G=G,
                n=n,
                df=df,
                by_a=_indicator(gA, G),
                cell_a=_indicator(np.where(gA >= 0, h[A] * G + gA, -1), h_count * G),
                local=gA[drawn],
                size_b=by_b @ wdF,
                cells_b=cells_b,
                e0_b=by_b @ e0_rows,
            )
        )
    return _Plan(
        design=design,
        rows=rows,
        A=A,
        d=d[A],
        pi2=pi2[A],
        w1d=(w1 * d)[A],
        h=h[A],
        k2=k2[A],
        shared=shared[A],
        totals=None if calibration is None else np.asarray(calibration, float).sum(axis=0),
        calibrated=calibration is not None or scores is not None,
        normal_b=(shared[B] * d[B, None]).T @ shared[B],
        d_shared_b=d[B] @ shared[B],
        keep_b=np.abs(shared[B]).sum(axis=0) > 0,
        s3_b=_indicator(h[B], h_count) @ (d[B, None] * F),
        scale=scale,
        scale2=scale2,
        n2=n2,
        drawn=drawn,
        groupings=plans,
    )


def _block(
    plan: _Plan, Y: np.ndarray, scores: np.ndarray | None, level: float
) -> list[dict[str, np.ndarray]]:
    """All groupings for a block of codes."""
    K = Y.shape[1]
    A, d, c0 = plan.A, plan.d, plan.shared.shape[1]
    rows = plan.rows[A]
    y = np.nan_to_num(Y[rows])  # (A, K)
    m = None
    if plan.calibrated:
        columns = [np.broadcast_to(plan.shared, (K, len(A), c0))]
        totals = [np.broadcast_to(plan.totals if plan.totals is not None else np.zeros(0), (K, c0))]
        if scores is not None:
            columns.append(scores[rows].T[:, :, None])
            totals.append(scores.sum(axis=0)[:, None])
        m = np.concatenate(columns, axis=2)  # (K, A, c)
        keep = np.abs(m).sum(axis=1) > 0  # (K, c): ratio drops columns
        keep[:, :c0] |= plan.keep_b[None, :]
        m = np.where(keep[:, None, :], m, 0.0)
        normal = (m * d[None, :, None]).transpose(0, 2, 1) @ m
        normal[:, :c0, :c0] += plan.normal_b
        code, column = np.nonzero(~keep)
        normal[code, column, column] = 1.0  # dropped: coefficient 0
        rhs = np.concatenate(totals, axis=1) - np.einsum("a,kac->kc", d, m)
        rhs[:, :c0] -= plan.d_shared_b
        rhs = np.where(keep, rhs, 0.0)
        try:
            lam = np.linalg.solve(normal, rhs[:, :, None])[:, :, 0]
        except np.linalg.LinAlgError:
            raise InputError(
                None,
                "the model scores cannot calibrate the sample (they do "
                "not vary among the coded answers)",
            ) from None
        g = 1.0 + (m @ lam[:, :, None])[:, :, 0].T  # (A, K)
        Lam = np.column_stack([np.ones(K), lam[:, :c0]])  # (K, 1 + c0)
    else:
        g = np.ones((len(A), K))
        Lam = np.column_stack([np.ones(K), np.zeros((K, c0))])
    weight = plan.w1d[:, None] * g
    p = plan.pi2[:, None] / g
    pw2 = p * weight**2
    stacked = np.hstack([weight * y, weight, pw2, pw2 * y, pw2 * y * y])  # (A, 5K)
    h_count = len(plan.design.strata_)
    scale, scale2, n2 = plan.scale, plan.scale2, plan.n2
    n1 = np.maximum(plan.design.n_psu_.astype(float), 1)
    s3 = _indicator(plan.h, h_count) @ (1.0 / p) + plan.s3_b @ Lam.T  # (H, K)
    drawn = plan.drawn
    k_drawn = plan.k2[drawn]
    w_drawn = weight[drawn]
    unit_terms = np.hstack(
        [
            w_drawn,
            scale2[k_drawn][:, None] * w_drawn**2,
            scale[plan.h[drawn]][:, None] * p[drawn] * w_drawn**2,
        ]
    )
    by_k = _indicator(k_drawn, len(n2))
    factor = np.where(n2 > 0, scale2 / np.maximum(n2, 1), 0.0)
    if m is not None:
        mw = m * plan.w1d[None, :, None]  # (K, A, c): M w1 d
        u2 = (g[drawn].T * d[drawn])[:, :, None] * m[:, drawn, :]  # (K, drawn, c)
    results = []
    for grouping in plan.groupings:
        G = grouping.G
        total = grouping.by_a @ (weight * y)  # (G, K)
        size = grouping.by_a @ weight + grouping.size_b @ Lam.T
        with np.errstate(divide="ignore", invalid="ignore"):
            estimate = total / size
            scale_j = np.where(size > 0, 1.0 / size, 0.0)
        est = np.nan_to_num(estimate)
        sums = (grouping.cell_a @ stacked).reshape(h_count, G, 5, K)
        extra = grouping.cells_b @ Lam.T  # (H, G, 2, K)
        a, q1, q2 = sums[:, :, 0, :], sums[:, :, 3, :], sums[:, :, 4, :]
        b = sums[:, :, 1, :] + extra[:, :, 0, :]
        q0 = sums[:, :, 2, :] + extra[:, :, 1, :]
        s2 = (a - est * b) * scale_j  # (H, G, K)
        d1 = np.einsum("h,hjk->jk", scale, q2 - 2 * est * q1 + est * est * q0) * scale_j**2
        cov1 = np.einsum("h,hjk,hlk->kjl", -2 * scale / n1, s2, s2)
        cov1 += np.einsum("h,hk,hjk,hlk->kjl", scale / n1**2, s3, s2, s2)
        cov1[:, np.arange(G), np.arange(G)] += d1.T

        # phase 2: residuals of the rows in sample strata not taken whole
        local = grouping.local
        at = np.flatnonzero(local >= 0)
        x = np.zeros((len(drawn), K, G))
        x[at, :, local[at]] = w_drawn[at] * (y[drawn][at] - est[local[at]]) * scale_j[local[at]]
        if m is not None:
            e1 = _domain_moments(grouping.by_a, mw, y)
            e0 = _domain_moments(grouping.by_a, mw, None)
            e0[:, :c0, :] += grouping.e0_b.T[None, :, :]
            rhs_j = (e1 - est.T[:, None, :] * e0) * scale_j.T[:, None, :]
            beta = np.linalg.solve(normal, rhs_j)  # (K, c, G)
            x -= (u2 @ beta).transpose(1, 0, 2)
        xt = x.transpose(1, 0, 2)  # (K, drawn, G)
        cov2 = (xt * scale2[k_drawn][None, :, None]).transpose(0, 2, 1) @ xt
        stratum_sums = (by_k @ x.reshape(len(drawn), -1)).reshape(len(n2), K, G)
        cov2 -= np.einsum("s,skj,skl->kjl", factor, stratum_sums, stratum_sums)

        var1 = np.maximum(np.diagonal(cov1, axis1=1, axis2=2), 0.0)  # (K, G)
        var2 = np.maximum(np.diagonal(cov2, axis1=1, axis2=2), 0.0)
        se = np.sqrt(var1 + var2)
        n = grouping.n
        # the effective coded rows of a rare value, for estimates of 0 or 1 (see ratio)
        units = (_indicator(local, G) @ unit_terms).reshape(G, 3, K)
        coded_share = units[:, 0, :] * scale_j
        unit2 = units[:, 1, :] * scale_j**2
        unit1 = units[:, 2, :] * scale_j**2
        with np.errstate(divide="ignore", invalid="ignore"):
            n_zero = np.where(unit1 + unit2 > 0, coded_share / (unit1 + unit2), n[:, None])
            n_zero2 = np.where(unit2 > 0, coded_share / unit2, n[:, None])
        df = np.broadcast_to(grouping.df, se.shape)
        low, high = interval(estimate.T, se, n_zero.T, df, level)
        results.append(
            {
                "estimate": estimate.T,
                "se": se,
                "se_phase1": np.sqrt(var1),
                "se_phase2": np.sqrt(var2),
                "ci_low": low,
                "ci_high": high,
                "n": np.broadcast_to(n, se.shape).copy(),
                "df": df.copy(),
                "n_zero": n_zero.T,
                "n_zero_phase2": n_zero2.T,
                "cov": cov1 + cov2,
            }
        )
    return results


def _domain_moments(by_j: sparse.csr_matrix, mw: np.ndarray, y: np.ndarray | None) -> np.ndarray:
    """(K, c, G): per domain the sums of M w1 d (times y when given) over the A rows."""
    K, _, c = mw.shape
    out = np.empty((K, c, by_j.shape[0]))
    for j in range(c):
        values = mw[:, :, j].T if y is None else mw[:, :, j].T * y  # (A, K)
        out[:, j, :] = (by_j @ values).T
    return out
