"""Retrieve page: every coded passage of a code, with the unit around it (the passage
marked) and who said it (respondent with chosen survey variables, or focus group, speaker
and speaker attributes); filters on survey variables, focus group, speaker attributes and
coder; and the code co-occurrence table."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from ui import data
from ui.common import (
    cache_key,
    clock,
    escaped,
    is_open,
    labelled,
    marked,
    md,
    paginate,
    require_project,
    t,
    unit_labels,
)

PAGE = 20


def _values(frame: pd.DataFrame, column: str) -> list[str]:
    return sorted({str(v) for v in frame[column].dropna().unique()})[:500]


def filters(path: str, version: str, counts: dict) -> dict:
    """The filter widgets; returns the arguments for retrieve and the columns to show."""
    chosen: dict = {"respondents": {}, "speakers": {}, "group": None, "show": []}
    survey = data.variables(path, counts["respondents"])
    names = [v["name"] for v in survey]
    speakers = data.speakers(path, version)
    with st.expander(t("filters"), expanded=False):
        left, right = st.columns(2)
        with left:
            st.markdown(f"**{t('survey')}**")
            chosen["show"] = st.multiselect(
                t("show_variables"), names, key="ret_show", placeholder=t("choose_options")
            )
            wanted = st.multiselect(
                t("filter_variables"), names, key="ret_filter_vars", placeholder=t("choose_options")
            )
            if wanted:
                frame = data.respondents(path, counts["respondents"])
                for name in wanted:
                    values = st.multiselect(
                        md(name),
                        _values(frame, name),
                        key=f"ret_var_{name}",
                        placeholder=t("choose_options"),
                    )
                    if values:
                        chosen["respondents"][name] = values
        with right:
            st.markdown(f"**{t('focus_groups')}**")
            groups = sorted({s["group"] for s in speakers})
            everyone = t("all")
            group = st.selectbox(
                t("group"), ["", *groups], key="ret_group", format_func=lambda g: g or everyone
            )
            chosen["group"] = group or None
            attributes = sorted({k for s in speakers for k in s["attributes"]})
            wanted = st.multiselect(
                t("filter_attributes"),
                attributes,
                key="ret_filter_attrs",
                placeholder=t("choose_options"),
            )
            for name in wanted:
                values = sorted(
                    {str(s["attributes"][name]) for s in speakers if name in s["attributes"]}
                )
                picked = st.multiselect(
                    md(name), values, key=f"ret_attr_{name}", placeholder=t("choose_options")
                )
                if picked:
                    chosen["speakers"][name] = picked
    return chosen


def _who(
    row: pd.Series, show: list[str], respondents: pd.DataFrame | None, attributes: dict
) -> str:
    if isinstance(row.get("respondent"), str) and row["respondent"]:
        parts = [f"{t('respondent')} {row['respondent']}"]
        if row.get("question"):
            parts.append(str(row["question"]))
        if show and respondents is not None and row["respondent"] in respondents.index:
            record = respondents.loc[row["respondent"]]
            parts += [f"{name}={record[name]}" for name in show if name in record.index]
        return " · ".join(parts)
    parts = [str(row.get("group") or ""), str(row.get("speaker") or "")]
    if _timed(row):
        parts.append(f"[{clock(row['time_start'])}]")
    if row.get("page") is not None and not pd.isna(row.get("page")):  # a PDF document
        parts += [str(row.get("title") or ""), t("page_number", page=int(row["page"]))]
    extra = attributes.get((row.get("group"), row.get("speaker")))
    if extra:
        parts.append(", ".join(f"{k}={v}" for k, v in sorted(extra.items())))
    return " · ".join(p for p in parts if p)


def _timed(row: pd.Series) -> bool:
    value = row.get("time_start")
    return value is not None and not pd.isna(value)


def player(row: pd.Series, recording: dict) -> None:
    """A play button for a coded turn of a transcript with a recording; the player (only
    one on the page, so a long video is read once) starts at the turn and stops at its end."""
    key = int(row["coding_id"])
    start = math.floor(row["time_start"])  # the player starts at whole seconds
    st.button(
        t("play_from", time=clock(start)),
        key=f"ret_play_{key}",
        on_click=lambda: st.session_state.update(ret_playing=key),
    )
    if st.session_state.get("ret_playing") != key:
        return
    if not recording["present"]:
        st.warning(t("media_missing", file=recording["filename"]))
        return
    end = row.get("time_end")
    show = st.audio if recording["kind"] == "audio" else st.video
    show(
        recording["path"],
        format=recording["mime"],
        start_time=start,
        end_time=None if end is None or pd.isna(end) else math.ceil(end),
        autoplay=True,
    )


def passages(
    rows: pd.DataFrame, path: str, version: str, counts: dict, show: list[str], by_path: dict
) -> None:
    with st.columns([1, 3])[0]:
        offset, limit = paginate(len(rows), PAGE, "ret_page")
    page = rows.iloc[offset : offset + limit]
    respondents = None
    if show:
        respondents = data.respondents(path, counts["respondents"]).set_index("respondent")
    attributes = {(s["group"], s["name"]): s["attributes"] for s in data.speakers(path, version)}
    recordings = data.media(path, version)
    for _, row in page.iterrows():
        kind = row["unit_kind"]
        unit = next(
            (
                u
                for u in data.units(path, int(row["document_id"]), kind)
                if u["id"] == row["unit_id"]
            ),
            None,
        )
        color = by_path.get(row["code"], {}).get("color")
        if unit is not None:
            start = max(int(row["start"]), unit["start"]) - unit["start"]
            end = min(int(row["end"]), unit["end"]) - unit["start"]
            body = marked(row["unit_text"], [(start, end, color, row["code"])])
        else:
            body = escaped(row["unit_text"])
        who = _who(row, show, respondents, attributes)
        st.html(
            "<div class='duiding-passage' style='border-left:3px solid #8884;padding:2px 10px;"
            "margin-bottom:10px'>"
            f"<small style='opacity:.75'>{escaped(who)} · {escaped(row['code'])} · "
            f"{escaped(t('coder'))}: {escaped(row['coder'])}</small>"
            f"<div style='white-space:pre-wrap'>{body}</div></div>"
        )
        recording = recordings.get(int(row["document_id"]))
        if recording is not None and _timed(row):
            player(row, recording)


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        counts = data.counts(path, version)
        st.title(t("page_retrieve"))
        if not codes:
            st.info(t("no_codes"))
            return
        by_path = {c["path"]: c for c in codes}
        # codings of a code with its subcodes: what retrieve() brings back for it
        totals = {
            p: sum(c["codings"] for c in codes if c["path"] == p or c["path"].startswith(p + "/"))
            for p in by_path
        }
        everyone = data.coders(path, version)
        left, middle, right = st.columns([2, 2, 1])
        paths = list(by_path)
        first_used = next((i for i, c in enumerate(codes) if c["codings"]), 0)
        code = left.selectbox(
            t("code"),
            paths,
            index=first_used,
            key="ret_code",
            format_func=lambda p: f"{p} ({totals[p]})",
        )
        who = middle.multiselect(
            t("coders"), everyone, key="ret_coders", placeholder=t("all_coders")
        )
        labels = unit_labels()
        unit = right.selectbox(t("unit"), list(labels), format_func=labels.get, key="ret_unit")
        chosen = filters(path, version, counts)
        passages_tab, table_tab, cooc_tab = st.tabs(
            [t("passages"), t("table"), t("cooccurrence")], key="ret_tab", on_change="rerun"
        )
        rows = None
        if is_open(passages_tab) or is_open(table_tab):
            rows = data.retrieve(
                path,
                version,
                code,
                tuple(who) or None,
                unit,
                tuple((k, tuple(v)) for k, v in sorted(chosen["respondents"].items())),
                chosen["group"],
                tuple((k, tuple(v)) for k, v in sorted(chosen["speakers"].items())),
            )
        if is_open(passages_tab):
            with passages_tab:
                st.caption(t("n_passages", n=len(rows)))
                if rows.empty:
                    st.info(t("no_passages"))
                else:
                    passages(rows, path, version, counts, chosen["show"], by_path)
        if is_open(table_tab):
            with table_tab:
                passage_table(rows)
        if is_open(cooc_tab):
            with cooc_tab:
                cooccurrence_table(path, version, unit, who)


def passage_table(rows: pd.DataFrame) -> None:
    if rows.empty:
        st.info(t("no_passages"))
        return
    table = rows[
        [
            c
            for c in (
                "code",
                "coder",
                "respondent",
                "question",
                "group",
                "speaker",
                "time_start",
                "time_end",
                "page",
                "text",
                "unit_text",
                "document_id",
                "start",
                "end",
            )
            if c in rows.columns
        ]
    ]
    st.dataframe(labelled(table), hide_index=True, width="stretch")
    st.download_button(
        t("download_csv"),
        table.to_csv(index=False).encode("utf-8"),
        file_name="passages.csv",
        mime="text/csv",
        on_click="ignore",
    )


def cooccurrence_table(path: str, version: str, unit: str, who: list[str]) -> None:
    table = data.cooccurrence(path, version, unit, tuple(who) or None)
    used = [c for c in table.index if table.loc[c, c] > 0] if not table.empty else []
    if not used:
        st.info(t("no_passages"))
        return
    st.caption(t("cooccurrence_help"))
    st.dataframe(table.loc[used, used], width="stretch")


render()
