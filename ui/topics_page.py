"""Topics page: run a topic model over answers or turns, read each topic's keywords, size and
representative segments, see the topics on a 2-D map and per subgroup, and decide: promote
a topic to a draft code, merge it into a code (its members become suggestions, never
codings) or dismiss it, with or without the units that were outliers before reassignment.
The Outliers tab lists those units (or, for k-means, which has none, the worst-fitting
members). Also the keywords that characterise each human code."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data
from ui.common import (
    cache_key,
    can,
    column_label,
    error_text,
    escaped,
    is_open,
    labelled,
    md,
    open_project,
    require_project,
    stage_status,
    t,
    unit_labels,
)
from ui.i18n import STRINGS
from ui.model_choice import model_selector
from workbench import WorkbenchError
from workbench.assist.step_registry import names

NOTICE = "topics_notice"


OUTLIERS_SHOWN = 50


def _decide(
    action: str, run_id: int, topic: int, target: str | None, outliers_key: str | None = None
) -> None:
    project = open_project()
    if project is None:
        return
    include = bool(st.session_state.get(outliers_key, True)) if outliers_key else True
    with project:
        try:
            if action == "promote":
                project.topics.promote(topic, target, run_id=run_id, include_outliers=include)
            elif action == "merge":
                project.topics.merge(topic, target, run_id=run_id, include_outliers=include)
            else:
                project.topics.dismiss(topic, run_id=run_id)
        except WorkbenchError as error:
            st.session_state[NOTICE] = error_text(error)


def run_quality(project, run_id: int) -> None:
    """The run's number of topics and how it was chosen, NPMI coherence and diversity."""
    [run] = [r for r in project.model_runs("topics") if r["id"] == run_id]
    m = run["metrics"]

    def number(value) -> str:
        return "-" if value is None else f"{value:.3f}"

    st.caption(
        t(
            "topic_quality",
            run=run_id,
            k=m.get("n_topics", "-"),
            criterion=m.get("k_criterion", "-"),
            npmi=number(m.get("npmi")),
            diversity=number(m.get("diversity")),
        )
    )


def run_form(project) -> None:
    with st.form("topics_form"):
        left, middle, right = st.columns(3)
        units = {label: u for u, label in unit_labels(("answers", "turns", "units")).items()}
        unit = units[left.radio(t("unit"), list(units), horizontal=True, key="topics_unit")]
        min_size = middle.number_input(t("min_size"), 2, 500, 10, key="topics_min_size")
        seed = right.number_input(t("seed"), 0, 10_000, 0, key="topics_seed")
        # the steps by name from the one registry; a step without a description shows its name
        steps = {
            kind: {t(f"step_{n}") if f"step_{n}" in STRINGS else n: n for n in names(kind)}
            for kind in ("reduction", "clustering")
        }
        reduction, clustering = (
            steps[kind][column.selectbox(t(kind), list(steps[kind]), key=f"topics_{kind}")]
            for column, kind in ((left, "reduction"), (right, "clustering"))
        )
        handling = {t("outliers_reduce"): "reduce", t("outliers_keep"): "keep"}
        outliers = handling[
            middle.radio(
                t("outliers"), list(handling), key="topics_outliers", help=t("outliers_help")
            )
        ]
        embedding = model_selector("topics")
        if st.form_submit_button(t("run_topics")):
            try:
                with stage_status(t("running_model")) as progress:
                    project.topics.run(
                        progress=progress,
                        unit=unit,
                        embedding=embedding,
                        min_size=int(min_size),
                        seed=int(seed),
                        reduction=reduction,
                        clustering=clustering,
                        outliers=outliers,
                    )
            except WorkbenchError as error:
                st.error(error_text(error))


def topic_map(members: list[dict], topics: list[dict]) -> None:
    labels = {item["topic"]: item["label"] for item in topics}
    frame = pd.DataFrame(members)
    if frame.empty or frame["x"].isna().all():
        return
    frame["topic"] = frame["topic"].map(lambda k: labels.get(k, str(k)))
    import altair as alt  # on first use: importing it costs a page's first render 0.4 s

    chart = (
        alt.Chart(frame)
        .mark_circle(size=18, opacity=0.6)
        .encode(
            x=alt.X("x:Q", axis=None),
            y=alt.Y("y:Q", axis=None),
            color=alt.Color("topic:N"),
            tooltip=["topic:N"],
        )
    )
    st.altair_chart(chart.properties(height=380), width="stretch")


