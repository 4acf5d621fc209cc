"""The built-in steps of a topic model, as scikit-learn estimators (BERTopic's swappable parts).

A topic run (:class:`~workbench.assist.topic_model.TopicModel`) reduces the sampled vectors
with a *reduction* step (``fit_transform``), clusters the result with a *clustering* step
(``fit_predict``; -1 = outlier) and lets BERTopic describe the clusters. Every step here
follows scikit-learn's conventions: each parameter is an ``__init__`` argument stored under
its own name and never changed by ``fit`` (data-dependent limits go into attributes);
learned state ends in ``_``; ``get_params()`` (``BaseEstimator``) lists the parameters,
which is how a run records them. Any estimator with the same protocol can be passed instead,
e.g. ``sklearn.decomposition.TruncatedSVD`` or a class of one's own.

A parameter left ``None`` is filled by the run (on its own copy of the step, as
scikit-learn's meta-estimators ``clone`` theirs): ``random_state`` with the run's seed,
``min_cluster_size`` with its ``min_size``, ``n_clusters`` with its ``n_topics`` (when
``None`` there too, k-means and agglomerative choose k by silhouette, :func:`choose_k`).
Used alone, ``None`` means: scikit-learn's global random state, 10, choose k.

:class:`NeighbourSmoothing` (the fast default) stands in BERTopic's "dimensionality
reduction" slot. Like UMAP it makes the clustering see the neighbourhood structure of the
data rather than raw distances, but it costs one matrix product per batch instead of a
nearest-neighbour graph and an optimised layout: each vector is replaced by the mean of its
``n_neighbors`` nearest fitted vectors (cosine, itself included), then L2-normalised. Short
survey answers share few words, so single TF-IDF vectors are noisy; averaging over
neighbours denoises them and k-means on the result finds themes as well as UMAP + HDBSCAN
does (see benchmarks/README.md), without an outlier topic. Memory: the fitted vectors
(``reference_``) plus one ``batch`` x n similarity block and its partition indices
(512 x 20,000: 40 MB float32 + 80 MB int64 at the default fit sample).

umap, hdbscan and the scikit-learn models are imported when a step is fitted.
"""

from __future__ import annotations

from numbers import Integral, Real
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted, validate_data

from .embeddings import normalise

COUNT = [Interval(Integral, 1, None, closed="left")]
K = [Interval(Integral, 1, None, closed="left"), None]
SIZE = [Interval(Integral, 2, None, closed="left"), None]
SEED = ["random_state"]


# -- reductions ----------------------------------------------------------------------------
class Identity(TransformerMixin, BaseEstimator):
    """No reduction: the clustering sees the vectors as they are."""

    _parameter_constraints: dict[str, list] = {}

    def fit(self, X: np.ndarray, y: object = None) -> Identity:
        validate_data(self, X)
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self)
        return validate_data(self, X, reset=False)


class NeighbourSmoothing(TransformerMixin, BaseEstimator):
    """Each vector becomes the normalised mean of its nearest fitted vectors (cosine)."""

    _parameter_constraints: dict[str, list] = {"n_neighbors": COUNT, "batch": COUNT}

    def __init__(self, n_neighbors: int = 20, batch: int = 512):
        self.n_neighbors = n_neighbors
        self.batch = batch

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.transformer_tags.preserves_dtype = ["float32"]  # the vectors are float32
        return tags

    def fit(self, X: np.ndarray, y: object = None) -> NeighbourSmoothing:
        self._validate_params()
        self.reference_ = normalise(validate_data(self, X))
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self)
        X = normalise(validate_data(self, X, reset=False))
        k = max(1, min(self.n_neighbors, len(self.reference_)))
        out = np.empty_like(X)
        for start in range(0, len(X), self.batch):
            similarity = X[start : start + self.batch] @ self.reference_.T
            np.negative(similarity, out=similarity)
            nearest = np.argpartition(similarity, k - 1, axis=1)[:, :k]
            out[start : start + self.batch] = self.reference_[nearest].mean(axis=1)
        return normalise(out)


class PCAReduction(TransformerMixin, BaseEstimator):
    """PCA to ``n_components`` (at most the vectors' dimension and n - 1: ``n_components_``)."""

    _parameter_constraints: dict[str, list] = {"n_components": COUNT, "random_state": SEED}

    def __init__(self, n_components: int = 15, random_state: Any = None):
        self.n_components = n_components
        self.random_state = random_state

    def _model(self, X: np.ndarray) -> Any:
        from sklearn.decomposition import PCA

        self._validate_params()
        n, dim = validate_data(self, X).shape
        self.n_components_ = max(1, min(self.n_components, dim, n - 1))
        self.pca_ = PCA(
            n_components=self.n_components_, random_state=self.random_state, svd_solver="auto"
        )
        return self.pca_

    def fit(self, X: np.ndarray, y: object = None) -> PCAReduction:
        self._model(X).fit(X)
        return self

    def fit_transform(self, X: np.ndarray, y: object = None) -> np.ndarray:
        return self._model(X).fit_transform(X)

    def transform(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self)
        return self.pca_.transform(validate_data(self, X, reset=False))


