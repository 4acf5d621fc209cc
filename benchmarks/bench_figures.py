"""Model-assisted code figures: 100 codes x 10 subgroup variables on 100,000 respondents.

    .venv/bin/python benchmarks/bench_figures.py [--rows 100000] [--codes 100] [--sample 2000]
        [--r-codes 2] [--no-r]

Makes a stratified survey (8 strata, weights N_h / n_h, fpc N_h), 10 categorical subgroup
variables (2-5 levels), an open question about 40% answered, 100 codes with a true value
for every answer and a model score (a noisy probability), and a coding sample of 2,000
answers (stratified SRS by survey stratum, proportional; the respondents without an answer
are a stratum taken whole, their value known). Then times the workbench computing, for
every code and every subgroup variable, the model-assisted two-phase estimate of every
subgroup (estimate, SE with its phase-1 and phase-2 parts, logit CI, covariance for the
test of differences): ``analysis.twophase_batch.ratios``, and the same through one
``analysis.twophase.ratio`` call per (code, variable) (the path ``figures.figure`` takes),
timed on ``--single-codes`` codes and extrapolated.

In the same run it times R's ``survey`` doing the same two-phase work: ``twophase(...,
method="approx")``, per code ``calibrate(phase = 2, ~0 + c1 + c2 + c3, calfun =
"linear")`` and per subgroup ``svyratio`` on the full design (the calls
scripts/r_twophase.R checks the workbench against). R takes minutes for that, so it runs
``--r-codes`` codes and is extrapolated to all (printed as such); the numbers are compared.
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
from workbench.analysis import twophase
from workbench.analysis.design import SurveyDesign
from workbench.analysis.estimates import _groups
from workbench.analysis.twophase_batch import ratios
from timing import best  # this folder is on sys.path when run as a script

R_SCRIPT = r"""
suppressPackageStartupMessages({library(survey); library(jsonlite)})
options(survey.lonely.psu = "fail")
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
codes <- grep("^y_", names(d), value = TRUE)
vars <- grep("^g_", names(d), value = TRUE)
elapsed <- function() proc.time()[["elapsed"]]
t0 <- elapsed()
des <- twophase(id = list(~1, ~1), strata = list(~stratum, ~sstratum),
                weights = list(~weight, NULL), fpc = list(~N, NULL), subset = ~in_sample,
                data = d, method = "approx")
t_design <- elapsed() - t0
t_cal <- 0; t_ratio <- 0; out <- list()
for (code in codes) {
  k <- sub("^y_", "", code)
  t0 <- elapsed()
  dd <- calibrate(des, phase = 2, formula = as.formula(paste0("~0 + c1 + s_", k, " + c3")),
                  calfun = "linear")
  t_cal <- t_cal + elapsed() - t0
  t0 <- elapsed()
  for (v in vars) {
    levels <- sort(unique(d[[v]]))
    est <- c(); se <- c()
    for (level in levels) {
      vars2 <- dd$phase1$sample$variables
      dom <- as.numeric(vars2[[v]] == level)
      dd$phase1$sample$variables$num_ <- vars2[[code]] * dom
      dd$phase1$sample$variables$dom_ <- dom
      r <- svyratio(~num_, ~dom_, dd)
      est <- c(est, unname(coef(r))); se <- c(se, sqrt(unname(r$var[1, 1])))
    }
    out[[paste(code, v)]] <- list(estimate = est, se = se)
  }
  t_ratio <- t_ratio + elapsed() - t0
}
cat(toJSON(list(design = t_design, calibrate = t_cal, ratio = t_ratio, codes = length(codes),
                results = out), auto_unbox = TRUE, digits = NA))
