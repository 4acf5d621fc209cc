"""The per-code model behind suggestions: a logistic regression on stored vectors, the
codebook's knowledge as weighted examples, similarity scores and thresholds from CV.

* :class:`CodeClassifier`: LogisticRegression with balanced class weights over the human
  codings; ``extra`` rows (the codebook's example quotes as positives, its exclusion
  criteria as negatives, weighted) join every fit, and every fold of the cross-fit, but are
  never scored: they are knowledge, not units.
* :func:`threshold_for_precision`: the lowest score at which the cross-validated precision
  still reaches a target, so each code gets its own threshold.
* :func:`similarity_scores`: the best cosine similarity to references (coded units, example
  quotes, the definition and inclusion text), for codes with too few codings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Extra:
    """Rows that join every fit with a label and a weight (relative to the positive class)."""

    X: np.ndarray
    y: np.ndarray
    weight: np.ndarray

    @classmethod
    def none(cls, dim: int) -> Extra:
        return cls(np.zeros((0, dim), dtype=np.float32), np.zeros(0), np.zeros(0))

    @classmethod
    def of(
        cls, positives: np.ndarray | None, negatives: np.ndarray | None, weight: float, dim: int
    ):
        parts = [(m, label) for m, label in ((positives, 1), (negatives, 0)) if m is not None]
        parts = [(m, label) for m, label in parts if len(m)]
        if not parts or weight <= 0:
            return cls.none(dim)
        return cls(
            np.vstack([m for m, _ in parts]),
            np.concatenate([np.full(len(m), label) for m, label in parts]),
            np.full(sum(len(m) for m, _ in parts), float(weight)),
        )


class CodeClassifier:
    """LogisticRegression with balanced class weights, scikit-learn style, plus CV metrics.

    ``extra`` (an :class:`Extra`) is added to every fit: an example quote of weight 1 counts
    as much as one coded positive unit.
    """

    def __init__(self, C: float = 1.0, seed: int = 0, max_iter: int = 1000, extra=None):
        self.C = C
        self.seed = seed
        self.max_iter = max_iter
        self.extra = extra

    def _estimator(self):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.C, max_iter=self.max_iter, random_state=self.seed)

    def _fit(self, X: np.ndarray, y: np.ndarray):
        """Balanced weights over the human rows (as class_weight="balanced"), then extras."""
        y = np.asarray(y)
        n, n_pos = len(y), int(y.sum())
        weights = np.where(y == 1, n / (2 * max(n_pos, 1)), n / (2 * max(n - n_pos, 1)))
        extra = self.extra
        if extra is not None and len(extra.y):
            positive = n / (2 * max(n_pos, 1))
            X = np.vstack([X, extra.X])
            y = np.concatenate([y, extra.y])
            weights = np.concatenate([weights, extra.weight * positive])
        return self._estimator().fit(X, y, sample_weight=weights)

    def fit(self, X: np.ndarray, y: np.ndarray) -> CodeClassifier:
        self.estimator_ = self._fit(X, y)
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The probability that the code applies, per row."""
        return self.estimator_.predict_proba(X)[:, 1]

    def folds(self, y: np.ndarray) -> int:
        return int(min(5, y.sum(), (1 - y).sum()))

    def cross_fit(
        self, X_train: np.ndarray, y: np.ndarray, X_all: np.ndarray, train_rows: np.ndarray
    ) -> np.ndarray:
        """Scores for every row of ``X_all`` that no model saw the label of: training rows
        (``train_rows``) get the prediction of the fold model that left them out, the other
        rows the mean of the fold models (cross-prediction), so that a model-assisted
        estimate stays valid when the model was trained on the sample it is checked on."""
        from sklearn.model_selection import StratifiedKFold

        folds = self.folds(y)
        if folds < 2:
            return self.fit(X_train, y).predict_proba(X_all)
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.seed)
        scores = np.zeros(len(X_all))
        trained = np.zeros(len(X_all), dtype=bool)
        trained[train_rows] = True
        for fit_rows, held_out in splitter.split(X_train, y):
            model = self._fit(X_train[fit_rows], y[fit_rows])
            if not trained.all():
                scores[~trained] += model.predict_proba(X_all[~trained])[:, 1] / folds
            scores[train_rows[held_out]] = model.predict_proba(X_train[held_out])[:, 1]
        return scores

    def cross_validate(self, y: np.ndarray, threshold: float, held_out: np.ndarray) -> dict:
        """Precision and recall at ``threshold`` of the out-of-fold probabilities
        (``held_out``: what :meth:`cross_fit` gave the training rows); {} if too few."""
        folds = self.folds(y)
        if folds < 2:
            return {}
        predicted = held_out >= threshold
        hits = int((predicted & (y == 1)).sum())
        return {
            "cv_folds": folds,
            "cv_precision": round(hits / predicted.sum(), 4) if predicted.sum() else None,
            "cv_recall": round(hits / y.sum(), 4),
        }


def threshold_for_precision(
    held_out: np.ndarray, y: np.ndarray, target: float, floor: float
) -> float:
    """The lowest out-of-fold score at which the precision of everything scored at least as
    high still reaches ``target`` (never below ``floor``); 1.0 if no score reaches it."""
    order = np.argsort(-held_out, kind="stable")
    hits = np.cumsum(y[order])
    precision = hits / np.arange(1, len(order) + 1)
    good = np.flatnonzero((precision >= target) & (y[order] == 1))
    if not len(good):
        return 1.0
    return float(max(held_out[order][good.max()], floor))


def similarity_scores(candidates: np.ndarray, references: np.ndarray) -> np.ndarray:
    """Best cosine similarity of each candidate to any reference, clipped to 0..1."""
    if len(references) == 0 or len(candidates) == 0:
        return np.zeros(len(candidates), dtype=np.float32)
    return np.clip((candidates @ references.T).max(axis=1), 0.0, 1.0)


def left_out_similarity(X: np.ndarray, references: np.ndarray, own: list[int]) -> np.ndarray:
    """Similarity of every row to the references, where the coded units among the references
    (the first ``len(own)``, rows ``own`` of X) are not compared with themselves."""
    scores = similarity_scores(X, references)
    for k, row in enumerate(own):
        others = np.delete(references, k, axis=0)
        scores[row] = similarity_scores(X[row : row + 1], others)[0] if len(others) else 0.0
    return scores
