"""A code's population figure: the weighted share of respondents whose open answers carry a
code, made valid at any coverage.

Three methods (``METHODS``), each recorded with the figure together with what it rests on:

- ``complete``: every answer in scope is known for the code (a coder applied it, reviewed
  the answer or rejected a suggestion of it); the survey estimate of the indicator. Refused
  otherwise: an uncoded answer is not a "no".
- ``sample``: the coded part of a coding sample (samples.py) as phase 2 of a two-phase
  design whose phase 1 is the survey (analysis/twophase.py).
- ``model-assisted``: the same, calibrated on a model's scores for every answer in scope (a
  difference estimator: valid however poor the model, narrower as it improves).

Which codings count is the coding ``rule``: ``consensus`` (a consensus decision where one was
recorded, else any human coder), ``any`` (any human coder), or a coder's name. A respondent
mentions the code if any of their answers in scope carries it or one of its sub-codes.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import sample_frames, small_cells
from .analysis import twophase
from .analysis.estimates import _groups
from .codebook import Codebook
from .design import survey_design
from .errors import InputError
from .store import queries
from .store import samples as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

METHODS = ("complete", "sample", "model-assisted")
RULES = ("consensus", "any")
MODEL_THRESHOLD = 0.5
# A sample or model-assisted figure resting on fewer human-coded mentions than this is
# flagged ``thin``: the coverage simulation (benchmarks/bench_coverage.py) found that cells
# with fewer than about 5 coded mentions leave 93-97% coverage with any allocation (their
# intervals move in steps), while those with more stay within it as often as chance allows.
THIN_MENTIONS = 5


def _family(core: Core, code: str | int) -> tuple[Any, list[int]]:
    found = Codebook(core).get(code)
    ids = [
        c.id
        for c in Codebook(core).codes()
        if c.id == found.id or c.path.startswith(found.path + "/")
    ]
    return found, ids


def _check_rule(core: Core, rule: str) -> str:
    if rule in RULES:
        return rule
    if rule and (rule in queries.coders(core.db) or rule in sql.reviewers(core.db)):
        return rule
    raise InputError(
        None,
        f"coding rule must be 'consensus', 'any' or a coder's name "
        f"(coders: {', '.join(queries.coders(core.db)) or 'none'}), not {rule!r}",
    )


def _answer_units(core: Core, question: str | None) -> pd.DataFrame:
    """sql.answer_units, read once per project state (every code's facts start from it;
    one question's are a selection of all); shared: callers must not change it."""
    every = core.memo(("answer_units", None), lambda: sql.answer_units(core.db))
    if question is None:
        return every
    return core.memo(
        ("answer_units", question),
        lambda: every[every["question"] == question].reset_index(drop=True),
    )


def unit_facts(
    core: Core, code: str | int, question: str | None = None, rule: str = "consensus"
) -> pd.DataFrame:
    """Per answer unit in scope: respondent, positive (the code or a sub-code applies under
    the rule), reviewed (read against the codebook after the code existed) and known
    (positive, reviewed, or a suggestion of the code rejected)."""
    rule = _check_rule(core, rule)
    code_id = Codebook(core).get(code).id
    return core.memo(
        ("units", code_id, question, rule), lambda: _unit_facts(core, code_id, question, rule)
    ).copy()


def _unit_facts(core: Core, code: int, question: str | None, rule: str) -> pd.DataFrame:
    found, ids = _family(core, code)
    units = _answer_units(core, question).set_index("segment_id")
    applied = sql.applied(core.db, ids)
    if rule == "any":
        positive = set(applied["segment_id"])
    elif rule == "consensus":
        decisions = sql.consensus_decisions(core.db, ids)
        decided = set(zip(decisions["segment_id"], decisions["code_id"]))
        by_coder = {
            (s, c)
            for s, c in zip(applied["segment_id"], applied["code_id"])
            if (s, c) not in decided
        }
        positive = {s for s, _ in by_coder} | set(decisions.loc[decisions["applied"], "segment_id"])
    else:
        positive = set(applied.loc[applied["coder"] == rule, "segment_id"])
    created = sql.code_created_events(core.db, [found.id])[found.id]
    reviews = core.memo(("live_reviews",), lambda: sql.live_reviews(core.db))
    reviews = reviews[(reviews["event_id"] > created) & ~reviews["coder"].str.startswith("model:")]
    rejections = sql.rejected(core.db, [found.id])
    if rule not in RULES:
        reviews = reviews[reviews["coder"] == rule]
        rejections = rejections[rejections["coder"] == rule]
    reviewed = set(reviews["segment_id"])
    index = units.index
    facts = pd.DataFrame(
        {
            "respondent": units["respondent"],
            "positive": index.isin(list(positive)),
            "reviewed": index.isin(list(reviewed)),
        },
        index=index,
    )
    facts["known"] = (
        facts["positive"] | facts["reviewed"] | index.isin(list(set(rejections["segment_id"])))
    )
    return facts


def respondent_facts(
    core: Core, code: str | int, question: str | None = None, rule: str = "consensus"
) -> pd.DataFrame:
    """Per respondent with an answer in scope: y (mentions the code), reviewed (all their
    answers in scope reviewed), known (y is known) and the number of answers."""
    rule = _check_rule(core, rule)
    code_id = Codebook(core).get(code).id
    return core.memo(
        ("respondents", code_id, question, rule),
        lambda: _respondent_facts(core, code_id, question, rule),
    ).copy()


def _respondent_facts(core: Core, code: int, question: str | None, rule: str) -> pd.DataFrame:
    units = unit_facts(core, code, question, rule)
    grouped = units.groupby("respondent")
    facts = pd.DataFrame(
        {
            "y": grouped["positive"].any(),
            "reviewed": grouped["reviewed"].all(),
            "all_known": grouped["known"].all(),
            "answers": grouped.size(),
        }
    )
    facts["known"] = facts["y"] | facts["all_known"]
    return facts.drop(columns="all_known")


def sample_members(
    core: Core, name: str, facts: pd.DataFrame, question: str | None = None
) -> pd.Index:
    """Respondents (of ``facts``) drawn in the sample whose answers in scope are all
    reviewed: the sample's coded part."""
    labels, sampled = _phase_two_labels(core, name, facts, question)
    return labels.index[sampled.to_numpy()]


def _phase_two_labels(
    core: Core, name: str, facts: pd.DataFrame, question: str | None
) -> tuple[pd.Series, pd.Series]:
    """Per respondent of ``facts``: the sample stratum and whether they are coded in the
    sample (drawn and reviewed). Raises where the sample cannot carry the scope."""
    frame = core.memo(
        ("phase_two_frame", name, question), lambda: _respondent_frame(core, name, question)
    )
    if isinstance(frame, InputError):  # kept too: coverage asks once per code
        raise frame
    missing = facts.index.difference(frame.index)
    if len(missing):
        raise InputError(
            None,
            f"{len(missing)} respondents with an answer in scope are not in "
            f"sample {name!r}'s frame (e.g. {missing[0]!r}, imported after "
            "the draw?): draw a new sample",
        )
    frame = frame.reindex(facts.index)
    sampled = frame["draw"].notna() & facts["reviewed"]
    return frame["stratum"].astype(str), sampled


def _respondent_frame(core: Core, name: str, question: str | None) -> pd.DataFrame | InputError:
    """The sample's frame, one row per respondent with an answer in scope (stratum, draw):
    the same for every code, so read once per project state; shared, callers must not
    change it. The InputError (returned, to be kept) where the sample cannot carry the
    scope."""
    try:
        return _read_respondent_frame(core, name, question)
    except InputError as error:
        return error


def _read_respondent_frame(core: Core, name: str, question: str | None) -> pd.DataFrame:
    found = sample_frames.get_sample(core, name)
    if found["question"] is not None and found["question"] != question:
        raise InputError(
            None,
            f"sample {name!r} was drawn from the answers to "
            f"{found['question']!r}: estimate with --question "
            f"{found['question']}",
        )
    frame = sql.frame(core.db, found["id"])
    answers = _answer_units(core, question)
    if found["unit"] == "answer" and question is None and answers["question"].nunique() > 1:
        raise InputError(
            None,
            f"sample {name!r} was drawn over answers, not respondents: "
            "estimate one question at a time (--question)",
        )
    frame = sample_frames.units_of(core, found, frame, answers).dropna(subset=["respondent"])
    return frame.drop_duplicates("respondent").set_index("respondent")


def respondent_scores(
    core: Core, code: str | int, question: str | None, model_run: int | None
) -> tuple[pd.Series, int]:
    """Per respondent with an answer in scope: the model's probability that at least one of
    their answers carries the code (1 - prod(1 - score)), and the run it comes from."""
    found = Codebook(core).get(code)
    runs = sql.scored_runs(core.db, found.id)
    if model_run is None:
        if not runs:
            raise InputError(
                None,
                f"no model scores for {found.path!r}: run suggest first "
                "(model-assisted needs a score for every answer)",
            )
        model_run = runs[0]
    elif model_run not in runs:
        raise InputError(None, f"model run {model_run} has no scores for {found.path!r}")
    scores = sql.scores(core.db, model_run, found.id)
    units = _answer_units(core, question)
    have = units["segment_id"].isin(scores.index)
    if not have.all():
        raise InputError(
            None,
            f"model run {model_run} has no score for "
            f"{int((~have).sum())} answers in scope (imported after the "
            "run?): run suggest again",
        )
    p = scores.reindex(units["segment_id"]).to_numpy(float)
    none = pd.Series(1 - np.clip(p, 0, 1), index=units["respondent"].to_numpy())
    return 1 - none.groupby(level=0).prod(), model_run


def coverage(
    core: Core, code: str | int, question: str | None = None, rule: str = "consensus"
) -> dict:
    """How far a code's figure can rest on human coding: answers in scope, known for the
    code, reviewed and positive; and per coding sample, drawn and coded (reviewed)."""
    found = Codebook(core).get(code)
    rule = _check_rule(core, rule)
    return copy.deepcopy(
        core.memo(
            ("coverage", found.id, question, rule),
            lambda: _coverage(core, found.id, question, rule),
        )
    )


def _coverage(core: Core, code: int, question: str | None, rule: str) -> dict:
    path = Codebook(core).get(code).path
    units = unit_facts(core, code, question, rule)
    facts = respondent_facts(core, code, question, rule)
    result = {
        "code": path,
        "question": question,
        "rule": rule,
        "answers": int(len(units)),
        "known": int(units["known"].sum()),
        "reviewed": int(units["reviewed"].sum()),
        "positive": int(units["positive"].sum()),
        "respondents": int(len(facts)),
        "respondents_known": int(facts["known"].sum()),
        "complete": bool(len(facts) and facts["known"].all()),
        "samples": [],
    }
    for found in sql.samples(core.db):
        try:
            labels, sampled = _phase_two_labels(core, found["name"], facts, question)
        except InputError:
            continue
        drawn = sql.frame(core.db, found["id"])
        result["samples"].append(
            {
                "name": found["name"],
                "drawn": int(drawn["draw"].notna().sum()),
                "coded": int(sampled.sum()),
            }
        )
    return result


def best_method(
    core: Core, code: str | int, question: str | None = None, rule: str = "consensus"
) -> tuple[str, str | None]:
    """The method a figure shown without asking uses: complete where coverage is, else
    model-assisted on the sample with most coded answers where scores exist, else that
    sample alone. Raises when none applies."""
    info = coverage(core, code, question, rule)
    if info["complete"]:
        return "complete", None
    usable = [s for s in info["samples"] if s["coded"] >= 2]
    if not usable:
        raise InputError(None, _incomplete(info))
    name = max(usable, key=lambda s: s["coded"])["name"]
    if sql.scored_runs(core.db, Codebook(core).get(code).id):
        return "model-assisted", name
    return "sample", name


def _incomplete(info: dict) -> str:
    return (
        f"{info['code']!r} is known for {info['known']} of {info['answers']} answers in "
        "scope, so 'complete' would count the rest as 'no': code a probability sample "
        "(draw-sample) and use --method sample, or add model scores (suggest) and use "
        "--method model-assisted"
    )


def figure(
    core: Core,
    code: str | int,
    *,
    method: str = "complete",
    sample: str | None = None,
    by: Sequence[str] = (),
    among: str = "all",
    rule: str = "consensus",
    model_run: int | None = None,
    question: str | None = None,
    min_cell: int | None = None,
    level: float = 0.95,
    weights: str = "imported",
    rake: Sequence[str] = (),
    ci: str = "logit",
) -> dict:
    """The weighted share of respondents mentioning ``code``, overall or per group of
    ``by``, by ``method`` (see the module docstring; ``best`` picks one as
    :func:`best_method`). Every figure carries what it rests on: method, coverage, sample,
    model run, coding rule; groups under the small-cell threshold (respondents, or coded
    answers where the figure rests on a sample) keep their row with the numbers None."""
    if among not in ("all", "answered"):
        raise InputError(None, f"among must be 'all' or 'answered', not {among!r}")
    if method == "best":
        method, chosen = best_method(core, code, question, rule)
        sample = sample if method == "complete" or sample else chosen
    if method not in METHODS:
        raise InputError(None, f"method must be one of {', '.join(METHODS)}, not {method!r}")
    rule = _check_rule(core, rule)
    path = Codebook(core).get(code).path
    threshold = small_cells.min_cell(core, min_cell)
    info = coverage(core, code, question, rule)
    facts = respondent_facts(core, code, question, rule)
    design = survey_design(core, weights=weights, rake=rake)
    ids = design.data["respondent"].astype(str)
    # facts' index is unique (one row per respondent): a hash lookup, where Series.isin on
    # arrow strings turns every value into a pyarrow scalar first (4 ms a code on the demo)
    answered = facts.index.get_indexer(ids) >= 0
    y = facts["y"].reindex(ids).fillna(False).to_numpy(float)
    groups, levels = _groups(design, list(by))
    groups = groups.copy()
    if among == "answered":
        groups[~answered] = -1
    result: dict[str, Any] = {
        "statistic": "proportion",
        "variable": path,
        "by": list(by),
        "among": among,
        "method": method,
        "rule": rule,
        "question": question,
        "coverage": info,
        "min_cell": threshold,
        "sample": None,
        "model_run": None,
        "model_agreement": None,
        "level": level,
    }
    if method == "complete":
        if not info["complete"]:
            raise InputError(None, _incomplete(info))
        return _complete(design, result, y, answered, list(by), threshold, ci)
    if weights != "imported" or rake:
        raise InputError(
            None,
            "sample and model-assisted figures use the survey's imported "
            "weights without raking (R's two-phase designs cannot rake "
            "phase 1)",
        )
    if sample is None:
        names = [s["name"] for s in info["samples"]]
        raise InputError(
            None,
            f"--method {method} needs --sample NAME"
            + (f" (samples: {', '.join(names)})" if names else " (draw one with draw-sample)"),
        )
    labels, sampled = _phase_two_labels(core, sample, facts, question)
    stratum = labels.reindex(ids).fillna(sample_frames.NO_ANSWER).to_numpy()
    in_sample = sampled.reindex(ids).fillna(False).to_numpy(bool) | ~answered
    phase2 = twophase.PhaseTwo.from_labels(stratum, in_sample)
    coded = np.where(answered & in_sample, 1.0, 0.0)
    calibration = None
    if method == "model-assisted":
        score, run = respondent_scores(core, code, question, model_run)
        s = score.reindex(ids).fillna(0.0).to_numpy(float)
        w = design.weights_
        a = answered.astype(float)
        calibration = np.column_stack([w * a, w * a * s, w * (1 - a)])
        result["model_run"] = run
        result["model_agreement"] = _model_agreement(
            y[answered & in_sample], s[answered & in_sample]
        )
    values = twophase.ratio(design, phase2, y, groups, len(levels), calibration, level)
    status = sample_frames.status(core, sample)
    result["sample"] = {
        "name": sample,
        "drawn": status["drawn"],
        "frame": status["frame"],
        "coded": int(coded.sum()),
        "stratify_by": status["stratify_by"],
        "draws": len(status["draws"]),
    }
    result["estimates"] = _rows(values, levels, groups, coded, y, threshold)
    result["test"] = None
    if by and len(levels) > 1:
        shown = [i for i, row in enumerate(result["estimates"]) if not row["suppressed"]]
        if len(shown) > 1:
            idx = np.array(shown)
            df = float(values["n"].sum() - len(np.unique(phase2.stratum[phase2.sampled])))
            result["test"] = (
                twophase.wald_equal(values["estimate"][idx], values["cov"][np.ix_(idx, idx)], df)
                or None
            )
    result["basis"] = basis(result)
    return result


def _complete(
    design: Any,
    result: dict,
    y: np.ndarray,
    answered: np.ndarray,
    by: list[str],
    threshold: int,
    ci: str,
) -> dict:
    """Every answer known: the survey estimate of the indicator (R-checked survey code)."""
    from .analysis import survey

    values = y.copy()
    if result["among"] == "answered":
        values[~answered] = math.nan
    design.data["_code"] = values
    table = survey.proportion(design, "_code", [1.0], by, ci=ci)
    if "level" in table:
        table = table.drop(columns="level")
    test = survey.compare_proportions(design, "_code", [1.0], by) if by else None
    rows = []
    for row in table.to_dict(orient="records"):
        row = {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}
        row["variable"] = result["variable"]
        row["n_coded"] = row["n"]
        row["suppressed"] = small_cells.suppressed(row["n"], threshold)
        if row["suppressed"]:
            small_cells.blank(row, (*small_cells.ESTIMATE_FIELDS, "n_coded"))
        rows.append(row)
    result.update(
        estimates=rows,
        test=None if test is None else test.iloc[0].to_dict(),
        weights=survey.weight_summary(design),
        design=repr(design),
    )
    result["basis"] = basis(result)
    return result


def _model_agreement(y: np.ndarray, score: np.ndarray) -> dict:
    """Model (score >= 0.5) against the human coding on the coded sample: Cohen's kappa and
    Krippendorff's alpha, through the agreement module."""
    from .analysis.agreement import _alpha_nominal, _kappa

    model = (score >= MODEL_THRESHOLD).astype(int)
    human = y.astype(int)
    pairs = (
        pd.Series(1, index=pd.MultiIndex.from_arrays([human, model])).groupby(level=[0, 1]).sum()
    )
    kappa = _kappa(
        pairs.index.get_level_values(0), pairs.index.get_level_values(1), pairs.to_numpy()
    )
    alpha = _alpha_nominal(np.vstack([human, model]).astype(float)) if len(y) else None
    return {
        "n": int(len(y)),
        "kappa": kappa,
        "alpha": alpha,
        "threshold": MODEL_THRESHOLD,
        "agree": float((model == human).mean()) if len(y) else None,
    }


def _rows(
    values: dict,
    levels: pd.DataFrame,
    groups: np.ndarray,
    coded: np.ndarray,
    y: np.ndarray,
    threshold: int,
) -> list[dict]:
    rows = []
    inside = groups >= 0
    respondents = np.bincount(groups[inside], minlength=len(levels))
    coded_n = np.bincount(groups[inside], weights=coded[inside], minlength=len(levels))
    mentions = np.bincount(groups[inside], weights=(coded * y)[inside], minlength=len(levels))
    for j in range(len(levels)):
        row = {column: levels[column].iloc[j] for column in levels.columns}
        numbers = {
            key: float(values[key][j])
            for key in ("estimate", "se", "se_phase1", "se_phase2", "ci_low", "ci_high")
        }
        numbers = {k: None if math.isnan(v) else v for k, v in numbers.items()}
        small = small_cells.any_suppressed(threshold, respondents[j], coded_n[j])
        row.update(
            numbers,
            n=int(respondents[j]),
            n_coded=int(coded_n[j]),
            df=int(values["df"][j]),
            suppressed=small,
            thin=bool(mentions[j] < THIN_MENTIONS),
        )
        if small:
            small_cells.blank(row, (*numbers, "n", "n_coded", "thin"))
        rows.append(row)
    return rows


BASIS = {
    "en": {
        "complete": "based on all {answers} answers in scope, coded by humans ({rule})",
        "sample": "based on {coded} human-coded answers of {answers}, a random sample "
        "({sample}); CI includes coding uncertainty ({rule})",
        "model-assisted": "based on {coded} human-coded answers of {answers} ({sample}); "
        "model-assisted with run {run}; CI includes coding uncertainty "
        "({rule})",
        "rules": {"consensus": "consensus where recorded, else any coder", "any": "any coder"},
        "coder": "coder {name}",
    },
    "nl": {
        "complete": "op basis van alle {answers} antwoorden, door mensen gecodeerd ({rule})",
        "sample": "op basis van {coded} door mensen gecodeerde antwoorden van {answers}, een "
        "aselecte steekproef ({sample}); het BI omvat de onzekerheid van het "
        "coderen ({rule})",
        "model-assisted": "op basis van {coded} door mensen gecodeerde antwoorden van "
        "{answers} ({sample}); modelondersteund met run {run}; het BI "
        "omvat de onzekerheid van het coderen ({rule})",
        "rules": {
            "consensus": "consensus waar vastgelegd, anders elke codeur",
            "any": "elke codeur",
        },
        "coder": "codeur {name}",
    },
}


def basis(result: dict, language: str = "en") -> str:
    """One line saying what a figure rests on, in ``language`` (en or nl)."""
    text = BASIS.get(language, BASIS["en"])
    rule = result["rule"]
    rule_text = text["rules"].get(rule) or text["coder"].format(name=rule)
    sample = result.get("sample") or {}
    return text[result["method"]].format(
        answers=result["coverage"]["answers"],
        coded=sample.get("coded"),
        sample=sample.get("name"),
        run=result.get("model_run"),
        rule=rule_text,
    )
