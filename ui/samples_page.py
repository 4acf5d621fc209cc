"""Samples page: coding samples, the random samples of answers a code's population figure
can rest on when not every answer is coded (workbench.samples, workbench.figures).

Draw a sample (a name; a total size spread proportionally, equally or by Neyman allocation
from a pilot sample's coded answers, or a size per stratum; strata from any survey
variables; respondents or answers; one question or all; a seed), see every sample's status
per stratum (frame, drawn, reviewed), extend a sample with a further recorded draw, and ask
which answers to code next for a code (drawn where the model is least sure and the weights
largest, still at random within strata). The coders then take a sample's answers in order
in the Code page's queue. Every write is one event in the project's audit trail."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data
from ui.common import cache_key, can, coder, is_open, require_project, show_error, t
from ui.figure_info import note
from workbench import Project, WorkbenchError

NOTICE = "samples_notice"
NEXT = "samples_next"  # the answers the last "which to code next" drew, to show below
ALLOCATIONS = ("population", "proportional", "equal", "neyman")


def _categorical(path: str, counts: dict) -> list[str]:
    return [
        "stratum",
        *[
            v["name"]
            for v in data.variables(path, counts["respondents"])
            if v["type"] == "categorical"
        ],
    ]


def _code_sample(name: str) -> None:
    """Open the Code page on this sample's queue."""
    st.session_state["code_source"] = "queue"
    st.session_state["queue_source"] = "sample"
    st.session_state["queue_coding_sample"] = name
    st.switch_page("ui/code_page.py")


def _notice() -> None:
    message = st.session_state.pop(NOTICE, None)
    if message:
        st.success(message)


def _done(status: dict, key: str, **values) -> None:
    """After a write: say what happened and rerun, so every table shows the new state."""
    st.session_state[NOTICE] = t(
        key, drawn=status["drawn"], frame=status["frame"], reviewed=status["reviewed"], **values
    )
    st.rerun()


def overview(samples: list[dict]) -> None:
    if not samples:
        return  # the tabs say so
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("sample"): s["name"],
                    t("sample_unit"): t(f"unit_{s['unit']}"),
                    t("question"): s["question"] or t("all_questions"),
                    t("strata"): ", ".join(s["stratify_by"]) or "–",
                    t("frame"): s["frame"],
                    t("drawn"): s["drawn"],
                    t("reviewed"): s["reviewed"],
                    t("draws"): len(s["draws"]),
                }
                for s in samples
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def status_tab(path: str, version: str, samples: list[dict]) -> None:
    names = [s["name"] for s in samples]
    name = st.selectbox(t("sample"), names, key="status_sample")
    found = next(s for s in samples if s["name"] == name)
    mine = data.sample_status(path, version, name, coder())
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("stratum"): row["stratum"],
                    t("frame"): row["frame_size"],
                    t("drawn"): row["drawn"],
                    t("reviewed"): row["reviewed"],
                }
                for row in found["strata"]
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    note(
        t(
            "sample_status_line",
            drawn=found["drawn"],
            frame=found["frame"],
            reviewed=found["reviewed"],
            mine=mine["reviewed"],
            coder=coder(),
        ),
        "status",
    )
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("draw"): d["draw"],
                    t("allocation"): t(f"allocation_{d['allocation']}")
                    if d["allocation"] in (*ALLOCATIONS, "uncertainty", "explicit", "simple")
                    else d["allocation"],
                    t("seed"): d["seed"],
                    t("sizes"): ", ".join(f"{k}: {v}" for k, v in d["sizes"].items()),
                }
                for d in found["draws"]
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    if st.button(t("code_this_sample"), key="status_code", icon=":material/edit_note:"):
        _code_sample(name)


def _sizes_editor(strata: dict[str, int], key: str) -> dict[str, int]:
    """A table of the strata with the units available in each; the user types a size."""
    table = pd.DataFrame(
        {
            t("stratum"): list(strata),
            t("available"): list(strata.values()),
            t("size"): [0] * len(strata),
        }
    )
    edited = st.data_editor(
        table,
        key=key,
        hide_index=True,
        width="stretch",
        disabled=[t("stratum"), t("available")],
        column_config={t("size"): st.column_config.NumberColumn(min_value=0, step=1)},
    )
    return {str(s): int(n) for s, n in zip(edited[t("stratum")], edited[t("size")].fillna(0))}


