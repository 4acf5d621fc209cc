"""Coverage of the code figures' 95% CIs by simulation, on the demo with its answer key as the
truth (issue 10), and the gain in width of model-assisted over sample figures.

    .venv/bin/python benchmarks/bench_coverage.py [--reps 500] [--size 400] [--seed 1]
        [--allocation proportional|population] [--only conditional|unconditional]
        [--methods sample model-assisted] [--out DIR]

Builds the demo in a temporary folder, runs the two simulations of benchmarks/coverage_sim.py
(conditional: the demo fixed, only the coding sample repeated; unconditional: a new survey
from a pseudo-population each replication, then the coding sample) and prints per method,
code and domain the coverage, its Monte-Carlo error and the CI width. Results and findings:
benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from coverage_sim import METHODS, Demo, cell_labels, conditional, load_demo, unconditional

SIMULATIONS = {"conditional": conditional, "unconditional": unconditional}


def summarise(result: dict, demo: Demo, cells: list[tuple], methods=METHODS) -> pd.DataFrame:
    """Per method x code x domain: replications with an estimate, coverage, its Monte-Carlo
    error, mean CI width, mean coded positives and replications with none."""
    target = np.broadcast_to(result["target"], result["estimate"].shape)
    have = np.isfinite(result["estimate"]) & np.isfinite(result["ci_low"])
    covered = (result["ci_low"] <= target) & (target <= result["ci_high"]) & have
    reps = have.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        coverage = covered.sum(axis=0) / reps
        width = np.where(have, result["ci_high"] - result["ci_low"], 0).sum(axis=0) / reps
        bias = np.where(have, result["estimate"] - target, 0).sum(axis=0) / reps
    rows = []
    for m, method in enumerate(methods):
        for k, code in enumerate(demo.codes):
            for c, (among, by, level) in enumerate(cells):
                rows.append(
                    {
                        "method": method,
                        "code": code,
                        "among": among,
                        "by": by,
                        "level": level,
                        "target": float(result["target"][..., k, c].flat[0]),
                        "reps": int(reps[m, k, c]),
                        "coverage": coverage[m, k, c],
                        "mc_error": np.sqrt(
                            coverage[m, k, c] * (1 - coverage[m, k, c]) / max(reps[m, k, c], 1)
                        ),
                        "width": width[m, k, c],
                        "bias": bias[m, k, c],
                        "positives": _mean(result["positives"][:, m, k, c]),
                        "no_positives": int((result["positives"][:, m, k, c] == 0).sum()),
                    }
                )
    return pd.DataFrame(rows)


def _mean(values: np.ndarray) -> float:
    return float(np.nanmean(values)) if np.isfinite(values).any() else float("nan")


BINS = ((0, 1), (1, 3), (3, 5), (5, 10), (10, np.inf))


def _chance_outside(reps: np.ndarray) -> float:
    """Expected number of cells outside 93-97% if every one covered exactly 95%."""
    from scipy import stats

    reps = np.asarray(reps, dtype=float)
    return float(
        (
            stats.binom.cdf(np.ceil(0.93 * reps) - 1, reps, 0.95)
            + stats.binom.sf(np.floor(0.97 * reps), reps, 0.95)
        ).sum()
    )


def report(summary: pd.DataFrame, name: str, reps: int) -> str:
    """The figures of one simulation as Markdown: per method and domain the coverage over
    the codes and the mean CI width; per method and expected number of coded mentions in
    the cell, the cells outside 93-97% against the number Monte-Carlo error alone puts
    there; per code the overall figure's width by method; the cells more than 3.29
    Monte-Carlo errors from 95%."""
    lines = [f"### {name}: {reps} replications", ""]
    s = summary[summary["reps"] > 0].copy()
    s["inside"] = s["coverage"].between(0.93, 0.97)
    table = (
        s.groupby(["method", "among", "by", "level"], sort=False)
        .agg(
            codes=("code", "size"),
            mean=("coverage", "mean"),
            low=("coverage", "min"),
            high=("coverage", "max"),
            inside=("inside", "sum"),
            width=("width", "mean"),
            positives=("positives", "mean"),
        )
        .reset_index()
    )
    lines += [
        "| method | among | domain | codes | coverage mean | min | max | codes in 93-97% "
        "| mean CI width | coded mentions (mean) |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in table.itertuples():
        lines.append(
            f"| {row.method} | {row.among} | {row.by}: {row.level} | {row.codes} | "
            f"{row.mean:.3f} | {row.low:.3f} | {row.high:.3f} | {row.inside} | "
            f"{row.width:.4f} | {row.positives:.1f} |"
        )
    lines += [
        "",
        "| method | coded mentions in the cell (mean) | cells | coverage mean | min | "
        "max | outside 93-97% | by chance alone |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for method, part in s.groupby("method", sort=False):
        for lo, hi in BINS:
            cell = part[(part["positives"] >= lo) & (part["positives"] < hi)]
            if cell.empty:
                continue
            lines.append(
                f"| {method} | {lo}-{hi if np.isfinite(hi) else ''} | {len(cell)} | "
                f"{cell['coverage'].mean():.3f} | {cell['coverage'].min():.3f} | "
                f"{cell['coverage'].max():.3f} | {int((~cell['inside']).sum())} | "
                f"{_chance_outside(cell['reps']):.1f} |"
            )
    overall = s[(s["by"] == "overall") & (s["among"] == "all")].pivot_table(
        index="code", columns="method", values=["coverage", "width"]
    )
    lines += [
        "",
        "| code (overall, among all) | coverage sample | coverage model-assisted | "
        "CI width sample | CI width model-assisted | width ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for code, row in overall.iterrows():
        cs, cm = row.get(("coverage", "sample")), row.get(("coverage", "model-assisted"))
        ws, wm = row.get(("width", "sample")), row.get(("width", "model-assisted"))
        shown = [f"{v:.3f}" if v == v and v is not None else "-" for v in (cs, cm)]
        widths = [f"{v:.4f}" if v == v and v is not None else "-" for v in (ws, wm)]
        ratio = f"{wm / ws:.2f}" if ws and wm == wm and wm is not None else "-"
        lines.append(f"| {code} | {shown[0]} | {shown[1]} | {widths[0]} | {widths[1]} | {ratio} |")
    z = (s["coverage"] - 0.95) / np.sqrt(0.95 * 0.05 / s["reps"])
    far = s[np.abs(z) > 3.29]
    lines += [
        "",
        f"Cells more than 3.29 Monte-Carlo errors from 95% ({len(far)}; about "
        f"{0.001 * len(s):.1f} by chance):",
    ]
    for row in far.itertuples():
        lines.append(
            f"- {row.method}, {row.code}, {row.among}, {row.by}: {row.level}: "
            f"{row.coverage:.3f} (coded mentions {row.positives:.2f}, none in "
            f"{row.no_positives} of {row.reps})"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=500)
    parser.add_argument("--size", type=int, default=400, help="coded respondents per sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("conditional", "unconditional"))
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    parser.add_argument(
        "--allocation",
        choices=("proportional", "population"),
        default="proportional",
        help="of the coding sample over the strata",
    )
    parser.add_argument("--out", type=Path, help="folder for the per-cell summaries (csv)")
    args = parser.parse_args()
    from workbench.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with build_demo(Path(folder) / "demo.db", user="demo", study=False) as project:
            demo = load_demo(project)
        print(
            f"demo built and embedded in {time.perf_counter() - started:.1f} s: "
            f"{len(demo.frame):,} respondents, {len(demo.owner):,} answers, "
            f"{len(demo.codes)} codes"
        )
    cells = cell_labels(demo)
    methods = tuple(args.methods)
    for name in ("conditional", "unconditional"):
        if args.only and args.only != name:
            continue
        started = time.perf_counter()

        def tick(r: int) -> None:
            if (r + 1) % 50 == 0:
                print(
                    f"  {name}: {r + 1} replications, "
                    f"{(time.perf_counter() - started) / (r + 1):.2f} s each",
                    flush=True,
                )

        result = SIMULATIONS[name](
            demo, args.reps, args.size, args.seed, methods, tick, args.allocation
        )
        summary = summarise(result, demo, cells, methods)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            summary.to_csv(args.out / f"{name}.csv", index=False)
            np.savez_compressed(args.out / f"{name}.npz", **result)
        print(report(summary, f"{name}, coding samples of {args.size}", args.reps))
        print(f"({time.perf_counter() - started:.0f} s)\n", flush=True)


if __name__ == "__main__":
    main()
