"""Survey estimates against R's `survey` package, and how they behave.

The reference numbers come from ``scripts/r_reference.R`` (committed under
tests/fixtures/r_survey, so these tests need no R); ``test_live_r_reference`` reruns the
script when Rscript and the survey package are installed. Every estimate, SE, CI bound,
design effect, test statistic, df and p-value is compared at rel=1e-6.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from workbench import InputError
from workbench.analysis import survey as sv

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "r_survey"
DATA = ROOT / "data" / "survey"
REL = 1e-6
YES = ["een enkele keer", "vaak"]


def read_per() -> pd.DataFrame:
    return pd.read_csv(
        DATA / "per_demo.csv", sep=";", encoding="cp1252", decimal=",", keep_default_na=False
    )


def read_strata() -> pd.DataFrame:
    return pd.read_csv(DATA / "strata.csv", sep=";", encoding="cp1252")


# -- building the designs the R script describes ------------------------------------------------
class Reference:
    """The R results in ``folder`` and the workbench designs they were computed on."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.doc = json.loads((folder / "results.json").read_text(encoding="utf-8"))
        self.designs: dict[str, sv.SurveyDesign] = {}

    @property
    def checks(self) -> list[dict]:
        return self.doc["checks"]

    def data(self, name: str) -> pd.DataFrame:
        if name != "per":
            return pd.read_csv(self.folder / name)
        frame = read_per()
        strata = read_strata()
        frame["w"] = sv.design_weights(frame, strata, strata="stratum", size="populatie")
        frame["N_h"] = frame["stratum"].map(strata.set_index("stratum")["populatie"])
        frame["ervaren_ind"] = (frame["racisme_ervaren"] != "nee").astype(float)
        return frame

    def design(self, name: str) -> sv.SurveyDesign:
        if name not in self.designs:
            spec = self.doc["designs"][name]
            if "base" in spec:
                base = self.doc["designs"][spec["base"]]
                design = (
                    self._make(base, spec["lonely_psu"])
                    if "lonely_psu" in spec
                    else self.design(spec["base"])
                )
                if "poststratify" in spec:
                    ps = spec["poststratify"]
                    design = sv.poststratify(design, ps["variable"], ps["totals"])
                if "rake" in spec:
                    rake = self.doc["meta"]["rake_control"]
                    design = sv.rake(
                        design, spec["rake"], max_iter=rake["maxit"], tol=rake["epsilon"]
                    )
            else:
                design = self._make(spec)
            self.designs[name] = design
        return self.designs[name]

    def _make(self, spec: dict, lonely_psu: str = "fail") -> sv.SurveyDesign:
        return sv.SurveyDesign(
            self.data(spec["data"]),
            strata=spec.get("strata"),
            weights=spec["weights"],
            clusters=spec.get("clusters"),
            fpc=spec.get("fpc"),
            lonely_psu=lonely_psu,
        )

    def compare(self, check: dict) -> list[tuple[str, float, float]]:
        """(what, ours, R's) for every number of one check."""
        design = self.design(check["design"])
        kind = check["kind"]
        if kind == "weights":
            summary = sv.weight_summary(design)
            result = check["result"]
            pairs = [(k, summary[k], result[k]) for k in ("sum", "min", "max", "mean")]
            pairs += [
                (f"w[{i}]", a, b)
                for i, (a, b) in enumerate(zip(design.weights_[:10], result["first"]))
            ]
            return pairs + [
                (f"w[-{i}]", a, b)
                for i, (a, b) in enumerate(zip(design.weights_[-10:][::-1], result["last"][::-1]))
            ]
        if kind in ("compare_proportions", "compare_means"):
            if kind == "compare_proportions":
                out = sv.compare_proportions(
                    design, check["variable"], check["values"], check["by"]
                )
            else:
                out = sv.compare_means(design, check["variable"], check["by"])
            row = out.iloc[0]
            return [(k, row[k], check["result"][k]) for k in ("statistic", "ndf", "ddf", "p")]
        deff = check.get("deff", "srswor")
        if kind == "proportion":
            out = sv.proportion(
                design, check["variable"], check["values"], check["by"], ci=check["ci"]
            )
        else:
            out = getattr(sv, kind)(design, check["variable"], check["by"], deff=deff)
        assert len(out) == len(check["rows"]), "number of domains"
        pairs = []
        for expected in check["rows"]:
            match = out
            for name, value in expected["by"].items():
                match = match[match[name].astype(str) == value]
            assert len(match) == 1, f"domain {expected['by']}"
            row = match.iloc[0]
            label = ",".join(expected["by"].values()) or "all"
            for key in ("estimate", "se", "ci_low", "ci_high", "deff", "n", "df"):
                if expected.get(key) is not None:
                    pairs.append((f"{label} {key}", row[key], expected[key]))
        return pairs