"""


def make_data(
    rows: int, codes: int = 100, variables: int = 10, sample: int = 2000, seed: int = 7
) -> pd.DataFrame:
    """The survey, answers, true codes (y_k, NaN where not coded), scores and coding sample."""
    rng = np.random.default_rng(seed)
    strata = np.array([f"s{h}" for h in range(8)])
    share = np.array([0.05, 0.2, 0.02, 0.08, 0.03, 0.15, 0.07, 0.4])
    population = np.array([3, 27, 1, 9, 2, 19, 7, 62]) * 20_000.0
    stratum = rng.choice(8, size=rows, p=share)
    columns: dict[str, np.ndarray] = {"stratum": strata[stratum]}
    groups = []
    for v in range(variables):
        levels = 2 + v % 4
        code = (rng.integers(0, levels, rows) + (stratum % levels) * (v % 2)) % levels
        groups.append(code)
        columns[f"g_{v}"] = np.array([f"L{i}" for i in range(levels)])[code]
    n_h = np.bincount(stratum, minlength=8)
    columns["N"] = population[stratum]
    columns["weight"] = (population / n_h)[stratum]
    answered = rng.random(rows) < 0.3 + 0.1 * groups[0] / 2 + 0.05 * (stratum % 3)
    columns["answered"] = answered.astype(int)
    # the coding sample: proportional stratified SRS of the answers; no answer: taken whole
    frame = np.flatnonzero(answered)
    chosen = []
    for h in range(8):
        pool = frame[stratum[frame] == h]
        take = max(2, int(round(sample * len(pool) / len(frame))))
        chosen.append(rng.choice(pool, size=take, replace=False))
    coded = np.zeros(rows, dtype=bool)
    coded[np.concatenate(chosen)] = True
    columns["sstratum"] = np.where(answered, strata[stratum], "(no answer)")
    columns["in_sample"] = coded | ~answered
    base = rng.uniform(-4.0, -0.5, size=codes)
    effect = rng.normal(0, 0.4, size=(codes, 8))
    for k in range(codes):
        logit = base[k] + effect[k, stratum] + 0.3 * groups[k % variables]
        truth = (rng.random(rows) < 1 / (1 + np.exp(-logit))) & answered
        # a model score: right more often than not, never certain
        signal = rng.uniform(1.0, 3.0)
        score = 1 / (1 + np.exp(-(logit + signal * (2 * truth - 1) + rng.normal(0, 1, rows))))
        columns[f"y_{k:03d}"] = np.where(columns["in_sample"], truth.astype(float), np.nan)
        columns[f"s_{k:03d}"] = np.where(answered, score, 0.0)
    return pd.DataFrame(columns)


def prepare(frame: pd.DataFrame) -> tuple:
    """Design, phase 2, values, scores, shared calibration columns and the groupings."""
    design = SurveyDesign(frame, strata="stratum", weights="weight", fpc="N")
    phase2 = twophase.PhaseTwo.from_labels(
        frame["sstratum"].to_numpy(), frame["in_sample"].to_numpy(bool)
    )
    codes = [c for c in frame.columns if c.startswith("y_")]
    Y = frame[codes].to_numpy(float)
    w = design.weights_
    a = frame["answered"].to_numpy(float)
    scores = (w * a)[:, None] * frame[[f"s_{c[2:]}" for c in codes]].to_numpy(float)
    shared = np.column_stack([w * a, w * (1 - a)])
    variables = [c for c in frame.columns if c.startswith("g_")]
    groupings = []
    for v in variables:
        groups, levels = _groups(design, [v])
        groupings.append((groups, len(levels)))
    return design, phase2, Y, scores, shared, groupings, codes, variables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--codes", type=int, default=100)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument(
        "--single-codes",
        type=int,
        default=10,
        help="codes timed through one ratio() call each (extrapolated)",
    )
    parser.add_argument(
        "--r-codes", type=int, default=2, help="codes R computes (extrapolated to all)"
    )
    parser.add_argument("--no-r", action="store_true")
    args = parser.parse_args()

    frame = make_data(args.rows, args.codes, sample=args.sample)
    answered = int(frame["answered"].sum())
    coded = int((frame["in_sample"] & (frame["answered"] == 1)).sum())
    variables = [c for c in frame.columns if c.startswith("g_")]
    levels = sum(frame[v].nunique() for v in variables)
    print(
        f"{len(frame):,} respondents, 8 strata, {answered:,} answered, {coded:,} coded; "
        f"{args.codes} codes x {len(variables)} variables ({levels} subgroups): "
        f"{args.codes * levels:,} model-assisted estimates"
    )

    result = None

    def ours() -> None:
        nonlocal result
        design, phase2, Y, scores, shared, groupings, _, _ = prepare(frame)
        result = ratios(design, phase2, Y, groupings, shared, scores)

    ours()  # imports, warm caches
    seconds = best(ours)
    print(
        f"workbench twophase_batch.ratios: {seconds:.2f} s (design, phase 2, groupings and "
        "all estimates; best of 3)"
    )

    design, phase2, Y, scores, shared, groupings, codes, _ = prepare(frame)
    some = min(args.single_codes, Y.shape[1])

    def single() -> None:
        for k in range(some):
            calibration = np.column_stack([shared, scores[:, k]])
            for groups, count in groupings:
                twophase.ratio(design, phase2, Y[:, k], groups, count, calibration)

    one = best(single, repeat=1)
    per_all = one * Y.shape[1] / some
    print(
        f"workbench one ratio() per (code, variable): {one:.2f} s for {some} codes, "
        f"{per_all:.1f} s for {Y.shape[1]} (extrapolated); batched is "
        f"{per_all / seconds:.0f}x faster"
    )
    worst = 0.0
    for k in range(some):
        calibration = np.column_stack([shared, scores[:, k]])
        for i, (groups, count) in enumerate(groupings):
            single_values = twophase.ratio(design, phase2, Y[:, k], groups, count, calibration)
            for key in ("estimate", "se", "ci_low", "ci_high"):
                a, b = result[i][key][k], single_values[key]
                worst = max(worst, float(np.max(np.abs(a - b) / np.abs(b))))
    print(f"batched vs single calls, largest relative difference: {worst:.1e}")

    if args.no_r:
        return
    if shutil.which("Rscript") is None:
        print("Rscript not found: no R comparison")
        return
    subset = codes[: args.r_codes]
    keep = ["stratum", "N", "weight", "answered", "sstratum", "in_sample", *variables]
    data = frame[keep].copy()
    data["in_sample"] = np.where(frame["in_sample"], "TRUE", "FALSE")
    w, a = design.weights_, frame["answered"].to_numpy(float)
    data["c1"], data["c3"] = w * a, w * (1 - a)
    for k, code in enumerate(subset):
        data[code] = frame[code]
        data[f"s_{code[2:]}"] = scores[:, k]
    with tempfile.TemporaryDirectory() as tmp:
        csv, script = Path(tmp) / "bench.csv", Path(tmp) / "bench.R"
        data.to_csv(csv, index=False, float_format="%.17g")
        script.write_text(R_SCRIPT)
        started = time.perf_counter()
        run = subprocess.run(["Rscript", str(script), str(csv)], capture_output=True, text=True)
        if run.returncode:
            raise SystemExit(f"Rscript failed:\n{run.stderr[-2000:]}")
        wall = time.perf_counter() - started
    r = json.loads(run.stdout.strip().splitlines()[-1])
    scale = Y.shape[1] / r["codes"]
    r_total = r["design"] + (r["calibrate"] + r["ratio"]) * scale
    print(
        f"R survey, measured on {r['codes']} codes x {len(variables)} variables: twophase "
        f"{r['design']:.1f} s, calibrate {r['calibrate']:.1f} s, svyratio per subgroup "
        f"{r['ratio']:.1f} s (Rscript wall time {wall:.0f} s)"
    )
    print(
        f"R total for {Y.shape[1]} codes (extrapolated x{scale:g}): {r_total:.0f} s; "
        f"ratio R / workbench: {r_total / seconds:.0f}x"
    )
    worst = {"estimate": 0.0, "se": 0.0}
    for key, values in r["results"].items():
        code, variable = key.split()
        k, i = codes.index(code), variables.index(variable)
        for stat in worst:
            ours_ = result[i][stat][k]
            theirs = np.asarray(values[stat], dtype=float)
            worst[stat] = max(worst[stat], float(np.max(np.abs(ours_ - theirs) / theirs)))
    print(
        f"workbench vs R on those codes: largest relative difference estimate "
        f"{worst['estimate']:.1e}, SE {worst['se']:.1e}"
    )


if __name__ == "__main__":
    main()
