"""Errors a user can act on.

Every problem with user input is raised as :class:`InputError`, whose message is one line
naming the file, the place in it (row, line) and the problem. The CLI prints that line and
exits non-zero; the UI shows it. Nothing else should be caught and shown to users as-is.
"""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """Base class for errors the workbench reports to users."""


class InputError(WorkbenchError, ValueError):
    """Bad input: names the file, the row or line, and the problem, in one line."""

    def __init__(
        self,
        file: str | Path | None,
        problem: str,
        *,
        row: int | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = str(file) if file is not None else None
        self.problem = problem
        self.row = row
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [self.file] if self.file else []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column!r}")
        parts.append(" ".join(self.problem.split()))
        return ": ".join(parts)


class ProjectError(WorkbenchError):
    """The project file is missing, locked, of an unknown schema version, or inconsistent."""


class PermissionDenied(WorkbenchError):
    """The acting user may not do this in this project: names the user, their role (or that
    they are no member) and what was refused, in one line. Nothing was written."""

    def __init__(self, project: str | Path, user: str, role: str | None, refused: str) -> None:
        self.project = str(project)
        self.user = user
        self.role = role
        self.refused = refused
        super().__init__(str(self))

    def __str__(self) -> str:
        who = f"{self.user!r} ({self.role})" if self.role else f"{self.user!r} (not a member)"
        return f"{self.project}: {who} may not {self.refused}; nothing was changed"
