"""Inter-coder agreement: published worked examples first, then behaviour on small cases.

Expected values for the small cases are worked out by hand in the comments, from
- percent agreement: share of pairable units where every coder who saw the unit agrees;
- Cohen's kappa: (Po - Pe) / (1 - Pe), Pe = sum over values of p_coder1(v) * p_coder2(v);
- nominal Krippendorff's alpha: 1 - (n - 1) * D / E, where the coincidence matrix o adds, for
  each unit with m values, 1 / (m - 1) for every ordered pair of values from different coders,
  D = sum of o[c][k] over c != k, n_c = sum over k of o[c][k], n = sum of n_c and
  E = sum of n_c * n_k over c != k.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench import InputError
from workbench.analysis import AgreementReport, CodeAgreement, agreement, disagreements
from workbench.analysis.agreement import POOLED, _alpha_nominal, _kappa

ROOT = Path(__file__).resolve().parent.parent
nan = np.nan


def data(table: dict[str, dict[str, list[int | None]]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``table[code][coder]`` lists one value per unit (units 1, 2, ...): 1 = applied,
    0 = saw the unit and did not apply the code, None = never saw the unit."""
    seen, applied = set(), []
    for code, by_coder in table.items():
        for coder, values in by_coder.items():
            for unit, value in enumerate(values, start=1):
                if value is not None:
                    seen.add((unit, coder))
                if value == 1:
                    applied.append((unit, coder, code))
    return (
        pd.DataFrame(sorted(seen), columns=["unit", "coder"]),
        pd.DataFrame(applied, columns=["unit", "coder", "code"]),
    )


def report_for(table: dict[str, dict[str, list[int | None]]], **kwargs: object) -> AgreementReport:
    seen, applied = data(table)
    coders = list(next(iter(table.values())))
    return agreement(seen, applied, kwargs.pop("coders", coders), **kwargs)  # type: ignore[arg-type]


def row(report: AgreementReport, code: str) -> CodeAgreement:
    return next(r for r in report.per_code if r.code == code)


# --- Published worked examples -------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        # Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
        # Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43),
        # section A, "Binary or dichotomous data, two observers, no missing data": alpha = 0.095.
        ([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]),
        # Krippendorff, K. (2004). Content Analysis, 2nd ed., section 11.3.1 (p. 224): the same
        # coincidence matrix from other data (Jon and Han, ten articles): alpha = 0.095.
        ([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ],
)
def test_krippendorff_binary_two_observers(first: list[int], second: list[int]) -> None:
    # Coincidences: o00 = 10, o01 = o10 = 4, o11 = 2; n0 = 14, n1 = 6, n = 20.
    # alpha = 1 - 19 * 8 / (2 * 14 * 6) = 1 - 152/168 = 2/21 = 0.0952 (published: 0.095).
    report = report_for({"present": {"A": first, "B": second}})
    result = row(report, "present")
    assert round(result.krippendorff_alpha, 3) == 0.095
    assert result.krippendorff_alpha == pytest.approx(2 / 21, abs=1e-12)
    # Po = 6/10; p_A(1) = 2/10, p_B(1) = 4/10, Pe = .2 * .4 + .8 * .6 = .56;
    # kappa = (.6 - .56) / .44 = 1/11.
    assert result.percent_agreement == pytest.approx(0.6)
    assert result.cohen_kappa == pytest.approx(1 / 11, abs=1e-12)
    assert result.units == 10 and result.applied == {"A": 2, "B": 4}
    # The coders x units matrix path gives the same alpha.
    assert _alpha_nominal(np.array([first, second], dtype=float)) == pytest.approx(
        2 / 21, abs=1e-12
    )


def test_krippendorff_nominal_four_observers_missing_data() -> None:
    # Krippendorff (2011), section C, "Nominal data, any number of observers, missing data"
    # (also Krippendorff 2004, p. 230; reproduced in the krippendorff package's docs and on
    # Wikipedia): 4 observers, 12 units, values 1-5, nan = not coded. Published: alpha = 0.743.
    # Unit 12 has one value only and is not pairable. By hand: n = 40 pairable values,
    # n_1..n_5 = 9, 13, 10, 5, 3; D = 8; E = 1216; alpha = 1 - 39 * 8 / 1216 = 113/152.
    matrix = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],  # observer A
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],  # observer B
            [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],  # observer C
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],  # observer D
        ]
    )
    alpha = _alpha_nominal(matrix)
    assert round(alpha, 3) == 0.743
    assert alpha == pytest.approx(113 / 152, abs=1e-12)


