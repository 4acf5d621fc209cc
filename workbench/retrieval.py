"""Reading coded material back: segments per code with context and filters, code
co-occurrence, and the unit-by-coder tables that agreement is computed from."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import pandas as pd

from . import units
from .analysis.agreement import AgreementReport
from .analysis.agreement import agreement as agreement_of
from .analysis.agreement import disagreements as disagreements_of
from .codebook import Codebook
from .errors import InputError
from .store import codings as sql
from .store import queries

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core


def _code_ids(
    core: Core, codes: Sequence[str | int] | None, descendants: bool = True
) -> dict[int, str]:
    """code id -> path for the given codes (with their descendants), or all active codes."""
    all_codes = Codebook(core).codes()
    if codes is None:
        return {c.id: c.path for c in all_codes}
    chosen: dict[int, str] = {}
    for code in codes:
        found = Codebook(core).get(code)
        chosen[found.id] = found.path
        if descendants:
            chosen.update({c.id: c.path for c in all_codes if c.path.startswith(found.path + "/")})
    return chosen


def _matches(values: Mapping[str, object], wanted: Mapping[str, Sequence[object]] | None) -> bool:
    if not wanted:
        return True
    return all(str(values.get(k)) in {str(v) for v in vs} for k, vs in wanted.items())


def _respondent_values(core: Core, rows: pd.DataFrame) -> pd.Series:
    """Per row, its respondent's survey variables with the id, stratum and weight, under
    both the fixed names and the survey's own (``--stratum stype``), as filters see them;
    None for focus-group rows."""
    aliases = queries.role_aliases(core.db)

    def values(respondent: object, data: object, stratum: object, weight: object) -> dict | None:
        if not isinstance(data, str):
            return None
        fixed = {"respondent": respondent, "stratum": stratum, "weight": weight}
        return {
            **{name: fixed[field] for name, field in aliases.items()},
            **json.loads(data),
            **fixed,
        }

    return pd.Series(
        [
            values(*row)
            for row in zip(
                rows["respondent"],
                rows["respondent_data"],
                rows["respondent_stratum"],
                rows["respondent_weight"],
            )
        ],
        index=rows.index,
        dtype=object,
    )


def _check_variables(core: Core, wanted: Mapping[str, Sequence[object]]) -> None:
    """A filter on a variable the survey does not have would silently match nothing."""
    known = queries.variable_names(core.db) | set(queries.ROLE_COLUMNS.values())
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise InputError(None, f"no survey variable {unknown[0]!r} to filter on")


def retrieve(
    core: Core,
    code: str | int,
    *,
    coders: Sequence[str] | None = None,
    respondents: Mapping[str, Sequence[object]] | None = None,
    group: str | None = None,
    speakers: Mapping[str, Sequence[object]] | None = None,
    unit: str = "units",
) -> pd.DataFrame:
    """Every coded passage of ``code`` (and its sub-codes), one row per coding, with the
    unit (answer or turn) around it as context and who said it.

    ``respondents`` filters on survey variables ({"herkomst": ["buiten Europa"]}), ``group``
    on the focus group, ``speakers`` on speaker attributes ({"role": ["participant"]});
    a filter on respondents drops focus-group passages and vice versa.
    """
    codes = _code_ids(core, [code])
    if respondents:
        _check_variables(core, respondents)
    rows = sql.retrieval_rows(core.db, list(codes), coders, units.kinds(unit), core.reader)
    if rows.empty:
        return _tidy(rows.assign(code=pd.Series(dtype=str)))
    rows.insert(1, "code", rows["code_id"].map(codes))
    respondent_data = _respondent_values(core, rows) if respondents else None
    speaker_data = rows["speaker_attributes"].map(
        lambda d: json.loads(d) if isinstance(d, str) else None
    )
    keep = pd.Series(True, index=rows.index)
    if respondents:
        keep &= respondent_data.map(lambda d: d is not None and _matches(d, respondents))
    if speakers:
        keep &= speaker_data.map(lambda d: d is not None and _matches(d, speakers))
    if group is not None:
        keep &= rows["grp"] == group
    return _tidy(rows[keep]).drop_duplicates("coding_id").reset_index(drop=True)


def _tidy(rows: pd.DataFrame) -> pd.DataFrame:
    """The passages without the columns only filters need."""
    return rows.drop(
        columns=["respondent_data", "respondent_stratum", "respondent_weight", "speaker_attributes"]
    ).rename(columns={"grp": "group"})


def cooccurrence(
    core: Core,
    codes: Sequence[str | int] | None = None,
    *,
    unit: str = "units",
    coders: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Code x code table: in how many units both codes were applied (diagonal: the code's units)."""
    chosen = _code_ids(core, codes, descendants=False)
    who = list(coders) if coders else _all_coders(core)
    if not who:
        return pd.DataFrame(0, index=list(chosen.values()), columns=list(chosen.values()))
    applied = sql.unit_codes(core.db, who, units.kinds(unit), core.reader)
    applied = applied[applied["code_id"].isin(list(chosen))].drop_duplicates(["unit", "code_id"])
    indicator = pd.crosstab(applied["unit"], applied["code_id"]).clip(upper=1)
    indicator = indicator.reindex(columns=list(chosen), fill_value=0)
    table = indicator.T @ indicator
    table.index = table.columns = [chosen[c] for c in table.columns]
    return table


