"""Topic models over the stored segment embeddings, with BERTopic's swappable steps.

:class:`TopicModel` wraps the real ``bertopic.BERTopic``: the project's stored vectors are
passed in (``fit_transform(docs, embeddings=...)``; no embedding model is loaded), the
documents BERTopic sees are the stored *lemmas* (so c-TF-IDF keywords are lemmas, with the
Dutch stop words removed by the ``CountVectorizer`` given as ``vectorizer_model``), and the
dimensionality reduction and clustering steps are pluggable:

* fast default: ``reduction="knn"`` (:class:`~workbench.assist.steps.NeighbourSmoothing`:
  each vector becomes the mean of its ``n_neighbors`` (20) nearest neighbours, a cheap
  stand-in for UMAP's neighbourhood view) and ``clustering="kmeans"`` (KMeans, 5 inits;
  without ``n_topics`` the number of topics is the k among 12 evenly spaced values in
  2..min(``max_topics``, n // ``min_size``) with the best silhouette (cosine; one k-means++ init per k on at most 5,000
  reduced vectors, silhouette on 3,000 of them), among the k whose every cluster has at
  least ``min_size`` units; on smoothed vectors this is usually close to ``max_topics``);
* ``reduction="pca"`` (PCA to ``n_components``, 15 by default);
* ``clustering="hdbscan"`` (on the reduced vectors, ``min_cluster_size=min_size``; with
  ``n_topics`` its topics are merged down to that many by BERTopic's ``nr_topics``) or
  ``"agglomerative"`` (Ward; needs ``n_topics`` or uses the silhouette choice);
* BERTopic's default pipeline for comparison: ``reduction="umap", clustering="hdbscan"``
  (UMAP 5 dims, cosine, min_dist 0, ``n_neighbors`` 15; HDBSCAN eom, ``min_size``).

When k is searched, the reduction runs once before BERTopic and BERTopic gets the reduced
vectors with its pass-through ``BaseDimensionalityReduction``; otherwise the reducer runs
inside BERTopic.

HDBSCAN puts many short survey answers in the outlier topic -1. With ``outliers="reduce"``
(default) they are reassigned with BERTopic's ``reduce_outliers`` (``outlier_strategy``
"embeddings" (default) or "c-tf-idf") followed by ``update_topics``; the original assignment
stays visible: ``original_topics_`` (-1 for the former outliers), stored per member as
``original_topic`` (``was_outlier`` in :func:`topic_members`), with the outlier share before
and after in the run's metrics. Promoting or merging a topic can leave its former outliers
out of the suggestions (``include_outliers=False``). ``outliers="keep"`` keeps topic -1
(stored as topic -1, "outliers"). k-means has no outliers: every unit is assigned, and a
member's ``probability`` (similarity to its topic) shows how well it fits.

Member ``probability`` is the cosine similarity (clipped to 0..1) of a unit's vector to its
topic's centroid in the embedding space, for every clustering method alike (k-means has no
probabilities); it is the score of the suggestions a promoted topic makes, and the
representative segments of a topic are its members closest to the centroid. The 2-D map
(x, y) is PCA-2 of the vectors, or UMAP-2 when ``reduction="umap"``.

Scale. Only a seeded random sample of at most ``fit_sample`` units (20,000) is fitted; the
other units go to the nearest topic centroid (cosine, in the embedding space: one matrix
product per batch), and keywords come from the sample's c-TF-IDF. Stored vectors are float32,
256 dims with the default TfidfSvd = 1 KB per segment: 100,000 segments = ~100 MB of vectors
in memory, fit cost bounded by the 20,000 sample (PCA+k-means: seconds; UMAP+HDBSCAN on the
sample: about a minute or more), the rest assigned in well under a second.
1,000,000 segments = ~1 GB of vectors (plus reading them from SQLite, the dominant cost,
minutes), the same bounded fit, and 1,000,000 ``topic_members`` rows written in the one run
transaction (~50 MB in the database). Beyond that, read and assign in chunks (not done yet).

bertopic, umap, hdbscan and scikit-learn are imported inside functions only.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..codebook import Codebook
from ..errors import InputError
from ..store import assist as sql
from ..store import codings as coding_sql
from .embeddings import _embed, kinds, make_backend
from .embeddings import normalise as _normalise

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..core import Core

REDUCTIONS = ("knn", "pca", "umap")
CLUSTERINGS = ("kmeans", "hdbscan", "agglomerative")
OUTLIERS = ("reduce", "keep")
STRATEGIES = ("embeddings", "c-tf-idf")
STATUSES = ("open", "promoted", "merged", "dismissed")
TOP_WORDS = 10


def _kmeans(k: int, seed: int):
    """k-means on the (at most ``fit_sample``) reduced vectors; full Lloyd is fast enough there."""
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=k, random_state=seed, n_init=5)


def _vectorizer(min_df: int = 1):
    from sklearn.feature_extraction.text import CountVectorizer

    from ..nlp import stop_words

    return CountVectorizer(stop_words=sorted(stop_words()), min_df=min_df,
                           token_pattern=r"(?u)\b\w\w+\b")


class TopicModel:
    """BERTopic on given embeddings with pluggable reduction and clustering (sklearn style).

    ``fit(docs, embeddings)`` sets ``topics_`` (final topic per doc), ``original_topics_``
    (before outlier reduction; -1 = outlier), ``probabilities_``, ``map_`` (n, 2),
    ``keywords_`` ({topic: [(word, weight), ...]}), ``sizes_``, ``centroids_``,
    ``sample_`` (indices fitted), ``metrics_`` and ``bertopic_`` (the fitted BERTopic).
    """

    def __init__(self, min_size: int = 10, seed: int = 0, n_neighbors: int | None = None,
                 reduction: str = "knn", clustering: str = "kmeans", n_topics: int | None = None,
                 outliers: str = "reduce", fit_sample: int = 20000, n_components: int | None = None,
                 max_topics: int = 30, outlier_strategy: str = "embeddings",
                 map: str | None = None):
        self.min_size = min_size
        self.seed = seed
        self.n_neighbors = n_neighbors
        self.reduction = reduction
        self.clustering = clustering
        self.n_topics = n_topics
        self.outliers = outliers
        self.fit_sample = fit_sample
        self.n_components = n_components
        self.max_topics = max_topics
        self.outlier_strategy = outlier_strategy
        self.map = map

    def get_params(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "min_size", "seed", "n_neighbors", "reduction", "clustering", "n_topics", "outliers",
            "fit_sample", "n_components", "max_topics", "outlier_strategy", "map")}

    def _check(self) -> None:
        for name, value, allowed in (("reduction", self.reduction, REDUCTIONS),
                                     ("clustering", self.clustering, CLUSTERINGS),
                                     ("outliers", self.outliers, OUTLIERS),
                                     ("outlier_strategy", self.outlier_strategy, STRATEGIES),
                                     ("map", self.map or "pca", REDUCTIONS)):
            if value not in allowed:
                raise InputError(None, f"{name} must be one of {', '.join(allowed)}, not {value!r}")
        if self.min_size < 2:
            raise InputError(None, f"min_size must be at least 2, not {self.min_size}")

    # -- steps -----------------------------------------------------------------------------
    def _neighbours(self) -> int:
        return self.n_neighbors or (15 if self.reduction == "umap" or self.map == "umap" else 20)

    def _reducer(self, n: int, dim: int):
        if self.reduction == "knn":
            from .steps import NeighbourSmoothing

            return NeighbourSmoothing(n_neighbors=self._neighbours())
        if self.reduction == "umap":
            from umap import UMAP

            return UMAP(n_neighbors=max(2, min(self._neighbours(), n - 1)),
                        n_components=min(self.n_components or 5, max(2, n - 2)), min_dist=0.0,
                        metric="cosine", random_state=self.seed, low_memory=True)
        from sklearn.decomposition import PCA

        return PCA(n_components=max(1, min(self.n_components or 15, dim, n - 1)),
                   random_state=self.seed, svd_solver="auto")

    def _choose_k(self, reduced: np.ndarray) -> tuple[int, dict]:
        from sklearn.metrics import silhouette_score

        from sklearn.cluster import KMeans

        rng = np.random.default_rng(self.seed)
        if len(reduced) > 5000:  # the search runs on a seeded subsample of 5,000
            reduced = reduced[np.sort(rng.choice(len(reduced), size=5000, replace=False))]
        n = len(reduced)
        top = max(2, min(self.max_topics, n // self.min_size))
        sub = np.sort(rng.choice(n, size=min(n, 3000), replace=False))
        scores: dict[int, float] = {}
        for k in sorted({int(round(k)) for k in np.linspace(2, top, min(top - 1, 12))}):
            labels = KMeans(n_clusters=k, random_state=self.seed, n_init=1).fit_predict(reduced)
            if len(set(labels[sub])) < 2 or np.bincount(labels).min() < self.min_size:
                continue  # a topic below min_size does not count
            scores[k] = float(silhouette_score(reduced[sub], labels[sub], metric="cosine"))
        best = max(scores, key=lambda k: (round(scores[k], 6), -k)) if scores else 2
        return best, {str(k): round(v, 4) for k, v in scores.items()}

    def _clusterer(self, k: int | None):
        if self.clustering == "hdbscan":
            try:
                from hdbscan import HDBSCAN

                return HDBSCAN(min_cluster_size=self.min_size, metric="euclidean",
                               cluster_selection_method="eom", prediction_data=True)
            except ImportError:  # pragma: no cover - scikit-learn's own
                from sklearn.cluster import HDBSCAN

                return HDBSCAN(min_cluster_size=self.min_size)
        if self.clustering == "agglomerative":
            from sklearn.cluster import AgglomerativeClustering

            return AgglomerativeClustering(n_clusters=k)
        return _kmeans(k, self.seed)

    def _map(self, E: np.ndarray, sample: np.ndarray) -> np.ndarray:
        if len(E) < 3:
            return np.zeros((len(E), 2), dtype=np.float32)
        if (self.map or self.reduction) == "umap":
            from umap import UMAP

            model = UMAP(n_neighbors=max(2, min(self._neighbours(), len(sample) - 1)), n_components=2,
                         min_dist=0.1, metric="cosine", random_state=self.seed, low_memory=True)
            out = np.zeros((len(E), 2), dtype=np.float32)
            out[sample] = model.fit_transform(E[sample])
            rest = np.setdiff1d(np.arange(len(E)), sample)
            if len(rest):
                out[rest] = model.transform(E[rest])
            return out
        from sklearn.decomposition import PCA

        pca = PCA(n_components=2, random_state=self.seed).fit(E[sample])
        return pca.transform(E).astype(np.float32)

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, docs: Sequence[str], embeddings: np.ndarray) -> "TopicModel":
        import os

        from threadpoolctl import threadpool_limits

        # OpenMP/BLAS would start a thread per machine core even under taskset or a cgroup
        with threadpool_limits(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                               else None):
            return self._fit(docs, embeddings)

    def _fit(self, docs: Sequence[str], embeddings: np.ndarray) -> "TopicModel":
        from bertopic import BERTopic

        self._check()
        docs = [d if d and d.strip() else "_" for d in docs]
        E = _normalise(embeddings)
        n = len(docs)
        if n != len(E):
            raise ValueError("docs and embeddings differ in length")
        if n < 2 * self.min_size:
            raise InputError(None, f"too few units for topics: {n} (at least 2 x min_size = "
                                   f"{2 * self.min_size})")
        timings: dict[str, float] = {}
        started = time.perf_counter()
        rng = np.random.default_rng(self.seed)
        sample = (np.sort(rng.choice(n, size=self.fit_sample, replace=False))
                  if n > self.fit_sample else np.arange(n))
        sdocs, sE = [docs[i] for i in sample], E[sample]

        reducer = self._reducer(len(sample), E.shape[1])
        metrics: dict[str, Any] = {"units": n, "fitted": int(len(sample))}
        k = self.n_topics
        fit_vectors = sE
        if self.clustering in ("kmeans", "agglomerative") and k is None:
            from bertopic.dimensionality import BaseDimensionalityReduction

            t = time.perf_counter()
            fit_vectors = reducer.fit_transform(sE)
            timings["reduce_s"] = round(time.perf_counter() - t, 3)
            t = time.perf_counter()
            k, metrics["silhouette"] = self._choose_k(fit_vectors)
            timings["choose_k_s"] = round(time.perf_counter() - t, 3)
            reducer = BaseDimensionalityReduction()
        metrics["n_topics_asked"] = k
        # HDBSCAN finds its own number of topics; n_topics then merges them down to that
        # number with BERTopic's topic reduction (c-TF-IDF similarity)
        merge_to = self.n_topics if self.clustering == "hdbscan" else None
        model = BERTopic(umap_model=reducer, hdbscan_model=self._clusterer(k),
                         vectorizer_model=_vectorizer(), min_topic_size=self.min_size,
                         top_n_words=TOP_WORDS, calculate_probabilities=False, verbose=False,
                         nr_topics=merge_to)
        import logging

        logging.getLogger("BERTopic").setLevel(logging.ERROR)  # update_topics warns by design
        t = time.perf_counter()
        try:
            topics_sample, _ = model.fit_transform(sdocs, embeddings=fit_vectors)
        except ValueError as error:  # e.g. an empty vocabulary
            raise InputError(None, f"topic model failed: {error}") from error
        timings["bertopic_fit_s"] = round(time.perf_counter() - t, 3)
        topics_sample = np.asarray(topics_sample, dtype=int)
        original_sample = topics_sample.copy()
        metrics["outlier_share_before"] = round(float(np.mean(topics_sample == -1)), 4)
        if (topics_sample == -1).all():
            raise InputError(None, "no topics found (every unit is an outlier): lower min_size")
        if self.outliers == "reduce" and (topics_sample == -1).any():
            t = time.perf_counter()
            strategy = self.outlier_strategy
            reduced_topics = model.reduce_outliers(
                sdocs, list(topics_sample), strategy=strategy,
                embeddings=fit_vectors if strategy == "embeddings" else None)
            reduced_topics = np.asarray(reduced_topics, dtype=int)
            left = reduced_topics == -1  # below BERTopic's similarity threshold: nearest centroid
            if left.any():
                found = sorted(set(reduced_topics[~left].tolist()))
                means = _normalise(np.vstack([sE[reduced_topics == t].mean(axis=0)
                                              for t in found]))
                reduced_topics[left] = np.asarray(found)[np.argmax(sE[left] @ means.T, axis=1)]
            reduced_topics = reduced_topics.tolist()
            model.update_topics(sdocs, topics=reduced_topics, top_n_words=TOP_WORDS,
                                vectorizer_model=_vectorizer())
            topics_sample = np.asarray(reduced_topics, dtype=int)
            timings["reduce_outliers_s"] = round(time.perf_counter() - t, 3)

        # centroids in the embedding space; the units outside the sample go to the nearest
        labels = sorted(set(topics_sample.tolist()) - {-1})
        centroids = _normalise(np.vstack([sE[topics_sample == t].mean(axis=0) for t in labels]))
        topics = np.full(n, -1, dtype=int)
        original = np.full(n, -1, dtype=int)
        topics[sample], original[sample] = topics_sample, original_sample
        rest = np.setdiff1d(np.arange(n), sample)
        t = time.perf_counter()
        for start in range(0, len(rest), 50000):
            chunk = rest[start : start + 50000]
            nearest = np.asarray(labels)[np.argmax(E[chunk] @ centroids.T, axis=1)]
            topics[chunk] = original[chunk] = nearest
        timings["assign_rest_s"] = round(time.perf_counter() - t, 3)
        column = {topic: k for k, topic in enumerate(labels)}
        probabilities = np.zeros(n, dtype=np.float32)
        inside = topics != -1
        probabilities[inside] = np.einsum(
            "ij,ij->i", E[inside], centroids[[column[t] for t in topics[inside]]])
        probabilities = np.clip(probabilities, 0.0, 1.0)
        t = time.perf_counter()
        self.map_ = self._map(E, sample)
        timings["map_s"] = round(time.perf_counter() - t, 3)

        keywords = {}
        for topic in sorted(set(topics.tolist())):
            words = model.get_topic(topic) or []
            keywords[topic] = [(w, round(float(s), 6)) for w, s in words if w and s > 0]
        metrics["outlier_share_after"] = round(float(np.mean(topics == -1)), 4)
        metrics["n_topics"] = len(labels)
        timings["total_s"] = round(time.perf_counter() - started, 3)
        metrics["timings"] = timings
        self.topics_, self.original_topics_ = topics, original
        self.probabilities_ = probabilities
        self.centroids_ = dict(zip(labels, centroids))
        self.keywords_ = keywords
        self.sizes_ = dict(sorted(Counter(topics.tolist()).items()))
        self.sample_ = sample
        self.metrics_ = metrics
        self.bertopic_ = model
        return self

    def fit_predict(self, docs: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        return self.fit(docs, embeddings).topics_

    def predict(self, embeddings: np.ndarray) -> np.ndarray:
        """Nearest topic centroid (cosine) of new vectors."""
        labels = list(self.centroids_)
        matrix = np.vstack([self.centroids_[t] for t in labels])
        return np.asarray(labels)[np.argmax(_normalise(embeddings) @ matrix.T, axis=1)]


def bertopic_version() -> str:
    from importlib.metadata import version

    return version("bertopic")


def _label(topic: int, keywords: list) -> str:
    if topic == -1:
        return "outliers"
    return f"{topic}_" + "_".join(w for w, _ in keywords[:4])


def _docs(rows: Sequence[tuple[int, str, str | None]]) -> list[str]:
    return [lemmas if lemmas else (text or "").lower() for _, text, lemmas in rows]


def _units(core: "Core", unit: str, question: str | None, embedding: str | None
           ) -> tuple[list[int], list[str], np.ndarray, str]:
    backend = make_backend(embedding)
    ids, key = _embed(core, backend, unit, 2000)
    rows = {r[0]: r for r in sql.unit_inputs(core.db, kinds(unit))}
    if question is not None:
        asked = sql.unit_questions(core.db, ids)
        if question not in set(asked.values()):
            raise InputError(None, f"no {unit} to question {question!r}")
        ids = [i for i in ids if asked.get(i) == question]
    return ids, _docs([rows[i] for i in ids]), sql.vectors(core.db, key, ids), key


def run_topics(core: "Core", unit: str = "answers", question: str | None = None,
               embedding: str | None = None, min_size: int = 10, seed: int = 0,
               **params: Any) -> dict:
    """Fit a :class:`TopicModel` on the stored vectors of ``unit`` (computed once if
    missing) and store the run, its topics and members in one ``topics`` event."""
    ids, docs, X, key = _units(core, unit, question, embedding)
    model = TopicModel(min_size=min_size, seed=seed, **params).fit(docs, X)
    metrics = dict(model.metrics_)
    metrics["reassigned"] = int(np.sum((model.original_topics_ == -1) & (model.topics_ != -1)))
    run_params = {**model.get_params(), "unit": unit, "question": question, "embedding": key,
                  "library": "bertopic", "bertopic": bertopic_version(),
                  "docs": "lemmas", "vectorizer": "CountVectorizer(nl stop words)"}
    topic_rows = [{"topic": t, "label": _label(t, model.keywords_.get(t, [])),
                   "keywords": model.keywords_.get(t, []), "size": size}
                  for t, size in model.sizes_.items()]
    members = [(ids[k], model.topics_[k], model.probabilities_[k], model.map_[k, 0],
                model.map_[k, 1], model.original_topics_[k]) for k in range(len(ids))]
    with core.write("topics", key) as payload:
        run_id = sql.add_run(core.db, "topics", run_params, seed, metrics, payload["event_id"])
        sql.add_topics(core.db, run_id, topic_rows)
        sql.add_topic_members(core.db, run_id, members)
        payload.update(run=run_id, model=key, unit=unit, topics=len(topic_rows), units=len(ids))
    return {"run": run_id, "model": key, "unit": unit, "question": question,
            "units": len(ids), "topics": [{k: r[k] for k in ("topic", "label", "size")}
                                          for r in topic_rows],
            "metrics": {k: v for k, v in metrics.items() if k != "reassigned"},
            "reassigned": metrics["reassigned"], "params": run_params}


# -- reading -------------------------------------------------------------------------------
def _run_id(core: "Core", run_id: int | None) -> int:
    if run_id is None:
        run_id = sql.latest_run(core.db, "topics")
        if run_id is None:
            raise InputError(None, "no topic run yet (run topics first)")
        return run_id
    found = sql.run(core.db, run_id)
    if found is None or found["kind"] != "topics":
        raise InputError(None, f"no topic run with id {run_id}")
    return run_id


def topics(core: "Core", run_id: int | None = None, representatives: int = 3) -> list[dict]:
    """The topics of a run (newest by default) with their representative segments (members
    closest to the centroid, with text) and the run id on every row."""
    run_id = _run_id(core, run_id)
    rows = sql.topic_rows(core.db, run_id)
    members = sql.member_rows(core.db, run_id)
    best: dict[int, list[dict]] = {}
    for member in members:  # ordered by topic, probability descending
        chosen = best.setdefault(member["topic"], [])
        if len(chosen) < representatives:
            chosen.append(member)
    texts = sql.unit_texts(core.db, [m["segment_id"] for c in best.values() for m in c])
    for row in rows:
        row["representatives"] = [
            {"segment_id": m["segment_id"], "probability": m["probability"],
             "document_id": texts[m["segment_id"]]["document_id"],
             "text": texts[m["segment_id"]]["text"]} for m in best.get(row["topic"], [])]
    return rows


def topic_members(core: "Core", run_id: int | None = None, topic: int | None = None
                  ) -> list[dict]:
    """Members (segment_id, topic, probability, x, y, original_topic, was_outlier) of a run
    or one topic, best fitting first."""
    run_id = _run_id(core, run_id)
    rows = sql.member_rows(core.db, run_id, topic)
    for row in rows:
        row["was_outlier"] = row["topic"] == -1 or row["original_topic"] == -1
    return rows


def topics_by(core: "Core", run_id: int | None, variable: str | None = None
              ) -> "pd.DataFrame":
    """Topic x variable counts of units: a survey variable (or question / stratum) for
    answers, the focus group (default for turns) or a speaker attribute for turns."""
    import pandas as pd

    run_id = _run_id(core, run_id)
    run = sql.run(core.db, run_id)
    if variable is None:
        variable = "group" if run["params"].get("unit") in ("turns",) else "question"
    members = sql.member_rows(core.db, run_id)
    attributes = sql.unit_attributes(core.db, [m["segment_id"] for m in members])
    if not any(variable in a for a in attributes.values()):
        raise InputError(None, f"unknown variable {variable!r} for the units of run {run_id}")
    frame = pd.DataFrame({"topic": [m["topic"] for m in members],
                          variable: [attributes[m["segment_id"]].get(variable)
                                     for m in members]})
    frame[variable] = frame[variable].fillna("(missing)").astype(str)
    return pd.crosstab(frame["topic"], frame[variable])


# -- decisions -----------------------------------------------------------------------------
def _topic(core: "Core", run_id: int, topic: int) -> dict:
    run_id = _run_id(core, run_id)
    for row in sql.topic_rows(core.db, run_id):
        if row["topic"] == topic:
            if topic == -1:
                raise InputError(None, "the outlier topic cannot be promoted or merged")
            if row["status"] != "open":
                raise InputError(None, f"topic {topic} of run {run_id} is {row['status']} already")
            return row
    raise InputError(None, f"no topic {topic} in topic run {run_id}")


def coder_name(run_id: int) -> str:
    return f"model:topics/run{run_id}"


def _suggest_members(core: "Core", run_id: int, topic: int, code_id: int,
                     event_id: int, include_outliers: bool = True) -> int:
    members = [m for m in sql.member_rows(core.db, run_id, topic)
               if include_outliers or m["original_topic"] != -1]
    spans = sql.unit_spans(core.db, [m["segment_id"] for m in members])
    coder = coder_name(run_id)
    old = sql.open_suggestion_ids(core.db, [coder], [code_id])
    coding_sql.remove(core.db, old, event_id)
    rows = [{"document_id": spans[m["segment_id"]][0], "segment_id": m["segment_id"],
             "start": spans[m["segment_id"]][1], "end": spans[m["segment_id"]][2],
             "code_id": code_id, "coder": coder, "source": "suggestion",
             "score": round(float(m["probability"] or 0.0), 6)} for m in members]
    return len(sql.add_coding_rows(core.db, rows, event_id))


def _hand_over(core: "Core", run_id: int, topic: int, action: str, make_code,
               include_outliers: bool) -> dict:
    """One event (promote or merge): the topic's status, its code (made by ``make_code()``
    inside the same transaction), and its members as suggestions for that code."""
    with core.write(f"topic-{action}", f"run {run_id} topic {topic}") as payload:
        code = make_code()
        sql.set_topic_status(core.db, run_id, topic, action + "d", code.id)
        made = _suggest_members(core, run_id, topic, code.id, payload["event_id"],
                                include_outliers)
        payload.update(run=run_id, topic=topic, code=code.id, path=code.path, suggested=made,
                       include_outliers=include_outliers)
    return {"run": run_id, "topic": topic, "code": code.path, "code_id": code.id,
            "suggested": made, "coder": coder_name(run_id)}


def promote(core: "Core", run_id: int | None, topic: int, path: str,
            include_outliers: bool = True) -> dict:
    """A new code from a topic: its keywords and up to 3 representative quotes as a DRAFT
    definition and examples; the topic's members become suggestions (never codings),
    without its former outliers if ``include_outliers`` is False."""
    run_id = _run_id(core, run_id)
    row = _topic(core, run_id, topic)
    [found] = [t for t in topics(core, run_id) if t["topic"] == topic]
    words = ", ".join(w for w, _ in row["keywords"][:TOP_WORDS])
    definition = (f"DRAFT from topic {topic} of topic run {run_id} ({row['size']} units); "
                  f"keywords: {words}. Review and rewrite before use.")
    examples = [r["text"][:500] for r in found["representatives"][:3]]
    return _hand_over(core, run_id, topic, "promote", lambda: Codebook(core).add(
        path, definition=definition, examples=examples), include_outliers)


def merge_into(core: "Core", run_id: int | None, topic: int, code: str | int,
               include_outliers: bool = True) -> dict:
    """The topic's members (without its former outliers if ``include_outliers`` is False)
    become suggestions for an existing code; the topic is 'merged'."""
    run_id = _run_id(core, run_id)
    _topic(core, run_id, topic)
    target = Codebook(core).get(code)
    return _hand_over(core, run_id, topic, "merge", lambda: target, include_outliers)


def dismiss(core: "Core", run_id: int | None, topic: int) -> dict:
    run_id = _run_id(core, run_id)
    _topic(core, run_id, topic)
    with core.write("topic-dismiss", f"run {run_id} topic {topic}") as payload:
        sql.set_topic_status(core.db, run_id, topic, "dismissed", None)
        payload.update(run=run_id, topic=topic)
    return {"run": run_id, "topic": topic, "status": "dismissed"}


# -- manual mode ---------------------------------------------------------------------------
def code_keywords(core: "Core", codes: Sequence[str | int] | None = None,
                  unit: str = "answers", top: int = 10) -> dict[str, list[tuple[str, float]]]:
    """c-TF-IDF keywords of existing codes: per code, the lemmas of the units a human (or an
    accepted suggestion) coded with it, against one class of all the other units."""
    from bertopic.vectorizers import ClassTfidfTransformer

    rows = sql.unit_inputs(core.db, kinds(unit))
    if not rows:
        raise InputError(None, f"no {unit} (import and segment first)")
    docs = dict(zip([r[0] for r in rows], _docs(rows)))
    targets = ([Codebook(core).get(c) for c in codes] if codes is not None
               else Codebook(core).codes())
    pairs = sql.unit_code_pairs(core.db, kinds(unit), ("human", "accepted"))
    classes: list[str] = []
    names: list[str] = []
    coded: set[int] = set()
    for code in targets:
        units = sorted(u for (u, c) in pairs if c == code.id and u in docs)
        if units:
            names.append(code.path)
            classes.append(" ".join(docs[u] for u in units))
            coded.update(units)
    if not names:
        return {}
    classes.append(" ".join(docs[u] for u in docs if u not in coded) or "_")
    vectorizer = _vectorizer()
    counts = vectorizer.fit_transform(classes)
    weights = ClassTfidfTransformer().fit_transform(counts).toarray()
    words = vectorizer.get_feature_names_out()
    out: dict[str, list[tuple[str, float]]] = {}
    for k, name in enumerate(names):
        order = np.argsort(-weights[k], kind="stable")[:top]
        out[name] = [(str(words[j]), round(float(weights[k, j]), 6)) for j in order
                     if weights[k, j] > 0]
    return out
