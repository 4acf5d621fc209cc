"""Survey estimates: 100 binary indicators x 10 grouping variables, 100,000 respondents.

    .venv/bin/python benchmarks/bench_estimates.py [--rows 100000] [--r-subset 10] [--no-r]

Makes a stratified data set (8 strata with unequal weights N_h / n_h, 100 0/1 indicators
with stratum- and group-dependent rates, 10 grouping variables with 2-5 levels), then times
``workbench.analysis.survey.table``: per (indicator, group) a weighted proportion with its
Taylor SE, logit CI and design effect, and per (indicator, grouping) a Rao-Scott F test,
1,000 tests and about 3,500 estimates. In the same run it times R's ``survey`` package on the
same CSV doing the same work: ``svyby(~all 100 indicators, ~g, svymean, deff=TRUE)`` per
grouping, plus ``svyciprop`` logit intervals and ``svychisq`` per (indicator, grouping). R
needs minutes for all 1,000 svychisq and 3,500 svyciprop calls, so it runs them for
``--r-subset`` indicators and extrapolates (printed as such); the svyby part runs in full.
Then it checks that both give the same numbers for that subset.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from workbench.analysis.survey import SurveyDesign, design_weights, table  # noqa: E402

R_SCRIPT = r"""
suppressPackageStartupMessages({library(survey); library(jsonlite)})
args <- commandArgs(trailingOnly = TRUE)
data <- read.csv(args[1])
subset_k <- as.integer(args[2])
ind <- grep("^code_", names(data), value = TRUE)
grp <- grep("^g_", names(data), value = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- svydesign(id = ~1, strata = ~stratum, weights = ~weight, data = data)
t_design <- proc.time()[["elapsed"]] - t0
f_all <- as.formula(paste("~", paste(ind, collapse = "+")))
t0 <- proc.time()[["elapsed"]]
for (g in grp) r <- svyby(f_all, as.formula(paste("~", g)), d, svymean, deff = TRUE)
t_svyby <- proc.time()[["elapsed"]] - t0
some <- ind[seq_len(subset_k)]
t0 <- proc.time()[["elapsed"]]
cis <- list()
for (v in some) for (g in grp) {
  b <- svyby(as.formula(paste("~", v)), as.formula(paste("~", g)), d, svyciprop,
             method = "logit", vartype = "ci")
  cis[[paste(v, g)]] <- list(ci_l = b$ci_l, ci_u = b$ci_u)
}
t_ciprop <- proc.time()[["elapsed"]] - t0
t0 <- proc.time()[["elapsed"]]
tests <- list()
for (v in some) for (g in grp) {
  x <- svychisq(as.formula(paste("~", v, "+", g)), d, statistic = "F")
  tests[[paste(v, g)]] <- unname(x$statistic)
}
t_chisq <- proc.time()[["elapsed"]] - t0
cat(toJSON(list(design = t_design, svyby = t_svyby, ciprop = t_ciprop, chisq = t_chisq,
                subset = subset_k, indicators = length(ind), tests = tests, cis = cis),
           auto_unbox = TRUE, digits = NA))
"""


def make_data(rows: int, indicators: int = 100, groupings: int = 10,
              seed: int = 11) -> tuple[pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    strata = [f"s{h}" for h in range(8)]
    share = np.array([0.05, 0.2, 0.02, 0.08, 0.03, 0.15, 0.07, 0.4])   # sample allocation
    population = pd.Series(np.array([3, 27, 1, 9, 2, 19, 7, 62]) * 20_000.0, index=strata)
    stratum = rng.choice(8, size=rows, p=share)
    columns: dict[str, np.ndarray] = {"stratum": np.array(strata)[stratum]}
    groups = []
    for k in range(groupings):
        levels = 2 + k % 4
        codes = (rng.integers(0, levels, rows) + (stratum % levels) * (k % 2)) % levels
        groups.append(codes)
        columns[f"g_{k}"] = np.array([f"L{i}" for i in range(levels)])[codes]
    base = rng.uniform(0.02, 0.4, size=indicators)
    effect = rng.normal(0, 0.3, size=(indicators, 8))
    for j in range(indicators):
        logit = (np.log(base[j] / (1 - base[j])) + effect[j, stratum]
                 + 0.2 * groups[j % groupings])
        columns[f"code_{j:03d}"] = (rng.random(rows) < 1 / (1 + np.exp(-logit))).astype(np.int8)
    frame = pd.DataFrame(columns)
    frame["weight"] = design_weights(frame, population)
    return frame, population


def best(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--r-subset", type=int, default=10,
                        help="indicators for R's svyciprop/svychisq (extrapolated to all)")
    parser.add_argument("--no-r", action="store_true", help="time the workbench only")
    args = parser.parse_args()

    frame, _ = make_data(args.rows)
    codes = [c for c in frame.columns if c.startswith("code_")]
    groupings = [c for c in frame.columns if c.startswith("g_")]
    print(f"{len(frame):,} respondents, 8 strata, {len(codes)} indicators, "
          f"{len(groupings)} groupings ({', '.join(str(frame[g].nunique()) for g in groupings)} "
          f"levels)")

    design = SurveyDesign(frame, strata="stratum", weights="weight")
    table(design, codes[:2], groupings[:1])                  # load scipy once
    result = None

    def ours() -> None:
        nonlocal result
        d = SurveyDesign(frame, strata="stratum", weights="weight")
        result = table(d, codes, groupings)

    seconds = best(ours)
    estimates, tests = result
    print(f"workbench: {seconds:.2f} s for {len(estimates):,} estimates (SE, logit CI, deff) "
          f"and {len(tests):,} Rao-Scott tests (design included; best of 3)")

    if args.no_r:
        return
    if shutil.which("Rscript") is None:
        print("Rscript not found: no R comparison")
        return
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "bench.csv"
        script = Path(tmp) / "bench.R"
        frame.to_csv(csv, index=False)
        script.write_text(R_SCRIPT)
        started = time.perf_counter()
        run = subprocess.run(["Rscript", str(script), str(csv), str(args.r_subset)],
                             capture_output=True, text=True, check=True)
        wall = time.perf_counter() - started
    r = json.loads(run.stdout.strip().splitlines()[-1])
    scale = r["indicators"] / r["subset"]
    r_total = r["design"] + r["svyby"] + (r["ciprop"] + r["chisq"]) * scale
    print(f"R survey: design {r['design']:.2f} s, svyby(svymean, deff) x {len(groupings)} "
          f"{r['svyby']:.2f} s (all {r['indicators']} indicators, measured); svyciprop "
          f"{r['ciprop']:.2f} s and svychisq {r['chisq']:.2f} s for {r['subset']} indicators "
          f"x {len(groupings)} groupings, x{scale:g} extrapolated = "
          f"{(r['ciprop'] + r['chisq']) * scale:.1f} s")
    print(f"R total (extrapolated): {r_total:.1f} s  (Rscript wall time of the measured run "
          f"{wall:.1f} s)")
    print(f"ratio R / workbench: {r_total / seconds:.0f}x")

    worst = 0.0
    for key, statistic in r["tests"].items():
        variable, by = key.split()
        ours_f = tests[(tests["variable"] == variable) & (tests["by"] == by)]["statistic"].iloc[0]
        worst = max(worst, abs(ours_f - statistic) / abs(statistic))
    for key, ci in r["cis"].items():
        variable, by = key.split()
        mine = estimates[(estimates["variable"] == variable) & (estimates["by"] == by)]
        for column, theirs in (("ci_low", ci["ci_l"]), ("ci_high", ci["ci_u"])):
            worst = max(worst, float(np.max(np.abs(mine[column].to_numpy() - theirs)
                                            / np.abs(theirs))))
    print(f"same numbers: max relative difference over the R subset (F, CI bounds) {worst:.1e}")


if __name__ == "__main__":
    main()
