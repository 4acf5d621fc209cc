"""The simulation behind benchmarks/bench_coverage.py: coverage of the code figures' 95% CIs
on the demo with its answer key as the truth (issue 10), and the gain in width of
model-assisted over sample figures.

The demo's survey (4,481 respondents, 8 strata, weights N_h / r_h, fpc N_h) is one fixed
phase-1 sample; ``data/answer_key.csv`` mapped to the codebook (``data/demo/key_codes.py``)
is a perfect coder. Two simulations, each replication drawing a coding sample of ``size``
respondents with an answer (stratified by the survey strata as ``samples.draw`` does, in
proportion to the answers, its default, or with ``--allocation population`` to their summed
weights), coding it with the key, fitting the code models on it (as
``suggest(codebook=False)`` does on TF-IDF vectors: a cross-fitted logistic regression per
code on the stored embeddings, or similarity to the coded answers where it has fewer than 10
positives; the codebook's examples and criteria, which ``suggest`` uses by default, are left
out, as are the hybrid vectors, its default), and estimating every code overall, by herkomst and by functiegroep, among all
respondents and among those who answered, by ``sample`` and ``model-assisted``:

- conditional: the demo fixed, only the coding sample repeated. The target is the figure a
  complete, perfect coding gives (the ``complete`` estimate with the key); the interval is
  the logit CI built on ``se_phase2`` (the coding part of R's two-phase variance).
- unconditional: a pseudo-population of 130,000 (each demo respondent copied about
  N_h / r_h times within its stratum); per replication a new survey (stratified SRS of r_h
  per stratum, fpc N_h), then the coding sample, the models and the figures. The target is
  the pseudo-population's prevalence; the interval is the figure's full CI (``se``: phase 1
  + phase 2).

The statistics are the product's own objects: ``analysis.twophase_batch.ratios`` (equal to
``analysis.twophase.ratio``, the estimator of ``figures.figure``, to 1e-12, but one call per
replication), ``assist.suggest.CodeClassifier.cross_fit`` and
``_left_out_similarity`` (the scores ``suggest`` stores), ``samples._allocate`` and
``samples._pick`` (the draw), on embeddings computed once through the Project API.
tests/test_figures_simulation.py checks one replication against the Project API end to end
and runs short, fixed-seed simulations; benchmarks/bench_coverage.py runs the full ones and
reports them (results and findings: benchmarks/README.md).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from data.demo.key_codes import THEME_CODES  # noqa: E402
from workbench import sample_frames  # noqa: E402
from workbench import samples as sampling  # noqa: E402
from workbench.analysis import twophase  # noqa: E402
from workbench.analysis.design import SurveyDesign  # noqa: E402
from workbench.analysis.estimates import _groups  # noqa: E402
from workbench.analysis.twophase_batch import ratios  # noqa: E402
from workbench.assist.suggest import CodeClassifier, _left_out_similarity  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from workbench import Project

BY = ((), ("herkomst",), ("functiegroep",))
AMONG = ("all", "answered")
METHODS = ("sample", "model-assisted")
MIN_EXAMPLES = 10  # suggest's default
LEVEL = 0.95
KEYS = ("estimate", "se", "se_phase2", "n", "df", "ci_low", "ci_high", "n_zero_phase2")


@dataclass
class Demo:
    """The demo as arrays: respondents (phase 1), answer units with owner, truth and vector."""

    frame: pd.DataFrame  # respondent, stratum, weight, _population, herkomst, ...
    owner: np.ndarray  # answer unit -> row of frame
    truth: np.ndarray  # units x codes: the code or a sub-code applies (the key)
    direct: np.ndarray  # units x codes: the code itself applies (what suggest trains on)
    codes: list[str]  # codebook paths
    X: np.ndarray  # units x d: the stored embeddings (suggest's default backend)
    examples: list[np.ndarray]  # per code: reference vectors beyond the codings (none now)
    unit_ids: np.ndarray  # segment ids of the units (suggest's order)


def load_demo(project: Project) -> Demo:
    """Read what the simulation needs from a demo project (built by ``build_demo``; its
    answer TF-IDF embeddings are computed and stored if they are not yet). The models use
    human codings only, as ``suggest(codebook=False)``: no example quotes."""
    from workbench.store import samples as sql

    ids, X = project.suggestions.embed(unit="answers", embedding="tfidf")
    units = sql.answer_units(project.db).set_index("segment_id").loc[ids].reset_index()
    codes = project.codebook.codes()
    examples = [np.zeros((0, X.shape[1]), np.float32) for _ in codes]
    frame = project.survey.design().data.copy()
    key = pd.read_csv(ROOT / "data" / "answer_key.csv", keep_default_na=False)
    themes = units.merge(
        key, left_on=["respondent", "question"], right_on=["respondent_id", "question"], how="left"
    )["themes"]
    paths = [c.path for c in codes]
    unit_paths = [{THEME_CODES[t] for t in str(s).split(";") if t} for s in themes.fillna("")]
    direct = np.array([[p in have for p in paths] for have in unit_paths])
    truth = np.array(
        [[any(h == p or h.startswith(p + "/") for h in have) for p in paths] for have in unit_paths]
    )
    row = pd.Series(np.arange(len(frame)), index=frame["respondent"].astype(str))
    owner = row.reindex(units["respondent"].astype(str)).to_numpy()
    return Demo(
        frame=frame,
        owner=owner,
        truth=truth,
        direct=direct,
        codes=paths,
        X=X,
        examples=examples,
        unit_ids=np.asarray(ids),
    )


# -- one replication on a phase-1 sample ---------------------------------------------------
@dataclass
class Phase1:
    """A survey (the demo or a draw from the pseudo-population) and its answer units."""

    frame: pd.DataFrame
    owner: np.ndarray
    truth: np.ndarray
    direct: np.ndarray
    X: np.ndarray


def draw_coding_sample(
    frame: pd.DataFrame, owner: np.ndarray, size: int, seed: int, allocation: str = "proportional"
) -> np.ndarray:
    """Rows of ``frame`` drawn for coding: samples.draw's stratified SRS of respondents with an
    answer, by survey stratum (its _allocate and _pick), with ``allocation`` proportional
    (to the answers per stratum, the default) or population (to their summed weights)."""
    answered = np.flatnonzero(np.bincount(owner, minlength=len(frame)) > 0)
    units = pd.DataFrame(
        {"unit_id": answered, "stratum": frame["stratum"].astype(str).to_numpy()[answered]}
    )
    available = units.groupby("stratum").size()
    mass = (
        pd.Series(frame["weight"].to_numpy(float)[answered])
        .groupby(units["stratum"].to_numpy())
        .sum()
    )
    chosen = sampling._allocate(
        available, size, None, allocation, None, pd.Series(0, index=available.index), mass
    )
    picked, _ = sampling._pick(units, chosen, seed)
    sampled = np.zeros(len(frame), dtype=bool)
    sampled[picked] = True
    return sampled


def unit_scores(
    X: np.ndarray, train: np.ndarray, direct: np.ndarray, examples: np.ndarray, seed: int = 0
) -> np.ndarray | None:
    """A score for every unit for one code, as suggest stores it: ``train`` are the units a
    human saw (sorted), ``direct`` whether the code itself applies to each unit."""
    pos = train[direct[train]]
    neg = train[~direct[train]]
    if len(pos) >= MIN_EXAMPLES and len(neg):
        rows = np.concatenate([pos, neg])
        y = np.r_[np.ones(len(pos), int), np.zeros(len(neg), int)]
        return CodeClassifier(C=1.0, seed=seed).cross_fit(X[rows], y, X, rows)
    references = np.vstack([X[pos], examples]) if len(examples) else X[pos]
    if not len(references):
        return None
    return _left_out_similarity(X, references, list(pos))


def respondent_score(score: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """figures.respondent_scores: 1 - prod(1 - score) over a respondent's answers."""
    none = np.ones(n)
    np.multiply.at(none, owner, 1 - np.clip(score, 0, 1))
    return 1 - none


