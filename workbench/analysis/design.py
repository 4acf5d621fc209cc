"""Survey designs and weights: stratified (optionally one-stage cluster) samples, design
weights from population counts, post-stratification and raking.

Variances follow R's ``survey`` package (Lumley): Taylor linearisation with PSUs drawn with
replacement within strata, times ``1 - f_h`` when a finite population correction is given.
Calibration (post-stratification, raking) is stored the way ``survey`` stores it, so that the
variances after calibration are R's: each step is a linear map on the linearised scores,
``x -> x - Psi @ Gamma @ Phi.T @ x``, kept in low-rank form (a few columns per category).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError

LONELY_PSU = ("fail", "certainty", "remove", "adjust")
RAKE_BACKFIT = 10  # R's svyrecvar: 10 rounds of backfitting over the raking margins


def is_missing(values: pd.Series) -> np.ndarray:
    """Missing = NaN/None, or a string that is empty or only blanks (CSV cells read as '')."""
    codes, uniques = pd.factorize(values)
    blank = np.array([isinstance(u, str) and not u.strip() for u in uniques] + [True])
    return blank[codes]  # code -1 (NaN, None) picks the trailing True


def _column(data: pd.DataFrame, name: str, role: str) -> pd.Series:
    if name not in data.columns:
        raise InputError(
            None,
            f"{role} column {name!r} is not in the data "
            f"(columns: {', '.join(map(str, data.columns[:20]))})",
        )
    return data[name]


@dataclass(frozen=True)
class _Step:
    """One calibration (a post-stratification or a raking) in R's linear form.

    For margin m, column (m, c) of Psi is ``psi[m] * [code[m] == c]`` and of Phi is
    ``phi[m] * [code[m] == c]``; ``gamma`` maps Phi.T @ x to the coefficients on Psi.
    """

    kind: str
    variables: tuple[str, ...]
    codes: tuple[np.ndarray, ...]
    sizes: tuple[int, ...]
    psi: tuple[np.ndarray, ...]
    phi: tuple[np.ndarray, ...]
    gamma: np.ndarray


def _cross(
    code_a: np.ndarray, size_a: int, code_b: np.ndarray, size_b: int, weight: np.ndarray
) -> np.ndarray:
    """sum of weight over rows with (code_a, code_b) = (c, c'), as a size_a x size_b matrix."""
    flat = np.bincount(code_a * size_b + code_b, weights=weight, minlength=size_a * size_b)
    return flat.reshape(size_a, size_b)


@dataclass
class Calibration:
    """All calibration steps of a design combined: residual = x - Psi @ gamma @ Phi.T @ x."""

    codes: list[np.ndarray] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    psi: list[np.ndarray] = field(default_factory=list)
    phi: list[np.ndarray] = field(default_factory=list)
    gamma: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    @property
    def k(self) -> int:
        return int(sum(self.sizes))

    @property
    def offsets(self) -> list[int]:
        return [0, *np.cumsum(self.sizes).tolist()]

    @classmethod
    def combine(cls, steps: Sequence[_Step]) -> Calibration:
        """Compose the steps in order (R applies design$postStrata in list order)."""
        result = cls()
        blocks: list[tuple[int, int]] = []
        for step in steps:
            start = result.k
            result.codes += step.codes
            result.sizes += step.sizes
            result.psi += step.psi
            result.phi += step.phi
            blocks.append((start, result.k))
        k = result.k
        gamma = np.zeros((k, k))
        offsets = result.offsets
        margin_of_block: list[range] = []
        margin = 0
        for step in steps:
            margin_of_block.append(range(margin, margin + len(step.codes)))
            margin += len(step.codes)
        for s, (step, (lo, hi)) in enumerate(zip(steps, blocks)):
            # alpha_s = Gamma_s (t_s - Phi_s' Psi_<s alpha_<s), on the identity basis of t
            rhs = np.zeros((hi - lo, k))
            rhs[:, lo:hi] = np.eye(hi - lo)
            if lo:
                cross = np.zeros((hi - lo, lo))
                for a in margin_of_block[s]:
                    for b in range(margin_of_block[s].start):
                        block = _cross(
                            result.codes[a],
                            result.sizes[a],
                            result.codes[b],
                            result.sizes[b],
                            result.phi[a] * result.psi[b],
                        )
                        cross[
                            offsets[a] - lo : offsets[a + 1] - lo, offsets[b] : offsets[b + 1]
                        ] = block
                rhs -= cross @ gamma[:lo]
            gamma[lo:hi] = step.gamma @ rhs
        result.gamma = gamma
        return result


class SurveyDesign:
    """A stratified sample, optionally of clusters (one stage), with weights and an optional
    finite population correction: the ``svydesign(id=, strata=, weights=, fpc=)`` of R.

    Parameters
    ----------
    data : one row per respondent (kept by reference; never changed).
    strata : column with the stratum, or None for an unstratified sample.
    weights : column with the sampling weight (positive).
    clusters : column with the PSU (cluster) id, or None when respondents are the PSUs.
        PSUs are nested in strata: the same id in two strata is two PSUs.
    fpc : column with, per stratum, the population size N_h (in PSUs), or the sampling
        fraction (all values <= 1). Without it PSUs count as drawn with replacement.
    lonely_psu : a stratum with a single PSU has no variance estimate. "fail" (R's default)
        refuses the design, naming the stratum; "certainty" and "remove" let it contribute
        nothing (as R does for one-stage designs); "adjust" lets its PSU total deviate from
        zero, the overall mean for means and proportions (R survey 4.1's "adjust").

    Attributes (set at construction)
    --------------------------------
    weights_ : the weights as a float array (after any calibration).
    strata_ : the stratum labels; stratum_codes_ their index for each row.
    psu_codes_ : PSU index per row, or None when each row is its own PSU.
    n_psu_ : PSUs per stratum; fpc_factor_ : 1 - f_h per stratum (1 without fpc).
    steps_ : the calibration steps applied (post-stratification, raking), oldest first.
    """

    def __init__(
        self,
        data: pd.DataFrame,
        *,
        strata: str | None,
        weights: str,
        clusters: str | None = None,
        fpc: str | None = None,
        lonely_psu: str = "fail",
    ) -> None:
        self.data = data
        self.strata = strata
        self.weights = weights
        self.clusters = clusters
        self.fpc = fpc
        self.lonely_psu = lonely_psu
        if lonely_psu not in LONELY_PSU:
            raise InputError(
                None, f"lonely_psu must be one of {', '.join(LONELY_PSU)}, not {lonely_psu!r}"
            )
        n = len(data)
        if n == 0:
            raise InputError(None, "the survey design has no respondents")
        w = pd.to_numeric(_column(data, weights, "weight"), errors="coerce").to_numpy(float)
        bad = ~np.isfinite(w) | (w <= 0)
        if bad.any():
            raise InputError(
                None,
                f"weight column {weights!r}: {int(bad.sum())} rows have a "
                f"missing, non-numeric, zero or negative weight (first at row "
                f"{int(np.argmax(bad))})",
            )
        self.weights_ = w
        if strata is None:
            self.strata_ = pd.Index(["(all)"])
            self.stratum_codes_ = np.zeros(n, dtype=np.intp)
        else:
            column = _column(data, strata, "stratum")
            if is_missing(column).any():
                raise InputError(None, f"stratum column {strata!r} has missing values")
            codes, labels = pd.factorize(column, sort=True)
            self.stratum_codes_, self.strata_ = codes.astype(np.intp), pd.Index(labels)
        h = len(self.strata_)
        if clusters is None:
            self.psu_codes_ = None
            self.n_psu_ = np.bincount(self.stratum_codes_, minlength=h)
        else:
            column = _column(data, clusters, "cluster")
            if is_missing(column).any():
                raise InputError(None, f"cluster column {clusters!r} has missing values")
            cluster_codes = pd.factorize(column, sort=True)[0]
            pairs = self.stratum_codes_.astype(np.int64) * (cluster_codes.max() + 1) + cluster_codes
            unique, self.psu_codes_ = np.unique(pairs, return_inverse=True)
            self.psu_codes_ = self.psu_codes_.astype(np.intp)
            self.psu_stratum_ = (unique // (cluster_codes.max() + 1)).astype(np.intp)
            self.n_psu_ = np.bincount(self.psu_stratum_, minlength=h)
        self.fpc_factor_ = self._fpc_factor(data, fpc)
        self.steps_: tuple[_Step, ...] = ()
        self._cache: dict[str, Any] = {}
        lonely = (self.n_psu_ == 1) & (self.fpc_factor_ >= 1e-7)
        if lonely.any() and lonely_psu == "fail":
            names = ", ".join(repr(str(s)) for s in self.strata_[lonely])
            raise InputError(
                None,
                f"stratum {names} has only one PSU "
                f"({'cluster' if clusters else 'respondent'}), so its "
                f"variance cannot be estimated; merge it with a similar "
                f"stratum, or choose lonely_psu='adjust' or 'certainty'",
            )

    def _fpc_factor(self, data: pd.DataFrame, fpc: str | None) -> np.ndarray:
        """1 - f_h per stratum, from N_h (values > 1) or the sampling fraction (all <= 1)."""
        h = len(self.strata_)
        if fpc is None:
            return np.ones(h)
        values = pd.to_numeric(_column(data, fpc, "fpc"), errors="coerce").to_numpy(float)
        if not np.isfinite(values).all() or (values <= 0).any():
            raise InputError(None, f"fpc column {fpc!r} must be positive numbers on every row")
        low = np.full(h, np.inf)
        high = np.full(h, -np.inf)
        np.minimum.at(low, self.stratum_codes_, values)
        np.maximum.at(high, self.stratum_codes_, values)
        varies = ~np.isclose(low, high, rtol=1e-9, atol=0)
        if varies.any():
            raise InputError(
                None,
                f"fpc column {fpc!r} differs within stratum "
                f"{str(self.strata_[np.argmax(varies)])!r}",
            )
        if (values <= 1).all():
            return 1 - low
        population = low
        too_small = population < self.n_psu_
        if too_small.any():
            i = int(np.argmax(too_small))
            raise InputError(
                None,
                f"fpc column {fpc!r}: stratum {str(self.strata_[i])!r} has "
                f"{self.n_psu_[i]} sampled PSUs but a population of "
                f"{population[i]:g}",
            )
        return (population - self.n_psu_) / population

    # -- derived -------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.data)

    @property
    def weight_series(self) -> pd.Series:
        """The current weights, aligned with ``data``."""
        return pd.Series(self.weights_, index=self.data.index, name=self.weights)

    def degf(self) -> int:
        """Design degrees of freedom: PSUs minus strata (R's ``degf``)."""
        return int(self.n_psu_.sum() - len(self.strata_))

    @property
    def calibration(self) -> Calibration | None:
        if not self.steps_:
            return None
        if "calibration" not in self._cache:
            self._cache["calibration"] = Calibration.combine(self.steps_)
        return self._cache["calibration"]

    def _with(self, weights: np.ndarray, step: _Step) -> SurveyDesign:
        clone = object.__new__(SurveyDesign)
        clone.__dict__.update(self.__dict__)
        clone.weights_ = weights
        clone.steps_ = (*self.steps_, step)
        clone._cache = {}
        return clone

    def __repr__(self) -> str:
        kind = "cluster" if self.clusters else "stratified" if self.strata else "simple"
        steps = "".join(f", {s.kind}({', '.join(s.variables)})" for s in self.steps_)
        return (
            f"SurveyDesign({kind}: {self.n} rows, {len(self.strata_)} strata, "
            f"{int(self.n_psu_.sum())} PSUs, fpc={'yes' if self.fpc else 'no'}{steps})"
        )


# -- weights -----------------------------------------------------------------------------
def _population(population: Any, strata: str, size: str) -> pd.Series:
    if isinstance(population, pd.DataFrame):
        for name in (strata, size):
            _column(population, name, "population")
        frame = population[[strata, size]]
        twice = frame[strata][frame[strata].duplicated()]
        if len(twice):
            raise InputError(None, f"population: stratum {twice.iloc[0]!r} appears twice")
        return pd.Series(
            pd.to_numeric(frame[size], errors="coerce").to_numpy(float),
            index=frame[strata].to_numpy(),
        )
    return pd.Series(dict(population), dtype=float)


def design_weights(
    sample: pd.DataFrame,
    population: pd.DataFrame | Mapping[Any, float],
    *,
    strata: str = "stratum",
    size: str = "populatie",
) -> pd.Series:
    """Design weights w = N_h / n_h: population size over respondents in the stratum.

    ``population`` is a table with columns ``strata`` and ``size`` (as data/survey/strata.csv),
    or a mapping stratum -> N_h. Every stratum of the sample must have a population, and every
    population stratum respondents (else the weights cannot represent it).
    """
    sizes = _population(population, strata, size)
    column = _column(sample, strata, "stratum")
    counts = column.value_counts()
    unknown = sorted(set(counts.index) - set(sizes.index), key=str)
    if unknown:
        raise InputError(None, f"stratum {unknown[0]!r} of the sample has no population size")
    empty = sorted(set(sizes.index) - set(counts.index), key=str)
    if empty:
        raise InputError(
            None,
            f"population stratum {empty[0]!r} has no respondents, so no weight can represent it",
        )
    if not (np.isfinite(sizes.to_numpy()) & (sizes.to_numpy() > 0)).all():
        raise InputError(None, "population sizes must be positive numbers")
    weights = column.map(sizes / counts).astype(float)
    return weights.rename("weight")


def weight_summary(weights: Any) -> dict[str, float]:
    """min, max, mean, cv (sd/mean, population sd), Kish's design effect of unequal weights
    ``deff_kish = n * sum(w^2) / sum(w)^2`` (= 1 + cv^2), n and sum."""
    if isinstance(weights, SurveyDesign):
        weights = weights.weights_
    w = np.asarray(weights, dtype=float)
    n = len(w)
    total = float(w.sum())
    return {
        "n": n,
        "sum": total,
        "min": float(w.min()),
        "max": float(w.max()),
        "mean": total / n,
        "cv": float(w.std() / w.mean()),
        "deff_kish": float(n * np.square(w).sum() / total**2),
    }


def _codes(design: SurveyDesign, variables: Sequence[str]) -> tuple[np.ndarray, list[tuple]]:
    """Category code per row of the crossed ``variables`` and the category keys."""
    frame = design.data[list(variables)]
    for name in variables:
        _column(design.data, name, "calibration")
        if is_missing(frame[name]).any():
            raise InputError(None, f"calibration variable {name!r} has missing values")
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(frame), sort=True)
    return codes.astype(np.intp), list(uniques)


def _totals(keys: list[tuple], totals: Any, variables: Sequence[str]) -> np.ndarray:
    """Population totals in the order of ``keys``; values matched as given or as strings."""
    if isinstance(totals, pd.Series):
        totals = totals.to_dict()
    lookup = {}
    for key, value in dict(totals).items():
        key = key if isinstance(key, tuple) else (key,)
        lookup[tuple(str(k) for k in key)] = float(value)
    wanted = [tuple(str(k) for k in key) for key in keys]
    missing = [k for k in wanted if k not in lookup]
    if missing:
        raise InputError(
            None, f"no population total for {'/'.join(variables)} = {', '.join(missing[0])!r}"
        )
    extra = set(lookup) - set(wanted)
    if extra:
        raise InputError(
            None,
            f"{'/'.join(variables)} = {', '.join(sorted(extra)[0])!r} has a "
            f"population total but no respondents",
        )
    result = np.array([lookup[k] for k in wanted])
    if not (np.isfinite(result) & (result > 0)).all():
        raise InputError(None, f"population totals for {'/'.join(variables)} must be positive")
    return result


def _poststratify_weights(w: np.ndarray, codes: np.ndarray, totals: np.ndarray) -> np.ndarray:
    sample = np.bincount(codes, weights=w, minlength=len(totals))
    return w * (totals / sample)[codes]


def poststratify(
    design: SurveyDesign,
    variable: str | Sequence[str],
    population_totals: Mapping[Any, float] | pd.Series,
) -> SurveyDesign:
    """A new design whose weights sum to the population total in each post-stratum
    (``postStratify`` in R). ``variable`` may be several columns (keys are then tuples).

    Standard errors afterwards are R's calibrated ones: the linearised scores are replaced by
    their residuals from the (weighted) post-stratum means, so that what post-stratification
    fixes (the post-stratum sizes) no longer adds variance.
    """
    variables = [variable] if isinstance(variable, str) else list(variable)
    codes, keys = _codes(design, variables)
    totals = _totals(keys, population_totals, variables)
    old = design.weights_
    new = _poststratify_weights(old, codes, totals)
    old_sums = np.bincount(codes, weights=old, minlength=len(keys))
    step = _Step(
        "poststratify",
        tuple(variables),
        (codes,),
        (len(keys),),
        (new,),
        (old / new / old_sums[codes],),
        np.eye(len(keys)),
    )
    return design._with(new, step)


def rake(
    design: SurveyDesign,
    margins: Mapping[str, Mapping[Any, float]],
    *,
    max_iter: int = 100,
    tol: float = 1e-10,
) -> SurveyDesign:
    """A new design raked (iterative proportional fitting) to population ``margins``
    ({variable: {value: total}}), as R's ``rake``: post-stratify on each margin in turn until
    the weighted cross-table of all margin variables changes by less than ``tol`` (relative to
    the sum of the weights when ``tol < 1``, else absolute). R's default (maxit=10,
    epsilon=1) stops earlier; pass ``max_iter=10, tol=1`` to reproduce it.

    Standard errors afterwards account for the raking as R does: the linearised scores are
    residualised by 10 rounds of backfitting over the margins (subtracting, per margin, the
    category means of score/weight), an approximation to the residuals of a regression on
    all margins. They do not account for raking to margins that are themselves estimates.
    """
    if not margins:
        raise InputError(None, "rake needs at least one margin")
    variables = list(margins)
    coded = [_codes(design, [v]) for v in variables]
    totals = [_totals(keys, margins[v], [v]) for v, (_, keys) in zip(variables, coded)]
    grand = np.array([t.sum() for t in totals])
    if not np.allclose(grand, grand[0], rtol=1e-6):
        raise InputError(
            None,
            "the raking margins have different grand totals: "
            + ", ".join(f"{v} {g:g}" for v, g in zip(variables, grand)),
        )
    w = design.weights_
    cross_codes = pd.factorize(pd.MultiIndex.from_arrays([c for c, _ in coded]))[0]

    def table(weights: np.ndarray) -> np.ndarray:
        return np.bincount(cross_codes, weights=weights)

    epsilon = tol * w.sum() if tol < 1 else tol
    old_table = table(w)
    steps_w: list[np.ndarray] = []
    converged = False
    for _ in range(max_iter):
        steps_w = []
        for (codes, _), target in zip(coded, totals):
            w = _poststratify_weights(w, codes, target)
            steps_w.append(w)
        new_table = table(w)
        if np.max(np.abs(old_table - new_table)) < epsilon:
            converged = True
            break
        old_table = new_table
    if not converged:
        warnings.warn(
            f"raking did not converge in {max_iter} iterations", RuntimeWarning, stacklevel=2
        )
    codes = tuple(c for c, _ in coded)
    sizes = tuple(len(keys) for _, keys in coded)
    counts = [np.bincount(c, minlength=s) for c, s in zip(codes, sizes)]
    phi = tuple(1 / (psw * n[c]) for psw, n, c in zip(steps_w, counts, codes))
    gamma = _backfit_gamma(codes, sizes, tuple(steps_w), phi)
    step = _Step("rake", tuple(variables), codes, sizes, tuple(steps_w), phi, gamma)
    return design._with(w, step)


def _backfit_gamma(
    codes: Sequence[np.ndarray],
    sizes: Sequence[int],
    psi: Sequence[np.ndarray],
    phi: Sequence[np.ndarray],
) -> np.ndarray:
    """Gamma of R's raking variance: 10 rounds of x -= psi_m * ave(x / psi_m, margin m)."""
    offsets = [0, *np.cumsum(sizes).tolist()]
    k = offsets[-1]
    g = np.zeros((k, k))
    for a in range(len(sizes)):
        for b in range(len(sizes)):
            g[offsets[a] : offsets[a + 1], offsets[b] : offsets[b + 1]] = _cross(
                codes[a], sizes[a], codes[b], sizes[b], phi[a] * psi[b]
            )
    alpha = np.zeros((k, k))
    identity = np.eye(k)
    for _ in range(RAKE_BACKFIT):
        for m in range(len(sizes)):
            rows = slice(offsets[m], offsets[m + 1])
            alpha[rows] += identity[rows] - g[rows] @ alpha
    return alpha
