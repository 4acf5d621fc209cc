"""What can be exported: every kind with its file types, the options it takes, whether
viewers (Browse mode) are offered it, and what it holds. The one list: the CLI's
``export --format`` choices and help, the UI's download list and :func:`~.run.export`'s
checks are built from :data:`KINDS`.

Pure data (no pandas), so the command line builds its choices without loading the writers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportKind:
    """One kind of export. ``formats``: the file types (suffixes) it is written as;
    ``options``: the keyword options its writer takes besides ``viewer`` and ``min_cell``;
    ``viewers``: offered to viewers (Browse's downloads, under the viewer rules)."""

    name: str
    formats: tuple[str, ...]
    options: tuple[str, ...]
    viewers: bool
    description: str


KINDS: dict[str, ExportKind] = {
    k.name: k
    for k in (
        ExportKind(
            "segments",
            ("csv", "xlsx"),
            ("suggestions",),
            True,
            "every live coding with its text, in codebook order",
        ),
        ExportKind(
            "table",
            ("csv", "xlsx"),
            ("by", "among"),
            True,
            "codes x subgroups: weighted prevalence, 95% CI, n and p",
        ),
        ExportKind(
            "codebook",
            ("yaml", "csv", "qdc", "docx", "md"),
            (),
            True,
            "the code tree with definitions, criteria and examples",
        ),
        ExportKind(
            "report",
            ("html", "docx", "md"),
            ("by", "codes", "items", "language"),
            True,
            "joint displays per theme, charts, tests and the method",
        ),
        ExportKind("qdpx", ("qdpx",), (), False, "a REFI-QDA project for other QDA tools"),
        ExportKind(
            "dataset",
            ("csv", "xlsx", "sav", "zip"),
            ("quasi", "k", "full"),
            False,
            "respondent-level data with a 0/1 column per code: anonymised (pseudonyms, "
            "coarsened quasi-identifiers) or the full version; .sav for SPSS, .zip a tidy "
            "csv with an R script for the survey package",
        ),
    )
}
ALIASES = {"yml": "yaml", "htm": "html", "markdown": "md"}  # other spellings of a suffix


def viewer_kinds() -> list[str]:
    """The kinds offered to viewers, in registry order."""
    return [name for name, kind in KINDS.items() if kind.viewers]


def taking(option: str) -> list[str]:
    """The kinds that take ``option``."""
    return [name for name, kind in KINDS.items() if option in kind.options]


def summary() -> str:
    """Every kind with its file types, for help texts: ``segments (.csv/.xlsx), ...``."""
    return ", ".join(
        f"{name} ({'/'.join('.' + f for f in kind.formats)})" for name, kind in KINDS.items()
    )
