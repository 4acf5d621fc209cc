"""Coding samples: probability samples of answers for the coders, so that a code's figure can
rest on a part of the answers and stay valid (see figures.py), and reviews.

A sample has a frame (respondents with an answer in scope, or answer units), strata (any
survey variables, or none) and one or more draws. Each draw is a stratified simple random
sample of the frame units not drawn before, seeded and recorded with its sizes; so the
units drawn in all draws together are, given the numbers per stratum, a stratified simple
random sample of the frame. Drawn units are put in a random order, which the coding queue
follows: a sample coded part-way is then still a random sample of its strata.

A review is a coder's statement that they have read a unit against the whole codebook: the
codes they did not apply do not apply. Only reviewed units count as coded in a sample.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import coding, figures
from . import sample_frames as frames
from .codebook import Codebook
from .errors import InputError
from .sample_frames import MISSING
from .store import samples as sql
from .units import sample_unit

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

ALLOCATIONS = ("proportional", "population", "equal", "neyman", "uncertainty")
MIN_PER_STRATUM = 2


def _frame_units(
    core: Core, unit: str, question: str | None, stratify_by: Sequence[str]
) -> pd.DataFrame:
    """unit_id, respondent (external id) and stratum label of every frame unit."""
    answers = sql.answer_units(core.db, question)
    if answers.empty:
        raise InputError(
            None, "no open answers" + (f" to {question!r}" if question else "") + " to sample from"
        )
    if unit == "respondent":
        units = answers.drop_duplicates("respondent_id")[["respondent_id", "respondent"]]
        units = units.rename(columns={"respondent_id": "unit_id"})
    else:
        units = answers[["segment_id", "respondent"]].rename(columns={"segment_id": "unit_id"})
    respondents = core.respondents().set_index("respondent")
    labels = pd.Series("(all)", index=units.index)
    if stratify_by:
        parts = []
        for variable in stratify_by:
            if variable not in respondents.columns:
                raise InputError(None, f"no survey variable {variable!r} to stratify by")
            values = respondents[variable].reindex(units["respondent"]).astype(object)
            values = values.where(values.notna() & (values.astype(str).str.strip() != ""), MISSING)
            parts.append(values.astype(str).to_numpy())
        labels = pd.Series(["|".join(p) for p in zip(*parts)], index=units.index)
    return units.assign(stratum=labels.to_numpy())


def _largest_remainder(shares: pd.Series, size: int, caps: pd.Series) -> pd.Series:
    """Integer sizes summing to ``size`` in proportion to ``shares``, each within 0..cap and
    at least MIN_PER_STRATUM where the stratum has that many units (those strata are set to
    their floor or cap, the rest shared out again in proportion)."""
    floor_ = np.minimum(caps, MIN_PER_STRATUM)
    if floor_.sum() > size:
        raise InputError(
            None,
            f"a sample of {size} cannot give each of the {len(caps)} strata "
            f"{MIN_PER_STRATUM} answers (a variance needs two): draw at "
            f"least {int(floor_.sum())} or use fewer strata",
        )
    fixed = pd.Series(np.nan, index=caps.index)
    for _ in range(len(caps) + 1):
        free = fixed.isna()
        left = size - fixed[~free].sum()
        share = shares.where(free, 0.0).astype(float)
        if share.sum() <= 0:
            share = (caps - floor_).where(free, 0).astype(float) + 1e-12 * free
        quota = share / share.sum() * left
        low, high = free & (quota < floor_), free & (quota > caps)
        if not (low.any() or high.any()):
            break
        fixed[low], fixed[high] = floor_[low], caps[high]
    sizes = fixed.fillna(quota)
    whole = np.floor(sizes + 1e-9)
    short = int(round(size - whole.sum()))
    order = (sizes - whole).sort_values(ascending=False, kind="stable").index
    for stratum in order:
        if short <= 0:
            break
        if whole[stratum] < caps[stratum]:
            whole[stratum] += 1
            short -= 1
    return whole.astype(int)


def _allocate(
    available: pd.Series,
    size: int | None,
    sizes: Mapping[str, int] | None,
    allocation: str,
    spread: pd.Series | None,
    current: pd.Series,
    mass: pd.Series | None = None,
) -> pd.Series:
    """Units to draw per stratum. ``available``: undrawn frame units; ``current``: drawn so
    far; ``spread``: a standard deviation per stratum (Neyman / uncertainty); ``mass``: the
    summed survey weights of each stratum's frame units (population)."""
    if sizes is not None:
        unknown = [s for s in sizes if s not in available.index]
        if unknown:
            raise InputError(
                None,
                f"no stratum {unknown[0]!r} in the frame (strata: "
                f"{', '.join(map(str, available.index[:12]))})",
            )
        result = pd.Series(0, index=available.index)
        for stratum, n in sizes.items():
            if int(n) < 0 or int(n) > available[stratum]:
                raise InputError(
                    None,
                    f"stratum {stratum!r}: cannot draw {n} of the "
                    f"{available[stratum]} answers not drawn yet",
                )
            result[stratum] = int(n)
        return result
    if size is None or size < 1:
        raise InputError(None, "give the sample size (at least 1) or the size per stratum")
    if size > available.sum():
        raise InputError(
            None,
            f"a sample of {size} is larger than the frame: "
            f"{int(available.sum())} answers are not drawn yet",
        )
    if allocation == "proportional":
        frame = available + current
        return _largest_remainder(frame.astype(float), size, available)
    if allocation == "population":
        # in proportion to the population the frame units stand for: the final weights
        # w / pi2 are then about equal, which a survey with unequal weights needs for
        # figures of small subgroups (benchmarks/README.md, coverage)
        if mass is None:
            raise InputError(None, "population allocation needs the survey weights")
        return _largest_remainder(
            mass.reindex(available.index).fillna(0.0).astype(float), size, available
        )
    if allocation == "equal":
        return _largest_remainder(pd.Series(1.0, index=available.index), size, available)
    if allocation in ("neyman", "uncertainty"):
        if spread is None:
            raise InputError(
                None,
                f"{allocation} allocation needs a code and a pilot sample "
                "or model scores to estimate each stratum's spread",
            )
        return _greedy(available, current, spread, size)
    raise InputError(
        None, f"allocation must be one of {', '.join(ALLOCATIONS)}, not {allocation!r}"
    )


