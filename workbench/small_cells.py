"""The small-cell rule: figures resting on fewer than ``min_cell`` people are not shown.

The threshold is the project's setting, never below :data:`MIN_CELL`, and can only be
raised (per project with :func:`set_min_cell`, per request with ``min_cell=``). Every place
that shows or writes a figure asks :func:`min_cell` for the threshold in force.
"""

from __future__ import annotations

from .core import Core
from .errors import InputError
from .store import records

MIN_CELL = 10


def min_cell(core: Core, requested: int | None = None) -> int:
    """The threshold in force: the project's (at least 10), or a higher requested one."""
    floor = max(MIN_CELL, int(core.settings.get("min_cell", MIN_CELL)))
    if requested is not None and requested < floor:
        raise InputError(None, f"the small-cell threshold can only be raised: {requested} is "
                               f"below {floor}")
    return max(floor, requested or 0)


def set_min_cell(core: Core, value: int) -> None:
    """Raise the project's threshold (one event); lowering it is refused."""
    if value < min_cell(core):
        raise InputError(None, f"the small-cell threshold can only be raised "
                               f"(now {min_cell(core)}, asked {value})")
    with core.write("set-min-cell", str(value)) as payload:
        records.set_setting(core.db, "min_cell", str(value))
        payload.update(min_cell=value)