def model_scores(
    phase1: Phase1, examples: list[np.ndarray], sampled: np.ndarray
) -> list[np.ndarray | None]:
    """Per code, the respondent scores figures.respondent_scores makes of the unit scores
    suggest stores after the sampled respondents' answers were coded and reviewed."""
    train = np.flatnonzero(sampled[phase1.owner])  # the coded sample's answers
    out = []
    for k in range(phase1.truth.shape[1]):
        score = unit_scores(phase1.X, train, phase1.direct[:, k], examples[k])
        out.append(
            None if score is None else respondent_score(score, phase1.owner, len(phase1.frame))
        )
    return out


def replicate(
    phase1: Phase1,
    examples: list[np.ndarray],
    size: int,
    seed: int,
    methods: tuple[str, ...] = METHODS,
    allocation: str = "proportional",
) -> dict[str, np.ndarray]:
    """One coding sample drawn on ``phase1``, coded, modelled and estimated: see
    :func:`estimate_sample`."""
    sampled = draw_coding_sample(phase1.frame, phase1.owner, size, seed, allocation)
    return estimate_sample(phase1, examples, sampled, methods)


def estimate_sample(
    phase1: Phase1,
    examples: list[np.ndarray],
    sampled: np.ndarray,
    methods: tuple[str, ...] = METHODS,
) -> dict[str, np.ndarray]:
    """The respondents ``sampled`` coded with the key: arrays (methods, codes, cells) of
    estimate, se, se_phase2, n, df, ci_low/ci_high, n_zero_phase2 and coded positives, for
    every code x domain (AMONG x BY), NaN where a method is not available for a code (no
    model scores: no coded positive and no example quote)."""
    frame, owner = phase1.frame, phase1.owner
    n = len(frame)
    K = phase1.truth.shape[1]
    answered = np.bincount(owner, minlength=n) > 0
    Y = np.zeros((n, K), dtype=bool)
    np.logical_or.at(Y, owner, phase1.truth)
    design = SurveyDesign(frame, strata="stratum", weights="weight", fpc="_population")
    labels = np.where(answered, frame["stratum"].astype(str).to_numpy(), sample_frames.NO_ANSWER)
    phase2 = twophase.PhaseTwo.from_labels(labels, sampled | ~answered)
    w = design.weights_
    a = answered.astype(float)
    cells = domain_cells(design, answered)
    out = {
        key: np.full((len(methods), K, len(cells["levels"])), np.nan)
        for key in (*KEYS, "positives")
    }
    coded = (sampled & answered)[:, None] & Y
    positives = np.concatenate(
        [
            np.stack(
                [
                    np.bincount(g[g >= 0], weights=coded[g >= 0, k], minlength=count)
                    for k in range(K)
                ]
            )
            for g, count in cells["groups"]
        ],
        axis=1,
    )
    values = np.where(sampled[:, None] | ~answered[:, None], Y, np.nan)
    for m, method in enumerate(methods):
        # ratios() gives what one ratio() call per (code, grouping) gives (to 1e-12,
        # tests/test_twophase_batch.py); model-assisted: calibrated on [w a, w a s, w (1-a)]
        codes, shared, scores = np.arange(K), None, None
        if method == "model-assisted":
            found = model_scores(phase1, examples, sampled)
            codes = np.array([k for k in range(K) if found[k] is not None], dtype=int)
            if not len(codes):
                continue
            shared = np.column_stack([w * a, w * (1 - a)])
            scores = np.column_stack([w * a * found[k] for k in codes])
        results = ratios(design, phase2, values[:, codes], cells["groups"], shared, scores, LEVEL)
        for key in KEYS:
            out[key][m, codes] = np.concatenate([r[key] for r in results], axis=1)
        out["positives"][m, codes] = positives[codes]
    return out