def _greedy(available: pd.Series, current: pd.Series, spread: pd.Series, size: int) -> pd.Series:
    """Add units one at a time where they cut sum_h N_h^2 S_h^2 (1/n_h - 1/N_h) most, after
    giving every stratum MIN_PER_STRATUM."""
    frame = (available + current).astype(float)
    taken = current.astype(float).copy()
    result = pd.Series(0, index=available.index)
    for stratum in available.index:
        need = min(max(0, MIN_PER_STRATUM - int(taken[stratum])), int(available[stratum]))
        result[stratum] += need
        taken[stratum] += need
    left = size - int(result.sum())
    if left < 0:
        raise InputError(
            None,
            f"a sample of {size} cannot give every stratum "
            f"{MIN_PER_STRATUM} answers; draw at least {int(result.sum())}",
        )
    weight = (frame * spread.reindex(frame.index).fillna(0.0)) ** 2
    for _ in range(left):
        room = result < available
        gain = weight / np.maximum(taken, 1) - weight / (taken + 1)
        gain = gain.where(room, -np.inf)
        if not np.isfinite(gain.max()):
            break
        best = gain.idxmax()
        result[best] += 1
        taken[best] += 1
    return result


def draw(
    core: Core,
    name: str,
    size: int | None = None,
    *,
    sizes: Mapping[str, int] | None = None,
    stratify_by: Sequence[str] = ("stratum",),
    allocation: str = "population",
    unit: str = "respondent",
    question: str | None = None,
    seed: int = 0,
    pilot: str | None = None,
    code: str | int | Sequence[str | int] | None = None,
) -> dict:
    """Draw a new coding sample: a stratified simple random sample of the frame (respondents
    with an open answer, to ``question`` if given). ``allocation``: proportional (to the
    units per stratum), population (to the population they stand for, their summed survey
    weights), equal, neyman (spread per stratum from ``pilot``'s coded answers for
    ``code``), or explicit ``sizes`` per stratum. One event; the frame, strata, sizes and
    order are stored."""
    if not name or not name.strip():
        raise InputError(None, "the sample needs a name")
    unit = sample_unit(unit)
    if sql.sample(core.db, name) is not None:
        raise InputError(None, f"a sample named {name!r} exists already (extend it instead)")
    if allocation == "uncertainty":
        raise InputError(None, "uncertainty allocation extends a sample (next-to-code)")
    if question is not None and question not in sql.questions(core.db):
        raise InputError(None, f"no open question {question!r}")
    units = _frame_units(core, unit, question, list(stratify_by))
    available = units.groupby("stratum").size()
    spread = None
    if allocation == "neyman":
        spread = _pilot_spread(core, pilot, code, units, question)
    chosen = _allocate(
        available,
        size,
        sizes,
        allocation,
        spread,
        pd.Series(0, index=available.index),
        _mass(core, units) if allocation == "population" else None,
    )
    picked, order = _pick(units, chosen, seed)
    params = {
        "seed": seed,
        "allocation": allocation,
        "pilot": pilot,
        "code": _paths(core, code),
        "probabilities": _probabilities(chosen, available),
    }
    with core.write("draw-sample", name) as payload:
        sample_id = sql.add_sample(
            core.db, name, unit, question, list(stratify_by), params, payload["event_id"]
        )
        sql.add_frame(core.db, sample_id, zip(units["unit_id"].astype(int), units["stratum"]))
        sql.mark_drawn(core.db, sample_id, 1, list(zip(picked, order)))
        sql.add_draw(
            core.db,
            sample_id,
            1,
            seed,
            "explicit" if sizes else allocation,
            {str(k): int(v) for k, v in chosen.items()},
            params,
            payload["event_id"],
        )
        payload.update(
            sample=name,
            unit=unit,
            question=question,
            frame=len(units),
            drawn=len(picked),
            strata=list(stratify_by),
            seed=seed,
            sizes={str(k): int(v) for k, v in chosen.items()},
        )
    return frames.status(core, name)


