"""Suggestions page: let a model propose codes for uncoded answers or turns, then review its
proposals one by one, most confident or most uncertain first, accepting or rejecting each
(as the sidebar's coder; undo reverses a decision). Suggestions never count as codings."""

from __future__ import annotations

import streamlit as st

from ui import data, llm_section
from ui.common import (
    cache_key,
    coder,
    error_text,
    escaped,
    open_project,
    require_project,
    stage_status,
    t,
    unit_labels,
)
from ui.model_choice import model_selector
from workbench import WorkbenchError

NOTICE = "suggest_notice"


def _decide(suggestion_id: int, accept: bool) -> None:
    project = open_project()
    if project is None:
        return
    with project:
        try:
            if accept:
                project.suggestions.accept(suggestion_id, coder=coder())
            else:
                project.suggestions.reject(suggestion_id, coder=coder())
        except WorkbenchError as error:
            st.session_state[NOTICE] = error_text(error)


def _undo() -> None:
    project = open_project()
    if project is not None:
        with project:
            project.coding.undo(coder=coder())


def run_form(project, codes: list[dict]) -> None:
    with st.form("suggest_form"):
        chosen = st.multiselect(
            t("codes"),
            [c["path"] for c in codes],
            key="suggest_codes",
            help=t("suggest_codes_help"),
            placeholder=t("choose_options"),
        )
        units = {label: u for u, label in unit_labels(("answers", "turns")).items()}
        unit = units[st.radio(t("unit"), list(units), horizontal=True, key="suggest_unit")]
        embedding = model_selector("suggest")
        if st.form_submit_button(t("run_suggestions")):
            try:
                with stage_status(t("running_model")) as progress:
                    result = project.suggestions.run(
                        chosen or None, unit=unit, embedding=embedding, progress=progress
                    )
            except WorkbenchError as error:
                st.error(error_text(error))
                return
            st.success(t("suggested", n=result["suggested"], model=result["model"]))


def review(project, codes: list[dict]) -> None:
    orders = {t("order_confidence"): "confidence", t("order_uncertainty"): "uncertainty"}
    left, right = st.columns(2)
    order = orders[left.radio(t("order"), list(orders), horizontal=True, key="suggest_order")]
    paths = {t("all_codes"): None, **{c["path"]: c["path"] for c in codes}}
    code = paths[right.selectbox(t("code"), list(paths), key="suggest_filter")]
    queue = project.suggestions.queue(coder=coder(), order=order, code=code, limit=20)
    if not queue:
        st.info(t("no_suggestions"))
        return
    st.button(t("undo"), on_click=_undo, key="suggest_undo", icon=":material/undo:")
    for item in queue:
        with st.container(border=True):
            st.html(
                f"<small>{escaped(item['code'])} · {t('score')} {item['score']:.2f}</small>"
                f"<div style='white-space:pre-wrap'>{escaped(item['text'])}</div>"
            )
            yes, no = st.columns(2)
            yes.button(
                t("accept"),
                key=f"accept-{item['id']}",
                on_click=_decide,
                args=(item["id"], True),
                icon=":material/check:",
            )
            no.button(
                t("reject"),
                key=f"reject-{item['id']}",
                on_click=_decide,
                args=(item["id"], False),
                icon=":material/close:",
            )


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        st.title(t("page_suggest"))
        st.caption(t("suggest_intro", coder=coder()))
        if NOTICE in st.session_state:
            st.error(st.session_state.pop(NOTICE))
        if not codes:
            st.info(t("no_codes"))
            return
        run_form(project, codes)
        llm_section.render(project)
        review(project, codes)


render()
