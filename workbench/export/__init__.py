"""Exports: coded tables, reports, REFI-QDA projects and anonymised data.

Each export writes to a temporary file beside the target and renames it only when complete,
so a failed export never leaves a half-written file. See :func:`workbench.export.common`
for the rules every export follows.
"""
