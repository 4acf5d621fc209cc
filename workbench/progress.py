"""Progress of long jobs in named stages: the one callable the API's long jobs accept
(imports, suggestion runs, topic runs, exports) and the names of their stages.

A job calls ``progress(stage, done, total)`` when it enters a stage and, where it can
count, as it goes (``total`` 0: not counted). The CLI writes the stages on stderr, the UI
shows them in a status box; the API never prints. A job given no callable reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]
Counter = Callable[[int, int], None]  # (done, total) within one stage

# every stage a job reports, with its English label (the UI has its own in ui/strings)
STAGES: dict[str, str] = {
    "read": "reading the file",
    "check": "checking rows",
    "write": "writing to the project",
    "segment": "splitting into sentences",
    "embed": "computing vectors",
    "train": "training per code",
    "fit": "finding topics",
    "save": "saving the run",
    "themes": "building the theme displays",
    "method": "writing the method section",
    "render": "writing the file",
}


def step(progress: Progress | None, stage: str, done: int = 0, total: int = 0) -> None:
    """Report ``stage`` (and how far it is) to ``progress``, if there is one."""
    if stage not in STAGES:
        raise ValueError(f"unknown progress stage {stage!r}")
    if progress is not None:
        progress(stage, done, total)


def counter(progress: Progress | None, stage: str) -> Counter | None:
    """A ``(done, total)`` callback reporting as ``stage``: for the jobs that count."""
    if progress is None:
        return None
    return lambda done, total: step(progress, stage, done, total)