def test_artstein_poesio_three_categories_kappa() -> None:
    # Artstein, R. & Poesio, M. (2008). Inter-coder agreement for computational linguistics.
    # Computational Linguistics 34(4): 555-596: two coders, 100 utterances, Stat/IReq/Chck,
    # observed agreement 0.88, kappa 0.8013 (pi 0.7995). Table of counts, one coder by row:
    #            Stat  IReq  Chck | total
    #    Stat     46     0     0  |   46
    #    IReq      6    32     6  |   44
    #    Chck      0     0    10  |   10
    #    total    52    32    16  |  100
    # Pe = (46*52 + 44*32 + 10*16) / 100^2 = 0.396; kappa = (0.88 - 0.396) / 0.604 = 0.80132.
    first = ["Stat", "IReq", "IReq", "IReq", "Chck"]
    second = ["Stat", "Stat", "IReq", "Chck", "Chck"]
    counts = [46, 6, 32, 6, 10]
    assert sum(c for f, s, c in zip(first, second, counts) if f == s) / sum(counts) == 0.88
    kappa = _kappa(first, second, counts)
    assert round(kappa, 4) == 0.8013
    assert kappa == pytest.approx(0.484 / 0.604, abs=1e-12)
    # Listing the 100 utterances one by one gives the same value.
    one_by_one = [(f, s) for f, s, c in zip(first, second, counts) for _ in range(c)]
    assert _kappa(*zip(*one_by_one), [1] * 100) == pytest.approx(kappa, abs=1e-12)


def test_kappa_matches_sklearn_on_random_tables() -> None:
    """_kappa computes kappa itself (the Agreement page then loads no scikit-learn); the
    peer, sklearn's cohen_kappa_score with the counts as sample weights, gives the same
    value on random tables of 2 to 5 labels, numbers or words, including empty cells."""
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(18)
    for trial in range(200):
        k = int(rng.integers(2, 6))
        labels = np.arange(k) if trial % 2 else np.array([f"label {i}" for i in range(k)])
        first, second = np.meshgrid(labels, labels, indexing="ij")
        counts = rng.integers(0, 30, size=k * k) * (rng.random(k * k) < 0.7)
        if counts.sum() == 0:
            continue
        first, second = first.reshape(-1), second.reshape(-1)
        used = counts > 0
        with warnings.catch_warnings():  # sklearn warns where kappa is undefined (nan)
            warnings.simplefilter("ignore")
            peer = cohen_kappa_score(first[used], second[used], sample_weight=counts[used])
        ours = _kappa(first, second, counts)
        if np.isnan(peer):
            assert ours is None
        else:
            assert ours == pytest.approx(peer, abs=1e-12)
    assert _kappa([1, 1], [1, 1], [5, 0]) is None  # one label throughout: 0/0
    assert _kappa([0, 1], [1, 0], [0, 0]) is None  # no items


def test_artstein_poesio_two_categories_through_agreement() -> None:
    # Artstein & Poesio (2008), Table 1 (p. 558): Stat/IReq, 100 utterances, one coder by row:
    # Stat-Stat 20, Stat-IReq 10, IReq-Stat 20, IReq-IReq 50; Ao = 0.7, kappa = 0.348.
    # Binary, so it runs through agreement(): "IReq" = code applied, "Stat" = not applied.
    # Pe = .3 * .4 + .7 * .6 = .54; kappa = (.7 - .54) / .46 = 8/23.
    # alpha by hand: o_SS = 40, o_II = 100, o_SI = o_IS = 30; n_S = 70, n_I = 130, n = 200;
    # alpha = 1 - 199 * 60 / (2 * 70 * 130) = 1 - 11940/18200 = 313/910.
    pairs = [(0, 0)] * 20 + [(0, 1)] * 10 + [(1, 0)] * 20 + [(1, 1)] * 50
    report = report_for({"IReq": {"A": [a for a, _ in pairs], "B": [b for _, b in pairs]}})
    result = row(report, "IReq")
    assert result.percent_agreement == pytest.approx(0.7)
    assert round(result.cohen_kappa, 3) == 0.348
    assert result.cohen_kappa == pytest.approx(8 / 23, abs=1e-12)
    assert result.krippendorff_alpha == pytest.approx(313 / 910, abs=1e-12)


