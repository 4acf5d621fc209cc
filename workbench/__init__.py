"""Duiding: a workbench for coding open answers and focus groups, linked to survey estimates.

The Python API is the product; the CLI (``python -m workbench``) and the Streamlit app are
thin layers over it. Importing this package loads no UI and no models.
"""

from .errors import InputError, ProjectError, WorkbenchError
from .project import Project

__all__ = ["InputError", "Project", "ProjectError", "WorkbenchError"]
__version__ = "0.1.0"
