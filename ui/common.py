"""What every page shares: the open project, the UI language, safe display of data text."""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

import streamlit as st

from ui.i18n import translate
from workbench import Project, WorkbenchError


def t(key: str) -> str:
    return translate(key, st.session_state.get("ui_language", "nl"))


def default_project_path() -> str:
    """From ``streamlit run app.py -- PROJECT`` or $DUIDING_PROJECT, else empty."""
    args = [a for a in sys.argv[1:] if a.endswith(".db")]
    return args[-1] if args else os.environ.get("DUIDING_PROJECT", "")


def project_path() -> Path | None:
    value = st.session_state.get("project_path", "").strip()
    return Path(value) if value else None


def open_project() -> Project | None:
    """The session's project, opened for this run (SQLite connections are cheap and per thread)."""
    path = project_path()
    if path is None or not path.exists():
        return None
    try:
        return Project.open(path, user=st.session_state.get("coder") or None)
    except WorkbenchError as error:
        st.error(str(error))
        return None


def require_project() -> Project:
    project = open_project()
    if project is None:
        st.info(t("no_project"))
        st.stop()
    return project


def show_error(error: Exception) -> None:
    st.error(f"{t('error')}: {error}")


def escaped(text: str) -> str:
    """Data text made safe for st.html / st.markdown: HTML-escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def text_block(text: str) -> None:
    """Show data text exactly as it is: no HTML, no markdown."""
    st.html(f'<div class="duiding-text" style="white-space: pre-wrap">{html.escape(text)}</div>')