# --- Behaviour through agreement() ---------------------------------------------------------


def test_perfect_agreement() -> None:
    report = report_for({"x": {"A": [1, 0, 1, 0], "B": [1, 0, 1, 0]}})
    result = row(report, "x")
    assert (result.units, result.applied) == (4, {"A": 2, "B": 2})
    assert result.percent_agreement == 1.0
    assert result.cohen_kappa == pytest.approx(1.0)
    assert result.krippendorff_alpha == pytest.approx(1.0)


def test_systematic_disagreement() -> None:
    # Po = 0, Pe = .5 * .5 + .5 * .5 = .5: kappa = -1.
    # o01 = o10 = 4, n0 = n1 = 4, n = 8: alpha = 1 - 7 * 8 / 32 = -0.75.
    result = row(report_for({"x": {"A": [1, 1, 0, 0], "B": [0, 0, 1, 1]}}), "x")
    assert result.percent_agreement == 0.0
    assert result.cohen_kappa == pytest.approx(-1.0)
    assert result.krippendorff_alpha == pytest.approx(-0.75)


def test_coder_missing_some_units() -> None:
    # B never saw unit 5: it is not pairable, so 4 units count and A's code there is ignored.
    # Po = 3/4; p_A(1) = 2/4, p_B(1) = 1/4; Pe = .5 * .25 + .5 * .75 = .5; kappa = .25/.5 = .5.
    # o11 = 2, o10 = o01 = 1, o00 = 4; n1 = 3, n0 = 5, n = 8: alpha = 1 - 7 * 2 / 30 = 8/15.
    result = row(report_for({"x": {"A": [1, 1, 0, 0, 1], "B": [1, 0, 0, 0, None]}}), "x")
    assert result.units == 4
    assert result.applied == {"A": 2, "B": 1}
    assert result.percent_agreement == pytest.approx(0.75)
    assert result.cohen_kappa == pytest.approx(0.5)
    assert result.krippendorff_alpha == pytest.approx(8 / 15, abs=1e-12)


THREE = {
    # C never saw unit 4; only A saw unit 5 (not pairable).
    "x": {"A": [1, 0, 1, 0, 1], "B": [1, 0, 1, 1, None], "C": [1, 0, 0, None, None]},
    "y": {"A": [1, 0, 0, 0, 0], "B": [0, 0, 0, 0, None], "C": [0, 0, 0, None, None]},
}


def test_three_coders_with_missing_values() -> None:
    # x: units 1 (1,1,1) and 2 (0,0,0) agree, 3 (1,1,0) and 4 (0,1,-) do not: 2/4.
    # Coincidences: unit 1 adds o11 += 3; unit 2 o00 += 3; unit 3 (m = 3) o11 += 1,
    # o10 = o01 += 1; unit 4 (m = 2) o10 = o01 += 1. So o11 = 4, o00 = 3, o01 = o10 = 2;
    # n1 = 6, n0 = 5, n = 11: alpha = 1 - 10 * 4 / (2 * 5 * 6) = 1/3. No kappa for 3 coders.
    report = report_for(THREE)
    x = row(report, "x")
    assert x.units == 4
    assert x.applied == {"A": 2, "B": 3, "C": 1}
    assert x.percent_agreement == pytest.approx(0.5)
    assert x.cohen_kappa is None
    assert x.krippendorff_alpha == pytest.approx(1 / 3, abs=1e-12)
    # y: only unit 1 (1,0,0) differs: 3/4. Unit 1 adds o10 = o01 += 1 and o00 += 1; units 2
    # and 3 o00 += 3 each; unit 4 o00 += 2. So o00 = 9, o01 = o10 = 1; n1 = 1, n0 = 10,
    # n = 11: alpha = 1 - 10 * 2 / (2 * 1 * 10) = 0.
    y = row(report, "y")
    assert y.percent_agreement == pytest.approx(0.75)
    assert y.krippendorff_alpha == pytest.approx(0.0, abs=1e-12)


