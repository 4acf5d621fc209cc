"""The coding samples as recorded: a sample's definition, its frame with each unit's
respondent, its answer segments and how far the coders are (status). What draws them and
what the reviews mean is in :mod:`workbench.samples`; figures read samples through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .errors import InputError
from .store import samples as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

MISSING = "(missing)"
NO_ANSWER = "(no answer)"


def get_sample(core: Core, name: str) -> dict:
    found = sql.sample(core.db, name)
    if found is None:
        names = [s["name"] for s in sql.samples(core.db)]
        raise InputError(
            None,
            f"no sample named {name!r}"
            + (f" (samples: {', '.join(names)})" if names else " (draw one with draw-sample)"),
        )
    return found


def units_of(
    core: Core, found: dict, frame: pd.DataFrame, answers: pd.DataFrame | None = None
) -> pd.DataFrame:
    """``frame`` with the respondent (external id) of each unit; NaN for a unit that has
    no answer among ``answers`` (default: the answers of the sample's scope)."""
    if answers is None:
        answers = sql.answer_units(core.db, found["question"])
    key = "respondent_id" if found["unit"] == "respondent" else "segment_id"
    lookup = answers.drop_duplicates(key).set_index(key)["respondent"]
    return frame.assign(respondent=lookup.reindex(frame["unit_id"]).to_numpy())


def status(core: Core, name: str, coder: str | None = None) -> dict:
    """The sample's definition, draws, and per stratum: frame size, drawn and reviewed."""
    found = get_sample(core, name)
    frame = sql.frame(core.db, found["id"])
    drawn = frame[frame["draw"].notna()]
    segments = segments_of(core, found, drawn["unit_id"].astype(int).tolist())
    reviews = sql.live_reviews(core.db, [s for _, s in segments])
    if coder is not None:
        reviews = reviews[reviews["coder"] == coder]
    reviewed_segments = set(reviews["segment_id"])
    by_unit: dict[int, list[int]] = {}
    for unit, segment in segments:
        by_unit.setdefault(unit, []).append(segment)
    done = {u for u, segs in by_unit.items() if all(s in reviewed_segments for s in segs)}
    table = frame.groupby("stratum").agg(
        frame_size=("unit_id", "size"), drawn=("draw", lambda d: int(d.notna().sum()))
    )
    table["reviewed"] = (
        drawn.assign(done=drawn["unit_id"].isin(done))
        .groupby("stratum")["done"]
        .sum()
        .reindex(table.index, fill_value=0)
        .astype(int)
    )
    return {
        "name": found["name"],
        "unit": found["unit"],
        "question": found["question"],
        "stratify_by": found["stratify_by"],
        "legacy": bool(found["params"].get("legacy")),
        "frame": int(len(frame)),
        "drawn": int(len(drawn)),
        "reviewed": len(done),
        "draws": sql.draws(core.db, found["id"]),
        "strata": table.reset_index().to_dict(orient="records"),
    }


def segments_of(core: Core, found: dict, units: list[int]) -> list[tuple[int, int]]:
    """(unit, answer segment) for the sample's units (a respondent's answers in scope)."""
    if found["unit"] == "answer":
        return [(u, u) for u in units]
    return sql.answer_segments_of(core.db, units, found["question"])


def samples(core: Core) -> list[dict]:
    return [status(core, s["name"]) for s in sql.samples(core.db)]
