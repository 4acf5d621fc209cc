"""Duiding's Streamlit app: the router and the shared sidebar. Pages live in ui/.

Run: ``streamlit run app.py -- PROJECT.db`` (or set $DUIDING_PROJECT).
"""

import streamlit as st

from ui.common import default_project_path, t
from ui.i18n import LANGUAGES

st.set_page_config(page_title="Duiding", layout="wide")

state = st.session_state
state.setdefault("project_path", default_project_path())
state.setdefault("ui_language", "nl")
state.setdefault("coder", "")

with st.sidebar:
    st.selectbox(
        "Taal / Language", list(LANGUAGES), key="ui_language", format_func=LANGUAGES.get
    )
    st.text_input(t("project_file"), key="project_path")
    st.text_input(t("coder"), key="coder")

pages = [
    st.Page("ui/project_page.py", title=t("page_project"), url_path="project", default=True),
    st.Page("ui/documents_page.py", title=t("page_documents"), url_path="documents"),
    st.Page("ui/search_page.py", title=t("page_search"), url_path="search"),
]
st.navigation(pages).run()
