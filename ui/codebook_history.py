"""Parts of the Codebook page: the order of a code's siblings (up and down buttons, which
work from the keyboard like every button) and a code's history from the event log (who
changed what, and when), shown as plain text in a table."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui.common import md, plain, t
from workbench import Project

Change = Callable[[Callable[[Project], str]], bool]


def order_buttons(code: dict, codes: list[dict], version: int, change: Change) -> None:
    """The chosen code and its siblings in their order, each with up and down buttons."""
    siblings = [c for c in codes if c["parent_id"] == code["parent_id"]]
    st.markdown(f"**{t('sibling_order')}**")
    if len(siblings) < 2:
        st.caption(t("no_siblings"))
        return
    st.caption(t("order_help"))
    for n, sibling in enumerate(siblings):
        name, up, down = st.columns([6, 1, 1], vertical_alignment="center")
        label = md(sibling["name"])
        name.markdown(f"**{label}**" if sibling["id"] == code["id"] else label)
        for column, key, step, disabled in (
            (up, "up", "move_up", n == 0),
            (down, "down", "move_down", n == len(siblings) - 1),
        ):
            if column.button(
                "↑" if key == "up" else "↓",
                key=f"order_{key}_{sibling['id']}_{version}",
                help=t(step, code=sibling["name"]),
                disabled=disabled,
            ) and change(
                lambda p, path=sibling["path"], step=step: t(
                    "code_reordered", code=getattr(p.codebook, step)(path).path
                )
            ):
                st.rerun()


def history_table(project: Project, codes: list[dict]) -> None:
    """An expander with the history of one code (picked in it): one row per change."""
    with st.expander(t("history")):
        if not codes:
            st.caption(t("no_codes"))
            return
        by_path = {c["path"]: c["id"] for c in codes}
        chosen = st.selectbox(t("code"), list(by_path), key="history_code")
        rows = project.codebook.history(by_path[chosen])
        if not rows:
            st.caption(t("history_none"))
            return
        st.dataframe(
            [
                {
                    t("history_when"): r["time"][:19].replace("T", " "),
                    t("history_who"): r["user"],
                    t("history_what"): plain(f"history_{r['change']}", **r["details"]),
                }
                for r in reversed(rows)
            ],
            hide_index=True,
            width="stretch",
            key="history_rows",
        )
