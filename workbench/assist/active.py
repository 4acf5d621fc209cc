"""Which answers to code next so the model learns fastest: active learning that looks for
what the model has not seen (``explore``; the samples' ``next-to-code`` is another matter:
it extends a random sample to narrow a figure's confidence interval).

:func:`explore` proposes uncoded units for a coder to read and code (it writes
nothing but the vectors it needs, stored once like every other use of them). Four strategies:

* ``diverse`` (default): score = uncertainty x distance x density, where uncertainty is how close the
  newest suggestion run's score for a code is to 0.5 (1 - |2p - 1|, the most uncertain of
  the codes asked about) and distance is 1 - the cosine similarity to the nearest unit a
  human has seen (coded, assigned, reviewed, or in a document a human coded). The batch is
  chosen greedily: each pick counts as seen for the next, so one batch does not offer ten
  wordings of the same thing. Without a suggestion run every uncertainty is 1: pure
  diversity (farthest-first traversal), which is what a new codebook needs.
  The score is also weighted by density (the mean similarity to the nearest answers of a
  sample of the candidates), so that an outlier, far from everything and from every
  theme, does not win on distance alone (information density, Settles & Craven 2008).
* ``distant``: the same without the density weight;
* ``uncertainty``: the most uncertain first (classic uncertainty sampling);
* ``random``: a seeded random order (the baseline).

The scores are those :func:`~workbench.assist.suggest.suggest` stores for every unit
(cross-fitted, so a coded unit's score is from a model that did not see it). The vectors
are the chosen embedding's, computed and stored once like every other use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..codebook import Codebook
from ..errors import InputError
from ..store import assist as sql
from ..store import samples as sample_sql
from ..units import kinds
from .embeddings import BATCH, _embed
from .models import make_backend

if TYPE_CHECKING:  # pragma: no cover
    from ..core import Core

STRATEGIES = ("diverse", "distant", "uncertainty", "random")
DENSITY_SAMPLE = 2000  # units the density of every candidate is measured against
DENSITY_K = 10  # nearest of them averaged


def density(X: np.ndarray, candidates: np.ndarray, seed: int = 0) -> np.ndarray:
    """Per candidate, the mean cosine similarity to its ``DENSITY_K`` nearest among a random
    sample of the candidates (itself left out), clipped to 0..1: high where many answers
    say something alike, low for an outlier (which, far from everything, would otherwise
    win on distance alone)."""
    rng = np.random.default_rng(seed)
    sample = rng.choice(len(candidates), size=min(DENSITY_SAMPLE, len(candidates)), replace=False)
    S = X[candidates[sample]]
    k = min(DENSITY_K, max(len(sample) - 1, 1))
    out = np.zeros(len(candidates), dtype=np.float32)
    position = {int(row): j for j, row in enumerate(sample)}
    for lo in range(0, len(candidates), 8192):
        sims = X[candidates[lo : lo + 8192]] @ S.T
        for j in range(sims.shape[0]):  # leave a sampled candidate's own column out
            if lo + j in position:
                sims[j, position[lo + j]] = -1.0
        top = np.partition(sims, -k, axis=1)[:, -k:] if sims.shape[1] > k else sims
        out[lo : lo + 8192] = np.clip(top.mean(axis=1), 0.0, 1.0)
    return out


def uncertainty(core: Core, code_ids: Sequence[int], ids: Sequence[int]) -> np.ndarray | None:
    """Per unit, 1 - |2p - 1| of the newest stored score of the most uncertain code; a unit
    a run did not score counts as fully uncertain. None when no code has a scored run."""
    found = None
    for code_id in code_ids:
        runs = sample_sql.scored_runs(core.db, code_id)
        if not runs:
            continue
        scores = sample_sql.scores(core.db, runs[0], code_id)
        p = scores.reindex(list(ids)).to_numpy(dtype=float)
        value = np.where(np.isnan(p), 1.0, 1.0 - np.abs(2.0 * np.clip(p, 0, 1) - 1.0))
        found = value if found is None else np.maximum(found, value)
    return found


def greedy_diverse(
    X: np.ndarray, candidates: np.ndarray, seen: np.ndarray, weight: np.ndarray, limit: int
) -> list[tuple[int, float]]:
    """Rows of ``X`` (among ``candidates``) by weight x distance to the nearest seen row,
    greedily (each pick is seen for the next); returns (row, distance at pick)."""
    Xc = X[candidates]
    distance = np.ones(len(candidates), dtype=np.float32)
    for lo in range(0, len(candidates), 8192):  # blocks: 8192 x 4096 floats at most
        nearest = np.full(min(8192, len(candidates) - lo), -1.0, dtype=np.float32)
        for start in range(0, len(seen), 4096):
            block = Xc[lo : lo + 8192] @ X[seen[start : start + 4096]].T
            nearest = np.maximum(nearest, block.max(axis=1))
        if len(seen):
            distance[lo : lo + 8192] = np.clip(1.0 - nearest, 0.0, 2.0)
    chosen: list[tuple[int, float]] = []
    available = np.ones(len(candidates), dtype=bool)
    for _ in range(min(limit, len(candidates))):
        score = np.where(available, weight * distance, -np.inf)
        k = int(np.argmax(score))
        chosen.append((int(candidates[k]), float(distance[k])))
        available[k] = False
        distance = np.minimum(distance, np.clip(1.0 - Xc @ Xc[k], 0.0, 2.0))
    return chosen


def explore(
    core: Core,
    codes: Sequence[str | int] | None = None,
    unit: str = "answers",
    embedding: str | None = None,
    limit: int = 20,
    strategy: str = "diverse",
    seed: int = 0,
) -> list[dict]:
    """Uncoded units to code next, best first: segment and document id, text, uncertainty
    (None without a suggestion run), distance to the nearest seen unit (when picked),
    density (``diverse``) and their product, the score."""
    if strategy not in STRATEGIES:
        raise InputError(None, f"strategy must be one of {', '.join(STRATEGIES)}, not {strategy!r}")
    if limit < 1:
        raise InputError(None, f"the limit must be at least 1, not {limit}")
    book = Codebook(core)
    code_ids = [book.get(c).id for c in codes] if codes else [c.id for c in book.codes()]
    backend = make_backend(embedding, seed=seed)
    ids, key = _embed(core, backend, unit, BATCH)
    X = sql.vectors(core.db, key, ids)
    unit_kinds = kinds(unit)
    seen_units = sql.units_seen(core.db, unit_kinds)
    seen_units |= {u for u, _ in sql.unit_code_pairs(core.db, unit_kinds, ("human", "accepted"))}
    seen_units |= {u for u, _ in sql.unit_code_pairs(core.db, unit_kinds, ("rejected",))}
    is_seen = np.array([u in seen_units for u in ids])
    candidates, seen = np.flatnonzero(~is_seen), np.flatnonzero(is_seen)
    if not len(candidates):
        return []
    doubt = uncertainty(core, code_ids, ids)
    weight = (doubt if doubt is not None else np.ones(len(ids)))[candidates]
    dense: dict[int, float] = {}
    if strategy == "random":
        order = np.random.default_rng(seed).permutation(len(candidates))[:limit]
        picks = [(int(candidates[k]), None) for k in order]
    elif strategy == "uncertainty":
        order = np.argsort(-weight, kind="stable")[:limit]
        picks = [(int(candidates[k]), None) for k in order]
    else:
        if strategy == "diverse":
            values = density(X, candidates, seed)
            weight = weight * values
            dense = {int(row): float(v) for row, v in zip(candidates, values, strict=True)}
        picks = greedy_diverse(X, candidates, seen, weight, limit)
    rows = {r[0]: r[1] for r in sql.unit_inputs(core.db, unit_kinds)}
    spans = sql.unit_spans(core.db, [ids[row] for row, _ in picks])
    out = []
    for row, distance in picks:
        found = {
            "segment_id": ids[row],
            "document_id": spans[ids[row]][0],
            "text": rows[ids[row]],
            "uncertainty": None if doubt is None else round(float(doubt[row]), 4),
            "distance": None if distance is None else round(distance, 4),
            "density": round(dense[row], 4) if row in dense else None,
            "score": None,
            "model": key,
        }
        if distance is not None:
            parts = (1.0 if doubt is None else float(doubt[row]), distance, dense.get(row, 1.0))
            found["score"] = round(float(np.prod(parts)), 4)
        out.append(found)
    return out
