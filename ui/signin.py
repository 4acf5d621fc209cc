"""Who is using the app: single-user laptop mode, or server mode with sign-in.

Laptop mode (the default, ``bash run.sh``): no sign-in; the sidebar says so and has a free
coder field, as before. Server mode is on when $DUIDING_PROJECTS names the projects folder:

- every project is a file in that folder, chosen by name (:mod:`workbench.projects_folder`);
- nobody gets past the sign-in page without signing in, and the signed-in user is the coder
  of everything done in the session (there is no coder field);
- sign-in is OpenID Connect through Streamlit's ``st.login`` when ``.streamlit/secrets.toml``
  has an ``[auth]`` section (the user is the ID token's claim $DUIDING_USER_CLAIM, by default
  ``email``), else local accounts of the folder (:mod:`workbench.accounts`).

The signed-in name of a local account lives in the session's state under :data:`IDENTITY`,
a key no widget has (a browser can only send widget values), and only the sign-in callback
sets it, after the password was checked; OIDC's identity is Streamlit's signed cookie.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import streamlit as st

from ui.common import error_text, t
from workbench import WorkbenchError
from workbench.projects_folder import ProjectsFolder

PROJECTS_ENV = "DUIDING_PROJECTS"
CLAIM_ENV = "DUIDING_USER_CLAIM"
DEFAULT_CLAIM = "email"
IDENTITY = "_duiding_identity"


def server_mode() -> bool:
    """Whether $DUIDING_PROJECTS is set: a team server, with sign-in and a projects folder."""
    return bool(os.environ.get(PROJECTS_ENV, "").strip())


@cache
def _folder(root: str) -> ProjectsFolder:
    return ProjectsFolder(root)


def projects_folder() -> ProjectsFolder:
    """The server's projects folder (:class:`WorkbenchError` if it does not exist)."""
    return _folder(os.environ[PROJECTS_ENV].strip())


def oidc() -> bool:
    """Whether sign-in goes through an identity provider: an [auth] section in the secrets."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises its own error type
        return False


def claim() -> str:
    return os.environ.get(CLAIM_ENV, "").strip() or DEFAULT_CLAIM


def signed_in_user() -> str | None:
    """The signed-in user's name in server mode, or None when nobody is signed in."""
    if oidc():
        if not st.user.is_logged_in:
            return None
        value = st.user.get(claim())
        return str(value).strip().lower() if value else None
    return st.session_state.get(IDENTITY)


def _local_sign_in() -> None:
    """Form callback: check the name and password; the password leaves the session either way."""
    from workbench.accounts import Accounts

    name = st.session_state.get("signin_name", "")
    password = st.session_state.pop("signin_password", "")
    try:
        with Accounts(projects_folder().root) as accounts:
            user = accounts.verify(name, password)
    except WorkbenchError as error:
        st.session_state["signin_error"] = str(error)
        return
    finally:
        del password
    _fresh_session()  # nothing of an earlier visitor's session carries over
    st.session_state[IDENTITY] = user


def sign_in_page() -> None:
    """The only page before sign-in: the provider's button or the accounts form; stops the run."""
    st.title(t("sign_in"))
    st.caption(t("sign_in_intro"))
    if oidc():
        if st.user.is_logged_in:  # signed in, but without the claim that names the user
            st.error(t("missing_claim", claim=claim()))
            st.button(t("sign_out"), on_click=st.logout)
        else:
            st.button(t("sign_in_with"), on_click=st.login, type="primary")
        st.stop()
    with st.form("signin", enter_to_submit=True):
        st.text_input(t("user_name"), key="signin_name", autocomplete="username")
        st.text_input(
            t("password"), key="signin_password", type="password", autocomplete="current-password"
        )
        st.form_submit_button(t("sign_in"), on_click=_local_sign_in, type="primary")
    if "signin_error" in st.session_state:
        st.error(error_text(st.session_state.pop("signin_error")))
    st.stop()


def _fresh_session() -> None:
    """Forget everything the session holds but the interface language."""
    language = st.session_state.get("ui_language", "nl")
    st.session_state.clear()
    st.session_state["ui_language"] = language


def _local_sign_out() -> None:
    _fresh_session()


def sidebar_identity(user: str) -> None:
    """Who is signed in, and the sign-out button (in the sidebar)."""
    st.caption(t("signed_in_as", user=user))
    st.button(t("sign_out"), on_click=st.logout if oidc() else _local_sign_out)


def project_choice() -> None:
    """The sidebar's project list: the projects in the folder, by name (never a path)."""
    folder = projects_folder()
    names = folder.names()
    current = st.session_state.get("project_name")
    if current not in names:
        st.session_state["project_name"] = None
    st.selectbox(t("project"), names, key="project_name", index=None, placeholder="…")
    st.caption(t("projects_folder", folder=str(folder.given)))


def chosen_project() -> Path | None:
    """The chosen project's file in the folder, or None."""
    name = st.session_state.get("project_name")
    return projects_folder().path(name) if name else None
