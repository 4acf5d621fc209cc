"""Joint displays: a theme's survey figures, its prevalence among open answers, its
focus-group counts and quotes per subgroup side by side, with a recorded verdict
(converge, diverge, complement) and a memo on contradictions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from . import estimation, privacy, retrieval, small_cells
from .codebook import Codebook
from .errors import InputError
from .store import codings as coding_sql
from .store import design as sql
from .store import queries

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core

VERDICTS = ("converge", "diverge", "complement", "open")


def focus_group_counts(core: Core, code: str | int, attribute: str | None = None) -> pd.DataFrame:
    """Turns and speakers coded with ``code`` (and sub-codes) per focus group, or per value of a
    speaker attribute. Counted, never weighted, never mixed with survey respondents."""
    found = Codebook(core).get(code)
    ids = [
        c.id
        for c in Codebook(core).codes()
        if c.id == found.id or c.path.startswith(found.path + "/")
    ]
    rows = coding_sql.retrieval_rows(core.db, ids, None, ("turn",), core.reader)
    speakers = pd.DataFrame(queries.speakers(core.db, None))
    if speakers.empty:
        return pd.DataFrame(columns=["value", "speakers", "coded_speakers", "coded_turns"])
    speakers["key"] = speakers["group"] + "/" + speakers["name"]
    if attribute is None:
        speakers["value"] = speakers["group"]
    else:
        speakers["value"] = speakers["attributes"].map(lambda a: a.get(attribute))
    rows["key"] = rows["grp"] + "/" + rows["speaker"]
    rows = rows.drop_duplicates("unit_id").merge(speakers[["key", "value"]], on="key")
    table = speakers.groupby("value", dropna=False).agg(speakers=("key", "nunique"))
    table["coded_speakers"] = rows.groupby("value", dropna=False)["key"].nunique()
    table["coded_turns"] = rows.groupby("value", dropna=False)["unit_id"].nunique()
    return table.fillna(0).astype(int).reset_index()


def quotes_by(
    core: Core, code: str | int, variable: str, per_group: int = 2, min_cell: int | None = None
) -> dict[str, list[str]]:
    """Redacted quotes of ``code`` from open answers per value of a survey variable; a value
    held by fewer than the small-cell threshold of respondents gets none. An answer is quoted
    once, however many coders or spans carry the code."""
    threshold = small_cells.min_cell(core, min_cell)
    frame = core.respondents()
    if variable not in frame.columns:
        raise InputError(None, f"no survey variable {variable!r}")
    sizes = frame[variable].astype(str).value_counts()
    passages = retrieval.retrieve(core, code, unit="answers")
    if passages.empty:
        return {}
    # one quote per answer: two coders (or two spans) on the same answer are one quote
    passages = passages.sort_values("coding_id").drop_duplicates("unit_id")
    values = frame.set_index("respondent")[variable].astype(str)
    passages["value"] = passages["respondent"].map(values)
    quotes: dict[str, list[str]] = {}
    for value, group in passages.sort_values("coding_id").groupby("value"):
        if not small_cells.any_suppressed(
            threshold, sizes.get(value), group["respondent"].nunique()
        ):
            texts = group["unit_text"].head(per_group)
            quotes[value] = [privacy.redact(" ".join(t.split())) for t in texts]
    return quotes


def record_verdict(
    core: Core, code: str | int, verdict: str, memo: str = "", coder: str | None = None
) -> int:
    """Record whether the qualitative and quantitative results converge, diverge or complement
    each other for a theme, with a memo on any contradiction; earlier verdicts are kept."""
    if verdict not in VERDICTS:
        raise InputError(None, f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
    if verdict == "diverge" and not memo.strip():
        raise InputError(
            None, "a diverging result needs a memo saying how the contradiction was examined"
        )
    found = Codebook(core).get(code)
    who = coder or core.user
    with core.write("verdict", found.path, who) as payload:
        verdict_id = sql.add_verdict(core.db, found.id, verdict, memo, who, payload["event_id"])
        payload.update(code=found.path, verdict=verdict, memo=memo)
    return verdict_id


def verdicts(core: Core, code: str | int | None = None) -> list[dict]:
    """Recorded verdicts, oldest first (the last one per code is the current one)."""
    code_id = None if code is None else Codebook(core).get(code).id
    paths = {c.id: c.path for c in Codebook(core).codes(include_inactive=True)}
    return [{**v, "code": paths.get(v["code_id"])} for v in sql.verdicts(core.db, code_id)]


def joint_display(
    core: Core,
    code: str | int,
    by: str,
    item: tuple[str, list[str]] | None = None,
    among: str = "answered",
) -> dict:
    """Everything a joint display of one theme shows, per value of the survey variable ``by``:
    the survey item's weighted estimate (if given), the code's weighted prevalence among
    respondents (``among`` all or those who answered an open question), focus-group counts
    (per group, and per speaker attribute ``by`` when speakers carry it), redacted quotes
    per subgroup, and the verdicts recorded so far. Small cells are suppressed throughout."""
    path = Codebook(core).get(code).path
    survey = None if item is None else estimation.estimate(core, proportion=item, by=[by])
    try:
        prevalence = estimation.estimate(core, code=path, by=[by], among=among, method="best")
    except InputError as refused:  # no valid figure yet: say why instead of a number
        prevalence = {
            "statistic": "proportion",
            "variable": path,
            "by": [by],
            "estimates": [],
            "test": None,
            "basis": None,
            "method": None,
            "refused": refused.problem,
        }
    groups = focus_group_counts(core, path)
    attribute = None
    if any(by in s["attributes"] for s in queries.speakers(core.db, None)):
        attribute = focus_group_counts(core, path, attribute=by)
    return {
        "code": path,
        "by": by,
        "item": None if item is None else {"variable": item[0], "values": list(item[1])},
        "survey": survey,
        "prevalence": prevalence,
        "focus_groups": groups.to_dict(orient="records"),
        "focus_groups_by": None if attribute is None else attribute.to_dict(orient="records"),
        "quotes": quotes_by(core, path, by),
        "verdicts": verdicts(core, path),
    }