def test_a_code_nobody_applied() -> None:
    # Everyone agrees the code is absent: percent 1.0; kappa and alpha are 0/0, so None.
    report = report_for({"x": {"A": [1, 0, 1, 0], "B": [1, 0, 0, 0]}}, codes=["x", "never"])
    assert [r.code for r in report.per_code] == ["never", "x"]
    never = row(report, "never")
    assert never == CodeAgreement("never", 4, {"A": 0, "B": 0}, 1.0, None, None)


def test_everyone_applied_everywhere_is_undefined_too() -> None:
    result = row(report_for({"x": {"A": [1, 1, 1], "B": [1, 1, 1]}}), "x")
    assert (result.percent_agreement, result.cohen_kappa, result.krippendorff_alpha) == (
        1.0,
        None,
        None,
    )


def test_no_codes_at_all() -> None:
    seen, applied = data({"x": {"A": [0, 0], "B": [0, 0]}})  # seen, nothing applied
    report = agreement(seen, applied, ["A", "B"])
    assert report.per_code == []
    assert report.overall == CodeAgreement(POOLED, 0, {"A": 0, "B": 0}, None, None, None)


POOL = {
    "a": {"A": [1, 1, 0, 0], "B": [1, 1, 0, 0]},
    "b": {"A": [1, 0, 0, 0], "B": [0, 0, 0, 0]},
}


def test_pooled_overall_row() -> None:
    # 8 items (4 units x 2 codes). A: 1,1,0,0,1,0,0,0; B: 1,1,0,0,0,0,0,0.
    # Po = 7/8; p_A(1) = 3/8, p_B(1) = 2/8; Pe = 6/64 + 30/64 = 36/64; kappa = (56-36)/(64-36) = 5/7.
    # o11 = 4, o10 = o01 = 1, o00 = 10; n1 = 5, n0 = 11, n = 16: alpha = 1 - 15 * 2 / 110 = 8/11.
    report = report_for(POOL)
    overall = report.overall
    assert overall.code == POOLED == "(all codes)"
    assert overall.units == 8
    assert overall.applied == {"A": 3, "B": 2}
    assert overall.percent_agreement == pytest.approx(7 / 8)
    assert overall.cohen_kappa == pytest.approx(5 / 7, abs=1e-12)
    assert overall.krippendorff_alpha == pytest.approx(8 / 11, abs=1e-12)
    # Code b alone: Po = 3/4, Pe = .25 * 0 + .75 * 1 = .75: kappa 0; o01 = o10 = 1, o00 = 6,
    # n1 = 1, n0 = 7, n = 8: alpha = 1 - 7 * 2 / 14 = 0.
    b = row(report, "b")
    assert b.cohen_kappa == pytest.approx(0.0, abs=1e-12)
    assert b.krippendorff_alpha == pytest.approx(0.0, abs=1e-12)
    # Three coders: the pooled row has no kappa either.
    assert report_for(THREE).overall.cohen_kappa is None


def test_codes_argument_restricts_but_every_coding_counts_as_seen() -> None:
    # `seen` is empty: units are known only from the codings, of either code.
    seen, applied = data(POOL)
    report = agreement(seen.iloc[0:0], applied, ["A", "B"], codes=["b"])
    assert [r.code for r in report.per_code] == ["b"]
    # A coded units 1, 2 (a) and 1 (b); B units 1, 2 (a): pairable units 1, 2.
    assert report.overall.units == 2
    assert report.overall.applied == {"A": 1, "B": 0}


def test_other_coders_in_the_data_are_left_out() -> None:
    table = {"x": {"A": [1, 0, 1, 0], "B": [1, 0, 1, 0], "C": [0, 1, 0, 1]}}
    result = row(report_for(table, coders=["A", "B"]), "x")
    assert result.applied == {"A": 2, "B": 2}
    assert result.percent_agreement == 1.0


def test_to_dict_is_json_ready_at_full_precision() -> None:
    report = report_for(
        {"x": {"A": [1, 1, 0, 0, 1], "B": [1, 0, 0, 0, None]}}, codes=["x", "never"]
    )
    out = json.loads(json.dumps(report.to_dict()))
    assert out["coders"] == ["A", "B"]
    assert out["per_code"][1] == {
        "code": "x",
        "units": 4,
        "applied": {"A": 2, "B": 1},
        "percent_agreement": 0.75,
        "cohen_kappa": 0.5,
        "krippendorff_alpha": report.per_code[1].krippendorff_alpha,
    }
    assert out["per_code"][1]["krippendorff_alpha"] == pytest.approx(8 / 15, abs=1e-15)
    assert out["per_code"][0]["cohen_kappa"] is None
    assert out["overall"]["code"] == POOLED