def _all_coders(core: Core) -> list[str]:
    return sorted({c["coder"] for c in sql.codings(core.db, reader=core.reader)})


def agreement_tables(
    core: Core,
    coders: Sequence[str],
    codes: Sequence[str | int] | None,
    unit: str = "units",
    sample: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, list[str] | None, dict]:
    """(seen, applied, code paths, scope) at the unit level, for
    :mod:`workbench.analysis.agreement`.

    Without ``codes``, the paths are None: agreement then covers the codes the coders used.

    A coder applied a code to a unit if any of their live codings of it overlaps the unit;
    a coder saw a unit if it was assigned to them or they coded anything in its document.
    Where the coders were given double-coding samples, only those samples' units count
    (``sample`` names one; by default every sample any of them was given), so codings made
    outside them (a suggestion accepted, a search hit coded) do not change the figures.
    Without any sample the units they coded count, and ``scope`` says so.

    For a coder the units of open double-coding samples count as seen by them alone (blind
    coding: nobody else's work there is theirs to see), so agreement leaves them out until
    an owner reveals the sample.
    """
    chosen = _code_ids(core, codes, descendants=False)
    kinds = units.kinds(unit)
    chosen_coders = set(coders)
    given = [a for a in sql.assignments(core.db, sample=sample) if a["coder"] in chosen_coders]
    if sample is not None and not given:
        raise InputError(
            None, f"no units of double-coding sample {sample!r} were given to {', '.join(coders)}"
        )
    seen = sql.units_seen(core.db, list(coders), kinds, core.reader)
    applied = sql.unit_codes(core.db, list(coders), kinds, core.reader)
    if given:
        scope_units = {a["segment_id"] for a in given}
        seen = seen[seen["unit"].isin(scope_units)]
        applied = applied[applied["unit"].isin(scope_units)]
        scope = {"units": "samples", "samples": sorted({a["sample"] for a in given})}
    else:
        scope = {"units": "coded", "samples": []}
    applied = applied[applied["code_id"].isin(list(chosen))]
    applied = applied.assign(code=applied["code_id"].map(chosen)).drop(columns="code_id")
    return seen, applied, None if codes is None else sorted(chosen.values()), scope


def agreement(
    core: Core,
    coders: Sequence[str],
    codes: Sequence[str | int] | None = None,
    unit: str = "units",
    sample: str | None = None,
) -> AgreementReport:
    """Per code and overall: percent agreement, Cohen's kappa, Krippendorff's alpha, on the
    units :func:`agreement_tables` lets count (its ``scope`` in the report)."""
    seen, applied, paths, scope = agreement_tables(core, coders, codes, unit, sample)
    with _blind_note(core):
        return replace(agreement_of(seen, applied, list(coders), paths), scope=scope)


def disagreements(
    core: Core,
    coders: Sequence[str],
    codes: Sequence[str | int] | None = None,
    unit: str = "units",
    sample: str | None = None,
) -> pd.DataFrame:
    """(unit, code, one column per coder) where the coders who saw the unit differ."""
    seen, applied, paths, _ = agreement_tables(core, coders, codes, unit, sample)
    with _blind_note(core):
        return disagreements_of(seen, applied, list(coders), paths)


@contextlib.contextmanager
def _blind_note(core: Core) -> Iterator[None]:
    """An agreement a coder cannot compute says which samples are still blind to them."""
    try:
        yield
    except InputError as error:
        hidden = sql.open_samples(core.db) if core.reader is not None else []
        if not hidden:
            raise
        raise InputError(
            None,
            f"{error.problem}; the units of {', '.join(map(repr, hidden))} stay blind to "
            f"{core.reader} until an owner reveals the sample",
        ) from None