def assert_close(pairs: list[tuple[str, float, float]], check_id: str) -> float:
    """Every pair at rel=1e-6; a reference below 1e-9 (an SE that calibration makes 0)
    compares absolutely. Returns the largest relative difference."""
    worst = 0.0
    for what, ours, theirs in pairs:
        tiny = abs(theirs) < 1e-9 and (" se" in what or "deff" in what)
        assert ours == pytest.approx(theirs, rel=REL, abs=1e-9 if tiny else 0), (
            f"{check_id}: {what}: ours {ours!r}, R {theirs!r}"
        )
        if theirs != 0 and not tiny:
            worst = max(worst, abs(ours - theirs) / abs(theirs))
    return worst


@functools.cache
def committed() -> Reference:
    return Reference(FIXTURES)


COMMITTED = json.loads((FIXTURES / "results.json").read_text(encoding="utf-8"))["checks"]


@pytest.mark.parametrize("check", COMMITTED, ids=[c["id"] for c in COMMITTED])
def test_matches_r_survey(check: dict) -> None:
    reference = committed()
    assert_close(reference.compare(check), check["id"])


def test_fixtures_cover_every_r_function_named_in_the_brief() -> None:
    calls = " ".join(c["call"] for c in COMMITTED)
    for function in (
        "svymean(",
        "svytotal(",
        "svyby(",
        "svyciprop(",
        "svychisq(",
        "svyttest(",
        "regTermTest(",
        "weights(",
    ):
        assert function in calls
    designs = {c["design"] for c in COMMITTED}
    assert {
        "apistrat",
        "apiclus1",
        "apiclus1_ps",
        "apiclus1_rake",
        "per",
        "per_rake",
        "api_lonely_adjust",
    } <= designs


def test_known_value_of_svymean_api00_in_the_stratified_sample() -> None:
    design = committed().design("apistrat")
    row = sv.mean(design, "api00").iloc[0]
    assert row["estimate"] == pytest.approx(662.2874, abs=5e-5)
    assert row["se"] == pytest.approx(9.408941, abs=5e-7)
    assert row["n"] == 200


def r_available() -> bool:
    if shutil.which("Rscript") is None:
        return False
    probe = subprocess.run(
        ["Rscript", "-e", "library(survey); library(jsonlite)"], capture_output=True
    )
    return probe.returncode == 0