def domain_cells(design: SurveyDesign, answered: np.ndarray) -> dict:
    """The domains of every figure: (groups, count) per (among, by), and their labels."""
    groups_list, labels = [], []
    for among in AMONG:
        for by in BY:
            groups, levels = _groups(design, list(by))
            groups = groups.copy()
            if among == "answered":
                groups[~answered] = -1
            groups_list.append((groups, len(levels)))
            for j in range(len(levels)):
                level = "|".join(str(levels[c].iloc[j]) for c in levels.columns) or "(all)"
                labels.append((among, "+".join(by) or "overall", level))
    return {"groups": groups_list, "levels": labels}


def domain_truth(
    frame: pd.DataFrame, answered: np.ndarray, Y: np.ndarray, weight: np.ndarray
) -> np.ndarray:
    """(codes, cells) weighted means of Y over every domain of domain_cells' order."""
    design = SurveyDesign(frame.assign(_w=weight), strata="stratum", weights="_w")
    cells = domain_cells(design, answered)
    parts = []
    for groups, count in cells["groups"]:
        inside = groups >= 0
        size = np.bincount(groups[inside], weights=weight[inside], minlength=count)
        totals = np.stack(
            [
                np.bincount(groups[inside], weights=(weight * Y[:, k])[inside], minlength=count)
                for k in range(Y.shape[1])
            ]
        )
        parts.append(totals / size)
    return np.concatenate(parts, axis=1)


# -- the two simulations -------------------------------------------------------------------
def _respondent_truth(owner: np.ndarray, truth: np.ndarray, n: int) -> np.ndarray:
    Y = np.zeros((n, truth.shape[1]), dtype=bool)
    np.logical_or.at(Y, owner, truth)
    return Y


