"""A topic model over given embeddings: a reduction step, a clustering step, then BERTopic.

:class:`TopicModel` takes its learned steps as scikit-learn style objects, as BERTopic takes
``umap_model`` and ``hdbscan_model`` (the built-in ones are in :mod:`workbench.assist.steps`,
named for the CLI and UI in :mod:`workbench.assist.step_registry`; a name stands for the
step with its default parameters). On a seeded sample of the vectors it runs
``reduction.fit_transform``, then ``clustering.fit_predict`` (-1 = outlier), and hands the
labels to the real ``bertopic.BERTopic`` (its ``BaseDimensionalityReduction`` and
``BaseCluster`` pass-through steps, ``fit_transform(docs, embeddings=..., y=labels)``; no
embedding model is loaded). The documents BERTopic sees are the stored *lemmas*, so c-TF-IDF
keywords are lemmas, with the Dutch stop words removed by the ``CountVectorizer`` given as
``vectorizer_model``. Each step's parameters (``get_params()``) and class are what a run
records; the run's copy of each step (``reduction_``, ``clustering_``) has the run's seed,
``min_size`` and ``n_topics`` filled into its parameters left ``None``.

* fast default: ``reduction="knn"`` (neighbour smoothing, 20 neighbours) and
  ``clustering="kmeans"`` (5 inits; without ``n_topics`` the k with the best silhouette up
  to ``max_clusters``, 30, :func:`~workbench.assist.steps.choose_k`; on smoothed vectors
  of templated answers it runs to that cap; ``k_search="cap"`` takes the cap directly);
* then, when the number of topics was not asked for, clusters whose c-TF-IDF word
  profiles are near-duplicates (cosine >= ``merge_similar``, 0.4; ``None`` to keep them)
  become one topic (:func:`~workbench.assist.topic_quality.merge_similar`): the number of
  topics is the silhouette's choice less the topics that say the same;
* ``reduction="pca"`` (15 components), ``"none"``;
* ``clustering="hdbscan"`` (``min_cluster_size=min_size``; a clustering without an
  ``n_clusters`` parameter has its topics merged down to ``n_topics`` by BERTopic's
  ``nr_topics``) or ``"agglomerative"`` (Ward; k as for k-means);
* BERTopic's default pipeline for comparison: ``reduction="umap", clustering="hdbscan"``.

HDBSCAN puts many short survey answers in the outlier topic -1. With ``outliers="reduce"``
(default) they are reassigned with BERTopic's ``reduce_outliers`` (``outlier_strategy``
"embeddings" (default) or "c-tf-idf") followed by ``update_topics``; the original assignment
stays visible: ``original_topics_`` (-1 for the former outliers), stored per member as
``original_topic``, with the outlier share before and after in the run's metrics.
``outliers="keep"`` keeps topic -1. k-means has no outliers: every unit is assigned, and a
member's ``probability`` (similarity to its topic) shows how well it fits.

Member ``probability`` is the cosine similarity (clipped to 0..1) of a unit's vector to its
topic's centroid in the embedding space, for every clustering alike; it is the score of the
suggestions a promoted topic makes, and the representative segments of a topic are its
members closest to the centroid. The 2-D map (x, y) is PCA-2 of the vectors, or UMAP-2 when
``map="umap"`` (the default when the reduction is UMAP).

Scale. Only a seeded random sample of at most ``fit_sample`` units (20,000) is fitted; the
other units go to the nearest topic centroid (cosine, in the embedding space: one matrix
product per batch), and keywords come from the sample's c-TF-IDF. Stored vectors are float32,
256 dims with the default TfidfSvd = 1 KB per segment: 100,000 segments = ~100 MB of vectors
in memory, fit cost bounded by the 20,000 sample (PCA+k-means: seconds; UMAP+HDBSCAN on the
sample: about a minute or more), the rest assigned in well under a second.
1,000,000 segments = ~1 GB of vectors (plus reading them from SQLite, the dominant cost,
minutes), the same bounded fit, and 1,000,000 ``topic_members`` rows written in the one run
transaction (~50 MB in the database). Beyond that, read and assign in chunks (not done yet).

bertopic, umap and hdbscan are imported inside functions only.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, clone

from ..errors import InputError
from . import step_registry as registry
from . import topic_quality as quality
from .embeddings import normalise as _normalise

OUTLIERS = ("reduce", "keep")
STRATEGIES = ("embeddings", "c-tf-idf")
MAPS = ("pca", "umap")
TOP_WORDS = 10
MERGE_SIMILAR = 0.4  # c-TF-IDF cosine from which two clusters are one topic
CANDIDATE_WORDS = 60  # c-TF-IDF words read per topic, before the generic ones are dropped
UMAP_MAP_NEIGHBOURS = 15


def vectorizer(min_df: int = 1) -> Any:
    """The bag of words BERTopic's c-TF-IDF counts: Dutch stop words out, words of 2+ letters."""
    from sklearn.feature_extraction.text import CountVectorizer

    from ..nlp import stop_words

    return CountVectorizer(
        stop_words=sorted(stop_words()), min_df=min_df, token_pattern=r"(?u)\b\w\w+\b"
    )