@pytest.mark.slow
def test_live_r_reference(tmp_path: Path) -> None:
    """Run scripts/r_reference.R now and compare with its fresh output (R needed)."""
    if not r_available():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("Rscript with the survey and jsonlite packages is required in CI")
        pytest.skip("Rscript with the survey and jsonlite packages is not installed")
    subprocess.run(
        ["Rscript", str(ROOT / "scripts" / "r_reference.R"), str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    live = Reference(tmp_path)
    assert [c["id"] for c in live.checks] == [c["id"] for c in COMMITTED], (
        "the committed fixtures are out of date: rerun scripts/r_reference.R"
    )
    worst = max(assert_close(live.compare(check), check["id"]) for check in live.checks)
    assert worst < REL


# -- behaviour ----------------------------------------------------------------------------------
def api(name: str) -> pd.DataFrame:
    return pd.read_csv(FIXTURES / name)


def test_domains_use_the_full_design_not_a_subset() -> None:
    reference = committed()
    clus = reference.design("apiclus1")
    domain = sv.mean(clus, "api00", by="awards").set_index("awards").loc["No"]
    svyby = next(c for c in COMMITTED if c["id"] == "apiclus1/mean/api00/awards")
    r_no = next(r for r in svyby["rows"] if r["by"] == {"awards": "No"})
    assert domain["se"] == pytest.approx(r_no["se"], rel=REL)
    data = clus.data[clus.data["awards"] == "No"]
    subset = sv.SurveyDesign(data, strata=None, weights="pw", clusters="dnum", fpc="fpc")
    alone = sv.mean(subset, "api00").iloc[0]
    assert domain["estimate"] == pytest.approx(alone["estimate"], rel=1e-12)
    assert domain["n"] == alone["n"] == len(data)
    # the subset forgets the districts without such schools: a different (wrong) SE
    assert abs(domain["se"] - alone["se"]) / domain["se"] > 1e-3

    strat = reference.design("apistrat")
    by_awards = sv.proportion(strat, "sch.wide", ["Yes"], by="awards").set_index("awards")
    data = strat.data[strat.data["awards"] == "No"]
    alone = sv.proportion(
        sv.SurveyDesign(data, strata="stype", weights="pw", fpc="fpc"), "sch.wide", ["Yes"]
    ).iloc[0]
    assert by_awards.loc["No", "estimate"] == pytest.approx(alone["estimate"], rel=1e-12)
    assert abs(by_awards.loc["No", "se"] / alone["se"] - 1) > 1e-3
    assert by_awards.loc["No", "df"] == alone["df"]  # R's degf counts the domain's PSUs

    # a domain that is a union of strata is estimated as its own sample: identical SEs
    by_type = sv.mean(strat, "api00", by="stype").set_index("stype").loc["H"]
    data = strat.data[strat.data["stype"] == "H"]
    alone = sv.mean(sv.SurveyDesign(data, strata="stype", weights="pw", fpc="fpc"), "api00").iloc[0]
    assert by_type["se"] == pytest.approx(alone["se"], rel=1e-12)


def test_proportion_intervals_near_zero_stay_inside_zero_one() -> None:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {"stratum": rng.choice(["a", "b", "c"], 600), "group": rng.choice(["x", "y"], 600)}
    )
    frame["weight"] = frame["stratum"].map({"a": 10.0, "b": 40.0, "c": 90.0})
    frame["rare"] = "no"
    frame.loc[[5, 300], "rare"] = "yes"
    frame.loc[frame["group"] == "y", "rare"] = "no"
    design = sv.SurveyDesign(frame, strata="stratum", weights="weight")
    for ci in ("logit", "beta"):
        out = sv.proportion(design, "rare", ["yes"], by="group", ci=ci).set_index("group")
        assert (out["ci_low"] >= 0).all() and (out["ci_high"] <= 1).all()
        x = out.loc["x"]
        assert 0 < x["ci_low"] < x["estimate"] < x["ci_high"] < 0.1
        assert x["estimate"] - 1.96 * x["se"] < 0  # where a Wald interval goes below 0
        y = out.loc["y"]  # no one: 0, with a real upper bound
        assert y["estimate"] == 0 and y["ci_low"] == 0 and 0 < y["ci_high"] < 0.05


def test_a_stratum_with_one_psu_fails_clearly() -> None:
    lonely = api("api_lonely.csv")
    with pytest.raises(InputError, match=r"stratum 'H' has only one PSU"):
        sv.SurveyDesign(lonely, strata="stype", weights="pw")
    assert "Stratum (H) has only one PSU" in COMMITTED_META["lonely_fail_message"]
    for how in ("adjust", "certainty", "remove"):
        design = sv.SurveyDesign(lonely, strata="stype", weights="pw", lonely_psu=how)
        assert sv.mean(design, "api00")["se"].iloc[0] > 0  # values checked against R above
    with pytest.raises(InputError, match="lonely_psu"):
        sv.SurveyDesign(lonely, strata="stype", weights="pw", lonely_psu="average")


COMMITTED_META = json.loads((FIXTURES / "results.json").read_text(encoding="utf-8"))["meta"]


@pytest.fixture(scope="module")
def per_design() -> sv.SurveyDesign:
    frame = read_per()
    frame["weight_check"] = sv.design_weights(frame, read_strata())
    return sv.SurveyDesign(frame, strata="stratum", weights="weight_check")


def test_weights_from_strata_csv_are_the_published_design_weights(per_design) -> None:
    frame = per_design.data
    assert np.allclose(frame["weight_check"], frame["weight"], rtol=1e-6)
    summary = sv.weight_summary(per_design.weight_series)
    assert summary["sum"] == pytest.approx(130_000)
    assert summary["n"] == 4481
    assert summary["deff_kish"] == pytest.approx(1 + summary["cv"] ** 2)
    assert summary["min"] < summary["mean"] < summary["max"]


@pytest.mark.parametrize(
    ("variable", "values", "by", "group", "published"),
    [
        ("racisme_ervaren", YES, None, None, 0.10),
        ("racisme_ervaren", ["een enkele keer"], None, None, 0.09),
        ("racisme_ervaren", ["vaak"], None, None, 0.01),
        ("racisme_collega", YES, None, None, 0.17),
        ("racisme_burger", YES, None, None, 0.11),
        ("racisme_ervaren", YES, "herkomst", "buiten Europa", 0.29),
        ("racisme_ervaren", YES, "schaal", "1-4", 0.17),
        ("racisme_collega", YES, "schaal", "1-4", 0.35),
        ("racisme_collega", YES, "functiegroep", "leidinggevende", 0.25),
        ("besproken_leidinggevende", ["ja"], None, None, 0.35),
    ],
)
def test_demo_data_reproduces_the_published_per_figures(
    per_design, variable, values, by, group, published
) -> None:
    out = sv.proportion(per_design, variable, values, by=[by] if by else [])
    row = out.set_index(by).loc[group] if by else out.iloc[0]
    assert row["estimate"] == pytest.approx(published, abs=0.005)
    assert row["ci_low"] < row["estimate"] < row["ci_high"]
    assert 0 < row["se"] < 0.05 and row["deff"] > 1


def test_discussed_with_the_colleagues_involved_is_significantly_more_satisfied(per_design) -> None:
    shares = sv.proportion(
        per_design, "tevredenheid", ["tevreden"], by="besproken_betrokkenen"
    ).set_index("besproken_betrokkenen")
    assert shares.loc["ja", "estimate"] > 2 * shares.loc["nee", "estimate"]
    assert list(shares["n"]) == [73, 144]  # only those who discussed it
    test = sv.compare_proportions(
        per_design, "tevredenheid", ["tevreden"], "besproken_betrokkenen"
    ).iloc[0]
    assert test["p"] < 0.05 and test["sig"] == "*"
    same = sv.compare_means(per_design, "dienstjaren", "herkomst").iloc[0]
    assert same["p"] > 0.05 and same["sig"] == ""


def test_the_project_respondents_frame_gives_the_same_estimates(demo_file, per_design) -> None:
    from workbench import Project

    with Project.open(demo_file) as project:
        frame = project.respondents()
    design = sv.SurveyDesign(frame, strata="stratum", weights="weight")
    for variable, values, by in (
        ("racisme_ervaren", YES, "herkomst"),
        ("besproken_leidinggevende", ["ja"], "functiegroep"),
    ):
        ours = sv.proportion(design, variable, values, by=by).set_index(by)
        csv = sv.proportion(per_design, variable, values, by=by).set_index(by)
        assert list(ours.index) == list(csv.index)
        for column in ("estimate", "se", "ci_low", "ci_high", "deff"):
            assert ours[column].to_numpy() == pytest.approx(csv[column].to_numpy(), rel=1e-5)
        assert list(ours["n"]) == list(csv["n"])


def test_missing_answers_are_left_out_of_the_denominator(per_design) -> None:
    experienced = per_design.data["racisme_ervaren"] != "nee"
    out = sv.proportion(per_design, "besproken_leidinggevende", ["ja"]).iloc[0]
    assert out["n"] == experienced.sum()
    w = per_design.weights_
    yes = (per_design.data["besproken_leidinggevende"] == "ja").to_numpy()
    assert out["estimate"] == pytest.approx(w[yes].sum() / w[experienced.to_numpy()].sum())


def test_poststratify_and_rake_hit_their_population_totals(per_design) -> None:
    margins = pd.read_csv(DATA / "population_margins.csv", sep=";", encoding="cp1252", decimal=",")
    herkomst = margins[margins["variable"] == "herkomst"]
    totals = dict(zip(herkomst["value"], herkomst["share"] * 130_000))
    post = sv.poststratify(per_design, "herkomst", totals)
    by = post.weight_series.groupby(per_design.data["herkomst"]).sum()
    assert by.to_dict() == pytest.approx(totals)
    strata = read_strata()
    raked = sv.rake(
        per_design,
        {"herkomst": totals, "stratum": dict(zip(strata["stratum"], strata["populatie"]))},
    )
    frame = per_design.data
    assert raked.weight_series.groupby(frame["herkomst"]).sum().to_dict() == pytest.approx(totals)
    assert raked.weight_series.groupby(frame["stratum"]).sum().to_dict() == pytest.approx(
        dict(zip(strata["stratum"], strata["populatie"].astype(float)))
    )
    assert per_design.weights_ is not raked.weights_  # a new design, old one intact
    assert np.allclose(per_design.weights_, frame["weight_check"])
    before = sv.proportion(per_design, "racisme_ervaren", YES).iloc[0]["estimate"]
    after = sv.proportion(raked, "racisme_ervaren", YES).iloc[0]["estimate"]
    assert after > before  # non-European origin is under-represented before raking
    with pytest.raises(InputError, match="different grand totals"):
        sv.rake(
            per_design,
            {"herkomst": totals, "functiegroep": {"leidinggevende": 1.0, "medewerker": 2.0}},
        )
    with pytest.raises(InputError, match="no population total"):
        sv.poststratify(per_design, "herkomst", {"Nederland": 1.0})


def test_calibrated_standard_errors_are_not_those_of_plain_reweighting() -> None:
    reference = committed()
    post = reference.design("apiclus1_ps")
    frame = post.data.assign(calibrated=post.weights_)
    plain = sv.SurveyDesign(frame, strata=None, weights="calibrated", clusters="dnum", fpc="fpc")
    a, b = sv.total(post, "enroll").iloc[0], sv.total(plain, "enroll").iloc[0]
    assert a["estimate"] == pytest.approx(b["estimate"], rel=1e-12)
    # the population size of each school type is known now: that variance is gone
    assert a["se"] < 0.5 * b["se"]
    expected = next(c for c in COMMITTED if c["id"] == "apiclus1_ps/total/enroll/")
    assert a["se"] == pytest.approx(expected["rows"][0]["se"], rel=REL)
    # the share of what was post-stratified on is then known exactly
    shares = sv.proportion(post, "stype", ["E"]).iloc[0]
    assert shares["estimate"] == pytest.approx(4421 / 6194, rel=1e-12)
    assert shares["se"] < 1e-7  # 0 up to rounding (sums of squared weights)


def test_table_gives_the_same_numbers_as_one_call_per_variable(per_design) -> None:
    frame = per_design.data
    indicators = pd.DataFrame(
        {
            "ervaren": (frame["racisme_ervaren"] != "nee").astype(int),
            "collega": (frame["racisme_collega"] != "nee").astype(int),
            "leiding": frame["besproken_leidinggevende"].map({"ja": 1.0, "nee": 0.0}),
        }
    )
    result = sv.table(per_design, indicators, ["herkomst", "schaal"])
    single = sv.proportion(per_design, "racisme_collega", YES, by="schaal")
    mine = result.estimates[
        (result.estimates["variable"] == "collega") & (result.estimates["by"] == "schaal")
    ]
    for column in ("estimate", "se", "ci_low", "ci_high", "deff", "n", "df"):
        assert mine[column].to_numpy() == pytest.approx(single[column].to_numpy(), rel=1e-12)
    test = sv.compare_proportions(per_design, "besproken_leidinggevende", ["ja"], "herkomst")
    row = result.tests[(result.tests["variable"] == "leiding") & (result.tests["by"] == "herkomst")]
    for column in ("statistic", "ndf", "ddf", "p"):
        assert row[column].iloc[0] == pytest.approx(test[column].iloc[0], rel=1e-12)
    means = sv.table(per_design, ["leeftijd", "dienstjaren"], ["functiegroep"], statistic="mean")
    wald = sv.compare_means(per_design, "leeftijd", "functiegroep").iloc[0]
    assert means.tests.iloc[0]["statistic"] == pytest.approx(wald["statistic"], rel=1e-12)
    assert set(means.tests.columns) >= {
        "variable",
        "by",
        "test",
        "statistic",
        "ndf",
        "ddf",
        "p",
        "sig",
    }


def test_bad_input_is_reported_as_input_errors(per_design) -> None:
    frame = read_per()
    with pytest.raises(InputError, match="weight column 'stratum'"):
        sv.SurveyDesign(frame, strata="stratum", weights="stratum")
    with pytest.raises(InputError, match="'nope' is not in the data"):
        sv.SurveyDesign(frame, strata="nope", weights="weight")
    with pytest.raises(InputError, match="none of"):
        sv.proportion(per_design, "racisme_ervaren", ["ja"])
    with pytest.raises(InputError, match="not numeric"):
        sv.mean(per_design, "herkomst")
    with pytest.raises(InputError, match="has no population size"):
        sv.design_weights(frame, {"beleid|leidinggevende": 3120})
    with pytest.raises(InputError, match="fpc"):
        sv.SurveyDesign(frame.assign(N=5), strata="stratum", weights="weight", fpc="N")


def test_importing_the_workbench_does_not_load_scipy() -> None:
    code = (
        "import sys, workbench, workbench.analysis.survey; "
        "assert 'scipy' not in sys.modules, 'scipy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.mark.slow
def test_100_indicators_by_10_groupings_on_100000_respondents_are_all_estimated() -> None:
    """Every cell and test comes out; the speed is measured in benchmarks/bench_estimates.py."""
    rng = np.random.default_rng(5)
    n = 100_000
    stratum = rng.integers(0, 8, n)
    frame = pd.DataFrame(
        {"stratum": stratum, **{f"g{k}": rng.integers(0, 2 + k % 4, n) for k in range(10)}}
    )
    frame["weight"] = (stratum + 1) * 10.0
    codes = pd.DataFrame(
        (rng.random((n, 100)) < 0.15).astype(np.int8), columns=[f"code{j}" for j in range(100)]
    )
    groupings = [f"g{k}" for k in range(10)]
    design = sv.SurveyDesign(frame, strata="stratum", weights="weight")
    result = sv.table(design, codes, groupings)
    assert len(result.tests) == 1000 and result.tests["p"].notna().all()
    assert len(result.estimates) == 100 * sum(2 + k % 4 for k in range(10))