class UMAPReduction(TransformerMixin, BaseEstimator):
    """UMAP, as BERTopic uses it by default (5 dims, cosine, min_dist 0, 15 neighbours);
    the neighbours and dimensions are capped by the number of vectors."""

    _parameter_constraints: dict[str, list] = {
        "n_neighbors": [Interval(Integral, 2, None, closed="left")],
        "n_components": COUNT,
        "min_dist": [Interval(Real, 0, None, closed="left")],
        "metric": [str],
        "low_memory": ["boolean"],
        "random_state": SEED,
    }

    def __init__(
        self,
        n_neighbors: int = 15,
        n_components: int = 5,
        min_dist: float = 0.0,
        metric: str = "cosine",
        low_memory: bool = True,
        random_state: Any = None,
    ):
        self.n_neighbors = n_neighbors
        self.n_components = n_components
        self.min_dist = min_dist
        self.metric = metric
        self.low_memory = low_memory
        self.random_state = random_state

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.transformer_tags.preserves_dtype = ["float32"]  # UMAP lays out in float32
        return tags

    def _model(self, X: np.ndarray) -> Any:
        from umap import UMAP

        self._validate_params()
        n = len(validate_data(self, X))
        self.n_neighbors_ = max(2, min(self.n_neighbors, n - 1))
        self.n_components_ = min(self.n_components, max(2, n - 2))
        self.umap_ = UMAP(
            n_neighbors=self.n_neighbors_,
            n_components=self.n_components_,
            min_dist=self.min_dist,
            metric=self.metric,
            random_state=self.random_state,
            low_memory=self.low_memory,
        )
        return self.umap_

    def fit(self, X: np.ndarray, y: object = None) -> UMAPReduction:
        self._model(X).fit(X)
        return self

    def fit_transform(self, X: np.ndarray, y: object = None) -> np.ndarray:
        return self._model(X).fit_transform(X)  # UMAP's layout of X itself, not transform(X)

    def transform(self, X: np.ndarray) -> np.ndarray:
        check_is_fitted(self)
        return self.umap_.transform(validate_data(self, X, reset=False))


