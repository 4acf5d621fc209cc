"""Code suggestions from the human codings, for the coders to accept or reject.

Per code, in one unit type (answers, turns, units or sentences):

* positives: units a live human, consensus or accepted coding of the code overlaps;
* negatives: units a human saw (assigned to a coder, or in a document a human coded anything
  in) without anyone applying the code, plus units where a coder rejected a suggestion of
  it. "Saw but did not apply" is the only negative evidence coders give; a coder who codes
  one theme at a time makes some of these wrong, which the class weighting tolerates.

With at least ``min_examples`` positives (and some negatives) a LogisticRegression
(balanced class weights, :mod:`.classifier`) on the stored embeddings gives a probability;
the codebook's example quotes join it as positives and its exclusion criteria as negatives
(weighted like ``example_weight`` coded units). Below that, the score is the best cosine
similarity to the code's few coded units, its example quotes and its definition and
inclusion text (embedded with the same backend), clipped to 0..1. The threshold is fixed,
or per code the lowest at which the cross-validated precision reaches ``precision``.
Candidates are units no human has coded with the code and no coder rejected it for. The run
records the model key, method, threshold and the codings and codebook texts per code.

Suggestions are codings with source 'suggestion' and coder ``model:<backend>/<method>``; they
never count as human codings. Accepting or rejecting one is one event each and undoable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..codebook import Codebook
from ..errors import InputError
from ..progress import Progress, step
from ..store import assist as sql
from ..store import codings as coding_sql
from ..store import samples as sample_sql
from ..units import kinds
from ..units import name as unit_name
from .classifier import CodeClassifier, Extra, similarity_scores, threshold_for_precision
from .classifier import left_out_similarity as _left_out_similarity
from .embeddings import Backend, _embed, ensure_fitted

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

__all__ = ["CodeClassifier", "accept", "queue", "reject", "suggest", "similarity_scores"]
METHODS = ("logreg", "similarity")
ORDERS = ("confidence", "uncertainty")


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


_FITTED: dict[str, Backend] = {}  # model key -> a backend fitted under it (the last two)


def _fitted(core: Core, backend: Backend, unit: str, key: str) -> Backend:
    """``backend`` fitted on the corpus its stored vectors ``key`` came from; fitting a
    corpus model again (TF-IDF, the hybrid's neural mean) is slow, so the last two are kept."""
    if backend.fitted:
        return backend
    if key not in _FITTED:
        while len(_FITTED) >= 2:
            _FITTED.pop(next(iter(_FITTED)))
        _FITTED[key] = ensure_fitted(core, backend, unit)
        if hasattr(backend, "release"):  # the hybrid's vectors kept from fitting
            backend.release()
    return _FITTED[key]


def _knowledge(
    core: Core, backend: Backend, unit: str, key: str, code, use: bool
) -> dict[str, Any]:
    """The code's codebook knowledge as vectors: example quotes, definition + inclusion
    (prototypes), exclusion criteria; None where the codebook has none or ``use`` is off."""
    texts = {
        "examples": list(code.examples),
        "prototypes": [t for t in (code.definition, code.inclusion) if t and t.strip()],
        "exclusions": [code.exclusion] if code.exclusion and code.exclusion.strip() else [],
    }
    if not use or not any(texts.values()):
        return dict.fromkeys(texts)
    backend = _fitted(core, backend, unit, key)
    return {
        kind: backend.transform(_example_inputs(core, backend, found)) if found else None
        for kind, found in texts.items()
    }


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
    codebook: bool = True,
    example_weight: float = 1.0,
    precision: float | None = None,
    progress: Progress | None = None,
) -> dict:
    """Propose codes for uncoded units; one ``suggest`` event and one model run.

    ``codebook``: the codebook's knowledge takes part: with enough codings, example quotes
    join the classifier as positives and exclusion criteria as negatives (each weighted
    ``example_weight`` times a coded unit); with few, examples, definition and inclusion
    text are the references of the similarity score. ``precision``: each code's threshold
    is the lowest at which its cross-validated precision reaches this target (instead of
    ``threshold``). Open suggestions of the same model for these codes are replaced.
    Returns the run id, the model key, the coder names and per code: method, positives,
    negatives, codebook examples used, threshold, suggested count and (logreg)
    cross-validated precision and recall. ``progress`` hears the stages (embed, train
    per code, save).
    """
    if not 0.0 <= threshold <= 1.0:
        raise InputError(None, f"the threshold must be between 0 and 1, not {threshold}")
    if precision is not None and not 0.0 < precision <= 1.0:
        raise InputError(None, f"the target precision must be in (0, 1], not {precision}")
    if backend is None:
        from .models import make_backend

        backend = make_backend(None, seed=seed)
    unit, unit_kinds = unit_name(unit), kinds(unit)  # stored by its plural name
    targets = (
        [Codebook(core).get(c) for c in codes] if codes is not None else Codebook(core).codes()
    )
    if not targets:
        raise InputError(None, "the codebook is empty: nothing to suggest")
    step(progress, "embed")
    ids, key = _embed(core, backend, unit, 2000)
    X = sql.vectors(core.db, key, ids)
    row_of = {segment_id: k for k, segment_id in enumerate(ids)}
    positives = sql.unit_code_pairs(core.db, unit_kinds, ("human", "accepted"))
    rejected = sql.unit_code_pairs(core.db, unit_kinds, ("rejected",))
    seen = {u for u in sql.units_seen(core.db, unit_kinds) if u in row_of}

    proposals: list[dict] = []
    metrics: dict[str, dict[str, Any]] = {}
    every: dict[int, np.ndarray] = {}  # code id -> a score for every unit (cross-fitted)
    for number, code in enumerate(targets):
        step(progress, "train", number, len(targets))
        pos = sorted(u for (u, c) in positives if c == code.id and u in row_of)
        said_no = {u for (u, c) in rejected if c == code.id and u in row_of}
        neg = sorted((seen | said_no) - set(pos))
        candidates = [u for u in ids if u not in set(pos) and u not in said_no]
        known = _knowledge(core, backend, unit, key, code, codebook)
        info: dict[str, Any] = {
            "positives": len(pos),
            "negatives": len(neg),
            "examples": 0 if known["examples"] is None else len(known["examples"]),
        }
        cut = threshold
        if len(pos) >= min_examples and neg:
            info["method"] = "logreg"
            extra = Extra.of(known["examples"], known["exclusions"], example_weight, X.shape[1])
            info["exclusions"] = 0 if known["exclusions"] is None else len(known["exclusions"])
            rows = [row_of[u] for u in pos + neg]
            y = np.array([1] * len(pos) + [0] * len(neg))
            model = CodeClassifier(C=C, seed=seed, extra=extra)
            every[code.id] = model.cross_fit(X[rows], y, X, np.array(rows))
            if precision is not None and model.folds(y) >= 2:
                cut = threshold_for_precision(every[code.id][rows], y, precision, floor=0.05)
            if cross_validate:
                info.update(model.cross_validate(y, cut, every[code.id][rows]))
            model.fit(X[rows], y)
            scores = (
                model.predict_proba(X[[row_of[u] for u in candidates]])
                if candidates
                else np.zeros(0)
            )
        else:
            info["method"] = "similarity"
            references = [X[row_of[u]] for u in pos]
            for kind in ("examples", "prototypes"):
                if known[kind] is not None:
                    references += list(known[kind])
            info["prototypes"] = 0 if known["prototypes"] is None else len(known["prototypes"])
            if not references:
                info.update(suggested=0, threshold=cut)
                metrics[code.path] = info
                continue
            scores = similarity_scores(X[[row_of[u] for u in candidates]], np.vstack(references))
            every[code.id] = _left_out_similarity(
                X, np.vstack(references), [row_of[u] for u in pos]
            )
        chosen = [k for k in np.argsort(-scores, kind="stable") if scores[k] >= cut]
        chosen = chosen[:limit_per_code]
        info.update(suggested=len(chosen), threshold=round(cut, 6))
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

    step(progress, "save")
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
        "codebook": codebook,
        "example_weight": example_weight,
        "precision": precision,
        "class_weight": "balanced",
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
