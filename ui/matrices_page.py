"""Matrices page: codes x codes (co-occurrence) or codes x the groups of a survey variable,
the focus groups or a speaker attribute, as a heatmap and a table (people per cell, with
the weighted share of respondents where asked); a cell's passages (clicked in the table, or
chosen); PNG/SVG/CSV downloads with cells under the small-cell threshold blanked; and word
frequencies per code or group. Every figure comes from project.matrices; data names are
shown as plain text (table cells, selectbox options, escaped HTML)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data
from ui.common import (
    cache_key,
    can,
    escaped,
    is_open,
    plain,
    require_project,
    t,
    unit_labels,
)
from workbench import events

FIGURES = ("people", "units", "share")
PASSAGES = 20


def column_choices(path: str, version: str, counts: dict) -> list[str]:
    """What the columns can be: codes, each survey variable, the focus groups, each
    speaker attribute (as the API names them)."""
    survey = [v["name"] for v in data.variables(path, counts["respondents"])]
    speakers = data.speakers(path, version)
    attributes = sorted({k for s in speakers for k in s["attributes"]})
    choices = ["codes", *survey]
    if speakers:
        choices.append("focus-group")
    return choices + [f"speaker:{a}" for a in attributes]


def column_label(choice: str) -> str:
    """A column choice as the selectbox shows it (plain text: options are not Markdown)."""
    if choice == "codes":
        return plain("mx_codes_columns")
    if choice == "focus-group":
        return plain("mx_focus_groups")
    if choice.startswith("speaker:"):
        return plain("mx_speaker_attribute", name=choice.removeprefix("speaker:"))
    return choice


def cell_text(cell: dict, threshold: int, figure: str) -> str:
    """A cell as the table shows it: the figure, "< threshold" where blanked, * if small."""
    value = cell.get(figure)
    if value is None:
        if cell["suppressed"] and (cell.get("people") is None or figure == "share"):
            return f"< {threshold}"
        return ""
    text = f"{100 * value:.1f}%" if figure == "share" else f"{int(value):,}"
    if figure == "people" and cell.get("share") is not None:
        text += f" ({100 * cell['share']:.0f}%)"
    return text + (" *" if cell["suppressed"] else "")


def shown_table(result: dict, figure: str) -> pd.DataFrame:
    """Rows x columns of cell texts; the group sizes as a last row for group columns."""
    cells = {(c["row"], c["column"]): c for c in result["cells"]}
    threshold = result["min_cell"]
    rows = {
        row: [cell_text(cells[(row, col)], threshold, figure) for col in result["columns"]]
        for row in result["rows"]
    }
    table = pd.DataFrame.from_dict(rows, orient="index", columns=result["columns"], dtype=object)
    if result["kind"] != "codes" and result["rows"]:
        first = result["rows"][0]
        table.loc[plain("mx_size")] = [
            "" if cells[(first, c)]["size"] is None else str(cells[(first, c)]["size"])
            for c in result["columns"]
        ]
    return table


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        counts = data.counts(path, version)
    st.title(t("page_matrices"))
    if not codes:
        st.info(t("no_codes"))
        return
    matrix_tab, words_tab = st.tabs(
        [t("mx_matrix"), t("mx_words")], key="mx_tab", on_change="rerun"
    )
    if is_open(matrix_tab):
        with matrix_tab:
            matrix_view(path, version, counts, [c["path"] for c in codes])
    if is_open(words_tab):
        with words_tab:
            words_view(path, version, counts, [c["path"] for c in codes])


def matrix_view(path: str, version: str, counts: dict, paths: list[str]) -> None:
    choices = column_choices(path, version, counts)
    top, middle, right = st.columns([2, 3, 1])
    names = {c: column_label(c) for c in choices}  # labels made here, in the session's language
    columns = top.selectbox(t("mx_columns"), choices, format_func=names.get, key="mx_columns")
    chosen = middle.multiselect(
        t("mx_rows"), paths, key="mx_codes", placeholder=plain("mx_all_codes")
    )
    labels = unit_labels()
    unit = right.selectbox(t("unit"), list(labels), format_func=labels.get, key="mx_unit")
    survey = columns not in ("codes", "focus-group") and not columns.startswith("speaker:")
    weighted = survey and st.checkbox(t("mx_weighted"), key="mx_weighted")
    figures = [f for f in FIGURES if f != "share" or weighted]
    figure_names = {f: t(f"mx_{f}") for f in figures}
    figure = st.radio(
        t("mx_figure"), figures, format_func=figure_names.get, horizontal=True, key="mx_fig"
    )
    codes = tuple(chosen) or None
    result = data.matrix(path, version, columns, codes, unit, weighted)
    threshold = result["min_cell"]
    table = shown_table(result, figure)
    st.caption(
        t(
            "mx_help",
            people=plain(f"mx_who_{result['people']}"),
            unit=labels[result["unit"]],
            threshold=threshold,
        )
    )
    for note in result["notes"]:
        st.text(note)
    clicked = heatmap(result, figure)
    event = st.dataframe(
        table, width="stretch", on_select="rerun", selection_mode="single-cell", key="mx_table"
    )
    picked = _picked(event, table, result) or clicked
    st.caption(plain("mx_chart_note", threshold=threshold))

    def chart(fmt: str):  # made when the button is pressed: matplotlib loads only then
        return lambda: data.matrix_chart(path, version, columns, codes, unit, weighted, figure, fmt)

    left, middle, right = st.columns(3)
    name = f"matrix-{figure}"
    left.download_button(
        t("mx_download_png"), chart("png"), f"{name}.png", "image/png", key="mx_png"
    )
    middle.download_button(
        t("mx_download_svg"), chart("svg"), f"{name}.svg", "image/svg+xml", key="mx_svg"
    )
    right.download_button(
        t("mx_download_csv"),
        lambda: data.matrix_csv(path, version, columns, codes, unit, weighted),
        f"{name}.csv",
        "text/csv",
        key="mx_csv",
    )
    cell_passages(path, version, result, unit, picked)


def heatmap(result: dict, figure: str) -> tuple[str, str] | None:
    """The matrix as a Vega-Lite heatmap (no Python chart library loads), suppressed cells
    blank, as in the downloads; returns the cell clicked, if any."""
    values = [
        {
            "row": c["row"],
            "column": c["column"],
            "value": None if c["suppressed"] else c.get(figure),
            "label": "–" if c["suppressed"] else _label(c.get(figure), figure),
        }
        for c in result["cells"]
    ]
    spec = {
        "data": {"values": values},
        "height": {"step": 26},
        "params": [{"name": "cell", "select": {"type": "point", "fields": ["row", "column"]}}],
        "encoding": {
            "x": {"field": "column", "type": "nominal", "sort": result["columns"], "title": None},
            "y": {"field": "row", "type": "nominal", "sort": result["rows"], "title": None},
        },
        "layer": [
            {
                "mark": "rect",
                "encoding": {
                    "color": {
                        "field": "value",
                        "type": "quantitative",
                        "scale": {"scheme": "blues"},
                        "legend": None,
                    }
                },
            },
            {"mark": {"type": "text", "fontSize": 11}, "encoding": {"text": {"field": "label"}}},
        ],
    }
    event = st.vega_lite_chart(spec, on_select="rerun", key="mx_heatmap", width="stretch")
    points = ((getattr(event, "selection", None) or {}).get("cell")) or []
    if points and "row" in points[0] and "column" in points[0]:
        return str(points[0]["row"]), str(points[0]["column"])
    return None


def _label(value, figure: str) -> str:
    if value is None:
        return ""
    return f"{100 * value:.0f}%" if figure == "share" else f"{int(value):,}"


def _picked(event, table: pd.DataFrame, result: dict) -> tuple[str, str] | None:
    """The cell clicked in the table (row code, column), if any."""
    cells = getattr(getattr(event, "selection", None), "cells", None) or []
    if not cells:
        return None
    row, column = cells[0]
    if not isinstance(row, int) or row >= len(result["rows"]):
        return None
    return table.index[row], column


def cell_passages(
    path: str, version: str, result: dict, unit: str, picked: tuple[str, str] | None
) -> None:
    st.subheader(t("mx_cell"))
    if not can(events.READ_TEXT):
        st.info(t("mx_no_text"))
        return
    state = st.session_state
    if picked and picked != state.get("mx_picked"):
        state["mx_picked"] = picked
        state["mx_row"], state["mx_col"] = picked
        state["mx_go"] = True
    st.caption(t("mx_pick_help"))
    left, right, button = st.columns([2, 2, 1], vertical_alignment="bottom")
    row = left.selectbox(t("mx_row"), result["rows"], key="mx_row")
    column = right.selectbox(t("mx_column"), result["columns"], key="mx_col")
    if button.button(t("mx_show_passages"), key="mx_show"):
        state["mx_go"] = True
    if not state.get("mx_go") or row is None or column is None:
        return
    rows = passages(path, version, result, unit, row, column)
    st.caption(t("mx_n_passages", n=len(rows)))
    if rows.empty:
        st.info(t("mx_no_passages"))
        return
    for _, passage in rows.head(PASSAGES).iterrows():
        who = " · ".join(
            str(passage[k])
            for k in ("respondent", "group", "speaker", "code", "coder")
            if isinstance(passage.get(k), str) and passage[k]
        )
        st.html(
            "<div class='duiding-passage' style='border-left:3px solid #8884;padding:2px 10px;"
            f"margin-bottom:10px'><small style='opacity:.75'>{escaped(who)}</small>"
            f"<div style='white-space:pre-wrap'>{escaped(passage['unit_text'])}</div></div>"
        )


def passages(
    path: str, version: str, result: dict, unit: str, row: str, column: str
) -> pd.DataFrame:
    """The row code's passages in the cell: in units that also carry the column code, or
    from people of the column's group (the retrieval API's filters)."""
    kind, variable = result["kind"], result["columns_of"]
    respondents = ((variable, (column,)),) if kind == "survey" else ()
    group = column if kind == "focus-group" else None
    speakers = ((variable.removeprefix("speaker:"), (column,)),) if kind == "speakers" else ()
    rows = data.retrieve(path, version, row, None, unit, respondents, group, speakers)
    if kind == "codes":
        other = data.retrieve(path, version, column, None, unit, (), None, ())
        rows = rows[rows["unit_id"].isin(set(other["unit_id"]))]
    return rows.drop_duplicates("unit_id").reset_index(drop=True)


def words_view(path: str, version: str, counts: dict, paths: list[str]) -> None:
    left, middle, right = st.columns([3, 3, 1])
    none = plain("mx_nobody")
    code = left.selectbox(
        t("mx_word_code"), ["", *paths], format_func=lambda p: p or none, key="mx_word_code"
    )
    groups = {"": none}
    groups.update({c: column_label(c) for c in column_choices(path, version, counts)})
    del groups["codes"]
    by = middle.selectbox(t("mx_word_by"), list(groups), format_func=groups.get, key="mx_word_by")
    top = right.number_input(t("mx_top"), 5, 200, 30, step=5, key="mx_word_top")
    table, threshold = data.words(path, version, code or None, by or None, int(top), "units")
    st.caption(t("mx_words_help", threshold=threshold))
    if table.empty:
        st.info(t("mx_no_words"))
        return
    shown = pd.DataFrame(
        {
            plain("mx_group"): table["group"].astype(str),
            plain("mx_word"): table["word"].astype(str),
            plain("mx_units"): table["units"],
            plain("mx_count"): table["count"],
            "*": table["suppressed"].map({True: "*", False: ""}),
        }
    )
    st.dataframe(shown, hide_index=True, width="stretch")


render()
