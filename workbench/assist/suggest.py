"""Code suggestions from the human codings, for the coders to accept or reject.

Per code, in one unit type (answers, turns, units or sentences):

* positives: units a live human, consensus or accepted coding of the code overlaps;
* negatives: units a human saw (assigned to a coder, or in a document a human coded anything
  in) without anyone applying the code, plus units where a coder rejected a suggestion of
  it. "Saw but did not apply" is the only negative evidence coders give; a coder who codes
  one theme at a time makes some of these wrong, which the class weighting tolerates.

With at least ``min_examples`` positives (and some negatives) a LogisticRegression
(class_weight="balanced") on the stored embeddings gives a probability; below that, the
score is the best cosine similarity to the code's example quotes (codebook ``examples``,
embedded with the same backend) and to its few coded units, clipped to 0..1. Candidates are
units no human has coded with the code and no coder rejected it for.

Suggestions are codings with source 'suggestion' and coder ``model:<backend>/<method>``; they
never count as human codings. Accepting or rejecting one is one event each and undoable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..codebook import Codebook
from ..errors import InputError
from ..store import assist as sql
from ..store import codings as coding_sql
from ..store import samples as sample_sql
from ..units import kinds
from ..units import name as unit_name
from .embeddings import Backend, TfidfSvd, _embed, ensure_fitted

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

METHODS = ("logreg", "similarity")
ORDERS = ("confidence", "uncertainty")


class CodeClassifier:
    """LogisticRegression with balanced class weights, scikit-learn style, plus CV metrics."""

    def __init__(self, C: float = 1.0, seed: int = 0, max_iter: int = 1000):
        self.C = C
        self.seed = seed
        self.max_iter = max_iter

    def _estimator(self):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(
            C=self.C, class_weight="balanced", max_iter=self.max_iter, random_state=self.seed
        )

    def fit(self, X: np.ndarray, y: np.ndarray) -> CodeClassifier:
        self.estimator_ = self._estimator().fit(X, y)
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The probability that the code applies, per row."""
        return self.estimator_.predict_proba(X)[:, 1]

    def cross_fit(
        self, X_train: np.ndarray, y: np.ndarray, X_all: np.ndarray, train_rows: np.ndarray
    ) -> np.ndarray:
        """Scores for every row of ``X_all`` that no model saw the label of: training rows
        (``train_rows``) get the prediction of the fold model that left them out, the other
        rows the mean of the fold models (cross-prediction), so that a model-assisted
        estimate stays valid when the model was trained on the sample it is checked on."""
        from sklearn.model_selection import StratifiedKFold

        folds = int(min(5, y.sum(), (1 - y).sum()))
        if folds < 2:
            return self.predict_proba(X_all)
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.seed)
        scores = np.zeros(len(X_all))
        trained = np.zeros(len(X_all), dtype=bool)
        trained[train_rows] = True
        for fit_rows, held_out in splitter.split(X_train, y):
            model = self._estimator().fit(X_train[fit_rows], y[fit_rows])
            if not trained.all():
                scores[~trained] += model.predict_proba(X_all[~trained])[:, 1] / folds
            scores[train_rows[held_out]] = model.predict_proba(X_train[held_out])[:, 1]
        return scores

    def cross_validate(
        self, X: np.ndarray, y: np.ndarray, threshold: float, held_out: np.ndarray | None = None
    ) -> dict:
        """Stratified k-fold (k <= 5) precision and recall at ``threshold``; {} if too few.
        ``held_out``: the out-of-fold probabilities :meth:`cross_fit` gave the training rows
        (the same folds), so the folds are not fitted twice."""
        from sklearn.model_selection import StratifiedKFold, cross_val_predict

        folds = int(min(5, y.sum(), (1 - y).sum()))
        if folds < 2:
            return {}
        proba = held_out
        if proba is None:
            splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.seed)
            proba = cross_val_predict(self._estimator(), X, y, cv=splitter, method="predict_proba")[
                :, 1
            ]
        predicted = proba >= threshold
        hits = int((predicted & (y == 1)).sum())
        return {
            "cv_folds": folds,
            "cv_precision": round(hits / predicted.sum(), 4) if predicted.sum() else None,
            "cv_recall": round(hits / y.sum(), 4),
        }


def similarity_scores(candidates: np.ndarray, references: np.ndarray) -> np.ndarray:
    """Best cosine similarity of each candidate to any reference, clipped to 0..1."""
    if len(references) == 0 or len(candidates) == 0:
        return np.zeros(len(candidates), dtype=np.float32)
    return np.clip((candidates @ references.T).max(axis=1), 0.0, 1.0)