def extend(
    core: Core,
    name: str,
    size: int | None = None,
    *,
    sizes: Mapping[str, int] | None = None,
    allocation: str = "population",
    seed: int = 0,
    code: str | int | Sequence[str | int] | None = None,
    model_run: int | None = None,
) -> dict:
    """A further recorded draw from the frame units not drawn yet, within the sample's strata
    (so the whole stays a stratified random sample). ``allocation='uncertainty'`` puts the
    new units where the model's uncertainty and the weights make the figure of ``code``
    least precise (see :func:`next_to_code`)."""
    found = frames.get_sample(core, name)
    frame = sql.frame(core.db, found["id"])
    available = frame[frame["draw"].isna()].groupby("stratum").size()
    current = frame[frame["draw"].notna()].groupby("stratum").size()
    strata = frame["stratum"].unique()
    available = available.reindex(strata, fill_value=0)
    current = current.reindex(strata, fill_value=0)
    spread = None
    if allocation == "neyman":
        spread = _pilot_spread(
            core, name, code, frames.units_of(core, found, frame), found["question"]
        )
    elif allocation == "uncertainty":
        spread = _model_spread(core, found, frame, code, model_run)
    mass = _mass(core, frames.units_of(core, found, frame)) if allocation == "population" else None
    chosen = _allocate(available, size, sizes, allocation, spread, current, mass)
    undrawn = frame[frame["draw"].isna()].rename(columns={})
    number = int(frame["draw"].max()) + 1 if frame["draw"].notna().any() else 1
    picked, order = _pick(undrawn, chosen, seed)
    params = {
        "seed": seed,
        "allocation": allocation,
        "model_run": model_run,
        "code": _paths(core, code),
        "probabilities": _probabilities(current + chosen, available + current),
    }
    with core.write("extend-sample", name) as payload:
        sql.mark_drawn(core.db, found["id"], number, list(zip(picked, order)))
        sql.add_draw(
            core.db,
            found["id"],
            number,
            seed,
            "explicit" if sizes else allocation,
            {str(k): int(v) for k, v in chosen.items()},
            params,
            payload["event_id"],
        )
        payload.update(
            sample=name,
            draw=number,
            drawn=len(picked),
            seed=seed,
            sizes={str(k): int(v) for k, v in chosen.items()},
        )
    return frames.status(core, name)


def next_to_code(
    core: Core,
    name: str,
    size: int,
    code: str | int | Sequence,
    *,
    model_run: int | None = None,
    seed: int = 0,
) -> dict:
    """Which answers to code next: a recorded extension of the sample of ``size`` answers,
    allocated over its strata where the model's uncertainty p(1-p) and the weights leave the
    figure of ``code`` least precise (Neyman allocation on the model's expected residual
    spread), drawn at random within strata so the estimate stays valid. Returns the sample's
    status with the new draw's units first in its queue."""
    return extend(
        core, name, size, allocation="uncertainty", seed=seed, code=code, model_run=model_run
    )


