"""Code suggestions on the demo answers, scored against the hidden answer key.

    .venv/bin/python benchmarks/bench_suggest.py [--sizes 10 25 50] [--threshold 0.5]
    .venv/bin/python benchmarks/bench_suggest.py --scale 10000 100000

A simulated coder codes ``n`` answers per code (all of each chosen answer's themes, from
data/answer_key.csv mapped to codes by codebooks/per_racisme_answer_key_map.csv); then
``suggest`` with the offline TF-IDF backend proposes codes, and the suggestions on the
remaining answers are scored against the key: precision and recall per code and
micro-averaged. Also times embedding and suggestion at the demo size. The key is used for
scoring and for the simulated coder only; it is never shown to a model. Prints figures.

``--scale N ...``: time and peak memory of ``suggest`` (27 codes, 50 coded answers each, 5-fold
CV, limit 200 suggestions per code) on N answers newly written by the demo generator (see
bench_topics.py), each in a fresh process: wall-clock and peak resident set above the
process's size before the call (vectors already stored, as after any earlier run). Peer in
the same run: bare scikit-learn on the same matrix (one LogisticRegression fit and
predict_proba per code, no CV, nothing read or written).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from workbench import Project  # noqa: E402
from workbench.assist import TfidfSvd, embed, suggest  # noqa: E402
from workbench.demo import build_demo  # noqa: E402


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def answer_themes(project: Project) -> dict[int, set[str]]:
    """answer segment id -> the code paths of its hidden themes (empty set: none)."""
    theme_to_path = {
        row["theme"]: row["path"]
        for row in _rows(ROOT / "codebooks" / "per_racisme_answer_key_map.csv")
    }
    key = {
        (row["respondent_id"], row["question"]): row["themes"]
        for row in _rows(ROOT / "data" / "answer_key.csv")
    }
    segments = project.db.execute(
        "SELECT s.id, r.external_id, q.name FROM segments s JOIN documents d ON d.id = s.document_id "
        "JOIN respondents r ON r.id = d.respondent_id JOIN questions q ON q.id = d.question_id "
        "WHERE s.kind = 'answer'"
    ).fetchall()
    out = {}
    for segment_id, respondent, question in segments:
        themes = key.get((respondent, question), "")
        out[segment_id] = {theme_to_path[t] for t in themes.split(";") if t in theme_to_path}
    return out


def simulate_coder(
    project: Project, truth: dict[int, set[str]], per_code: int, seed: int, folder: Path
) -> set[int]:
    """Code ``per_code`` answers of every code (with all their themes); returns those answers."""
    rng = random.Random(seed)
    by_code: dict[str, list[int]] = defaultdict(list)
    for unit, paths in sorted(truth.items()):
        for path in paths:
            by_code[path].append(unit)
    chosen: set[int] = set()
    for path in sorted(by_code):
        units = by_code[path]
        chosen |= set(rng.sample(units, min(per_code, len(units))))
    # a human reading an answer also sees it has no theme: add as many theme-less answers
    empty = [u for u, paths in sorted(truth.items()) if not paths]
    chosen |= set(rng.sample(empty, min(len(empty), per_code * 3)))
    path = folder / f"codings_{per_code}.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["segment", "code", "coder"])
        for unit in sorted(chosen):
            for code in sorted(truth[unit]):
                writer.writerow([unit, code, "sim"])
    project.coding.import_file(path)
    if any(not truth[u] for u in chosen):  # theme-less answers: assigned, so they count as seen
        from workbench.store import codings as sql

        with project.core.write("assign-sample", "bench-empty") as payload:
            sql.add_assignments(
                project.db,
                "bench-empty",
                [(u, "sim") for u in chosen if not truth[u]],
                payload["event_id"],
            )
    return chosen


def score(project: Project, truth: dict[int, set[str]], coded: set[int]) -> None:
    paths = {c.id: c.path for c in project.codebook.codes()}
    predicted = defaultdict(set)
    for row in project.coding.codings(sources=("suggestion",)):
        if row["segment_id"] not in coded:
            predicted[paths[row["code_id"]]].add(row["segment_id"])
    remaining = [u for u in truth if u not in coded]
    tp = fp = fn = 0
    print(f"  {'code':<55} {'true':>5} {'sugg':>5} {'prec':>6} {'rec':>6}")
    for path in sorted({p for ps in truth.values() for p in ps}):
        actual = {u for u in remaining if path in truth[u]}
        guess = predicted[path]
        hits = len(actual & guess)
        tp, fp, fn = tp + hits, fp + len(guess) - hits, fn + len(actual) - hits
        precision = f"{hits / len(guess):.2f}" if guess else "-"
        recall = f"{hits / len(actual):.2f}" if actual else "-"
        print(f"  {path:<55} {len(actual):>5} {len(guess):>5} {precision:>6} {recall:>6}")
    print(
        f"  {'micro-average':<55} {tp + fn:>5} {tp + fp:>5} "
        f"{tp / max(tp + fp, 1):>6.2f} {tp / max(tp + fn, 1):>6.2f}"
    )


def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed_suggest(path: str) -> tuple[float, float, int]:
    with Project.open(path, user="bench") as project:
        before = _rss_mb("VmRSS")
        started = time.perf_counter()
        result = suggest(project.core)
        return time.perf_counter() - started, _rss_mb("VmHWM") - before, result["suggested"]


def _bare_sklearn(path: str) -> float:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from workbench.store import assist as sql

    with Project.open(path, user="bench") as project:
        ids, X = project.suggestions.embed(unit="answers")
        pairs = sql.unit_code_pairs(project.db, ("answer",), ("human",))
        row = {s: k for k, s in enumerate(ids)}
        seen = sorted({u for u, _ in pairs})
        started = time.perf_counter()
        for code in sorted({c for _, c in pairs}):
            y = np.array([(u, code) in pairs for u in seen])
            model = LogisticRegression(class_weight="balanced", max_iter=1000)
            model.fit(X[[row[u] for u in seen]], y)
            model.predict_proba(X)
        return time.perf_counter() - started


def scale(n: int, folder: Path) -> None:
    import multiprocessing

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from topic_corpora import _write_answers

    from workbench.store import assist as sql

    started = time.perf_counter()
    firsts = _write_answers(folder / f"answers-{n}.csv", n, seed=1)
    path = folder / f"scale-{n}.db"
    with Project.create(path, user="bench") as project:
        project.import_survey(
            folder / f"answers-{n}.csv",
            id="respondent_id",
            stratum="stratum",
            weight="weight",
            open=["antwoord"],
        )
        project.segment()
        ids, _ = project.suggestions.embed(unit="answers")  # stored once, as a first run would
        keys = sql.unit_keys(project.db, ids)
        rng = random.Random(n)
        by_theme: dict[str, list[int]] = defaultdict(list)
        for segment_id in ids:
            by_theme[firsts[int(keys[segment_id][0][1:])]].append(segment_id)
        for theme in sorted(by_theme):
            project.codebook.add(f"T/{theme}")
            for segment_id in rng.sample(by_theme[theme], min(50, len(by_theme[theme]))):
                project.coding.code_segment(segment_id, f"T/{theme}")
    print(
        f"\n{n:,} answers, {len(by_theme)} codes x 50 coded (built in "
        f"{time.perf_counter() - started:.0f} s)"
    )
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        seconds, peak, made = pool.apply(_timed_suggest, (str(path),))
    with context.Pool(1) as pool:
        bare = pool.apply(_bare_sklearn, (str(path),))
    print(
        f"  suggest: {seconds:.1f} s, peak +{peak:.0f} MB, {made:,} suggestions; bare "
        f"scikit-learn fit + predict per code: {bare:.1f} s (ratio {seconds / bare:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--dim", type=int, default=256)
    parser.add_argument("--scale", type=int, nargs="+", help="time suggest at these sizes")
    args = parser.parse_args()
    if args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            for n in args.scale:
                scale(n, Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = folder / "demo.db"
        started = time.perf_counter()
        build_demo(base, user="bench", study=False).close()
        print(f"demo built in {time.perf_counter() - started:.1f} s")
        with Project.open(base, user="bench") as project:
            truth = answer_themes(project)
            started = time.perf_counter()
            ids, matrix = embed(project.core, TfidfSvd(dim=args.dim), "answers")
            print(
                f"embedding {len(ids)} answers (TF-IDF + SVD {matrix.shape[1]} dims, fit + "
                f"store): {time.perf_counter() - started:.2f} s"
            )
            started = time.perf_counter()
            embed(project.core, TfidfSvd(dim=args.dim), "answers")
            print(f"second embed call (all stored, reused): {time.perf_counter() - started:.2f} s")
        print(
            f"answers with at least one theme: {sum(bool(t) for t in truth.values())} "
            f"of {len(truth)}"
        )
        for per_code in args.sizes:
            copy = folder / f"demo_{per_code}.db"
            shutil.copy(base, copy)
            with Project.open(copy, user="bench") as project:
                coded = simulate_coder(project, truth, per_code, seed=per_code, folder=folder)
                started = time.perf_counter()
                result = suggest(
                    project.core,
                    backend=TfidfSvd(dim=args.dim),
                    threshold=args.threshold,
                    limit_per_code=100_000,
                )
                seconds = time.perf_counter() - started
                methods = defaultdict(int)
                for info in result["codes"].values():
                    methods[info.get("method", "none")] += 1
                print(
                    f"\n{per_code} answers per code coded ({len(coded)} answers); suggest "
                    f"{seconds:.2f} s (with 5-fold CV), {result['suggested']} suggestions, "
                    f"methods {dict(methods)}, threshold {args.threshold}"
                )
                score(project, truth, coded)


if __name__ == "__main__":
    main()