def topic_cards(topics: list[dict], codes: list[str], former: dict[int, int]) -> None:
    for item in topics:
        keywords = ", ".join(word for word, _ in item["keywords"][:10])
        extra = (
            f" · {t('former_outliers', n=former[item['topic']])}"
            if former.get(item["topic"]) and item["topic"] != -1
            else ""
        )
        with st.expander(
            f"{item['topic']}: {md(item['label'])} ({item['size']}) · "
            f"{t('status_' + item['status'])}{extra}"
        ):
            st.html(
                f"<b>{escaped(t('keywords'))}</b>: {escaped(keywords)}"
                + "".join(
                    f"<blockquote style='margin:4px 0;padding:2px 10px;border-left:3px solid #8886;"
                    f"white-space:pre-wrap'>{escaped(r['text'])}</blockquote>"
                    for r in item["representatives"]
                )
            )
            if item["status"] != "open":
                continue
            key = f"{item['run_id']}-{item['topic']}"
            new_path = st.text_input(t("new_code_path"), key=f"promote-path-{key}")
            target = st.selectbox(t("existing_code"), codes, key=f"merge-code-{key}")
            outliers_key = f"with-outliers-{key}"
            if former.get(item["topic"]):
                st.checkbox(
                    t("include_outliers", n=former[item["topic"]]), value=True, key=outliers_key
                )
            one, two, three = st.columns(3)
            one.button(
                t("promote"),
                key=f"promote-{key}",
                disabled=not new_path.strip() or not can("topic-promote"),  # a new code: owners
                on_click=_decide,
                args=("promote", item["run_id"], item["topic"], new_path.strip(), outliers_key),
            )
            two.button(
                t("merge_into_code"),
                key=f"merge-{key}",
                on_click=_decide,
                args=("merge", item["run_id"], item["topic"], target, outliers_key),
            )
            three.button(
                t("dismiss"),
                key=f"dismiss-{key}",
                on_click=_decide,
                args=("dismiss", item["run_id"], item["topic"], None),
            )


def outlier_list(project, members: list[dict], topics: list[dict]) -> None:
    """The units that were outliers (with the topic they went to and how well they fit it),
    or, when the run had none, the members that fit their topic worst."""
    labels = {item["topic"]: item["label"] for item in topics}
    former = [m for m in members if m["was_outlier"]]
    if former:
        st.caption(t("outliers_intro", n=len(former), total=len(members)))
        shown = sorted(former, key=lambda m: m["probability"] or 0)[:OUTLIERS_SHOWN]
    else:
        st.caption(t("no_outliers_intro"))
        shown = sorted(members, key=lambda m: m["probability"] or 0)[:OUTLIERS_SHOWN]
    texts = project.segments_by_id([m["segment_id"] for m in shown])
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("topic"): labels.get(m["topic"], str(m["topic"])),
                    t("fit"): round(float(m["probability"] or 0), 3),
                    t("text"): texts[m["segment_id"]]["text"] if m["segment_id"] in texts else "",
                }
                for m in shown
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = [c["path"] for c in data.codes(path, version)]
        st.title(t("page_topics"))
        st.caption(t("topics_intro"))
        if NOTICE in st.session_state:
            st.error(st.session_state.pop(NOTICE))
        run_form(project)
        try:
            topics = project.topics.list()
        except WorkbenchError:  # no run yet
            topics = []
        if not topics:
            st.info(t("no_topics"))
            return
        run_quality(project, topics[0]["run_id"])
        members = project.topics.members()
        former: dict[int, int] = {}
        for member in members:
            if member["was_outlier"]:
                former[member["topic"]] = former.get(member["topic"], 0) + 1
        # only the open tab computes (the map draws every member; keywords fit c-TF-IDF)
        tabs = st.tabs(
            [t("topics"), t("topic_map"), t("topics_by_group"), t("outliers"), t("code_keywords")],
            key="topics_tab",
            on_change="rerun",
        )
        if is_open(tabs[0]):
            with tabs[0]:
                topic_cards(topics, codes, former)
        if is_open(tabs[1]):
            with tabs[1]:
                topic_map(members, topics)
        if is_open(tabs[2]):
            with tabs[2]:
                names = [
                    v["name"]
                    for v in project.variables()
                    if v["role"] == "variable" and v["type"] == "categorical"
                ]
                if names:
                    variable = st.selectbox(t("by"), names, key="topics_by")
                    st.dataframe(labelled(project.topics.by(variable)))
        if is_open(tabs[3]):
            with tabs[3]:
                outlier_list(project, members, topics)
        if is_open(tabs[4]):
            with tabs[4]:
                try:
                    keywords = project.topics.keywords()
                except WorkbenchError as error:
                    st.info(md(error))
                else:
                    st.dataframe(
                        pd.DataFrame(
                            [
                                {
                                    column_label("code"): code,
                                    t("keywords"): ", ".join(w for w, _ in words),
                                }
                                for code, words in keywords.items()
                            ]
                        ),
                        hide_index=True,
                    )


render()