def _codes(path: str, version: str, key: str, label: str = "codes_for_figure") -> list[str]:
    return st.multiselect(
        t(label),
        [c["path"] for c in data.codes(path, version)],
        key=key,
        placeholder=t("choose_options"),
    )


def draw_tab(project: Project, path: str, version: str, counts: dict, samples: list[dict]) -> None:
    left, right = st.columns(2)
    name = left.text_input(t("new_sample_name"), key="draw_name")
    units = {"respondent": t("unit_respondent"), "answer": t("unit_answer")}
    unit = right.radio(
        t("sample_unit"),
        list(units),
        format_func=units.get,
        horizontal=True,
        key="draw_unit",
        help=t("sample_unit_help"),
    )
    questions = {
        None: t("all_questions"),
        **{q: q for q in data.questions(path, counts["answers"])},
    }
    left, right = st.columns(2)
    question = left.selectbox(
        t("question"), list(questions), key="draw_question", format_func=questions.get
    )
    strata = right.multiselect(
        t("strata"),
        _categorical(path, counts),
        default=["stratum"],
        key="draw_strata",
        help=t("strata_help"),
        placeholder=t("choose_options"),
    )
    modes = {"total": t("size_total"), "per_stratum": t("size_per_stratum")}
    mode = st.radio(
        t("size"), list(modes), format_func=modes.get, horizontal=True, key="draw_size_mode"
    )
    request: dict = {"stratify_by": strata, "unit": unit, "question": question}
    try:
        frame = data.frame_strata(path, counts["answers"], tuple(strata), unit, question)
    except WorkbenchError as error:
        show_error(error)
        return
    if mode == "per_stratum":
        request["sizes"] = _sizes_editor(frame, f"draw_sizes_{'|'.join(strata)}_{unit}_{question}")
    else:
        left, right = st.columns(2)
        room = max(1, sum(frame.values()))
        size = left.number_input(
            t("sample_size"),
            min_value=1,
            max_value=room,
            value=min(100, room),
            step=1,
            key="draw_size",
        )
        labels = {a: t(f"allocation_{a}") for a in ALLOCATIONS}
        allocation = right.radio(
            t("allocation"),
            list(labels),
            format_func=labels.get,
            key="draw_allocation",
            help=t("allocation_help"),
        )
        request.update(size=int(size), allocation=allocation)
        if allocation == "neyman":
            left, right = st.columns(2)
            request["pilot"] = left.selectbox(
                t("pilot_sample"), [s["name"] for s in samples], key="draw_pilot"
            )
            with right:
                request["code"] = _codes(path, version, "draw_codes") or None
    note(t("frame_line", n=sum(frame.values()), strata=len(frame)), "frame")
    seed = st.columns(4)[0].number_input(t("seed"), min_value=0, value=0, step=1, key="draw_seed")
    if st.button(t("draw_sample"), key="draw_go", type="primary"):
        try:
            status = project.samples.draw(
                name.strip(), request.pop("size", None), seed=int(seed), **request
            )
        except WorkbenchError as error:
            show_error(error)
            return
        _done(status, "sample_drawn_notice")


def extend_tab(project: Project, path: str, version: str, samples: list[dict]) -> None:
    names = [s["name"] for s in samples]
    name = st.selectbox(t("sample"), names, key="extend_sample")
    found = next(s for s in samples if s["name"] == name)
    undrawn = {row["stratum"]: row["frame_size"] - row["drawn"] for row in found["strata"]}
    modes = {"total": t("size_total"), "per_stratum": t("size_per_stratum")}
    mode = st.radio(
        t("size"), list(modes), format_func=modes.get, horizontal=True, key="extend_size_mode"
    )
    request: dict = {}
    if mode == "per_stratum":
        request["sizes"] = _sizes_editor(undrawn, f"extend_sizes_{name}")
    else:
        left, right = st.columns(2)
        room = max(1, sum(undrawn.values()))
        size = left.number_input(
            t("sample_size"),
            min_value=1,
            max_value=room,
            value=min(50, room),
            step=1,
            key="extend_size",
        )
        labels = {a: t(f"allocation_{a}") for a in (*ALLOCATIONS, "uncertainty")}
        allocation = right.radio(
            t("allocation"),
            list(labels),
            format_func=labels.get,
            key="extend_allocation",
            help=t("allocation_help"),
        )
        request.update(size=int(size), allocation=allocation)
        if allocation in ("neyman", "uncertainty"):
            left, right = st.columns(2)
            with left:
                request["code"] = _codes(path, version, "extend_codes") or None
            if allocation == "uncertainty":
                request["model_run"] = _run(right, path, version, "extend_run")
    seed = st.columns(4)[0].number_input(t("seed"), min_value=0, value=1, step=1, key="extend_seed")
    if st.button(t("extend_sample"), key="extend_go", type="primary"):
        try:
            status = project.samples.extend(
                name, request.pop("size", None), seed=int(seed), **request
            )
        except WorkbenchError as error:
            show_error(error)
            return
        _done(status, "sample_extended_notice")


