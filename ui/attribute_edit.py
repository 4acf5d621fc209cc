"""On the Documents page: a transcript's speakers with their attributes and an answer's
respondent with their survey variables; owners correct one value at a time (each a
recorded event with the old and new value; a bad value is one error line, nothing written)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.common import act, can, labelled, plain, t
from workbench import Project

NOTICE = "attribute_notice"
NEW = "\u2795"  # the "new attribute" choice in the attribute list


def _notice() -> None:
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        kind, message = notice
        (st.error if kind == "error" else st.success)(message)


def _save_speaker(project: Project, group: str, prefix: str) -> str:
    speaker = st.session_state.get(f"{prefix}_speaker")
    attribute = st.session_state.get(f"{prefix}_attribute")
    if attribute == NEW:
        attribute = st.session_state.get(f"{prefix}_new", "")
    value = st.session_state.get(f"{prefix}_value", "")
    done = project.set_speaker_attribute(group, speaker, attribute, value)
    st.session_state[f"{prefix}_value"] = ""
    return t("value_saved", what=f"{speaker} · {done['attribute']}", new=done["new"] or "—")


def _save_variable(project: Project, respondent: str, prefix: str) -> str:
    variable = st.session_state.get(f"{prefix}_variable")
    value = st.session_state.get(f"{prefix}_value", "")
    done = project.set_respondent_value(respondent, variable, value)
    st.session_state[f"{prefix}_value"] = ""
    new = "—" if done["new"] is None else done["new"]
    return t("value_saved", what=f"{respondent} · {variable}", new=new)


def speakers_panel(project: Project, group: str) -> None:
    """The group's speakers and their attributes; for owners, a form to set one."""
    speakers = project.speakers(group)
    with st.expander(t("speakers_n", n=len(speakers))):
        _notice()
        rows = [{"speaker": s["name"], "turns": s["turns"], **s["attributes"]} for s in speakers]
        st.dataframe(labelled(pd.DataFrame(rows)), hide_index=True, width="stretch")
        if not speakers or not can("set-speaker"):
            return
        prefix = f"speaker_edit_{group}"
        names = [s["name"] for s in speakers]
        known = sorted({a for s in speakers for a in s["attributes"]})
        first, second, third = st.columns(3, vertical_alignment="bottom")
        first.selectbox(t("speaker"), names, key=f"{prefix}_speaker")
        new_label = plain("new_attribute")  # now: a format_func may be called outside a run
        attribute = second.selectbox(
            t("attribute"),
            [*known, NEW],
            format_func=lambda a: new_label if a == NEW else a,
            key=f"{prefix}_attribute",
        )
        if attribute == NEW:
            second.text_input(t("attribute_name"), key=f"{prefix}_new")
        third.text_input(t("new_value"), key=f"{prefix}_value", help=t("new_value_help"))
        st.button(
            t("save_value"),
            key=f"{prefix}_save",
            on_click=act,
            args=(NOTICE, _save_speaker, group, prefix),
        )


def respondent_panel(project: Project, respondent: str) -> None:
    """The answer's respondent and their survey variables; for owners, a form to correct one."""
    frame = project.respondents()
    row = frame[frame["respondent"].astype(str) == str(respondent)]
    editable = [v["name"] for v in project.variables() if v["role"] == "variable"]
    with st.expander(t("respondent_is", respondent=respondent)):
        _notice()
        if not row.empty:
            values = [
                {"variable": name, "value": "" if pd.isna(v) else str(v)}
                for name, v in row.iloc[0].items()
                if name in editable
            ]
            st.dataframe(labelled(pd.DataFrame(values)), hide_index=True, width="stretch")
        if not editable or not can("set-variable"):
            return
        prefix = f"respondent_edit_{respondent}"
        first, second = st.columns(2, vertical_alignment="bottom")
        first.selectbox(t("variable"), editable, key=f"{prefix}_variable")
        second.text_input(t("new_value"), key=f"{prefix}_value", help=t("new_value_help"))
        st.button(
            t("save_value"),
            key=f"{prefix}_save",
            on_click=act,
            args=(NOTICE, _save_variable, respondent, prefix),
        )
