"""Tests of differences between groups (Rao-Scott F for proportions, Wald F for means) and
``table``: many variables x many groupings with estimates and tests in one pass per grouping.

Checked against R's ``svychisq(statistic="F")``, ``regTermTest``/``svyttest`` (see
tests/fixtures/r_survey).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from ..errors import InputError
from .design import SurveyDesign, _column
from .estimates import (
    SIGNIFICANCE,
    _check_by,
    _frame,
    _groups,
    _indicator,
    _is_binary,
    _mean_cov,
    _Moments,
    _moments,
    _numeric,
)


# -- tests -----------------------------------------------------------------------------------
def _interaction_basis(g: int) -> np.ndarray:
    """R's Cmat for a 2 x g table (cells ordered row-fastest): the interaction dummies'
    residuals from the main-effects model."""
    rows = np.tile([0, 1], g)
    cols = np.repeat(np.arange(g), 2)
    main = np.column_stack([np.ones(2 * g), rows == 1, *[(cols == j) for j in range(1, g)]]).astype(
        float
    )
    inter = np.column_stack([(rows == 1) & (cols == j) for j in range(1, g)]).astype(float)
    coef = np.linalg.lstsq(main, inter, rcond=None)[0]
    return inter - main @ coef


def _rao_scott(design: SurveyDesign, mom: _Moments) -> dict[str, np.ndarray]:
    """Second-order Rao-Scott F for (indicator x domain) per variable, as
    ``svychisq(statistic="F")``: F = X^2 / tr(Delta), df d0 = tr(Delta)^2 / tr(Delta^2) and
    d0 * nu, nu = PSUs - strata. As R, nu counts the rows with observed values, except for a
    calibrated design, where R keeps (and counts) every row."""
    from scipy import stats

    g_all, p = mom.y.shape
    out = {k: np.full(p, np.nan) for k in ("statistic", "ndf", "ddf", "p")}
    ok_group = mom.n > 0  # (G, p)
    nu = (
        np.full(p, float(design.degf()))
        if design.calibration is not None
        else mom.pooled_df.astype(float)
    )
    patterns: dict[bytes, list[int]] = {}
    for v in range(p):
        patterns.setdefault(ok_group[:, v].tobytes(), []).append(v)
    for key, members in patterns.items():
        keep = np.flatnonzero(np.frombuffer(key, dtype=bool))
        g = len(keep)
        vs = np.asarray(members)
        y_tot = mom.y[np.ix_(keep, vs)].T  # (q, g)
        w_tot = mom.w[np.ix_(keep, vs)].T
        both = (y_tot.sum(1) > 0) & ((w_tot - y_tot).sum(1) > 0)
        if g < 2 or not both.any():
            continue
        vs, y_tot, w_tot = vs[both], y_tot[both], w_tot[both]
        idx = np.concatenate([keep, g_all + keep])
        cov = mom.cov[vs][:, idx][:, :, idx]  # (q, 2g, 2g): Y_j, N_j
        big_w = w_tot.sum(1, keepdims=True)
        p1, p0 = y_tot / big_w, (w_tot - y_tot) / big_w
        cells = np.stack([p0, p1], axis=2).reshape(len(vs), 2 * g)  # row-fastest
        q = len(vs)
        jac = np.zeros((q, 2 * g, 2 * g))
        r0, r1 = 2 * np.arange(g), 2 * np.arange(g) + 1
        jj = np.arange(g)
        inv_w = 1 / big_w
        jac[:, r1, jj] = inv_w
        jac[:, r0, jj] = -inv_w
        jac[:, r0, g + jj] = inv_w
        jac -= (cells * inv_w)[:, :, None] * np.r_[np.zeros(g), np.ones(g)][None, None, :]
        v_cells = np.einsum("qca,qab,qdb->qcd", jac, cov, jac)
        n_obs = mom.pooled_n[vs].astype(float)[:, None]
        row = cells.reshape(q, g, 2).sum(1)  # (q, 2)
        col = cells.reshape(q, g, 2).sum(2)  # (q, g)
        expected = (col[:, :, None] * row[:, None, :]).reshape(q, 2 * g)
        with np.errstate(divide="ignore", invalid="ignore"):
            pearson = n_obs[:, 0] * np.nansum((cells - expected) ** 2 / expected, axis=1)
            inv = np.where(cells == 0, 0.0, 1 / cells)
        basis = _interaction_basis(g)
        scaled = inv[:, :, None] * basis[None]  # (q, 2g, g-1)
        denom = np.einsum("ca,qcb->qab", basis, scaled) / n_obs[:, :, None]
        numr = np.einsum("qca,qcd,qdb->qab", scaled, v_cells, scaled)
        delta = np.linalg.solve(denom, numr)
        trace = np.trace(delta, axis1=1, axis2=2)
        trace2 = np.einsum("qab,qba->q", delta, delta)
        d0 = trace**2 / trace2
        f = pearson / trace
        ddf = d0 * nu[vs]
        out["statistic"][vs] = f
        out["ndf"][vs] = d0
        out["ddf"][vs] = ddf
        with np.errstate(invalid="ignore"):
            out["p"][vs] = np.where(ddf > 0, stats.f.sf(f, d0, np.where(ddf > 0, ddf, 1)), np.nan)
    return out


def _wald_means(mom: _Moments) -> dict[str, np.ndarray]:
    """Wald F for equal domain means, as ``regTermTest(svyglm(y ~ group), ~group)``
    (``svyttest`` for two groups: F = t^2): F = d' V^-1 d / (G - 1) for the differences d
    from the first group, denominator df = degf + 1 - G, degf over rows with y observed."""
    from scipy import stats

    g_all, p = mom.y.shape
    out = {k: np.full(p, np.nan) for k in ("statistic", "ndf", "ddf", "p")}
    means, cov_m = _mean_cov(mom)
    ok_group = mom.n > 0
    patterns: dict[bytes, list[int]] = {}
    for v in range(p):
        patterns.setdefault(ok_group[:, v].tobytes(), []).append(v)
    for key, members in patterns.items():
        keep = np.flatnonzero(np.frombuffer(key, dtype=bool))
        g = len(keep)
        if g < 2:
            continue
        vs = np.asarray(members)
        contrast = np.hstack([-np.ones((g - 1, 1)), np.eye(g - 1)])
        diff = means[np.ix_(keep, vs)].T @ contrast.T  # (q, g-1)
        v_d = np.einsum("ca,qab,db->qcd", contrast, cov_m[vs][:, keep][:, :, keep], contrast)
        with np.errstate(invalid="ignore", divide="ignore"):
            try:
                chisq = np.einsum("qa,qa->q", diff, np.linalg.solve(v_d, diff[..., None])[..., 0])
            except np.linalg.LinAlgError:
                chisq = np.array([d @ np.linalg.pinv(m) @ d for d, m in zip(diff, v_d)])
            f = chisq / (g - 1)
            ddf = mom.pooled_df[vs] + 1 - g
            out["statistic"][vs] = f
            out["ndf"][vs] = g - 1
            out["ddf"][vs] = ddf
            out["p"][vs] = np.where(
                ddf > 0, stats.f.sf(f, g - 1, np.where(ddf > 0, ddf, 1)), np.nan
            )
    return out


def _test_frame(
    names: Sequence[str],
    by: str,
    test: str,
    result: dict[str, np.ndarray],
    label: str | None = None,
) -> pd.DataFrame:
    frame = pd.DataFrame({"variable": list(names)})
    if label is not None:
        frame["level"] = label
    frame["by"] = by
    frame["test"] = test
    for key in ("statistic", "ndf", "ddf", "p"):
        frame[key] = result[key]
    frame["sig"] = np.where(frame["p"] < SIGNIFICANCE, "*", "")
    return frame


def compare_proportions(
    design: SurveyDesign, variable: str, values: Sequence[Any], by: Sequence[str] | str
) -> pd.DataFrame:
    """Does the share of ``values`` differ between the groups of ``by`` (crossed when
    several)? Rao-Scott second-order corrected chi-square as an F test, R's
    ``svychisq(~I(x %in% values) + by, statistic="F")`` on respondents with ``variable`` and
    ``by`` observed. Denominator df = d0 * (PSUs - strata) of those respondents; after
    calibration R keeps every row in the design and counts all of them, and so does this.
    ``sig`` is "*" when p < .05, as in the PER report."""
    by = _check_by(by)
    if not by:
        raise InputError(None, "compare_proportions needs at least one grouping variable")
    y, valid = _indicator(design, variable, values)
    groups, levels = _groups(design, by)
    mom = _moments(design, groups, len(levels), y[:, None], valid[:, None], True)
    return _test_frame(
        [variable],
        "+".join(by),
        "Rao-Scott F",
        _rao_scott(design, mom),
        label=",".join(map(str, values)),
    )


def compare_means(design: SurveyDesign, variable: str, by: Sequence[str] | str) -> pd.DataFrame:
    """Do the means of ``variable`` differ between the groups of ``by``? Design-based Wald
    F test (``svyttest`` for two groups, where F = t^2; ``regTermTest(svyglm(y ~ by), ~by)``
    otherwise). ``sig`` is "*" when p < .05."""
    by = _check_by(by)
    if not by:
        raise InputError(None, "compare_means needs at least one grouping variable")
    y, valid = _numeric(design, variable)
    groups, levels = _groups(design, by)
    mom = _moments(design, groups, len(levels), y[:, None], valid[:, None], False)
    return _test_frame([variable], "+".join(by), "Wald F", _wald_means(mom))


# -- many at once --------------------------------------------------------------------------------
class EstimateTable(NamedTuple):
    """Long tables: ``estimates`` (variable, by, group, estimate, se, ci_low, ci_high, n,
    deff[, df]) and ``tests`` (variable, by, test, statistic, ndf, ddf, p, sig)."""

    estimates: pd.DataFrame
    tests: pd.DataFrame


def _matrix(
    design: SurveyDesign, variables: Sequence[str] | pd.DataFrame
) -> tuple[list[str], np.ndarray, np.ndarray | None]:
    if isinstance(variables, pd.DataFrame):
        if len(variables) != design.n:
            raise InputError(
                None, f"the indicator table has {len(variables)} rows, the design {design.n}"
            )
        frame = variables
    else:
        frame = design.data[[_column(design.data, v, "variable").name for v in variables]]
    names = [str(c) for c in frame.columns]
    raw = frame.to_numpy()
    try:
        if raw.dtype == object:
            values = frame.to_numpy(dtype=float, na_value=np.nan)
        else:  # C order first: the sums read rows
            values = np.ascontiguousarray(raw).astype(float, copy=False)
    except (TypeError, ValueError) as error:
        raise InputError(
            None, f"the variables must be numeric or 0/1 indicators ({error})"
        ) from None
    missing = np.isnan(values)
    valid = None if not missing.any() else ~missing
    if valid is not None:
        values = np.where(missing, 0.0, values)
    return names, np.ascontiguousarray(values), valid


def table(
    design: SurveyDesign,
    variables: Sequence[str] | pd.DataFrame,
    groupings: Sequence[str],
    *,
    statistic: str = "proportion",
    test: bool = True,
    ci: str = "logit",
    level: float = 0.95,
    deff: str = "srswor",
) -> EstimateTable:
    """Estimates for every variable in every group of every grouping variable (each
    grouping on its own, not crossed), with a test per (variable, grouping).

    ``variables``: column names in ``design.data`` or a DataFrame with one column per
    variable, row-aligned with it (e.g. 100 code indicators). ``statistic``: "proportion"
    (0/1 indicators; Rao-Scott tests), "mean" (Wald tests) or "total" (no test).
    One pass over the data per grouping, whatever the number of variables.
    """
    if statistic not in ("proportion", "mean", "total"):
        raise InputError(None, f"unknown statistic {statistic!r}")
    names, y, valid = _matrix(design, variables)
    binary = _is_binary(y)
    if statistic == "proportion" and not binary:
        raise InputError(None, "proportions need 0/1 (or True/False) indicator variables")
    estimates, tests = [], []
    for by in groupings:
        groups, levels = _groups(design, [by])
        mom = _moments(design, groups, len(levels), y, valid, binary)
        frame = _frame(
            statistic,
            mom,
            names,
            levels.rename(columns={by: "group"}),
            ci=ci,
            level=level,
            deff=deff,
        )
        frame.insert(1, "by", by)
        estimates.append(frame)
        if test and statistic != "total":
            result = _rao_scott(design, mom) if statistic == "proportion" else _wald_means(mom)
            tests.append(
                _test_frame(
                    names, by, "Rao-Scott F" if statistic == "proportion" else "Wald F", result
                )
            )
    empty = pd.DataFrame(columns=["variable", "by", "test", "statistic", "ndf", "ddf", "p", "sig"])
    return EstimateTable(
        pd.concat(estimates, ignore_index=True) if estimates else pd.DataFrame(),
        pd.concat(tests, ignore_index=True) if tests else empty,
    )
