"""Topic models on the demo answers: our fast pipeline (neighbour smoothing + k-means,
fitted on a sample)
against BERTopic's default pipeline (UMAP + HDBSCAN, outliers reduced) on the same stored
TfidfSvd-256 vectors and lemma documents.

Quality: NMI and ARI (scikit-learn) of the topics against the hidden answer key
(data/answer_key.csv), label = the FIRST theme of each answer (answers with several themes
count under their first one; the key is only read here, never imported as data).

Scale: the 10,000 / 100,000 corpora are NEW answers written by the demo's own generator
(data/demo/answers.py, seeded) for respondents drawn from the demo survey, each with its
hidden themes; they are imported, segmented and embedded (TF-IDF + SVD-256 fitted on that
corpus) like any survey, and cached in --cache between runs. (Resampling the demo's 1,654
vectors instead gives every answer dozens of near-copies, and HDBSCAN then finds hundreds of
micro-topics of copies: a benchmark artefact.) The default pipeline is also run with its
topics merged down to as many as ours found (BERTopic's ``nr_topics``), to compare at the
same granularity. This times the
topic model itself (what run_topics adds on top of stored vectors); importing and embedding
100,000 answers is benchmarks/bench_import.py's subject. Each fit runs in a fresh process:
time is wall-clock of the fit alone, memory is the process's peak resident set (VmHWM) minus
its size just before the fit (libraries and input loaded). The default pipeline is fitted on ALL units (no sample)
up to ``--default-max`` (100,000 by default; lower it for a quick run, the speed-up is then
a lower bound).

    .venv/bin/python benchmarks/bench_topics.py [--sizes 10000 100000] [--default-max 20000]

Prints figures; no assertions.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.assist import topics as tm  # noqa: E402
from workbench.assist.topic_model import TopicModel  # noqa: E402
from workbench.demo import build_demo  # noqa: E402
from workbench.store import assist as sql  # noqa: E402


def demo_rows(folder: Path) -> tuple[np.ndarray, list[str], np.ndarray]:
    started = time.perf_counter()
    project = build_demo(folder / "demo.db", user="bench", study=False)
    ids, X = project.suggestions.embed(unit="answers")
    rows = {r[0]: r for r in sql.unit_inputs(project.db, ("answer",))}
    docs = tm._docs([rows[i] for i in ids])
    keys = sql.unit_keys(project.db, ids)
    project.close()
    key = pd.read_csv(ROOT / "data" / "answer_key.csv", dtype=str, keep_default_na=False)
    first = {(r.respondent_id, r.question): r.themes.split(";")[0] for r in key.itertuples()}
    labels = np.array([first.get(keys[i], "") for i in ids])
    keep = labels != ""
    print(
        f"demo: {len(ids):,} answers, {keep.sum():,} with a key, {len(set(labels[keep]))} "
        f"first themes, dim {X.shape[1]} (built and embedded in "
        f"{time.perf_counter() - started:.0f} s)"
    )
    return X[keep], [d for d, k in zip(docs, keep) if k], labels[keep]


def _write_answers(path: Path, n: int, seed: int) -> list[str]:
    """A survey CSV of ``n`` generated answers (one per respondent); returns first themes."""
    sys.path.insert(0, str(ROOT / "data"))
    from demo.answers import QUESTIONS, _one_answer

    demo = pd.read_csv(
        ROOT / "data" / "survey" / "per_demo.csv",
        sep=";",
        encoding="cp1252",
        decimal=",",
        dtype=str,
    )
    rng = np.random.default_rng(seed)
    rows = demo.iloc[rng.integers(0, len(demo), size=n)].reset_index(drop=True)
    seen: set[str] = set()
    texts, firsts = [], []
    for _, row in rows.iterrows():
        while True:
            question = QUESTIONS[list(QUESTIONS)[rng.integers(0, 3)]]
            text, themes = _one_answer(question, row, True, rng, seen)
            if themes:
                break
        texts.append(text)
        firsts.append(themes[0])
    out = rows[["stratum", "weight", "herkomst"]].copy()
    out.insert(0, "respondent_id", [f"G{i:07d}" for i in range(n)])
    out["antwoord"] = texts
    out.to_csv(path, sep=";", index=False, encoding="utf-8")
    return firsts


def generated(n: int, cache: Path, seed: int = 1) -> tuple[np.ndarray, list[str], np.ndarray]:
    """``n`` generated answers: stored vectors, lemma documents and first hidden themes."""
    cached = cache / f"generated-{n}-{seed}.pkl"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    from workbench import Project

    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="duiding-topics-gen-"))
    firsts = _write_answers(folder / "answers.csv", n, seed)
    project = Project.create(folder / "gen.db", user="bench")
    project.import_survey(
        folder / "answers.csv",
        id="respondent_id",
        stratum="stratum",
        weight="weight",
        open=["antwoord"],
    )
    project.segment()
    ids, X = project.suggestions.embed(unit="answers")
    rows = {r[0]: r for r in sql.unit_inputs(project.db, ("answer",))}
    docs = tm._docs([rows[i] for i in ids])
    order = {key: k for k, key in enumerate(f"G{i:07d}" for i in range(n))}
    keys = sql.unit_keys(project.db, ids)
    labels = np.array([firsts[order[keys[i][0]]] for i in ids])
    project.close()
    result = (X, docs, labels)
    cache.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(result))
    print(
        f"generated {n:,} answers, {len(set(labels))} first themes "
        f"(written, imported, embedded in {time.perf_counter() - started:.0f} s)"
    )
    return result


def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _fit(X, docs, params) -> tuple[np.ndarray, dict, float, float]:
    import bertopic  # noqa: F401  (loaded before the baseline, like the input)

    before = _rss_mb("VmRSS")
    started = time.perf_counter()
    model = TopicModel(seed=0, **params).fit(docs, X)
    seconds = time.perf_counter() - started
    return model.topics_, model.metrics_, seconds, _rss_mb("VmHWM") - before


def measure(name: str, X, docs, labels, **params) -> dict:
    from sklearn.metrics import (
        adjusted_mutual_info_score,
        adjusted_rand_score,
        normalized_mutual_info_score,
    )

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        found, metrics, seconds, peak = pool.apply(_fit, (X, docs, params))
    out = {
        "pipeline": name,
        "units": len(X),
        "topics": metrics["n_topics"],
        "outliers_before": metrics["outlier_share_before"],
        "NMI": normalized_mutual_info_score(labels, found),
        "ARI": adjusted_rand_score(labels, found),
        "AMI": adjusted_mutual_info_score(labels, found),
        "seconds": seconds,
        "peak_MB": peak,
    }
    print(
        f"  {name:<32} n={len(X):>7,}  topics={out['topics']:>3}  "
        f"outliers(before)={out['outliers_before']:.2f}  NMI={out['NMI']:.3f}  "
        f"ARI={out['ARI']:.3f}  AMI={out['AMI']:.3f}  {seconds:7.1f} s  peak +{peak:6.0f} MB",
        flush=True,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--default-max", type=int, default=100_000)
    parser.add_argument("--min-size", type=int, default=10)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "duiding-bench")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}  (set taskset -c 0,1 for the 2-core figure)")
    X, docs, labels = demo_rows(Path(tempfile.mkdtemp(prefix="duiding-topics-")))
    ours = {"min_size": args.min_size}
    default = {
        "min_size": args.min_size,
        "reduction": "umap",
        "clustering": "hdbscan",
        "map": "pca",
    }
    for n in [len(X), *args.sizes]:
        print(f"\n{n:,} answers")
        Xn, dn, ln = (X, docs, labels) if n == len(X) else generated(n, args.cache)
        fast = measure("ours: knn + kmeans (sample 20k)", Xn, dn, ln, **ours)
        m = min(n, args.default_max)
        if m < n:
            print(f"  (default pipeline on the first {m:,} only)")
            Xn, dn, ln = Xn[:m], dn[:m], ln[:m]
        slow = measure("default: umap + hdbscan (all)", Xn, dn, ln, fit_sample=m, **default)
        measure(
            f"default, merged to {fast['topics']} topics",
            Xn,
            dn,
            ln,
            fit_sample=m,
            n_topics=fast["topics"],
            **default,
        )
        print(
            f"  speed-up {slow['seconds'] / fast['seconds']:.1f}x"
            f"{' (default on fewer units: a lower bound)' if m < n else ''}; "
            f"NMI ours - default = {fast['NMI'] - slow['NMI']:+.3f}, "
            f"AMI ours - default = {fast['AMI'] - slow['AMI']:+.3f}"
        )


if __name__ == "__main__":
    main()