# --- Disagreement view ---------------------------------------------------------------------


def test_disagreements_lists_only_differing_pairs() -> None:
    seen, applied = data(THREE)
    frame = disagreements(seen, applied, ["A", "B", "C"])
    assert list(frame.columns) == ["unit", "code", "A", "B", "C"]
    # Unit 5 was seen by A alone: never a disagreement. None = the coder did not see the unit.
    assert frame.to_dict("records") == [
        {"unit": 1, "code": "y", "A": 1, "B": 0, "C": 0},
        {"unit": 3, "code": "x", "A": 1, "B": 1, "C": 0},
        {"unit": 4, "code": "x", "A": 0, "B": 1, "C": None},
    ]


def test_disagreements_sorted_by_unit_then_code_and_empty_when_all_agree() -> None:
    table = {"b": {"A": [1, 0], "B": [0, 1]}, "a": {"A": [0, 1], "B": [1, 0]}}
    seen, applied = data(table)
    seen["unit"] = seen["unit"].map({1: "u1", 2: "u2"})
    applied["unit"] = applied["unit"].map({1: "u1", 2: "u2"})
    frame = disagreements(seen, applied, ["A", "B"])
    assert list(zip(frame["unit"], frame["code"])) == [
        ("u1", "a"),
        ("u1", "b"),
        ("u2", "a"),
        ("u2", "b"),
    ]
    seen, applied = data({"x": {"A": [1, 0], "B": [1, 0]}})
    empty = disagreements(seen, applied, ["A", "B"])
    assert empty.empty and list(empty.columns) == ["unit", "code", "A", "B"]


# --- Errors --------------------------------------------------------------------------------


def test_input_errors() -> None:
    seen, applied = data({"x": {"A": [1, 0], "B": [1, 0]}})
    for coders in (["A"], ["A", "A"], []):
        with pytest.raises(InputError, match="at least 2 coders"):
            agreement(seen, applied, coders)
    with pytest.raises(InputError, match="unknown coder.*: Zoë, Yann"):
        agreement(seen, applied, ["A", "Zoë", "Yann"])
    with pytest.raises(InputError, match="no unit was seen by at least 2 of the coders"):
        agreement(
            pd.DataFrame({"unit": [1, 2], "coder": ["A", "B"]}), applied.iloc[0:0], ["A", "B"]
        )
    with pytest.raises(InputError, match="applied table lacks column.*code"):
        agreement(seen, applied.drop(columns="code"), ["A", "B"])
    with pytest.raises(InputError, match="unknown coder"):
        disagreements(seen, applied, ["A", "Zoë"])


# --- Import weight and speed ---------------------------------------------------------------


def test_importing_workbench_loads_no_heavy_libraries() -> None:
    code = (
        "import sys, workbench, workbench.analysis; "
        "print(sorted(m for m in ('sklearn', 'krippendorff', 'scipy', 'streamlit') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.slow  # 100 codes x 10,000 units x 3 coders
def test_hundred_codes_ten_thousand_units_three_coders_are_all_counted() -> None:
    """Its speed is measured in benchmarks/bench_agreement.py, not here."""
    rng = np.random.default_rng(7)
    coders = ["A", "B", "C"]
    truth = rng.random((100, 10_000)) < 0.1
    frames = []
    for coder in coders:
        code_idx, unit_idx = np.nonzero(truth ^ (rng.random(truth.shape) < 0.03))
        frames.append(
            pd.DataFrame(
                {"unit": unit_idx, "coder": coder, "code": [f"theme/{k:03d}" for k in code_idx]}
            )
        )
    applied = pd.concat(frames, ignore_index=True)
    seen = pd.DataFrame([(u, c) for c in coders for u in range(10_000)], columns=["unit", "coder"])
    report = agreement(seen, applied, coders)
    assert len(report.per_code) == 100
    assert report.overall.units == 1_000_000
    assert 0.6 < report.overall.krippendorff_alpha < 0.9
