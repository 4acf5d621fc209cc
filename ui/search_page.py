"""Search page: full-text search over answers, turns or sentences (words and lemmas); a
coder codes a hit's unit from here (choose a code, "+" on the hit), as the signed-in
coder, without opening it on the Code page."""

from __future__ import annotations

import streamlit as st

from ui import data
from ui.common import (
    act,
    cache_key,
    can,
    coder,
    escaped,
    md,
    require_project,
    show_error,
    show_notice,
    t,
    unit_labels,
)
from workbench import Project, WorkbenchError

NOTICE = "search_notice"


def _code_hit(project: Project, segment_id: int, code_id: int) -> str:
    """A button callback: the hit's unit coded with the code, by the session's coder."""
    project.coding.code_segment(segment_id, code_id, coder=coder())
    return t("coded_notice", code=project.codebook.get(code_id).path)


def _chosen_code(project: Project) -> dict | None:
    """The code to apply to hits (leaves first in the list), or None where the user may not
    code or the codebook is empty."""
    if not can("code"):
        return None
    codes = data.codes(*cache_key(project))
    if not codes:
        return None
    by_id = {c["id"]: c for c in codes}
    ids = [c["id"] for c in codes if c["leaf"]] + [c["id"] for c in codes if not c["leaf"]]
    chosen = st.selectbox(
        t("code_hits_with"),
        ids,
        format_func=lambda i: by_id[i]["path"],
        key="search_code",
        help=t("code_hits_help", coder=coder()),
    )
    return by_id.get(chosen)


def render() -> None:
    with require_project() as project:
        show_notice(NOTICE)
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
        code = _chosen_code(project)
        done: set[tuple[int, int, int]] = set()
        if code is not None:
            done = {
                (c["document_id"], c["start"], c["end"])
                for c in project.coding.codings(codes=[code["id"]], coders=[coder()])
            }
        st.caption(f"{len(hits)} {t('hits')}")
        for hit in hits:
            # snippet_html is escaped by the API; only <mark> is added around matches.
            page = f" · {escaped(t('page_number', page=hit['page']))}" if hit["page"] else ""
            body = (
                f"<div><small>{hit['kind']} {hit['segment_id']} · "
                f"{escaped(hit['title'])}{page}</small><br>{hit['snippet_html']}</div>"
            )
            if code is None:
                st.html(body)
                continue
            text, button = st.columns([5, 1.4], vertical_alignment="center")
            text.html(body)
            coded = (hit["document_id"], hit["start"], hit["end"]) in done
            button.button(
                f"{'✓' if coded else '＋'} {md(code['name'])}",
                key=f"search-code-{hit['segment_id']}",
                disabled=coded,
                help=t("coded_already" if coded else "apply_help", code=code["path"]),
                on_click=act,
                args=(NOTICE, _code_hit, hit["segment_id"], code["id"]),
                width="stretch",
            )


render()
