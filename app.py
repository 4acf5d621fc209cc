"""Duiding's Streamlit app: the router and the shared sidebar. Pages live in ui/.

Run: ``streamlit run app.py -- PROJECT.db`` (or set $DUIDING_PROJECT): single-user laptop
mode, no sign-in. With $DUIDING_PROJECTS set it is a team server: sign-in first, projects only
from that folder, the signed-in user as the coder (ui/signin.py). With $DUIDING_MODE=browse
the app is read-only: it offers only the Browse page, and the project file cannot be changed
from the sidebar.
"""

import streamlit as st

from ui import signin
from ui.common import (
    acting,
    browse_mode,
    coder,
    default_coder,
    default_project_path,
    env_browse_mode,
    error_text,
    t,
)
from ui.i18n import LANGUAGES
from workbench import WorkbenchError

st.set_page_config(page_title="Duiding", layout="wide")

state = st.session_state
state.setdefault("ui_language", "nl")
state.setdefault("browse_mode", env_browse_mode())
if env_browse_mode():
    state["browse_mode"] = True
server = signin.server_mode()
if not server:
    state.setdefault("project_path", default_project_path())
    state.setdefault("coder", default_coder())

with st.sidebar:
    st.selectbox("Taal / Language", list(LANGUAGES), key="ui_language", format_func=LANGUAGES.get)
if server:
    try:
        signin.projects_folder()
    except WorkbenchError as error:
        st.error(error_text(error))
        st.stop()
    user = signin.signed_in_user()
    if not user:
        signin.sign_in_page()  # stops the run
with st.sidebar:
    read_only = browse_mode()
    if server:
        signin.project_choice()
    else:
        st.text_input(t("project_file"), key="project_path", disabled=read_only)
        if not read_only:
            st.text_input(t("coder"), key="coder")
    state["acting"] = acting()
    if state["acting"] is not None:
        mode, role = state["acting"]
        if role is None:
            st.error(t("not_a_member" if mode == "team" else "single_user_on_server", user=coder()))
        else:
            st.caption(t(f"acting_{mode.replace('-', '_')}", user=coder(), role=t(f"role_{role}")))
        read_only = read_only or role in (None, "viewer")
    st.toggle(
        t("browse_mode"), key="browse_mode", disabled=env_browse_mode(), help=t("browse_mode_help")
    )
    if server:
        signin.sidebar_identity(user)
    else:
        st.caption(t("single_user"))

browse = st.Page("ui/browse_page.py", title=t("page_browse"), url_path="browse", default=read_only)
if read_only:
    pages = [browse]
else:
    pages = {
        t("section_project"): [
            st.Page(
                "ui/project_page.py", title=t("page_project"), url_path="project", default=True
            ),
            st.Page("ui/documents_page.py", title=t("page_documents"), url_path="documents"),
            st.Page("ui/search_page.py", title=t("page_search"), url_path="search"),
        ],
        t("section_coding"): [
            st.Page("ui/codebook_page.py", title=t("page_codebook"), url_path="codebook"),
            st.Page("ui/code_page.py", title=t("page_code"), url_path="code"),
            st.Page("ui/samples_page.py", title=t("page_samples"), url_path="samples"),
            st.Page("ui/suggest_page.py", title=t("page_suggest"), url_path="suggestions"),
            st.Page("ui/topics_page.py", title=t("page_topics"), url_path="topics"),
            st.Page("ui/retrieve_page.py", title=t("page_retrieve"), url_path="retrieve"),
            st.Page("ui/agreement_page.py", title=t("page_agreement"), url_path="agreement"),
        ],
        t("section_report"): [
            st.Page("ui/mixed_page.py", title=t("page_mixed"), url_path="mixed"),
            st.Page("ui/matrices_page.py", title=t("page_matrices"), url_path="matrices"),
            browse,
            st.Page("ui/export_page.py", title=t("page_export"), url_path="export"),
        ],
    }
# every page listed: Streamlit folds a long list under its own "View more", in English
st.navigation(pages, expanded=True).run()
