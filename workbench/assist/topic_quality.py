"""How good a run's topics read: distinctive keywords, NPMI coherence and topic diversity.

* :func:`distinctive` keeps a topic's c-TF-IDF keywords that are *distinctive*: a word must
  occur in a larger share of the topic's documents than of the whole corpus (lift of the
  document frequency at least ``MIN_LIFT``). A word frequent in every topic (not only a stop
  word: "werk", "collega" in a staff survey) has a lift near 1 everywhere and never labels a
  topic, even when its raw count puts it on top of c-TF-IDF.
* :func:`npmi` is the coherence measure of the BERTopic paper (Grootendorst 2022, after
  Bouma 2009): per topic, the mean normalised pointwise mutual information of each pair of
  its top-10 words, with probabilities from the corpus' *document* co-occurrence
  (P(w) = share of documents containing w), averaged over topics; -1 for two words never in
  one document, 1 for two words always together. Range -1..1, higher is more coherent.
* :func:`diversity` is the paper's topic diversity: the share of unique words among all
  topics' top-25 words (1 = no word in two topics).

The outlier topic -1 counts in none of them. Words are the documents' tokens as the topic
model's vectorizer reads them (lemmas, lower case, stop words out).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import combinations

import numpy as np

MIN_LIFT = 1.5
NPMI_WORDS = 10
DIVERSITY_WORDS = 25

Keywords = Mapping[int, Sequence[tuple[str, float]]]


class Counts:
    """The documents' word counts, read once for all measures: ``column`` (word -> column),
    ``counts`` (documents x words, CSR) and ``present`` (0/1 per document, CSC)."""

    def __init__(self, docs: Sequence[str], analyzer: Callable[[str], list[str]]):
        from sklearn.feature_extraction.text import CountVectorizer

        counter = CountVectorizer(analyzer=analyzer)
        self.counts = counter.fit_transform(docs).tocsr()
        self.column = {w: k for k, w in enumerate(counter.get_feature_names_out())}
        self.present = (self.counts > 0).astype(np.float64).tocsc()
        self.n = self.counts.shape[0]


def distinctive(
    counts: Counts, topics: Sequence[int], keywords: Keywords, min_lift: float = MIN_LIFT
) -> dict[int, list[tuple[str, float]]]:
    """Each topic's keywords (in their order) whose share of the topic's documents is at least
    ``min_lift`` times their share of all documents."""
    column, present = counts.column, counts.present
    topics = np.asarray(topics)
    corpus_df = np.asarray(present.sum(axis=0)).ravel() / max(1, len(topics))
    out: dict[int, list[tuple[str, float]]] = {}
    for topic, words in keywords.items():
        inside = topics == topic
        if not inside.any():
            out[topic] = []
            continue
        topic_df = np.asarray(present[inside].sum(axis=0)).ravel() / inside.sum()
        out[topic] = [
            (w, s)
            for w, s in words
            if w in column
            and corpus_df[column[w]] > 0
            and topic_df[column[w]] >= min_lift * corpus_df[column[w]]
        ]
    return out


def npmi(counts: Counts, keywords: Keywords, top: int = NPMI_WORDS) -> float | None:
    """Mean NPMI of the topics' top-``top`` word pairs on document co-occurrence (None when
    no topic has two words)."""
    column, present, n = counts.column, counts.present, counts.n
    scores = []
    for topic, words in keywords.items():
        if topic == -1:
            continue
        found = [column[w] for w, _ in list(words)[:top] if w in column]
        if len(found) < 2:
            continue
        sub = present[:, found]
        joint = (sub.T @ sub).toarray() / n
        single = np.diag(joint)
        pairs = []
        for i, j in combinations(range(len(found)), 2):
            p_ij, p_i, p_j = joint[i, j], single[i], single[j]
            if p_ij == 0:
                pairs.append(-1.0)
            elif p_ij == 1:
                pairs.append(1.0)
            else:
                pairs.append(float(np.log(p_ij / (p_i * p_j)) / -np.log(p_ij)))
        scores.append(float(np.mean(pairs)))
    return round(float(np.mean(scores)), 4) if scores else None


def diversity(keywords: Keywords, top: int = DIVERSITY_WORDS) -> float | None:
    """Share of unique words among the topics' top-``top`` words (None without topics)."""
    words = [w for t, ws in keywords.items() if t != -1 for w, _ in list(ws)[:top]]
    return round(len(set(words)) / len(words), 4) if words else None


def merge_similar(counts: Counts, labels: np.ndarray, threshold: float) -> tuple[np.ndarray, int]:
    """Clusters merged when their c-TF-IDF word profiles are near-duplicates: average-linkage
    clustering of the clusters on the cosine of their c-TF-IDF vectors (BERTopic's weighting:
    in-cluster word frequency x log(1 + mean words per cluster / the word's frequency)), cut
    at cosine ``threshold``. The outlier label -1 stays; the others are renumbered 0.. in
    order of first occurrence. Returns the labels and the number of clusters merged away."""
    import scipy.sparse as sp
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    labels = np.asarray(labels, dtype=int)
    found = sorted(set(labels.tolist()) - {-1})
    if len(found) < 2:
        return labels, 0
    inside = labels != -1
    row = np.searchsorted(found, labels[inside])
    onehot = sp.csr_matrix(
        (np.ones(len(row)), (row, np.arange(len(row)))), shape=(len(found), len(row))
    )
    tf = np.asarray((onehot @ counts.counts[np.flatnonzero(inside)]).todense(), dtype=np.float64)
    totals = np.maximum(tf.sum(axis=1, keepdims=True), 1)
    weights = tf / totals * np.log(1 + totals.mean() / np.maximum(tf.sum(axis=0), 1))
    weights /= np.maximum(np.linalg.norm(weights, axis=1, keepdims=True), 1e-12)
    distance = np.clip(1 - weights @ weights.T, 0, None)
    np.fill_diagonal(distance, 0)
    groups = fcluster(
        linkage(squareform(distance, checks=False), method="average"), 1 - threshold, "distance"
    )
    group = dict(zip(found, groups.tolist()))
    order: dict[int, int] = {}
    out = np.full(len(labels), -1, dtype=int)
    for k, label in enumerate(labels.tolist()):
        if label != -1:
            out[k] = order.setdefault(group[label], len(order))
    return out, len(found) - len(order)