# -- clusterings ---------------------------------------------------------------------------
def choose_k(
    X: np.ndarray, max_clusters: int, min_size: int, random_state: Any
) -> tuple[int, dict[str, float]]:
    """The k among 12 evenly spaced values in 2..min(``max_clusters``, n // ``min_size``)
    with the best silhouette (cosine; one k-means++ init per k on at most 5,000 seeded
    vectors, silhouette on 3,000 of them), among the k whose every cluster has at least
    ``min_size`` members; 2 if none qualifies. Returns k and the scores by k."""
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(random_state)
    if len(X) > 5000:  # the search runs on a seeded subsample of 5,000
        X = X[np.sort(rng.choice(len(X), size=5000, replace=False))]
    n = len(X)
    top = max(2, min(max_clusters, n // min_size))
    sub = np.sort(rng.choice(n, size=min(n, 3000), replace=False))
    scores: dict[int, float] = {}
    for k in sorted({int(round(k)) for k in np.linspace(2, top, min(top - 1, 12))}):
        labels = KMeans(n_clusters=k, random_state=random_state, n_init=1).fit_predict(X)
        if len(set(labels[sub])) < 2 or np.bincount(labels).min() < min_size:
            continue  # a topic below min_size does not count
        scores[k] = float(silhouette_score(X[sub], labels[sub], metric="cosine"))
    best = max(scores, key=lambda k: (round(scores[k], 6), -k)) if scores else 2
    return best, {str(k): round(v, 4) for k, v in scores.items()}


class _ChoosesK(ClusterMixin, BaseEstimator):
    """A clustering into ``n_clusters`` or, when None, a k of its own (``n_clusters_``):
    ``k_search="silhouette"`` (default) takes :func:`choose_k`'s choice (on smoothed
    vectors of templated answers it runs to the cap, on the demo's hybrid TF-IDF + USE
    vectors it chose 2: see benchmarks/README.md); ``"cap"`` takes ``max_clusters`` (at most
    n // ``min_cluster_size``) and leaves the number to the topic model's merging of
    near-duplicate topics."""

    def _k(self, X: np.ndarray) -> int:
        self._validate_params()
        if self.n_clusters is None and self.k_search == "cap":
            self.n_clusters_ = max(
                2, min(self.max_clusters, len(X) // (self.min_cluster_size or 10))
            )
        elif self.n_clusters is None:
            self.n_clusters_, self.silhouette_ = choose_k(
                X, self.max_clusters, self.min_cluster_size or 10, self.random_state
            )
        else:
            self.n_clusters_ = self.n_clusters
        return self.n_clusters_


class KMeansClustering(_ChoosesK):
    """k-means (``n_init`` k-means++ starts) on the reduced vectors."""

    _parameter_constraints: dict[str, list] = {
        "n_clusters": K,
        "n_init": COUNT,
        "max_clusters": [Interval(Integral, 2, None, closed="left")],
        "k_search": [StrOptions({"cap", "silhouette"})],
        "min_cluster_size": SIZE,
        "random_state": SEED,
    }

    def __init__(
        self,
        n_clusters: int | None = None,
        n_init: int = 5,
        max_clusters: int = 30,
        min_cluster_size: int | None = None,
        random_state: Any = None,
        k_search: str = "silhouette",
    ):
        self.n_clusters = n_clusters
        self.n_init = n_init
        self.max_clusters = max_clusters
        self.k_search = k_search
        self.min_cluster_size = min_cluster_size
        self.random_state = random_state

    def fit(self, X: np.ndarray, y: object = None) -> KMeansClustering:
        from sklearn.cluster import KMeans

        X = validate_data(self, X)
        self.model_ = KMeans(
            n_clusters=self._k(X), random_state=self.random_state, n_init=self.n_init
        ).fit(X)
        self.labels_ = self.model_.labels_
        self.cluster_centers_ = self.model_.cluster_centers_
        return self


class AgglomerativeClustering(_ChoosesK):
    """Agglomerative clustering (Ward by default); k as for k-means (``random_state`` only
    seeds the silhouette search)."""

    _parameter_constraints: dict[str, list] = {
        **{k: v for k, v in KMeansClustering._parameter_constraints.items() if k != "n_init"},
        "linkage": [StrOptions({"ward", "complete", "average", "single"})],
    }

    def __init__(
        self,
        n_clusters: int | None = None,
        linkage: str = "ward",
        max_clusters: int = 30,
        min_cluster_size: int | None = None,
        random_state: Any = None,
        k_search: str = "silhouette",
    ):
        self.n_clusters = n_clusters
        self.linkage = linkage
        self.max_clusters = max_clusters
        self.k_search = k_search
        self.min_cluster_size = min_cluster_size
        self.random_state = random_state

    def fit(self, X: np.ndarray, y: object = None) -> AgglomerativeClustering:
        from sklearn.cluster import AgglomerativeClustering as Agglomerative

        X = validate_data(self, X)
        self.model_ = Agglomerative(n_clusters=self._k(X), linkage=self.linkage).fit(X)
        self.labels_ = self.model_.labels_
        return self


class HDBSCANClustering(ClusterMixin, BaseEstimator):
    """HDBSCAN (the hdbscan package, as BERTopic): finds its own number of clusters and
    leaves the units that fit none as outliers (-1)."""

    _parameter_constraints: dict[str, list] = {
        "min_cluster_size": SIZE,
        "min_samples": [Interval(Integral, 1, None, closed="left"), None],
        "metric": [str],
        "cluster_selection_method": [StrOptions({"eom", "leaf"})],
    }

    def __init__(
        self,
        min_cluster_size: int | None = None,
        min_samples: int | None = None,
        metric: str = "euclidean",
        cluster_selection_method: str = "eom",
    ):
        self.min_cluster_size = min_cluster_size
        self.min_samples = min_samples
        self.metric = metric
        self.cluster_selection_method = cluster_selection_method

    def fit(self, X: np.ndarray, y: object = None) -> HDBSCANClustering:
        self._validate_params()
        X = validate_data(self, X, ensure_min_samples=2)
        if not X.flags.writeable:  # hdbscan's Cython code writes into its input's memory view
            X = X.copy()
        try:
            from hdbscan import HDBSCAN
        except ImportError:  # pragma: no cover - scikit-learn's own
            from sklearn.cluster import HDBSCAN
        self.model_ = HDBSCAN(
            min_cluster_size=self.min_cluster_size or 10,
            min_samples=self.min_samples,
            metric=self.metric,
            cluster_selection_method=self.cluster_selection_method,
        ).fit(X)
        self.labels_ = self.model_.labels_
        self.probabilities_ = self.model_.probabilities_
        return self
