"""Search page: full-text search over answers, turns or sentences (words and lemmas)."""

from __future__ import annotations

import streamlit as st

from ui.common import escaped, require_project, show_error, t, unit_labels
from workbench import WorkbenchError


def render() -> None:
    with require_project() as project:
        query = st.text_input(t("query"), key="search_query")
        labels = {label: unit for unit, label in unit_labels().items()}
        unit = labels[st.radio(t("unit"), list(labels), horizontal=True, key="search_unit")]
        if not query.strip():
            return
        try:
            hits = project.search(query, unit=unit, limit=100)
        except WorkbenchError as error:
            show_error(error)
            return
        if not hits:
            st.info(t("no_hits"))
            return
        st.caption(f"{len(hits)} {t('hits')}")
        for hit in hits:
            # snippet_html is escaped by the API; only <mark> is added around matches.
            page = f" · {escaped(t('page_number', page=hit['page']))}" if hit["page"] else ""
            st.html(
                f"<div><small>{hit['kind']} {hit['segment_id']} · "
                f"{escaped(hit['title'])}{page}</small><br>{hit['snippet_html']}</div>"
            )


render()
