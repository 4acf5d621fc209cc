"""Active learning by simulation: how many coded answers each strategy (random, uncertainty,
distant, diverse) needs before the suggestions reach precision 0.8 on answers in wording no coder saw.

    .venv/bin/python benchmarks/bench_active.py [--embedding tfidf] [--seeds 1 2 3]
        [--pool 2000] [--test 800] [--codes 6] [--batch 10] [--max 200]

Data (written here by the demo's generator, data/demo/answers.py): the template pools of
every theme (phrases.POOLS) are split by position, even and odd. The POOL that coders pick
from is ``--pool`` answers written from the even half; UNSEEN is ``--test`` answers from the
odd half (the same themes in other words), SEEN ``--test`` / 2 other answers from the even
half. All are in one project (imported, segmented, embedded once); the hidden themes are
read only by the simulated coder and the scoring. The codes are the ``--codes`` most
frequent themes of the pool (starter codebook paths).

Each strategy starts from the same 10 random pool answers coded (per seed), then repeats:
``suggest()`` (the engine as users run it: logistic regression per code, or similarity
below 10 examples; threshold 0.5) scores every unit and stores its cross-fitted scores;
the next ``--batch`` pool answers are chosen by the strategy with the functions
``explore`` uses (workbench/assist/active.py: uncertainty from the stored scores, greedy
uncertainty x distance for ``distant``, x density too for ``diverse``), restricted to the pool; the simulated coder codes
them with their true themes (answers without one of the codes count as seen: assigned).
After each round the suggestions on UNSEEN and SEEN are scored (micro precision and recall
over the codes). Prints the curve and, per strategy, the coded answers needed to reach
P >= 0.8 (and R >= 0.6) on UNSEEN. No assertions.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import Project  # noqa: E402
from workbench.assist import suggest  # noqa: E402
from workbench.assist.active import density, greedy_diverse, uncertainty  # noqa: E402
from workbench.assist.models import make_backend  # noqa: E402
from workbench.store import assist as sql  # noqa: E402
from workbench.store import codings as coding_sql  # noqa: E402

STRATEGIES = ("random", "uncertainty", "distant", "diverse")


def _halved_pools(half: int) -> dict:
    from demo import phrases

    return {
        theme: {key: (items[half::2] or items) for key, items in pool.items()}
        for theme, pool in phrases.POOLS.items()
    }


def write_answers(path: Path, sizes: dict[str, tuple[int, int]], seed: int) -> dict[str, set]:
    """The survey CSV of every set (name -> (template half, n)); respondent id -> themes."""
    sys.path.insert(0, str(ROOT / "data"))
    from demo import phrases
    from demo.answers import QUESTIONS, _one_answer

    demo = pd.read_csv(
        ROOT / "data" / "survey" / "per_demo.csv", sep=";", encoding="cp1252", dtype=str
    )
    rng = np.random.default_rng(seed)
    full = phrases.POOLS
    ids, texts, themes = [], [], {}
    try:
        for name, (half, n) in sizes.items():
            phrases.POOLS = _halved_pools(half)
            import demo.textgen as textgen

            textgen.ph.POOLS = phrases.POOLS
            seen: set[str] = set()
            for _, row in demo.iloc[rng.integers(0, len(demo), size=n)].iterrows():
                question = QUESTIONS[list(QUESTIONS)[rng.integers(0, 3)]]
                text, used = _one_answer(question, row, True, rng, seen)
                ids.append(f"{name}{len(ids):06d}")
                texts.append(text)
                themes[ids[-1]] = set(used)
    finally:
        phrases.POOLS = full
        import demo.textgen as textgen

        textgen.ph.POOLS = full
    frame = pd.DataFrame({"respondent_id": ids, "stratum": "all", "antwoord": texts})
    frame.to_csv(path, sep=";", index=False, encoding="utf-8")
    return themes


def build(folder: Path, args) -> tuple[Path, dict[int, set[str]], dict[int, str], list[str]]:
    started = time.perf_counter()
    sizes = {"P": (0, args.pool), "U": (1, args.test), "S": (0, args.test // 2)}
    themes = write_answers(folder / "answers.csv", sizes, args.data_seed)
    with open(ROOT / "codebooks" / "per_racisme_answer_key_map.csv", encoding="utf-8") as f:
        paths = {row["theme"]: row["path"] for row in csv.DictReader(f)}
    path = folder / "active.db"
    with Project.create(path, user="bench") as project:
        project.import_survey(
            folder / "answers.csv",
            id="respondent_id",
            stratum="stratum",
            weight=None,
            open=["antwoord"],
        )
        project.segment()
        project.codebook.import_file(ROOT / "codebooks" / "per_racisme.yaml")
        ids = [r[0] for r in sql.unit_inputs(project.db, ("answer",))]
        keys = sql.unit_keys(project.db, ids)
        truth = {u: {paths[t] for t in themes[keys[u][0]] if t in paths} for u in ids}
        part = {u: keys[u][0][0] for u in ids}
        counts = Counter(c for u in ids if part[u] == "P" for c in truth[u])
        codes = [c for c, _ in counts.most_common(args.codes)]
        project.suggestions.embed(embedding=args.embedding)
    print(
        f"pool {args.pool}, unseen {args.test}, seen {args.test // 2} answers; codes "
        f"{', '.join(f'{c} ({counts[c]})' for c in codes)}; {args.embedding} "
        f"(built in {time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    return path, truth, part, codes


def code(project: Project, units: list[int], truth, codes: list[str], folder: Path) -> None:
    """The simulated coder: the true codes of ``units``; the rest of them count as seen."""
    rows = [(u, c) for u in units for c in sorted(truth[u] & set(codes))]
    if rows:
        path = folder / "codings.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["segment", "code", "coder"])
            writer.writerows([u, c, "sim"] for u, c in rows)
        project.coding.import_file(path)
    empty = [u for u in units if not truth[u] & set(codes)]
    if empty:
        with project.core.write("assign-sample", "bench-seen") as payload:
            coding_sql.add_assignments(
                project.db, f"seen-{min(empty)}", [(u, "sim") for u in empty], payload["event_id"]
            )


def score(made: set[tuple[int, str]], truth, units: set[int], codes) -> tuple[float, float]:
    tp = fp = fn = 0
    for c in codes:
        actual = {u for u in units if c in truth[u]}
        guess = {u for (u, k) in made if k == c and u in units}
        tp, fp, fn = tp + len(actual & guess), fp + len(guess - actual), fn + len(actual - guess)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def choose(project, strategy, ids, X, pool, coded, code_ids, batch, rng) -> list[int]:
    """The next batch from the uncoded pool, as ``explore`` would choose it."""
    candidates = np.array([k for k, u in enumerate(ids) if u in pool and u not in coded])
    if strategy == "random":
        return [ids[int(k)] for k in rng.permutation(candidates)[:batch]]
    doubt = uncertainty(project.core, code_ids, ids)
    weight = (doubt if doubt is not None else np.ones(len(ids)))[candidates]
    if strategy == "uncertainty":
        return [ids[candidates[k]] for k in np.argsort(-weight, kind="stable")[:batch]]
    if strategy == "diverse":
        weight = weight * density(X, candidates, 0)
    seen = np.array([k for k, u in enumerate(ids) if u in coded], dtype=int)
    return [ids[k] for k, _ in greedy_diverse(X, candidates, seen, weight, batch)]


def simulate(base: Path, strategy: str, seed: int, truth, part, codes, args) -> list[tuple]:
    folder = Path(tempfile.mkdtemp(prefix="duiding-active-"))
    shutil.copy(base, folder / "p.db")
    rng = np.random.default_rng(seed)
    curve = []
    with Project.open(folder / "p.db", user="bench") as project:
        backend = make_backend(args.embedding)
        ids, X = project.suggestions.embed(embedding=args.embedding)
        code_ids = [project.codebook.get(c).id for c in codes]
        pool = {u for u in ids if part[u] == "P"}
        unseen = {u for u in ids if part[u] == "U"}
        seen_set = {u for u in ids if part[u] == "S"}
        start = [int(u) for u in rng.choice(sorted(pool), size=10, replace=False)]
        code(project, start, truth, codes, folder)
        coded = set(start)
        while True:
            result = suggest(
                project.core, codes, "answers", backend, 0.5, 100_000, cross_validate=False
            )
            paths = dict(zip(code_ids, codes, strict=True))
            made = {
                (r["segment_id"], paths[r["code_id"]])
                for r in project.coding.codings(sources=("suggestion",))
                if r["coder"] in result["coders"] and r["code_id"] in paths
            }
            pu, ru = score(made, truth, unseen, codes)
            ps, rs = score(made, truth, seen_set, codes)
            curve.append((len(coded), pu, ru, ps, rs))
            if len(coded) >= args.max:
                break
            batch = choose(project, strategy, ids, X, pool, coded, code_ids, args.batch, rng)
            code(project, batch, truth, codes, folder)
            coded |= set(batch)
    shutil.rmtree(folder)
    return curve


def first(curve, p: float, r: float = 0.0) -> int | None:
    return next((n for n, pu, ru, _, _ in curve if pu >= p and ru >= r), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embedding", default="tfidf")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--data-seed", type=int, default=11)
    parser.add_argument("--pool", type=int, default=2000)
    parser.add_argument("--test", type=int, default=800)
    parser.add_argument("--codes", type=int, default=6)
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--max", type=int, default=200)
    parser.add_argument("--strategies", nargs="+", default=list(STRATEGIES), choices=STRATEGIES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base, truth, part, codes = build(Path(tmp), args)
        needed: dict[str, list] = {s: [] for s in args.strategies}
        for seed in args.seeds:
            for strategy in args.strategies:
                started = time.perf_counter()
                curve = simulate(base, strategy, seed, truth, part, codes, args)
                needed[strategy].append((first(curve, 0.8), first(curve, 0.8, 0.6)))
                marks = [row for row in curve if row[0] in (10, 50, 100, 150, 200)]
                print(
                    f"seed {seed} {strategy:<11} P>=0.8 at {first(curve, 0.8)}, "
                    f"P>=0.8&R>=0.6 at {first(curve, 0.8, 0.6)}  ({time.perf_counter() - started:.0f} s)  "
                    + "  ".join(
                        f"{n}: unseen P {pu:.2f} R {ru:.2f} / seen P {ps:.2f} R {rs:.2f}"
                        for n, pu, ru, ps, rs in marks
                    ),
                    flush=True,
                )
        for strategy, found in needed.items():
            print(f"{strategy:<11} coded answers to P>=0.8 (unseen), per seed: {found}")


if __name__ == "__main__":
    main()
