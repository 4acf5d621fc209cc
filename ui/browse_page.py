"""Browse page (read-only, for policy staff): themes with counts and redacted quotes, and a
subgroup view per survey variable. Figures from fewer respondents than the small-cell
threshold come back suppressed (None) from the API and are shown as "< threshold". No
respondent ids, speaker names or focus groups are shown, and nothing here can change the
project: the page has no editing widgets (a filter box only). One share throughout, named
in the captions: the weighted share of respondents who answered an open question with its
95% CI, the same figure on a theme's card and per group (table and chart, where suppressed
groups are named and left out, never drawn as 0), with the line saying what it rests on
(method, coded answers, sample) in the interface language. Themes can be filtered by path
or label; beyond the first few they are collapsed. Its downloads follow the viewer rules."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data
from ui.common import cache_key, escaped, is_open, plain, require_project, t
from ui.downloads import export_panel
from ui.figure_info import method_name, note, refused_note
from workbench import WorkbenchError, small_cells
from workbench.figures import THIN_MENTIONS


def suppressed(value, threshold: int, percent: bool = False) -> str:
    """A figure as Browse shows it: "< threshold" where the API suppressed it (None)."""
    if small_cells.unknown(value):
        return f"< {threshold}"
    if percent:
        return f"{100 * float(value):.1f}%"
    return f"{int(value):,}"


def theme_cards(result: dict, themes: list[dict]) -> None:
    threshold = result["min_cell"]
    language = st.session_state.get("ui_language", "nl")
    for theme in themes:
        name = theme["code"]
        if language == "en" and theme.get("label_en"):
            name = f"{theme['code']} ({theme['label_en']})"
        depth = theme["code"].count("/")
        quotes = "".join(
            f"<blockquote style='margin:4px 0 4px 0;padding:2px 10px;border-left:3px solid #8886;"
            f"white-space:pre-wrap'>{escaped(q)}</blockquote>"
            for q in theme["quotes"]
        )
        figures = " · ".join(
            f"{escaped(t(label))}: <b>{escaped(suppressed(theme[field], threshold))}</b>"
            for label, field in (
                ("respondents", "respondents"),
                ("answers", "answers"),
                ("participants", "participants"),
            )
        )
        share = theme.get("prevalence")
        basis = ""
        if share:
            figures = (
                f"{escaped(t('weighted_share'))}: <b>{100 * share['estimate']:.1f}%</b> "
                f"({escaped(t('ci95'))} {100 * share['ci_low']:.1f}–{100 * share['ci_high']:.1f}%)"
                + (f" · {escaped(t('thin_mark', n=THIN_MENTIONS))}" if share.get("thin") else "")
                + " · "
                + figures
            )
            line = (share.get("bases") or {}).get(language) or share.get("basis")
            if line:
                basis = (
                    f"<div class='duiding-basis' style='opacity:.75;font-size:.85em'>"
                    f"{escaped(method_name(share.get('method')))}: {escaped(line)}</div>"
                )
        definition = (
            f"<div style='opacity:.8;font-size:.9em'>{escaped(theme['definition'])}</div>"
            if theme.get("definition")
            else ""
        )
        st.html(
            f"<div class='duiding-theme' style='margin:0 0 12px {depth * 1.5}em;"
            f"padding:6px 12px;border:1px solid #8884;border-radius:8px'>"
            f"<div style='font-size:1.05em'><b>{escaped(name)}</b></div>{definition}"
            f"<div style='font-size:.9em;margin:3px 0'>{figures}</div>{basis}{quotes}</div>"
        )


def percent(value) -> str:
    return "" if small_cells.unknown(value) else f"{100 * float(value):.1f}%"


def subgroup_table(table: pd.DataFrame, threshold: int) -> pd.DataFrame:
    """The by-group figures as shown: text throughout, "< threshold" where suppressed."""
    ci = [
        f"< {threshold}" if small_cells.unknown(low) else f"{percent(low)} – {percent(high)}"
        for low, high in zip(table["ci_low"], table["ci_high"])
    ]
    return pd.DataFrame(
        {
            t("value"): table["value"].astype(str),
            t("answered_respondents"): [suppressed(v, threshold) for v in table["respondents"]],
            t("coded_respondents"): [suppressed(v, threshold) for v in table["coded"]],
            t("share"): [suppressed(v, threshold, percent=True) for v in table["share"]],
            t("ci95"): ci,
            t("thin_column"): [
                t("thin_mark", n=THIN_MENTIONS) if thin is True else "" for thin in table["thin"]
            ],
        }
    )


def subgroup_chart(table: pd.DataFrame, variable: str) -> dict | None:
    """A Vega-Lite spec (a plain dict: no altair import) of the shown groups' shares with
    their 95% CI as bars; suppressed groups are left out, never drawn as 0."""
    rows = [
        {
            "group": str(row["value"]),
            "share": float(row["share"]),
            "low": float(row["ci_low"]),
            "high": float(row["ci_high"]),
        }
        for row in table.to_dict(orient="records")
        if not row["suppressed"] and not small_cells.unknown(row["share"])
    ]
    if not rows:
        return None
    axis = {"format": "%", "title": t("share")}
    group = {"field": "group", "type": "nominal", "title": variable, "sort": None}
    return {
        "data": {"values": rows},
        "height": 36 * len(rows) + 20,
        "layer": [
            {
                "mark": {"type": "rule"},
                "encoding": {
                    "y": group,
                    "x": {"field": "low", "type": "quantitative", "axis": axis},
                    "x2": {"field": "high"},
                },
            },
            {
                "mark": {"type": "point", "filled": True, "size": 80},
                "encoding": {
                    "y": group,
                    "x": {"field": "share", "type": "quantitative", "axis": axis},
                    "tooltip": [
                        {"field": "group", "title": variable},
                        {"field": "share", "format": ".1%", "title": t("share")},
                        {"field": "low", "format": ".1%"},
                        {"field": "high", "format": ".1%"},
                    ],
                },
            },
        ],
    }


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        counts = data.counts(path, version)
        title = project.settings.get("name", "")
    st.title(t("page_browse"))
    st.html(f"<div style='opacity:.75'>{escaped(title)}</div>")
    result = data.browse(path, version)
    threshold = result["min_cell"]
    st.caption(t("browse_caption", threshold=threshold))
    themes_tab, groups_tab, downloads_tab = st.tabs(
        [t("themes"), t("subgroups"), t("downloads")], key="browse_tab", on_change="rerun"
    )
    if is_open(themes_tab):
        with themes_tab:
            themes(result)
    if is_open(groups_tab):
        with groups_tab:
            subgroups(path, version, counts, result)
    if is_open(downloads_tab):
        with downloads_tab:
            st.caption(t("viewer_downloads", threshold=threshold))
            names = [v["name"] for v in data.variables(path, counts["respondents"])]
            export_panel(names, viewer_only=True, key="browse_export")


FIRST = 8  # themes shown open; the rest collapse until asked for


def matching(themes: list[dict], text: str) -> list[dict]:
    """The themes whose path or English label contains ``text`` (case-insensitive)."""
    needle = text.strip().casefold()
    if not needle:
        return themes
    return [
        th
        for th in themes
        if needle in th["code"].casefold() or needle in (th.get("label_en") or "").casefold()
    ]


def themes(result: dict) -> None:
    threshold = result["min_cell"]
    if not result["themes"]:
        st.info(t("no_themes"))
        return
    st.caption(t("share_definition"))
    text = st.text_input(t("theme_filter"), key="browse_filter", help=t("theme_filter_help"))
    found = matching(result["themes"], text)
    if not found:
        st.info(t("no_theme_matches"))
        return
    shown = [th for th in found if th["respondents"] is not None or th["participants"] is not None]
    small = [th for th in found if th not in shown]
    if not shown:
        st.info(t("no_theme_big_enough", threshold=threshold))
    theme_cards(result, shown[:FIRST])
    if shown[FIRST:]:
        with st.expander(t("more_themes", n=len(shown) - FIRST), expanded=bool(text.strip())):
            theme_cards(result, shown[FIRST:])
    if small:
        with st.expander(t("small_themes", threshold=threshold, n=len(small))):
            theme_cards(result, small)


def subgroups(path: str, version: str, counts: dict, result: dict) -> None:
    codes = [theme["code"] for theme in result["themes"]]
    names = [v["name"] for v in data.variables(path, counts["respondents"])]
    if not codes or not names:
        st.info(t("no_subgroups"))
        return
    left, right = st.columns(2)
    code = left.selectbox(t("theme"), codes, key="browse_code")
    variable = right.selectbox(t("variable"), names, key="browse_variable")
    try:
        table, threshold, notes = data.browse_by(path, version, code, variable)
    except WorkbenchError:  # no valid method yet: say why, with the coverage
        try:
            coverage = data.coverage(path, version, code, None, "consensus")
        except WorkbenchError:
            coverage = None
        refused_note(coverage)
        return
    st.caption(t("share_by_group", variable=variable))
    language = st.session_state.get("ui_language", "nl")
    line = notes["bases"].get(language) or notes["basis"]
    note(f"{method_name(notes['method'])}: {line}")
    shown, drawn = st.columns(2)
    shown.dataframe(subgroup_table(table, threshold), hide_index=True, width="stretch")
    spec = subgroup_chart(table, variable)
    if spec is not None:
        drawn.vega_lite_chart(spec, width="stretch")
    absent = [str(v) for v, gone in zip(table["value"], table["suppressed"]) if gone]
    if absent:
        with drawn:
            note(plain("absent_groups", threshold=threshold, groups=", ".join(absent)), "absent")
    st.caption(t("suppressed_help", threshold=threshold))


render()
