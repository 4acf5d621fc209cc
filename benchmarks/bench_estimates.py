"""Survey estimates: 100 binary indicators x 10 grouping variables, 100,000 respondents.

    .venv/bin/python benchmarks/bench_estimates.py [--rows 100000] [--r-subset 10] [--no-r]

Makes a stratified data set (8 strata with unequal weights N_h / n_h, 100 0/1 indicators
with stratum- and group-dependent rates, 10 grouping variables with 2-5 levels), then times
``workbench.analysis.survey.table``: per (indicator, group) a weighted proportion with its
Taylor SE, logit CI and design effect, and per (indicator, grouping) a Rao-Scott F test,
1,000 tests and about 3,500 estimates. In the same run it times R's ``survey`` package on the
same CSV doing the same work, per (indicator, grouping): ``svyby(~x, ~g, svymean,
deff=TRUE)``, ``svyby(~x, ~g, svyciprop, method="logit")`` and ``svychisq(~x + g)``. That
takes R minutes, so it runs for ``--r-subset`` indicators and is extrapolated to 100 (printed
as such). R's bulk shortcut, one ``svyby`` over all 100 indicators per grouping (SEs only:
with ``deff=TRUE`` svyvar would build a 100,000 x 10,000 matrix), is timed in full too.
Then it checks that both give the same numbers for the subset.
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
from workbench.analysis.survey import SurveyDesign, design_weights, table
from timing import best  # this folder is on sys.path when run as a script

R_SCRIPT = r"""
suppressPackageStartupMessages({library(survey); library(jsonlite)})
args <- commandArgs(trailingOnly = TRUE)
data <- read.csv(args[1])
subset_k <- as.integer(args[2])
ind <- grep("^code_", names(data), value = TRUE)
grp <- grep("^g_", names(data), value = TRUE)
elapsed <- function() proc.time()[["elapsed"]]
t0 <- elapsed()
d <- svydesign(id = ~1, strata = ~stratum, weights = ~weight, data = data)
t_design <- elapsed() - t0
# bulk: all 100 indicators in one svyby per grouping, SEs only (deff=TRUE on 100 columns
# makes svyvar build an n x 100^2 matrix: 8 GB)
f_all <- as.formula(paste("~", paste(ind, collapse = "+")))
t0 <- elapsed()
for (g in grp) r <- svyby(f_all, as.formula(paste("~", g)), d, svymean)
t_bulk <- elapsed() - t0
some <- ind[seq_len(subset_k)]
means <- list(); cis <- list(); tests <- list()
t0 <- elapsed()
for (v in some) for (g in grp) {
  b <- svyby(as.formula(paste("~", v)), as.formula(paste("~", g)), d, svymean, deff = TRUE)
  means[[paste(v, g)]] <- list(se = b[[3]], deff = b[[4]])
}
t_mean <- elapsed() - t0
t0 <- elapsed()
for (v in some) for (g in grp) {
  b <- svyby(as.formula(paste("~", v)), as.formula(paste("~", g)), d, svyciprop,
             method = "logit", vartype = "ci")
  cis[[paste(v, g)]] <- list(ci_l = b$ci_l, ci_u = b$ci_u)
}
t_ciprop <- elapsed() - t0
t0 <- elapsed()
for (v in some) for (g in grp) {
  x <- svychisq(as.formula(paste("~", v, "+", g)), d, statistic = "F")
  tests[[paste(v, g)]] <- unname(x$statistic)
}
t_chisq <- elapsed() - t0
cat(toJSON(list(design = t_design, bulk = t_bulk, mean = t_mean, ciprop = t_ciprop,
                chisq = t_chisq, subset = subset_k, indicators = length(ind), means = means,
                cis = cis, tests = tests), auto_unbox = TRUE, digits = NA))