class TopicModel(BaseEstimator):
    """BERTopic on given embeddings with the reduction and clustering steps given as objects
    (or registered names).

    ``fit(docs, embeddings)`` sets ``topics_`` (final topic per doc), ``original_topics_``
    (before outlier reduction; -1 = outlier), ``probabilities_``, ``map_`` (n, 2),
    ``keywords_`` ({topic: [(word, weight), ...]}: the first 10 distinctive c-TF-IDF words),
    ``words_`` (the first 25, for diversity), ``sizes_``, ``centroids_``,
    ``sample_`` (indices fitted), ``metrics_``, ``reduction_`` and ``clustering_`` (the run's
    fitted copies of the steps) and ``bertopic_`` (the fitted BERTopic).
    """

    def __init__(
        self,
        reduction: Any = "knn",
        clustering: Any = "kmeans",
        min_size: int = 10,
        seed: int = 0,
        n_topics: int | None = None,
        outliers: str = "reduce",
        fit_sample: int = 20000,
        outlier_strategy: str = "embeddings",
        map: str | None = None,
        merge_similar: float | None = MERGE_SIMILAR,
    ):
        self.reduction = reduction
        self.clustering = clustering
        self.min_size = min_size
        self.seed = seed
        self.n_topics = n_topics
        self.outliers = outliers
        self.fit_sample = fit_sample
        self.outlier_strategy = outlier_strategy
        self.map = map
        self.merge_similar = merge_similar

    def _check(self) -> None:
        for name, value, allowed in (
            ("outliers", self.outliers, OUTLIERS),
            ("outlier_strategy", self.outlier_strategy, STRATEGIES),
            ("map", self.map or "pca", MAPS),
        ):
            if value not in allowed:
                raise InputError(None, f"{name} must be one of {', '.join(allowed)}, not {value!r}")
        if self.merge_similar is not None and not 0 < self.merge_similar <= 1:
            raise InputError(
                None, f"merge_similar must be above 0 and at most 1, not {self.merge_similar}"
            )
        if self.min_size < 2:
            raise InputError(None, f"min_size must be at least 2, not {self.min_size}")

    # -- steps -----------------------------------------------------------------------------
    def prepare_steps(self) -> tuple[Any, Any, int | None]:
        """The run's copies of the steps with its seed, min_size and n_topics filled in where
        a step leaves them None; and the number of topics BERTopic merges down to, if any."""
        fills = {"random_state": self.seed, "min_cluster_size": self.min_size}
        steps = []
        for kind, step in (("reduction", self.reduction), ("clustering", self.clustering)):
            step = clone(registry.make(kind, step))
            params = step.get_params(deep=False)
            step.set_params(**{k: v for k, v in fills.items() if k in params and params[k] is None})
            validate = getattr(step, "_validate_params", None)
            try:
                if callable(validate) and getattr(step, "_parameter_constraints", None) is not None:
                    validate()
            except ValueError as error:
                raise InputError(None, f"{kind} {registry.name_of(kind, step)}: {error}") from error
            steps.append(step)
        reduction, clustering = steps
        params = clustering.get_params(deep=False)
        if "n_clusters" not in params:  # it finds its own number: merge its topics down
            return reduction, clustering, self.n_topics
        if params["n_clusters"] is None:
            clustering.set_params(n_clusters=self.n_topics)
        elif self.n_topics is not None and params["n_clusters"] != self.n_topics:
            raise InputError(
                None,
                f"n_topics={self.n_topics} but the clustering step has "
                f"n_clusters={params['n_clusters']}: give one of them",
            )
        return reduction, clustering, None

    def record(self) -> dict[str, Any]:
        """The fitted run's parameters: its own, and each step's name, class and parameters
        (of the run's copies, with what the run filled in), enough to make it again."""
        out = {
            k: v
            for k, v in self.get_params(deep=False).items()
            if k not in ("reduction", "clustering")
        }
        for kind, step in (("reduction", self.reduction_), ("clustering", self.clustering_)):
            out[kind] = registry.name_of(kind, step)
            out[f"{kind}_step"] = registry.record(step)
        return out

    def _map(self, E: np.ndarray, sample: np.ndarray) -> np.ndarray:
        if len(E) < 3:
            return np.zeros((len(E), 2), dtype=np.float32)
        reduction = registry.name_of("reduction", self.reduction_)
        if (self.map or ("umap" if reduction == "umap" else "pca")) == "umap":
            from umap import UMAP

            neighbours = self.reduction_.n_neighbors if reduction == "umap" else UMAP_MAP_NEIGHBOURS
            model = UMAP(
                n_neighbors=max(2, min(neighbours, len(sample) - 1)),
                n_components=2,
                min_dist=0.1,
                metric="cosine",
                random_state=self.seed,
                low_memory=True,
            )
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
    def fit(self, docs: Sequence[str], embeddings: np.ndarray) -> TopicModel:
        import os

        from threadpoolctl import threadpool_limits

        # OpenMP/BLAS would start a thread per machine core even under taskset or a cgroup
        with threadpool_limits(
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
        ):
            return self._fit(docs, embeddings)

    def _cluster(self, sE: np.ndarray, timings: dict[str, float]) -> tuple[np.ndarray, dict]:
        """Reduce, then cluster the sample (one timed step each); labels and step metrics."""
        metrics: dict[str, Any] = {}
        for kind, attribute in (("reduction", "reduction_"), ("clustering", "clustering_")):
            step = getattr(self, attribute)
            t = time.perf_counter()
            try:
                if kind == "reduction":
                    reduced = np.nan_to_num(np.asarray(step.fit_transform(sE)))
                else:
                    labels = np.asarray(step.fit_predict(reduced), dtype=int)
            except ValueError as error:
                raise InputError(
                    None, f"{kind} {registry.name_of(kind, step)} failed: {error}"
                ) from error
            timings["reduce_s" if kind == "reduction" else "cluster_s"] = round(
                time.perf_counter() - t, 3
            )
        if getattr(self.clustering_, "silhouette_", None) is not None:
            metrics["silhouette"] = self.clustering_.silhouette_
            metrics["k_criterion"] = "silhouette"
        metrics["n_topics_asked"] = getattr(self.clustering_, "n_clusters_", self.n_topics)
        if getattr(self.clustering_, "k_search", None) == "cap":
            metrics["k_criterion"] = f"cap {metrics['n_topics_asked']}"
        return labels, metrics

    def _fit(self, docs: Sequence[str], embeddings: np.ndarray) -> TopicModel:
        import logging

        from bertopic import BERTopic
        from bertopic.cluster import BaseCluster
        from bertopic.dimensionality import BaseDimensionalityReduction

        self._check()
        self.reduction_, self.clustering_, merge_to = self.prepare_steps()
        docs = [d if d and d.strip() else "_" for d in docs]
        E = _normalise(embeddings)
        n = len(docs)
        if n != len(E):
            raise ValueError("docs and embeddings differ in length")
        if n < 2 * self.min_size:
            raise InputError(
                None, f"too few units for topics: {n} (at least 2 x min_size = {2 * self.min_size})"
            )
        timings: dict[str, float] = {}
        started = time.perf_counter()
        rng = np.random.default_rng(self.seed)
        sample = (
            np.sort(rng.choice(n, size=self.fit_sample, replace=False))
            if n > self.fit_sample
            else np.arange(n)
        )
        sdocs, sE = [docs[i] for i in sample], E[sample]
        metrics: dict[str, Any] = {"units": n, "fitted": int(len(sample))}
        labels, found = self._cluster(sE, timings)
        metrics.update(found)
        counts = quality.Counts(sdocs, vectorizer().build_analyzer())
        asked = (
            self.n_topics is not None
            or self.clustering_.get_params(deep=False).get("n_clusters") is not None
        )
        metrics["k_criterion"] = "asked" if asked else found.get("k_criterion", "clustering")
        if self.merge_similar is not None and not asked:  # a number asked for is kept
            metrics["k_criterion"] += f" + c-TF-IDF merge at {self.merge_similar}"
            t = time.perf_counter()
            labels, metrics["merged_topics"] = quality.merge_similar(
                counts, labels, self.merge_similar
            )
            timings["merge_s"] = round(time.perf_counter() - t, 3)
        # BERTopic describes the clusters found: pass-through reduction and clustering, the
        # labels as y; with n_topics and a clustering that finds its own number, it merges
        # its topics down to that number (BERTopic's topic reduction)
        model = BERTopic(
            umap_model=BaseDimensionalityReduction(),
            hdbscan_model=BaseCluster(),
            vectorizer_model=vectorizer(),
            min_topic_size=self.min_size,
            top_n_words=CANDIDATE_WORDS,
            calculate_probabilities=False,
            verbose=False,
            nr_topics=merge_to,
        )
        logging.getLogger("BERTopic").setLevel(logging.ERROR)  # update_topics warns by design
        t = time.perf_counter()
        try:
            topics_sample, _ = model.fit_transform(sdocs, embeddings=sE, y=labels)
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
                sdocs,
                list(topics_sample),
                strategy=strategy,
                embeddings=sE if strategy == "embeddings" else None,
            )
            reduced_topics = np.asarray(reduced_topics, dtype=int)
            left = reduced_topics == -1  # below BERTopic's similarity threshold: nearest centroid
            if left.any():
                found_topics = sorted(set(reduced_topics[~left].tolist()))
                means = _normalise(
                    np.vstack([sE[reduced_topics == t].mean(axis=0) for t in found_topics])
                )
                reduced_topics[left] = np.asarray(found_topics)[
                    np.argmax(sE[left] @ means.T, axis=1)
                ]
            reduced_topics = reduced_topics.tolist()
            model.update_topics(
                sdocs,
                topics=reduced_topics,
                top_n_words=CANDIDATE_WORDS,
                vectorizer_model=vectorizer(),
            )
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
            "ij,ij->i", E[inside], centroids[[column[t] for t in topics[inside]]]
        )
        probabilities = np.clip(probabilities, 0.0, 1.0)
        t = time.perf_counter()
        self.map_ = self._map(E, sample)
        timings["map_s"] = round(time.perf_counter() - t, 3)

        t = time.perf_counter()
        self.words_ = self._words(model, counts, topics_sample, sorted(set(topics.tolist())))
        keywords = {t: words[:TOP_WORDS] for t, words in self.words_.items()}
        metrics["npmi"] = quality.npmi(counts, keywords)
        metrics["diversity"] = quality.diversity(self.words_)
        timings["words_s"] = round(time.perf_counter() - t, 3)
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

    @staticmethod
    def _words(model: Any, counts: Any, topics: np.ndarray, labels: list[int]) -> dict:
        """Each topic's c-TF-IDF words that are distinctive against the whole corpus
        (:func:`~workbench.assist.topic_quality.distinctive`), best first."""
        candidates = {}
        for topic in labels:
            words = model.get_topic(topic) or []
            candidates[topic] = [(w, round(float(s), 6)) for w, s in words if w and s > 0]
        found = quality.distinctive(counts, topics, candidates)
        return {t: words[: quality.DIVERSITY_WORDS] for t, words in found.items()}

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
