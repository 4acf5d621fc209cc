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
    names = [v["name"] for v in data.variables(path, counts["respondents"])]
    export_panel(names, viewer_only=not can(EXPORT_RAW))  # coders: the viewer rules


render()
