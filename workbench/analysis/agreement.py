"""Inter-coder agreement at the segment (unit) level.

Coders apply codes to units (answers, turns, sentences). For every code, each unit a coder
has seen gives one binary decision: 1 if the coder applied the code to it, 0 if not. A coder
who never saw a unit is *missing* for it, which is not the same as "did not apply": missing
values take no part in any statistic. Only *pairable* units, seen by at least 2 of the chosen
coders, can show agreement or disagreement, so every figure is computed on those.

The caller resolves overlaps (a coding of code k overlapping unit u means "applied") and
passes plain DataFrames; nothing here runs SQL. krippendorff is imported inside the
function that uses it, so importing :mod:`workbench` stays light; Cohen's kappa is computed
here, so the Agreement page loads neither scikit-learn nor scipy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError

POOLED = "(all codes)"
# The four cells of a 2 x 2 table, in the order np.bincount(2 * first + second) gives them.
_FIRST, _SECOND = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])


@dataclass(frozen=True)
class CodeAgreement:
    """Agreement among the chosen coders on one code, or pooled over all codes.

    ``units`` counts the pairable units (for the pooled row: pairable (unit, code) items);
    ``applied`` counts, per coder, those where the coder applied the code. A statistic is
    None where it is undefined (see :func:`agreement`).
    """

    code: str
    units: int
    applied: dict[str, int]
    percent_agreement: float | None
    cohen_kappa: float | None
    krippendorff_alpha: float | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready copy: plain ints and floats at full precision, None kept."""
        return {
            "code": self.code,
            "units": self.units,
            "applied": dict(self.applied),
            "percent_agreement": self.percent_agreement,
            "cohen_kappa": self.cohen_kappa,
            "krippendorff_alpha": self.krippendorff_alpha,
        }


