"""The Suggestions page's section for the LLM coder: where data goes (the endpoint's host,
shown before anything is sent; nothing is sent without an endpoint), its settings, its
agreement per code with the human coders against the threshold, and the check and run
buttons. Data text (code paths, coder names, hosts) is shown as plain text."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.common import act, t
from workbench import WorkbenchError

NOTICE = "llm_notice"


def _save(project) -> str:
    project.llm.configure(
        endpoint=st.session_state.get("llm_endpoint", ""),
        model=st.session_state.get("llm_model", ""),
        threshold=float(st.session_state.get("llm_threshold", 0.667)),
    )
    return t("llm_saved")


def _redact() -> bool:
    return bool(st.session_state.get("llm_redact", True))


def _check(project) -> str:
    result = project.llm.check(redact=_redact())
    return t("llm_checked", calls=result["calls"])


def _run(project) -> str:
    limit = int(st.session_state.get("llm_limit") or 0) or None
    result = project.llm.code(limit=limit, redact=_redact())
    message = t(
        "llm_done",
        calls=result["calls"],
        host=result["host"],
        suggested=result["suggested"],
        remaining=result["remaining"],
    )
    if result["refused"]:
        message += " " + t("llm_refused_codes", lines="; ".join(result["refused"]))
    return message


def _settings(current: dict) -> None:
    with st.form("llm_settings"):
        st.text_input(
            t("llm_endpoint"),
            value=current["endpoint"] or "",
            key="llm_endpoint",
            help=t("llm_endpoint_help"),
        )
        st.text_input(t("llm_model"), value=current["model"] or "", key="llm_model")
        st.number_input(
            t("llm_threshold"),
            min_value=-1.0,
            max_value=1.0,
            value=float(current["threshold"]),
            step=0.01,
            key="llm_threshold",
        )
        st.form_submit_button(t("llm_save"), on_click=act, args=(NOTICE, _save))


def _agreement(project) -> None:
    try:
        found = project.llm.agreement()
    except WorkbenchError:
        st.info(t("llm_no_check"))
        return
    if not found["codes"]:
        st.info(t("llm_no_check"))
        return
    st.caption(
        t(
            "llm_agreement",
            humans=", ".join(found["humans"]),
            sample=found["sample"],
            threshold=found["threshold"],
        )
    )
    rows = [
        {
            t("code"): row["code"],
            t("llm_col_alpha"): row["krippendorff_alpha"],
            t("llm_col_kappa"): row["cohen_kappa"],
            t("llm_col_human_alpha"): row["human_alpha"],
            t("llm_col_pairs"): row["pairs"],
            t("llm_col_gate"): t("llm_allowed") if row["passes"] else t("llm_refused"),
        }
        for row in found["codes"]
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True)


def render(project) -> None:
    """The section, in its own bordered box; ``project`` is open."""
    with st.container(border=True):
        _section(project)


def _section(project) -> None:
    st.subheader(t("llm_title"))
    st.caption(t("llm_intro"))
    if NOTICE in st.session_state:
        kind, text = st.session_state.pop(NOTICE)
        (st.success if kind == "success" else st.error)(text)
    current = project.llm.settings()
    if not current["endpoint"]:
        st.info(t("llm_off"))
    elif current["local"]:
        st.info(t("llm_where_local", host=current["host"]))
    else:
        st.warning(t("llm_where_remote", host=current["host"]))
    with st.expander(t("llm_settings"), expanded=not current["endpoint"]):
        _settings(current)
    if not current["endpoint"] or not current["model"]:
        return
    _agreement(project)
    st.checkbox(
        t("llm_redact"), value=not current["local"], key="llm_redact", help=t("llm_redact_help")
    )
    left, right = st.columns(2)
    left.button(t("llm_check"), key="llm_check_button", on_click=act, args=(NOTICE, _check))
    right.number_input(t("llm_limit"), min_value=0, value=50, step=10, key="llm_limit")
    right.button(t("llm_run"), key="llm_run_button", on_click=act, args=(NOTICE, _run))
