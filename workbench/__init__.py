"""Duiding: a workbench for coding open answers and focus groups, linked to survey estimates.

The Python API is the product; the CLI (``python -m workbench``) and the Streamlit app are
thin layers over it. Importing this package loads no UI and no models.
"""

from typing import TYPE_CHECKING, Any

from .errors import InputError, PermissionDenied, ProjectError, WorkbenchError
from .version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .project import Project

__all__ = [
    "InputError",
    "PermissionDenied",
    "Project",
    "ProjectError",
    "WorkbenchError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """``Project`` on first use, so ``python -m workbench --help`` does not load pandas."""
    if name == "Project":
        from .project import Project

        return Project
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
