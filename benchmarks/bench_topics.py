"""Topic models on the demo answers: our fast pipeline (PCA + k-means, fitted on a sample)
against BERTopic's default pipeline (UMAP + HDBSCAN, outliers reduced) on the same stored
TfidfSvd-256 vectors and lemma documents.

Quality: NMI and ARI (scikit-learn) of the topics against the hidden answer key
(data/answer_key.csv), label = the FIRST theme of each answer (answers with several themes
count under their first one; the key is only read here, never imported as data).

Scale: the demo has ~6,000 answers; the 10,000 / 100,000 corpora resample its stored
(vector, lemmas, label) rows with replacement (seeded) and add small Gaussian noise
(sigma 0.01, renormalised) to each vector, so no two vectors are identical. This times the
topic model itself (what run_topics adds on top of stored vectors); importing and embedding
100,000 answers is benchmarks/bench_import.py's subject. Peak memory = tracemalloc peak of
the fit (numpy buffers included). The default pipeline is fitted on ALL units (no sample);
at 100,000 it is run on 20,000 only (``--default-max``) because UMAP on 100,000 x 256 takes
well over 10 minutes on 2 cores.

    .venv/bin/python benchmarks/bench_topics.py [--sizes 10000 100000] [--default-max 20000]

Prints figures; no assertions.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.assist import topics as tm  # noqa: E402
from workbench.demo import build_demo  # noqa: E402
from workbench.store import assist as sql  # noqa: E402


def demo_rows(folder: Path) -> tuple[np.ndarray, list[str], np.ndarray]:
    started = time.perf_counter()
    project = build_demo(folder / "demo.db", user="bench")
    ids, X = project.embed(unit="answers")
    rows = {r[0]: r for r in sql.unit_inputs(project.db, ("answer",))}
    docs = tm._docs([rows[i] for i in ids])
    keys = sql.unit_keys(project.db, ids)
    project.close()
    key = pd.read_csv(ROOT / "data" / "answer_key.csv", dtype=str, keep_default_na=False)
    first = {(r.respondent_id, r.question): r.themes.split(";")[0] for r in key.itertuples()}
    labels = np.array([first.get(keys[i], "") for i in ids])
    keep = labels != ""
    print(f"demo: {len(ids):,} answers, {keep.sum():,} with a key, {len(set(labels[keep]))} "
          f"first themes, dim {X.shape[1]} (built and embedded in "
          f"{time.perf_counter() - started:.0f} s)")
    return X[keep], [d for d, k in zip(docs, keep) if k], labels[keep]


def scaled(X, docs, labels, n: int, seed: int = 1):
    if n == len(X):
        return X, docs, labels
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(X), size=n)
    noisy = X[pick] + rng.normal(0, 0.01, size=(n, X.shape[1])).astype(np.float32)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    return noisy.astype(np.float32), [docs[i] for i in pick], labels[pick]


def measure(name: str, X, docs, labels, **params) -> dict:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    tracemalloc.start()
    started = time.perf_counter()
    model = tm.TopicModel(seed=0, **params).fit(docs, X)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    found = model.topics_
    out = {"pipeline": name, "units": len(X), "topics": model.metrics_["n_topics"],
           "outliers_before": model.metrics_["outlier_share_before"],
           "NMI": normalized_mutual_info_score(labels, found),
           "ARI": adjusted_rand_score(labels, found), "seconds": seconds, "peak_MB": peak}
    print(f"  {name:<32} n={len(X):>7,}  topics={out['topics']:>3}  "
          f"outliers(before)={out['outliers_before']:.2f}  NMI={out['NMI']:.3f}  "
          f"ARI={out['ARI']:.3f}  {seconds:7.1f} s  peak {peak:7.0f} MB", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--default-max", type=int, default=20_000)
    parser.add_argument("--min-size", type=int, default=10)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}  (set taskset -c 0,1 for the 2-core figure)")
    X, docs, labels = demo_rows(Path(tempfile.mkdtemp(prefix="duiding-topics-")))
    ours = {"min_size": args.min_size}
    default = {"min_size": args.min_size, "reduction": "umap", "clustering": "hdbscan",
               "map": "pca"}
    for n in [len(X), *args.sizes]:
        print(f"\n{n:,} answers")
        Xn, dn, ln = scaled(X, docs, labels, n)
        fast = measure("ours: pca + kmeans (sample 20k)", Xn, dn, ln, **ours)
        m = min(n, args.default_max)
        if m < n:
            print(f"  (default pipeline on a {m:,} resample only: at {n:,} it would take >10 min)")
            Xn, dn, ln = scaled(X, docs, labels, m, seed=2)
        slow = measure("default: umap + hdbscan (all)", Xn, dn, ln, fit_sample=m, **default)
        print(f"  speed-up {slow['seconds'] / fast['seconds']:.1f}x"
              f"{' (default on fewer units: a lower bound)' if m < n else ''}; "
              f"NMI ours - default = {fast['NMI'] - slow['NMI']:+.3f}")


if __name__ == "__main__":
    main()