def _probabilities(drawn: pd.Series, frame: pd.Series) -> dict[str, float]:
    """Each frame unit's chance of being in the sample after this draw, per stratum."""
    return {str(k): float(drawn[k] / frame[k]) if frame[k] else 0.0 for k in frame.index}


def _mass(core: Core, units: pd.DataFrame) -> pd.Series:
    """Per stratum, the summed survey weights of the frame units' respondents."""
    weights = core.respondents().set_index("respondent")["weight"].astype(float)
    values = weights.reindex(units["respondent"].astype(str)).fillna(0.0).to_numpy()
    return pd.Series(values).groupby(units["stratum"].to_numpy()).sum()


def _paths(core: Core, code) -> list[str] | None:
    if code is None:
        return None
    codes = [code] if isinstance(code, (str, int)) else list(code)
    return [Codebook(core).get(c).path for c in codes]


def _pick(units: pd.DataFrame, chosen: pd.Series, seed: int) -> tuple[list[int], list[int]]:
    """Simple random samples per stratum, and a random coding order over all of them."""
    rng = np.random.default_rng(seed)
    picked: list[int] = []
    for stratum in sorted(chosen.index, key=str):
        n = int(chosen[stratum])
        if n <= 0:
            continue
        pool = np.sort(units.loc[units["stratum"] == stratum, "unit_id"].to_numpy())
        picked += [int(u) for u in rng.choice(pool, size=n, replace=False)]
    order = [int(i) for i in rng.permutation(len(picked))]
    return picked, order


def _pilot_spread(
    core: Core, pilot: str | None, code, units: pd.DataFrame, question: str | None
) -> pd.Series:
    """Per stratum of ``units``: the standard deviation of w * y among the pilot sample's
    coded respondents (pooled where a stratum has fewer than two)."""

    if pilot is None or code is None:
        raise InputError(None, "Neyman allocation needs --pilot SAMPLE and --code PATH")
    paths = _paths(core, code)
    respondents = core.respondents().set_index("respondent")["weight"]
    values = []
    for path in paths:
        facts = figures.respondent_facts(core, path, question, "consensus")
        coded = figures.sample_members(core, pilot, facts)
        y = facts.loc[coded, "y"].astype(float)
        values.append((respondents.reindex(y.index) * y).rename(path))
    table = pd.concat(values, axis=1)
    strata = units.set_index("respondent")["stratum"].reindex(table.index).to_numpy()
    pooled = float(np.sqrt(table.var(ddof=1).sum())) if len(table) > 1 else 1.0
    grouped = table.groupby(strata)
    spread = np.sqrt(grouped.var(ddof=1).sum(axis=1, min_count=1))
    spread = spread.where(grouped.size() > 1)
    # a stratum whose pilot showed no variation may still vary: keep a tenth of the pooled
    return (
        spread.reindex(units["stratum"].unique()).fillna(pooled).clip(lower=max(0.1 * pooled, 1e-9))
    )


def _model_spread(
    core: Core, found: dict, frame: pd.DataFrame, code, model_run: int | None
) -> pd.Series:
    """Per stratum: the root mean of w^2 p (1 - p) over the frame, summed over the codes,
    with p the model's score: the expected spread of the residuals y - p."""

    if code is None:
        raise InputError(None, "next-to-code needs the code(s) whose figure should improve")
    units = frames.units_of(core, found, frame)
    weights = core.respondents().set_index("respondent")["weight"]
    w = weights.reindex(units["respondent"]).to_numpy(float)
    total = np.zeros(len(units))
    for path in _paths(core, code):
        score, _ = figures.respondent_scores(core, path, found["question"], model_run)
        p = score.reindex(units["respondent"]).fillna(0.0).to_numpy(float)
        total += w * w * p * (1 - p)
    spread = pd.Series(total, index=units.index).groupby(units["stratum"].to_numpy()).mean()
    return np.sqrt(spread).clip(lower=1e-9)