def conditional(
    demo: Demo,
    reps: int,
    size: int,
    seed: int = 1,
    methods: tuple[str, ...] = METHODS,
    progress=None,
    allocation: str = "proportional",
) -> dict:
    """The demo fixed, the coding sample repeated: the target is the complete coding's figure,
    the interval the logit CI on se_phase2."""
    n = len(demo.frame)
    answered = np.bincount(demo.owner, minlength=n) > 0
    Y = _respondent_truth(demo.owner, demo.truth, n)
    target = domain_truth(demo.frame, answered, Y, demo.frame["weight"].to_numpy(float))
    phase1 = Phase1(demo.frame, demo.owner, demo.truth, demo.direct, demo.X)
    runs = []
    with threadpool_limits(limits=1):  # small matrices: BLAS threads only contend
        for r in range(reps):
            runs.append(replicate(phase1, demo.examples, size, seed + r, methods, allocation))
            if progress:
                progress(r)
    result = _stack(runs)
    low, high = twophase.interval(
        result["estimate"], result["se_phase2"], result["n_zero_phase2"], result["df"], LEVEL
    )
    result.update(ci_low=low, ci_high=high, target=np.broadcast_to(target, low.shape))
    return result


def pseudo_population(demo: Demo, seed: int) -> np.ndarray:
    """Source rows of a population of sum N_h units: each demo respondent copied in
    proportion to its weight within its stratum (largest remainders, random ties)."""
    rng = np.random.default_rng(seed)
    frame = demo.frame
    sources = []
    for _, rows in frame.groupby("stratum").indices.items():
        size = int(round(frame["_population"].iloc[rows[0]]))
        w = frame["weight"].to_numpy(float)[rows]
        exact = w / w.sum() * size
        copies = np.floor(exact).astype(int)
        short = size - copies.sum()
        extra = (
            rng.choice(
                len(rows), size=short, replace=False, p=(exact - copies) / (exact - copies).sum()
            )
            if short
            else []
        )
        copies[extra] += 1
        sources.append(np.repeat(rows, copies))
    return np.concatenate(sources)


def survey_draw(demo: Demo, population: np.ndarray, rng: np.random.Generator) -> Phase1:
    """A new survey: per stratum a simple random sample of the demo's r_h from the
    population, weights N_h / r_h, fpc N_h; the answers of each drawn unit's source."""
    frame = demo.frame
    strata = frame["stratum"].to_numpy()
    chosen = []
    for stratum, rows in frame.groupby("stratum").indices.items():
        pool = population[strata[population] == stratum]
        chosen.append(rng.choice(pool, size=len(rows), replace=False))
    sources = np.concatenate(chosen)
    new = frame.iloc[sources].reset_index(drop=True)
    new["weight"] = new["_population"] / new.groupby("stratum")["stratum"].transform("size")
    order = np.argsort(demo.owner, kind="stable")
    count = np.bincount(demo.owner, minlength=len(frame))
    start = np.r_[0, np.cumsum(count)]
    units = np.concatenate([order[start[s] : start[s + 1]] for s in sources])
    owner = np.repeat(np.arange(len(sources)), count[sources])
    return Phase1(new, owner, demo.truth[units], demo.direct[units], demo.X[units])


def unconditional(
    demo: Demo,
    reps: int,
    size: int,
    seed: int = 1,
    methods: tuple[str, ...] = METHODS,
    progress=None,
    allocation: str = "proportional",
) -> dict:
    """A new survey from the pseudo-population and a coding sample per replication: the
    target is the population's prevalence, the interval the figure's CI (phase 1 + 2)."""
    population = pseudo_population(demo, seed)
    n = len(demo.frame)
    answered = np.bincount(demo.owner, minlength=n) > 0
    Y = _respondent_truth(demo.owner, demo.truth, n)
    pop_frame = demo.frame.iloc[population].reset_index(drop=True)
    target = domain_truth(pop_frame, answered[population], Y[population], np.ones(len(population)))
    rng = np.random.default_rng(seed)
    runs = []
    with threadpool_limits(limits=1):
        for r in range(reps):
            phase1 = survey_draw(demo, population, rng)
            runs.append(replicate(phase1, demo.examples, size, seed + r, methods, allocation))
            if progress:
                progress(r)
    result = _stack(runs)
    result["target"] = np.broadcast_to(target, result["estimate"].shape[1:])
    return result


def _stack(runs: list[dict]) -> dict:
    return {key: np.stack([run[key] for run in runs]) for key in runs[0]}


def cell_labels(demo: Demo) -> list[tuple[str, str, str]]:
    n = len(demo.frame)
    answered = np.bincount(demo.owner, minlength=n) > 0
    design = SurveyDesign(demo.frame, strata="stratum", weights="weight")
    return domain_cells(design, answered)["levels"]
