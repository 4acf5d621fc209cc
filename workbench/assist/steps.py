"""Pipeline steps for :class:`~workbench.assist.topics.TopicModel` that BERTopic does not ship.

:class:`NeighbourSmoothing` stands in BERTopic's "dimensionality reduction" slot. Like
UMAP it makes the clustering see the neighbourhood structure of the data rather than raw
distances, but it costs one matrix product per batch instead of a nearest-neighbour graph
and an optimised layout: each vector is replaced by the mean of its ``n_neighbors``
nearest fitted vectors (cosine, itself included), then L2-normalised. Short survey answers
share few words, so single TF-IDF vectors are noisy; averaging over neighbours denoises
them and k-means on the result finds themes as well as UMAP + HDBSCAN does (see
benchmarks/README.md), without an outlier topic.

Memory: the fitted vectors (``reference_``) plus one ``batch`` x n similarity block and its
partition indices (512 x 20,000: 40 MB float32 + 80 MB int64 at the default fit sample).
"""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .embeddings import normalise


class NeighbourSmoothing(TransformerMixin, BaseEstimator):
    """Each vector becomes the normalised mean of its nearest fitted vectors (cosine)."""

    def __init__(self, n_neighbors: int = 20, batch: int = 512):
        self.n_neighbors = n_neighbors
        self.batch = batch

    def fit(self, X: np.ndarray, y: object = None) -> "NeighbourSmoothing":
        self.reference_ = normalise(X)
        return self

    def transform(self, X: np.ndarray) -> np.ndarray:
        X = normalise(X)
        k = max(1, min(self.n_neighbors, len(self.reference_)))
        out = np.empty_like(X)
        for start in range(0, len(X), self.batch):
            similarity = X[start:start + self.batch] @ self.reference_.T
            np.negative(similarity, out=similarity)
            nearest = np.argpartition(similarity, k - 1, axis=1)[:, :k]
            out[start:start + self.batch] = self.reference_[nearest].mean(axis=1)
        return normalise(out)