def queue(
    core: Core, name: str, coder: str | None = None, include_reviewed: bool = False
) -> list[int]:
    """The sample's answer segments in coding order; those ``coder`` (or, with None, anyone)
    has reviewed are left out unless ``include_reviewed``."""
    found = frames.get_sample(core, name)
    units = sql.drawn_units(core.db, found["id"])
    pairs = frames.segments_of(core, found, units)
    rank = {u: i for i, u in enumerate(units)}
    segments = [s for _, s in sorted(pairs, key=lambda p: (rank[p[0]], p[1]))]
    if include_reviewed:
        return segments
    reviews = sql.live_reviews(core.db, segments)
    if coder is not None:
        reviews = reviews[reviews["coder"] == coder]
    done = set(reviews["segment_id"])
    return [s for s in segments if s not in done]


def review(core: Core, segment_ids: Sequence[int], coder: str) -> int:
    """Record that ``coder`` has read these answer units against the whole codebook (the codes
    they did not apply do not apply). One undoable event; returns how many are new."""
    ids = [int(s) for s in segment_ids]
    if not ids:
        raise InputError(None, "no answers given to mark as reviewed")
    if not coder or coder.startswith("model:"):
        raise InputError(None, f"a review is made by a human coder, not {coder!r}")
    answers = set(sql.answer_units(core.db)["segment_id"])
    unknown = [s for s in ids if s not in answers]
    if unknown:
        raise InputError(None, f"segment {unknown[0]} is not an answer unit")
    with core.write("review", f"{len(ids)} answers", coder) as payload:
        made = sql.add_reviews(core.db, ids, coder, payload["event_id"])
        payload.update(reviews=len(made), segments=ids[:1000], coder=coder)
    return len(made)


def reviewed(core: Core, segment_ids: Sequence[int], coder: str) -> list[int]:
    """Which of ``segment_ids`` ``coder`` has reviewed (a live review), in their order."""
    ids = [int(s) for s in segment_ids]
    if not ids:
        return []
    reviews = sql.live_reviews(core.db, ids)
    done = set(reviews.loc[reviews["coder"] == coder, "segment_id"])
    return [s for s in ids if s in done]


class Samples:
    """``project.samples``: coding samples and reviews, one namespace of the facade."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def draw(self, name: str, size: int | None = None, **options) -> dict:
        """Draw a new coding sample; see :func:`draw`."""
        return draw(self.core, name, size, **options)

    def extend(self, name: str, size: int | None = None, **options) -> dict:
        """A further recorded draw; see :func:`extend`."""
        return extend(self.core, name, size, **options)

    def next_to_code(self, name: str, size: int, code, **options) -> dict:
        """Extend where the figure of ``code`` gains most; see :func:`next_to_code`."""
        return next_to_code(self.core, name, size, code, **options)

    def reveal(self, name: str) -> dict:
        """End the blindness of double-coding sample ``name`` (owners); see
        :func:`workbench.coding.reveal_sample`."""
        return coding.reveal_sample(self.core, name)

    def blind(self) -> list[str]:
        """The double-coding samples still blind to their coders (not revealed yet)."""
        return coding.blind_samples(self.core)

    def status(self, name: str, coder: str | None = None) -> dict:
        return frames.status(self.core, name, coder)

    def list(self) -> list[dict]:
        return frames.samples(self.core)

    def questions(self) -> list[str]:
        """The open questions, in import order (a sample or a figure can keep to one)."""
        return sql.questions(self.core.db)

    def frame_strata(
        self,
        stratify_by: Sequence[str] = ("stratum",),
        *,
        unit: str = "respondent",
        question: str | None = None,
    ) -> dict[str, int]:
        """Frame units per stratum as a draw would label them (the keys ``sizes`` takes)."""
        units = _frame_units(self.core, sample_unit(unit), question, list(stratify_by))
        return {str(k): int(v) for k, v in units.groupby("stratum").size().items()}

    def queue(
        self,
        name: str,
        coder: str | None = None,
        include_reviewed: bool = False,
    ) -> list[int]:
        return queue(self.core, name, coder, include_reviewed)

    def review(self, segment_ids: Sequence[int], coder: str | None = None) -> int:
        """Mark answer units as read against the whole codebook by ``coder``."""
        return review(self.core, segment_ids, self.core.coder(coder))

    def reviewed(self, segment_ids: Sequence[int], coder: str | None = None) -> list[int]:
        """Which of these units ``coder`` (default: the acting user) has reviewed."""
        return reviewed(self.core, segment_ids, self.core.coder(coder))

    def coverage(
        self, code: str | int, *, question: str | None = None, rule: str = "consensus"
    ) -> dict:
        """How many answers in scope a human has coded or reviewed for ``code``."""

        return figures.coverage(self.core, code, question, rule)
