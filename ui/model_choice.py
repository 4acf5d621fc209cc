"""The embedding model selector of the Topics and Suggestions pages: the registry's models
by name (workbench.assist.models), the installed ones selectable with their title and
languages, the others listed as not installed. Each page opens on its purpose's default
(models.DEFAULTS); a model the user chose is remembered for the session (one choice for
both pages) under :data:`CHOSEN`."""

from __future__ import annotations

import streamlit as st

from ui.common import t
from ui.i18n import STRINGS
from workbench import Project

CHOSEN = "embedding_model"  # session key: the model the user chose last, on either page


def _title(model: dict) -> str:
    """The model's title in the interface language (the registry's English as fallback)."""
    key = f"model_title_{model['name']}"
    return t(key) if key in STRINGS else model["title"]


def _languages(model: dict) -> str:
    key = f"model_languages_{model['name']}"
    return t(key) if key in STRINGS else model["languages"]


def model_selector(page: str, container=st) -> str:
    """A selectbox of the installed models (in a form or not); returns the chosen name and
    remembers it under :data:`CHOSEN`. ``page`` ("topics" or "suggest") keeps the widget
    keys of the pages apart and picks the default: each purpose has its own."""
    listed = Project.models()
    installed = {m["name"]: m for m in listed if m["installed"]}
    purpose = "topics" if page == "topics" else "suggestions"
    default = next(m["name"] for m in listed if purpose in m["default_for"])
    current = st.session_state.get(CHOSEN)
    if current not in installed:
        current = default if default in installed else next(iter(installed))
    # labels made now, in this run's language (a format_func reads no state later)
    labels = {name: f"{name}: {_title(m)} ({_languages(m)})" for name, m in installed.items()}
    choice = container.selectbox(
        t("embedding_model"),
        list(installed),
        index=list(installed).index(current),
        format_func=labels.__getitem__,
        key=f"{page}_embedding",
        help=t("embedding_model_help"),
    )
    missing = [m for m in listed if not m["installed"]]
    if missing:
        container.caption(
            t(
                "models_not_installed",
                models=", ".join(f"{m['name']} ({m['package']})" for m in missing),
            )
        )
    if choice != default or CHOSEN in st.session_state:  # only a choice the user made
        st.session_state[CHOSEN] = choice
    return choice
