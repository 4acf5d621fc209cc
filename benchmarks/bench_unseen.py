"""Suggestions on unseen wording: coded in one half of the phrase templates, scored on the
other half and on hand-written answers.

    .venv/bin/python benchmarks/bench_unseen.py [--sizes 10 25 50] [--a 2500 --b 1200]
        [--embeddings tfidf use-m3 hybrid minilm] [--variants full no-codebook ...]

One project holds three sets of answers, all imported, segmented and embedded alike:

* A: ``--a`` answers written by the demo generator from half 0 of every template list
  (data/demo/halves.py: even positions of each pool, noun-phrase and quote list);
* B: ``--b`` answers from half 1 (odd positions): the same themes in other words;
* F: tests/fixtures/meaning/answers.csv, 105 hand-written answers (5 themes, other
  wordings, spelling errors, short and long; key in the file).

A simulated coder codes ``k`` answers per theme drawn from A (all themes of each chosen
answer, plus 3k theme-less answers seen and left uncoded); the codebook is the project's
starter codebook (codebooks/per_racisme.yaml, with definitions, criteria and examples).
``suggest`` then proposes codes, and its suggestions are scored against the key on B (27
codes) and on F (its 5 codes): precision and recall micro-averaged over codes. Each
embedding and each engine variant runs on the same coded project in the same run. The key
is read only for the simulated coder and the scoring. Prints figures.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_suggest import simulate_coder  # noqa: E402

from workbench import Project  # noqa: E402
from workbench.assist import embed, suggest  # noqa: E402
from workbench.assist.models import make_backend  # noqa: E402
from workbench.store import assist as sql  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "meaning" / "answers.csv"
# what each engine variant passes to suggest()
VARIANTS: dict[str, dict] = {
    "full": {},
    "no-codebook": {"codebook": False},
    "precision-0.8": {"precision": 0.8},
}


def theme_paths() -> dict[str, str]:
    with open(ROOT / "codebooks" / "per_racisme_answer_key_map.csv", encoding="utf-8") as f:
        return {row["theme"]: row["path"] for row in csv.DictReader(f)}


def fixture_rows() -> list[dict[str, str]]:
    with open(FIXTURE, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="|"))


def write_answers(path: Path, n_a: int, n_b: int, seed: int) -> dict[str, set[str]]:
    """The survey CSV of sets A, B and F; returns respondent id -> its themes."""
    sys.path.insert(0, str(ROOT / "data"))
    from demo import halves
    from demo.answers import QUESTIONS, _one_answer

    demo = pd.read_csv(
        ROOT / "data" / "survey" / "per_demo.csv", sep=";", encoding="cp1252", dtype=str
    )
    rng = np.random.default_rng(seed)
    ids, texts, themes = [], [], {}
    try:
        for prefix, half, n in (("A", 0, n_a), ("B", 1, n_b)):
            halves.set_half(half)
            seen: set[str] = set()
            rows = demo.iloc[rng.integers(0, len(demo), size=n)]
            for k, (_, row) in enumerate(rows.iterrows()):
                question = QUESTIONS[list(QUESTIONS)[rng.integers(0, 3)]]
                text, used = _one_answer(question, row, True, rng, seen)
                ids.append(f"{prefix}{k:06d}")
                texts.append(text)
                themes[ids[-1]] = set(used)
    finally:
        halves.set_half(None)
    for row in fixture_rows():
        ids.append(f"F{row['id']}")
        texts.append(row["text"])
        themes[ids[-1]] = {t for t in row["themes"].split(";") if t}
    frame = pd.DataFrame({"respondent_id": ids, "stratum": "all", "antwoord": texts})
    frame.to_csv(path, sep=";", index=False, encoding="utf-8")
    return themes


def build(folder: Path, args) -> tuple[Path, dict[int, set[str]], dict[int, str]]:
    """The project with A, B and F embedded by every model; (path, truth, set of each unit)."""
    started = time.perf_counter()
    themes = write_answers(folder / "answers.csv", args.a, args.b, args.seed)
    path = folder / "unseen.db"
    paths = theme_paths()
    with Project.create(path, user="bench") as project:
        project.import_survey(
            folder / "answers.csv", id="respondent_id", stratum="stratum", weight=None,
            open=["antwoord"],
        )  # fmt: skip
        project.segment()
        project.codebook.import_file(ROOT / "codebooks" / "per_racisme.yaml")
        ids = [r[0] for r in sql.unit_inputs(project.db, ("answer",))]
        keys = sql.unit_keys(project.db, ids)
        truth = {u: {paths[t] for t in themes[keys[u][0]]} for u in ids}
        part = {u: keys[u][0][0] for u in ids}
        print(
            f"answers: A {sum(p == 'A' for p in part.values())}, B "
            f"{sum(p == 'B' for p in part.values())}, F {sum(p == 'F' for p in part.values())} "
            f"(written, imported, segmented in {time.perf_counter() - started:.0f} s)"
        )
        for name in args.embeddings:
            started = time.perf_counter()
            embed(project.core, make_backend(name, seed=0), "answers")
            print(f"  embedded with {name}: {time.perf_counter() - started:.1f} s")
    return path, truth, part


def score(suggested: set[tuple[int, str]], truth, units, codes) -> tuple[float, float, int]:
    """Micro precision and recall over ``codes`` on ``units``; and the number suggested."""
    tp = fp = fn = 0
    for code in codes:
        actual = {u for u in units if code in truth[u]}
        guess = {u for (u, c) in suggested if c == code and u in units}
        tp, fp, fn = tp + len(actual & guess), fp + len(guess - actual), fn + len(actual - guess)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp + fp


def run(project: Project, name: str, options: dict) -> tuple[set[tuple[int, str]], dict]:
    result = suggest(
        project.core, backend=make_backend(name, seed=0), limit_per_code=100_000, **options
    )
    paths = {c.id: c.path for c in project.codebook.codes()}
    rows = project.coding.codings(sources=("suggestion",))
    made = {(r["segment_id"], paths[r["code_id"]]) for r in rows if r["coder"] in result["coders"]}
    return made, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--a", type=int, default=2500)
    parser.add_argument("--b", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--embeddings", nargs="+", default=["tfidf", "use-m3", "hybrid", "minilm"])
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=VARIANTS)
    args = parser.parse_args()
    fixture_codes = sorted(
        {theme_paths()[t] for r in fixture_rows() for t in r["themes"].split(";") if t}
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, truth, part = build(folder, args)
        all_codes = sorted({c for paths in truth.values() for c in paths})
        b_units = {u for u, p in part.items() if p == "B"}
        f_units = {u for u, p in part.items() if p == "F"}
        print(
            f"\n{'k':>3} {'embedding':<8} {'variant':<12} {'P(B)':>6} {'R(B)':>6} {'n(B)':>6} "
            f"{'P(F)':>6} {'R(F)':>6} {'n(F)':>5} {'s':>6}"
        )
        for k in args.sizes:
            copy = folder / f"coded-{k}.db"
            shutil.copy(base, copy)
            with Project.open(copy, user="bench") as project:
                a_truth = {u: truth[u] for u, p in part.items() if p == "A"}
                simulate_coder(project, a_truth, k, seed=k, folder=folder)
                for name in args.embeddings:
                    for variant in args.variants:
                        started = time.perf_counter()
                        made, _ = run(project, name, VARIANTS[variant])
                        seconds = time.perf_counter() - started
                        pb, rb, nb = score(made, truth, b_units, all_codes)
                        pf, rf, nf = score(made, truth, f_units, fixture_codes)
                        print(
                            f"{k:>3} {name:<8} {variant:<12} {pb:>6.2f} {rb:>6.2f} {nb:>6} "
                            f"{pf:>6.2f} {rf:>6.2f} {nf:>5} {seconds:>6.1f}",
                            flush=True,
                        )


if __name__ == "__main__":
    random.seed(0)
    main()
