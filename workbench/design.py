"""The survey design a project knows: population size per stratum and known population
margins (for raking and representativeness checks), imported from tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import survey
from .analysis.survey import SurveyDesign
from .errors import InputError
from .imports import column_values, file_digest
from .ingest.survey import check_columns, read_survey
from .store import design as sql

if TYPE_CHECKING:  # pragma: no cover
    from .core import Core


def _number(path: Path, row: int, column: str, value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(path, f"{column} {value!r} is not a number", row=row) from None
    if not number > 0:
        raise InputError(path, f"{column} {value!r} must be more than 0", row=row)
    return number


def import_strata(
    core: Core, path: str | Path, *, stratum: str, population: str, sampled: str | None = None
) -> dict:
    """Population size (and optionally the number sampled) per stratum; replaces the old ones.

    Every stratum of the imported respondents must be in the table.
    """
    path = Path(path)
    file_digest(path)
    table = read_survey(path)
    roles = {"--stratum": stratum, "--population": population}
    if sampled:
        roles["--sampled"] = sampled
    check_columns(table, roles)
    rows, seen = [], {}
    names = column_values(table.frame[stratum])
    for row, name, size, drawn in zip(
        table.frame.index,
        names,
        column_values(table.frame[population]),
        column_values(table.frame[sampled]) if sampled else [None] * len(names),
    ):
        if name is None:
            raise InputError(path, "the stratum is empty", row=row)
        if str(name) in seen:
            raise InputError(
                path, f"stratum {name!r} appears twice (first on row {seen[str(name)]})", row=row
            )
        seen[str(name)] = row
        count = None if drawn is None else int(_number(path, row, sampled or "", drawn))
        rows.append((str(name), _number(path, row, population, size), count))
    missing = sorted(set(sql.respondent_strata(core.db)) - set(seen))
    if missing:
        raise InputError(
            path, f"no population size for the respondents' strata: {', '.join(missing)}"
        )
    with core.write("import-design", path.name) as payload:
        sql.replace_strata(core.db, rows)
        payload.update(strata=len(rows), population=sum(r[1] for r in rows))
    return {"file": str(path), "strata": len(rows), "population": sum(r[1] for r in rows)}


def import_margins(core: Core, path: str | Path) -> dict:
    """Known population shares per variable (columns variable, value, share); each
    variable's shares must add up to 1 (within 0.001) and name values the survey has."""
    path = Path(path)
    file_digest(path)
    table = read_survey(path)
    check_columns(table, {"variable": "variable", "value": "value", "share": "share"})
    frame = core.respondents()
    grouped: dict[str, list[tuple[str, float]]] = {}
    for row, variable, value, share in zip(
        table.frame.index,
        column_values(table.frame["variable"]),
        column_values(table.frame["value"]),
        column_values(table.frame["share"]),
    ):
        if variable not in frame.columns:
            raise InputError(path, f"no survey variable {variable!r}", row=row)
        number = float(share) if isinstance(share, (int, float)) else None
        if number is None or not 0 <= number <= 1:
            raise InputError(path, f"share {share!r} must be a number from 0 to 1", row=row)
        grouped.setdefault(str(variable), []).append((str(value), number))
    for variable, pairs in grouped.items():
        total = sum(share for _, share in pairs)
        if abs(total - 1) > 1e-3:
            raise InputError(path, f"the shares of {variable!r} add up to {total:.4f}, not 1")
        unknown = {v for v, _ in pairs} - set(frame[variable].dropna().astype(str))
        if unknown:
            raise InputError(
                path, f"{variable!r} has no respondents with value(s) {', '.join(sorted(unknown))}"
            )
    with core.write("import-margins", path.name) as payload:
        for variable, pairs in grouped.items():
            sql.replace_margins(core.db, variable, pairs)
        payload.update(variables=sorted(grouped))
    return {"file": str(path), "variables": sorted(grouped)}


def survey_design(
    core: Core, *, weights: str = "imported", rake: Sequence[str] = (), lonely_psu: str = "fail"
) -> SurveyDesign:
    """The respondents as a stratified design. ``weights``: the imported ones, or
    "design" weights N_h / n_h computed from the imported strata (import-design). With the
    strata imported their population sizes are the finite population correction; ``rake``
    names imported margins (import-margins) to rake to, together with the strata sizes."""

    frame = core.respondents()
    if frame.empty:
        raise InputError(None, "the project has no respondents: import a survey first")
    population = {s["stratum"]: s["population"] for s in sql.strata(core.db)}
    if weights == "design":
        if not population:
            raise InputError(
                None,
                "design weights need the population per stratum (import it with import-design)",
            )
        frame["weight"] = survey.design_weights(frame, population, strata="stratum")
    elif weights != "imported":
        raise InputError(None, f"weights must be 'imported' or 'design', not {weights!r}")
    if population:
        frame["_population"] = frame["stratum"].astype(str).map(population)
    design = survey.SurveyDesign(
        frame,
        strata="stratum",
        weights="weight",
        fpc="_population" if population else None,
        lonely_psu=lonely_psu,
    )
    if rake:
        margins = sql.margins(core.db)
        unknown = [v for v in rake if v not in margins]
        if unknown:
            raise InputError(
                None, f"no population margins for {unknown[0]!r} (import them with import-margins)"
            )
        size = sum(population.values()) if population else float(design.weights_.sum())
        targets = {
            v: {
                value: share / sum(margins[v].values()) * size
                for value, share in margins[v].items()
            }
            for v in rake
        }
        if population:
            targets["stratum"] = population
        design = survey.rake(design, targets)
    return design