def _left_out_similarity(X: np.ndarray, references: np.ndarray, own: list[int]) -> np.ndarray:
    """Similarity of every row to the references, where the coded units among the references
    (the first ``len(own)``, rows ``own`` of X) are not compared with themselves."""
    scores = similarity_scores(X, references)
    for k, row in enumerate(own):
        others = np.delete(references, k, axis=0)
        scores[row] = similarity_scores(X[row : row + 1], others)[0] if len(others) else 0.0
    return scores


def coder_name(backend: Backend, method: str) -> str:
    return f"model:{backend.label}/{method}"


def _example_inputs(core: Core, backend: Backend, examples: Sequence[str]) -> list:
    """The codebook's example quotes as the backend reads them (text, lemmas or both)."""
    if backend.input == "text":
        return list(examples)
    from ..nlp import lemmatise

    lemmas = [" ".join(lemmatise(text, core.language)) or text.lower() for text in examples]
    if backend.input == "both":
        return list(zip(examples, lemmas, strict=True))
    return lemmas


def suggest(
    core: Core,
    codes: Sequence[str | int] | None = None,
    unit: str = "answers",
    backend: Backend | None = None,
    threshold: float = 0.5,
    limit_per_code: int = 200,
    *,
    min_examples: int = 10,
    seed: int = 0,
    C: float = 1.0,
    cross_validate: bool = True,
) -> dict:
    """Propose codes for uncoded units; one ``suggest`` event and one model run.

    Open suggestions of the same model for these codes are replaced (marked removed).
    Returns the run id, the model key, the coder names and per code: method, positives,
    negatives, suggested count and (logreg) cross-validated precision and recall.
    """
    if not 0.0 <= threshold <= 1.0:
        raise InputError(None, f"the threshold must be between 0 and 1, not {threshold}")
    backend = backend if backend is not None else TfidfSvd(seed=seed)
    unit, unit_kinds = unit_name(unit), kinds(unit)  # stored by its plural name
    targets = (
        [Codebook(core).get(c) for c in codes] if codes is not None else Codebook(core).codes()
    )
    if not targets:
        raise InputError(None, "the codebook is empty: nothing to suggest")
    ids, key = _embed(core, backend, unit, 2000)
    X = sql.vectors(core.db, key, ids)
    row_of = {segment_id: k for k, segment_id in enumerate(ids)}
    positives = sql.unit_code_pairs(core.db, unit_kinds, ("human", "accepted"))
    rejected = sql.unit_code_pairs(core.db, unit_kinds, ("rejected",))
    seen = {u for u in sql.units_seen(core.db, unit_kinds) if u in row_of}

    proposals: list[dict] = []
    metrics: dict[str, dict[str, Any]] = {}
    every: dict[int, np.ndarray] = {}  # code id -> a score for every unit (cross-fitted)
    for code in targets:
        pos = sorted(u for (u, c) in positives if c == code.id and u in row_of)
        said_no = {u for (u, c) in rejected if c == code.id and u in row_of}
        neg = sorted((seen | said_no) - set(pos))
        candidates = [u for u in ids if u not in set(pos) and u not in said_no]
        info: dict[str, Any] = {"positives": len(pos), "negatives": len(neg)}
        if len(pos) >= min_examples and neg:
            info["method"] = "logreg"
            rows = [row_of[u] for u in pos + neg]
            y = np.array([1] * len(pos) + [0] * len(neg))
            model = CodeClassifier(C=C, seed=seed)
            every[code.id] = model.cross_fit(X[rows], y, X, np.array(rows))
            if cross_validate:
                info.update(
                    model.cross_validate(X[rows], y, threshold, held_out=every[code.id][rows])
                )
            model.fit(X[rows], y)
            scores = (
                model.predict_proba(X[[row_of[u] for u in candidates]])
                if candidates
                else np.zeros(0)
            )
        else:
            info["method"] = "similarity"
            references = [X[row_of[u]] for u in pos]
            if code.examples:
                ensure_fitted(core, backend, unit)
                references += list(backend.transform(_example_inputs(core, backend, code.examples)))
            info["examples"] = len(code.examples)
            if not references:
                info["suggested"] = 0
                metrics[code.path] = info
                continue
            scores = similarity_scores(X[[row_of[u] for u in candidates]], np.vstack(references))
            every[code.id] = _left_out_similarity(
                X, np.vstack(references), [row_of[u] for u in pos]
            )
        chosen = [k for k in np.argsort(-scores, kind="stable") if scores[k] >= threshold]
        chosen = chosen[:limit_per_code]
        info["suggested"] = len(chosen)
        metrics[code.path] = info
        proposals += [
            {
                "segment_id": candidates[k],
                "code_id": code.id,
                "coder": coder_name(backend, info["method"]),
                "score": round(float(scores[k]), 6),
            }
            for k in chosen
        ]

    spans = sql.unit_spans(core.db, [p["segment_id"] for p in proposals])
    for proposal in proposals:
        document_id, start, end = spans[proposal["segment_id"]]
        proposal.update(document_id=document_id, start=start, end=end, source="suggestion")
    coders = [coder_name(backend, m) for m in METHODS]
    params = {
        "backend": key,
        "label": backend.label,
        "unit": unit,
        "threshold": threshold,
        "limit_per_code": limit_per_code,
        "min_examples": min_examples,
        "C": C,
        "codes": [c.path for c in targets],
    }
    with core.write("suggest", key) as payload:
        old = sql.open_suggestion_ids(core.db, coders, [c.id for c in targets])
        coding_sql.remove(core.db, old, payload["event_id"])
        run_id = sql.add_run(core.db, "suggestions", params, seed, metrics, payload["event_id"])
        made = sql.add_coding_rows(core.db, proposals, payload["event_id"])
        for code_id, values in every.items():
            sample_sql.add_scores(core.db, run_id, code_id, np.asarray(ids), values)
        payload.update(run=run_id, model=key, suggested=len(made), replaced=len(old))
    return {
        "run": run_id,
        "model": key,
        "coders": coders,
        "suggested": len(made),
        "replaced": len(old),
        "codes": metrics,
    }