"""


def make_data(
    rows: int, indicators: int = 100, groupings: int = 10, seed: int = 11
) -> tuple[pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    strata = [f"s{h}" for h in range(8)]
    share = np.array([0.05, 0.2, 0.02, 0.08, 0.03, 0.15, 0.07, 0.4])  # sample allocation
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
        logit = np.log(base[j] / (1 - base[j])) + effect[j, stratum] + 0.2 * groups[j % groupings]
        columns[f"code_{j:03d}"] = (rng.random(rows) < 1 / (1 + np.exp(-logit))).astype(np.int8)
    frame = pd.DataFrame(columns)
    frame["weight"] = design_weights(frame, population)
    return frame, population


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--r-subset",
        type=int,
        default=10,
        help="indicators for R's svyciprop/svychisq (extrapolated to all)",
    )
    parser.add_argument("--no-r", action="store_true", help="time the workbench only")
    args = parser.parse_args()

    frame, _ = make_data(args.rows)
    codes = [c for c in frame.columns if c.startswith("code_")]
    groupings = [c for c in frame.columns if c.startswith("g_")]
    print(
        f"{len(frame):,} respondents, 8 strata, {len(codes)} indicators, "
        f"{len(groupings)} groupings ({', '.join(str(frame[g].nunique()) for g in groupings)} "
        f"levels)"
    )

    design = SurveyDesign(frame, strata="stratum", weights="weight")
    table(design, codes[:2], groupings[:1])  # load scipy once
    result = None

    def ours() -> None:
        nonlocal result
        d = SurveyDesign(frame, strata="stratum", weights="weight")
        result = table(d, codes, groupings)

    seconds = best(ours)
    estimates, tests = result
    print(
        f"workbench: {seconds:.2f} s for {len(estimates):,} estimates (SE, logit CI, deff) "
        f"and {len(tests):,} Rao-Scott tests (design included; best of 3)"
    )

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
        run = subprocess.run(
            ["Rscript", str(script), str(csv), str(args.r_subset)],
            capture_output=True,
            text=True,
            check=True,
        )
        wall = time.perf_counter() - started
    r = json.loads(run.stdout.strip().splitlines()[-1])
    scale = r["indicators"] / r["subset"]
    per_subset = r["mean"] + r["ciprop"] + r["chisq"]
    r_total = r["design"] + per_subset * scale
    print(
        f"R survey, measured on {r['subset']} indicators x {len(groupings)} groupings: "
        f"svyby(svymean, deff=TRUE) {r['mean']:.1f} s, svyby(svyciprop, logit) "
        f"{r['ciprop']:.1f} s, svychisq {r['chisq']:.1f} s; design {r['design']:.1f} s"
    )
    print(
        f"R total for all {r['indicators']} indicators (extrapolated x{scale:g}): "
        f"{r_total:.0f} s  (Rscript wall time of the measured run {wall:.0f} s)"
    )
    print(f"ratio R / workbench: {r_total / seconds:.0f}x")
    print(
        f"R's bulk shortcut, measured in full: svyby(~all {r['indicators']}, ~g, svymean) "
        f"x {len(groupings)}, SEs only (no deff, CI or test): {r['bulk']:.1f} s "
        f"= {r['bulk'] / seconds:.0f}x the workbench doing everything"
    )

    worst = 0.0
    for key, statistic in r["tests"].items():
        variable, by = key.split()
        ours_f = tests[(tests["variable"] == variable) & (tests["by"] == by)]["statistic"].iloc[0]
        worst = max(worst, abs(ours_f - statistic) / abs(statistic))
    for key, values in [*r["cis"].items(), *r["means"].items()]:
        variable, by = key.split()
        mine = estimates[(estimates["variable"] == variable) & (estimates["by"] == by)]
        for column, name in (
            ("ci_low", "ci_l"),
            ("ci_high", "ci_u"),
            ("se", "se"),
            ("deff", "deff"),
        ):
            if name in values:
                theirs = np.asarray(values[name], dtype=float)
                worst = max(
                    worst, float(np.max(np.abs(mine[column].to_numpy() - theirs) / np.abs(theirs)))
                )
    print(
        f"same numbers: max relative difference over the R subset (SE, deff, CI bounds, F) "
        f"{worst:.1e}"
    )


if __name__ == "__main__":
    main()
