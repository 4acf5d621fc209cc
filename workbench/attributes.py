"""Edit one speaker attribute or one respondent's survey variable by hand: a correction
recorded as one event (old and new value), refused with one line (nothing written) for an
unknown speaker, respondent or variable, a design column, or a value that does not fit the
variable's type. Owners only, as the imports these values come from."""

from __future__ import annotations

import re

from workbench.core import Core
from workbench.errors import InputError
from workbench.store import queries, records

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_RESERVED = {"group", "speaker"}  # the columns a speakers table names a speaker by


def _clean(value: object) -> str | None:
    """A typed value as text, stripped; empty means "no value"."""
    text = "" if value is None else str(value).strip()
    return text or None


def set_speaker_attribute(
    core: Core, group: str, speaker: str, attribute: str, value: object
) -> dict:
    """Set (or, with an empty value, remove) ``attribute`` of ``speaker`` in ``group``."""
    core.require("set-speaker")
    name = (attribute or "").strip()
    where = f"speaker {speaker!r} in group {group!r}"
    if not name:
        raise InputError(None, f"{where}: the attribute has no name")
    if name.lower() in _RESERVED:
        raise InputError(None, f"{where}: {name!r} names the speaker; it is not an attribute")
    found = [s for s in queries.speakers(core.db, group) if s["name"] == speaker]
    if not found:
        known = [s["name"] for s in queries.speakers(core.db, group)]
        there = f"speakers there: {', '.join(known)}" if known else "no such group"
        raise InputError(None, f"no speaker {speaker!r} in group {group!r} ({there})")
    old = found[0]["attributes"].get(name)
    new = _clean(value)
    attributes = {k: v for k, v in found[0]["attributes"].items() if k != name}
    if new is not None:
        attributes[name] = new
    with core.write("set-speaker", f"{group}/{speaker}") as payload:
        records.update_speaker_attributes(core.db, found[0]["id"], attributes)
        payload.update(group=group, speaker=speaker, attribute=name, old=old, new=new)
    return {"group": group, "speaker": speaker, "attribute": name, "old": old, "new": new}


def _number(text: str) -> int | float:
    number = float(text.replace(",", "."))
    return int(number) if number.is_integer() else number


def _typed(variable: dict, text: str | None, respondent: str) -> object:
    """The value as the survey stores it for this variable (a labelled one: its code, given
    as the code or as its label), or one line saying why not."""
    where = f"respondent {respondent!r}, variable {variable['name']!r}"
    if text is None:
        return None
    labels = {str(k): str(v) for k, v in (variable.get("value_labels") or {}).items()}
    if labels:
        found = next((k for k, v in labels.items() if v.casefold() == text.casefold()), None)
        if found is None and _NUMBER.match(text):
            found = next(
                (k for k in labels if _NUMBER.match(k) and _number(k) == _number(text)), None
            )
        elif found is None:
            found = text if text in labels else None
        if found is None:
            codes = ", ".join(f"{k} ({v})" for k, v in labels.items())
            raise InputError(None, f"{where}: {text!r} is none of its codes: {codes}")
        return _number(found) if _NUMBER.match(found) else found
    if variable["type"] == "numeric":
        if not _NUMBER.match(text):
            raise InputError(None, f"{where}: {text!r} is not a number")
        return _number(text)
    return text


def set_respondent_value(core: Core, respondent: str, variable: str, value: object) -> dict:
    """Set (or, with an empty value, clear) one survey variable of one respondent."""
    core.require("set-variable")
    respondent = str(respondent).strip()
    declared = {v["name"]: v for v in queries.variables(core.db)}
    if variable not in declared:
        raise InputError(None, f"respondent {respondent!r}: no survey variable {variable!r}")
    if declared[variable]["role"] != "variable":
        raise InputError(
            None,
            f"respondent {respondent!r}, variable {variable!r}: it is the survey's "
            f"{declared[variable]['role']} and is not edited by hand (import the survey again)",
        )
    found = records.respondent_data(core.db, respondent)
    if found is None:
        raise InputError(None, f"no respondent {respondent!r} in the survey")
    row, data = found
    new = _typed(declared[variable], _clean(value), respondent)
    old = data.get(variable)
    with core.write("set-variable", respondent) as payload:
        records.set_respondent_data(core.db, row, {**data, variable: new})
        payload.update(respondent=respondent, variable=variable, old=old, new=new)
    return {"respondent": respondent, "variable": variable, "old": old, "new": new}