def _open(core: Core, suggestion_id: int) -> dict:
    found = sql.suggestion(core.db, suggestion_id)
    if found is None or found["source"] != "suggestion" or found["removed_event"] is not None:
        raise InputError(None, f"no open suggestion with id {suggestion_id}")
    return found


def _decide(core: Core, suggestion_id: int, coder: str, source: str) -> int:
    if not coder or coder.startswith(("model:", "llm:")):
        raise InputError(None, f"a suggestion is decided by a human coder, not {coder!r}")
    found = _open(core, suggestion_id)
    action = "accept" if source == "accepted" else "reject"
    with core.write(action, f"coding {suggestion_id}", coder) as payload:
        [decision] = sql.add_coding_rows(
            core.db,
            [
                {
                    **{
                        k: found[k]
                        for k in ("document_id", "segment_id", "start", "end", "code_id")
                    },
                    "coder": coder,
                    "source": source,
                    "score": found["score"],
                    "origin_id": suggestion_id,
                }
            ],
            payload["event_id"],
        )
        if decision is None:  # the coder had coded this span with the code already
            decision = coding_sql.find_live(
                core.db, found["document_id"], found["start"], found["end"], found["code_id"], coder
            )
            payload["already_coded"] = True
        coding_sql.remove(core.db, [suggestion_id], payload["event_id"])
        payload.update(
            suggestion=suggestion_id,
            coding=decision,
            code=found["code_id"],
            model=found["coder"],
            score=found["score"],
        )
    return decision


def accept(core: Core, suggestion_id: int, coder: str) -> int:
    """Accept a suggestion: a coding by ``coder`` (source 'accepted'); returns its id."""
    return _decide(core, suggestion_id, coder, "accepted")


def reject(core: Core, suggestion_id: int, coder: str) -> int:
    """Reject a suggestion: a 'rejected' row kept for the record and as a negative."""
    return _decide(core, suggestion_id, coder, "rejected")


def queue(
    core: Core,
    coder: str,
    order: str = "confidence",
    code: str | int | None = None,
    limit: int = 50,
) -> list[dict]:
    """Open suggestions to review, by score (confidence) or closeness to 0.5 (uncertainty)."""
    if order not in ORDERS:
        raise InputError(None, f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    code_id = None if code is None else Codebook(core).get(code).id
    rows = sql.queue(core.db, coder, order, code_id, limit)
    paths = {c.id: c.path for c in Codebook(core).codes(include_inactive=True)}
    for row in rows:
        row["code"] = paths.get(row["code_id"])
    return rows
