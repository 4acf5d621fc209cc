"""Export page: coded segments, the codes x subgroups table, the codebook, the report with
its method section, a REFI-QDA project and the anonymised dataset, as downloads. Every
export names the project, codebook version and state; figures from small groups are
suppressed, and the viewer rules redact quotes and drop identifiers."""

from __future__ import annotations

import streamlit as st

from ui import data
from ui.common import cache_key, can, require_project, t
from ui.downloads import export_panel
from workbench.events import EXPORT_RAW


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        counts = data.counts(path, version)
    st.title(t("page_export"))
    st.caption(t("export_intro"))
    variables = data.variables(path, counts["respondents"])
    names = [v["name"] for v in variables]
    themes = [c["path"] for c in data.codes(path, version)]
    export_panel(  # coders: the viewer rules
        names,
        viewer_only=not can(EXPORT_RAW),
        themes=themes,
        values=item_values(path, counts["respondents"], variables),
    )


def item_values(path: str, n_respondents: int, variables: list[dict]) -> dict[str, list[str]]:
    """Survey items the report can show: categorical variables (not the design's columns)
    with their values, for choosing which values count (as --item VARIABLE=VALUE,...)."""
    names = [v["name"] for v in variables if v["type"] == "categorical" and v["role"] == "variable"]
    if not names:
        return {}
    frame = data.respondents(path, n_respondents)
    return {
        name: sorted(frame[name].dropna().astype(str).unique().tolist())
        for name in names
        if name in frame.columns
    }


render()