def _run(where, path: str, version: str, key: str) -> int | None:
    runs = {None: t("newest_run"), **{r: str(r) for r in data.model_runs(path, version)}}
    return where.selectbox(t("model_run"), list(runs), key=key, format_func=runs.get)


def next_tab(project: Project, path: str, version: str, counts: dict, samples: list[dict]) -> None:
    st.caption(t("next_to_code_help"))
    names = [s["name"] for s in samples]
    left, right = st.columns(2)
    name = left.selectbox(t("sample"), names, key="next_sample")
    with right:
        codes = _codes(path, version, "next_codes", "codes_to_improve")
    found = next(s for s in samples if s["name"] == name)
    room = max(1, found["frame"] - found["drawn"])
    left, middle, right = st.columns(3)
    size = left.number_input(
        t("sample_size"), min_value=1, max_value=room, value=min(50, room), step=1, key="next_size"
    )
    run = _run(middle, path, version, "next_run")
    seed = right.number_input(t("seed"), min_value=0, value=1, step=1, key="next_seed")
    if st.button(t("find_next"), key="next_go", type="primary", disabled=not codes):
        before = set(project.samples.queue(name, include_reviewed=True))
        try:
            status = project.samples.next_to_code(
                name, int(size), codes, model_run=run, seed=int(seed)
            )
        except WorkbenchError as error:
            show_error(error)
            return
        after = project.samples.queue(name, include_reviewed=True)
        st.session_state[NEXT] = {"sample": name, "segments": [s for s in after if s not in before]}
        _done(status, "next_drawn_notice", n=int(size))
    drawn = st.session_state.get(NEXT)
    if drawn and drawn["sample"] == name and drawn["segments"]:
        segments = data.segments_by_id(path, tuple(drawn["segments"]), counts["segments"])
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("order"): k + 1,
                        t("document"): segments[s]["title"],
                        t("text"): segments[s]["text"][:200],
                    }
                    for k, s in enumerate(drawn["segments"])
                    if s in segments
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        if st.button(t("code_this_sample"), key="next_code", icon=":material/edit_note:"):
            _code_sample(name)


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        counts = data.counts(path, version)
        st.title(t("page_samples"))
        st.caption(t("samples_intro"))
        if not counts["answers"]:
            st.info(t("no_answers_to_sample"))
            return
        _notice()
        samples = data.samples(path, version)
        overview(samples)
        if not can("draw-sample"):  # drawing samples is the owners' design; coders see status
            if samples:
                status_tab(path, version, samples)
            else:
                st.info(t("no_coding_samples"))
            return
        labels = [t("sample_status"), t("draw_sample"), t("extend_sample"), t("next_to_code")]
        tabs = st.tabs(labels, key="samples_tab", on_change="rerun")
        if is_open(tabs[1]):
            with tabs[1]:
                draw_tab(project, path, version, counts, samples)
        for tab, show in zip(
            (tabs[0], tabs[2], tabs[3]),
            (
                lambda: status_tab(path, version, samples),
                lambda: extend_tab(project, path, version, samples),
                lambda: next_tab(project, path, version, counts, samples),
            ),
        ):
            if is_open(tab):
                with tab:
                    if samples:
                        show()
                    else:
                        st.info(t("no_coding_samples"))


render()