@dataclass(frozen=True)
class AgreementReport:
    """Per-code agreement (sorted by code path) and the row pooled over all codes.

    ``scope`` says which units could count (set by the caller that chose them): the
    double-coding samples the coders were given, or the units they coded."""

    coders: list[str]
    per_code: list[CodeAgreement]
    overall: CodeAgreement
    scope: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready copy of the report, numbers at full precision (None stays None)."""
        return {
            "coders": list(self.coders),
            "per_code": [row.to_dict() for row in self.per_code],
            "overall": self.overall.to_dict(),
            "scope": self.scope,
            "counts": {"per_code": "units", "overall": "unit x code pairs"},
        }


@dataclass(frozen=True)
class _Decisions:
    """Binary decisions on pairable units: ``applied[k, c, u]`` is meaningful where ``seen[c, u]``."""

    coders: list[str]
    codes: list[str]
    units: np.ndarray  # labels of the pairable units
    seen: np.ndarray  # (coders, units) bool
    applied: np.ndarray  # (codes, coders, units) bool; False wherever not seen


def agreement(
    seen: pd.DataFrame, applied: pd.DataFrame, coders: list[str], codes: list[str] | None = None
) -> AgreementReport:
    """Percent agreement, Cohen's kappa and Krippendorff's alpha per code and pooled.

    ``seen`` has columns unit, coder (the units each coder worked on); ``applied`` has
    columns unit, coder, code. A row of ``applied`` also counts as the coder having seen that
    unit. ``codes`` sets the code list (default: every code the chosen coders applied); a
    code in it that nobody applied still gets a row.

    Per code, on the pairable units (seen by >= 2 of ``coders``):

    - percent agreement: share of those units where all coders who saw the unit agree;
    - Cohen's kappa (scikit-learn): only with exactly 2 coders (then the pairable units are
      the units both saw); None with 3 or more coders, and None where it is undefined,
      i.e. both coders used one and the same value on every unit (sklearn gives nan there:
      observed and chance agreement are both 1, so kappa is 0/0);
    - Krippendorff's alpha, nominal (krippendorff package): all coders, missing values
      allowed; None where there is no variation (a single value among all decisions, so
      expected disagreement is 0).

    So a code nobody applied gets percent agreement 1.0 (everyone agreed it is absent) but
    kappa and alpha None: with no variation chance-corrected agreement is undefined, and
    reporting 1.0 or 0.0 would claim something the data cannot show.

    The ``overall`` row pools all codes: every (pairable unit, code) pair is one binary
    item, and its ``units`` counts those items. With no code at all, ``per_code`` is empty
    and the pooled row has 0 units and None for every statistic.

    Raises InputError for fewer than 2 coders, coders who saw no unit, and no pairable unit.
    """
    data = _decisions(seen, applied, coders, codes)
    n_codes, n_coders, n_units = data.applied.shape
    per_code = [
        _row(code, data.seen, data.applied[k], data.coders) for k, code in enumerate(data.codes)
    ]
    pooled_seen = np.tile(data.seen, (1, n_codes))
    pooled_applied = data.applied.transpose(1, 0, 2).reshape(n_coders, n_codes * n_units)
    overall = _row(POOLED, pooled_seen, pooled_applied, data.coders)
    return AgreementReport(coders=list(data.coders), per_code=per_code, overall=overall)


def disagreements(
    seen: pd.DataFrame, applied: pd.DataFrame, coders: list[str], codes: list[str] | None = None
) -> pd.DataFrame:
    """The (unit, code) pairs where the coders who saw the unit differ: the disagreement view.

    Columns: unit, code, then one per coder holding 1 (applied), 0 (saw the unit, did not
    apply) or None (did not see the unit). Sorted by unit, then code. Arguments and errors
    are those of :func:`agreement`.
    """
    clash = [c for c in dict.fromkeys(coders) if c in ("unit", "code")]
    if clash:
        raise InputError(None, f"a coder may not be named {clash[0]!r} in the disagreement view")
    data = _decisions(seen, applied, coders, codes)
    n_seen = data.seen.sum(axis=0)
    n_applied = data.applied.sum(axis=1)
    code_idx, unit_idx = np.nonzero((n_applied > 0) & (n_applied < n_seen))
    columns: dict[str, Any] = {
        "unit": data.units[unit_idx],
        "code": np.asarray(data.codes, dtype=object)[code_idx],
    }
    for c, coder in enumerate(data.coders):
        values = data.applied[code_idx, c, unit_idx].astype(np.int64).astype(object)
        values[~data.seen[c, unit_idx]] = None
        columns[coder] = values
    frame = pd.DataFrame(columns)
    return frame.sort_values(["unit", "code"], kind="stable").reset_index(drop=True)


def _decisions(
    seen: pd.DataFrame, applied: pd.DataFrame, coders: Sequence[str], codes: Sequence[str] | None
) -> _Decisions:
    """Check the input and turn it into boolean arrays over the pairable units."""
    chosen = list(dict.fromkeys(coders))
    if len(chosen) < 2:
        raise InputError(None, f"agreement needs at least 2 coders; got {len(chosen)}")
    seen = _columns(seen, ["unit", "coder"], "seen")
    applied = _columns(applied, ["unit", "coder", "code"], "applied")
    seen = seen[seen["coder"].isin(chosen)]
    applied = applied[applied["coder"].isin(chosen)]

    # A coder who applied a code to a unit has seen it, whatever `seen` says.
    pairs = pd.concat([seen, applied[["unit", "coder"]]], ignore_index=True).drop_duplicates()
    present = set(pairs["coder"])
    absent = [c for c in chosen if c not in present]
    if absent:
        raise InputError(
            None, "unknown coder(s), with no units seen: " + ", ".join(str(c) for c in absent)
        )

    unit_idx, unit_labels = pairs["unit"].factorize()
    coder_idx = pd.Categorical(pairs["coder"], categories=chosen).codes
    seen_matrix = np.zeros((len(chosen), len(unit_labels)), dtype=bool)
    seen_matrix[coder_idx, unit_idx] = True
    pairable = seen_matrix.sum(axis=0) >= 2
    if not pairable.any():
        raise InputError(
            None,
            "no unit was seen by at least 2 of the coders "
            + ", ".join(str(c) for c in chosen)
            + "; there is nothing to compare",
        )
    seen_matrix = seen_matrix[:, pairable]
    units = pd.Index(unit_labels[pairable])

    if codes is None:
        code_list = sorted(pd.unique(applied["code"]).tolist())
    else:
        code_list = sorted(dict.fromkeys(codes))
    applied = applied[applied["code"].isin(code_list)]
    u = units.get_indexer(applied["unit"])
    keep = u >= 0  # rows on units seen by only one coder take no part
    k = pd.Categorical(applied["code"], categories=code_list).codes
    c = pd.Categorical(applied["coder"], categories=chosen).codes
    applied_matrix = np.zeros((len(code_list), len(chosen), len(units)), dtype=bool)
    applied_matrix[k[keep], c[keep], u[keep]] = True
    return _Decisions(
        coders=chosen,
        codes=code_list,
        units=units.to_numpy(),
        seen=seen_matrix,
        applied=applied_matrix,
    )


def _columns(frame: pd.DataFrame, names: list[str], what: str) -> pd.DataFrame:
    """The named columns of ``frame`` without rows that have a missing value."""
    missing = [n for n in names if n not in frame.columns]
    if missing:
        raise InputError(None, f"the {what} table lacks column(s): {', '.join(missing)}")
    return frame.loc[:, names].dropna()


def _row(code: str, seen: np.ndarray, applied: np.ndarray, coders: list[str]) -> CodeAgreement:
    """Statistics for one binary variable: ``seen``/``applied`` are (coders, items), all pairable."""
    n_items = seen.shape[1]
    counts = {coder: int(n) for coder, n in zip(coders, applied.sum(axis=1))}
    if n_items == 0:
        return CodeAgreement(code, 0, counts, None, None, None)
    n_seen = seen.sum(axis=0)
    n_applied = applied.sum(axis=0)
    percent = float(((n_applied == 0) | (n_applied == n_seen)).mean())
    kappa = None
    if len(coders) == 2:  # every pairable item was then seen by both coders
        table = np.bincount(applied[0].astype(np.int64) * 2 + applied[1], minlength=4)
        kappa = _kappa(_FIRST, _SECOND, table)
    # Value counts per item (how many coders gave 0, how many 1), as _alpha_nominal would
    # build them from the coders x items matrix, only cheaper.
    alpha = _alpha_from_counts(np.stack([n_seen - n_applied, n_applied], axis=1))
    return CodeAgreement(code, int(n_items), counts, percent, kappa, alpha)


def _kappa(
    first: Sequence[Any] | np.ndarray,
    second: Sequence[Any] | np.ndarray,
    counts: Sequence[int] | np.ndarray,
) -> float | None:
    """Cohen's kappa from a two-coder contingency table; None where it is undefined.

    Row i of the table says that ``counts[i]`` items got label ``first[i]`` from one coder and
    ``second[i]`` from the other. kappa = (p_o - p_e) / (1 - p_e), with p_o the share of
    items on which the coders agree and p_e the sum over labels of the product of the two
    coders' shares of that label: sklearn's ``cohen_kappa_score`` with these counts as sample
    weights, without importing scikit-learn and scipy (a second on the Agreement page's
    first render; tests/test_agreement.py checks it against sklearn). Undefined when both
    coders used one and the same label throughout: p_e is then 1 and kappa 0/0.
    """
    counts = np.asarray(counts)
    used = counts > 0
    first, second, counts = np.asarray(first)[used], np.asarray(second)[used], counts[used]
    if counts.size == 0:
        return None
    labels, index = np.unique(np.concatenate([first, second]), return_inverse=True)
    if labels.size < 2:
        return None
    weights = counts.astype(float)
    total = weights.sum()
    rows = np.bincount(index[: counts.size], weights=weights, minlength=labels.size) / total
    cols = np.bincount(index[counts.size :], weights=weights, minlength=labels.size) / total
    observed = weights[index[: counts.size] == index[counts.size :]].sum() / total
    expected = float(rows @ cols)
    if expected >= 1:
        return None
    return float((observed - expected) / (1 - expected))


def _alpha_nominal(matrix: np.ndarray) -> float | None:
    """Nominal Krippendorff's alpha of a coders x units matrix, np.nan marking missing values.

    Any numeric values, not only 0/1; the matrix is reduced to value counts per unit and
    handed to :func:`_alpha_from_counts`, the path :func:`agreement` uses as well.
    """
    data = np.asarray(matrix, dtype=float)
    values = np.unique(data[~np.isnan(data)])
    counts = (data.T[:, :, np.newaxis] == values[np.newaxis, np.newaxis, :]).sum(axis=1)
    return _alpha_from_counts(counts)


def _alpha_from_counts(counts: np.ndarray) -> float | None:
    """Nominal Krippendorff's alpha from value counts (units x values: coders giving each value).

    Units with fewer than 2 values cannot be paired and are left out. None where alpha is
    undefined: no pairable unit, or a single value throughout (no expected disagreement).
    """
    import krippendorff

    counts = np.asarray(counts)
    counts = counts[counts.sum(axis=1) >= 2]
    if counts.shape[0] == 0 or np.count_nonzero(counts.sum(axis=0)) < 2:
        return None
    value = float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
    return None if np.isnan(value) else value
