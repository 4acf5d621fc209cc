"""The Code page's queue from a coding sample (workbench.samples): the sample's answers in
their stored random order, so that a sample coded part-way is still a random sample.

A sampled answer counts as coded only once a coder has reviewed it: read it against the
whole codebook, applied what applies, and pressed "Done: nothing (more) applies", which
records a review for the sidebar's coder and moves to the next answer they have not
reviewed. The coder's place is kept per sample for the session (and otherwise starts at
their first answer not reviewed yet); Undo on the Code page also undoes a review and
returns to that answer."""

from __future__ import annotations

import streamlit as st

from ui import data
from ui.common import coder, error_text, open_project, t
from workbench import Project, WorkbenchError

NOTICE = "code_notice"  # the Code page's notice slot (shown above the coding panel)
PLACES = "sample_places"  # {sample name: segment id}: the coder's place in each sample
GOTO = "sample_goto"  # an answer to go back to (set when a review is undone)
RERUN = "sample_rerun"  # the coding panel (a fragment) asks for a whole-page rerun
POSITION = "sample_queue_pos"


def _places() -> dict:
    return st.session_state.setdefault(PLACES, {})


def _move(name: str, segment_id: int) -> None:
    _places()[name] = segment_id


def _jump(name: str, items: tuple[int, ...]) -> None:
    position = int(st.session_state.get(POSITION) or 1)
    _places()[name] = items[min(max(position, 1), len(items)) - 1]


def _done(name: str, segment_id: int, following: int, reviewed: bool) -> None:
    """Record the review (unless this coder made it before) and move on."""
    if not reviewed:
        project = open_project()
        if project is None:
            return
        with project:
            try:
                project.samples.review([segment_id], coder=coder())
            except WorkbenchError as error:
                st.session_state[NOTICE] = ("error", error_text(error))
                return
        st.session_state[NOTICE] = ("success", t("review_notice"))
    _places()[name] = following


def undid_review(project: Project, event_id: int) -> None:
    """After Undo took back a review: go back to that answer, and rerun the whole page so
    the progress is right (Undo sits in a fragment)."""
    for event in project.events(500):
        if event["id"] == event_id:
            segments = event["payload"].get("segments") or []
            if segments:
                st.session_state[GOTO] = int(segments[0])
            break
    st.session_state[RERUN] = True


def pick_sample_queue(path: str, version: str, counts: dict) -> dict | None:
    """Choose a sample and move through its answers; returns the unit to code."""
    me = coder()
    found = data.samples(path, version)
    if not found:
        st.info(t("no_coding_samples"))
        st.page_link("ui/samples_page.py", label=t("page_samples"), icon=":material/casino:")
        return None
    names = [s["name"] for s in found]
    name = st.selectbox(t("coding_sample"), names, key="queue_coding_sample")
    items = data.sample_queue(path, version, name, None, True)
    if not items:
        st.info(t("sample_nothing_drawn"))
        return None
    remaining = data.sample_queue(path, version, name, me)
    open_ = set(remaining)
    mine = data.sample_status(path, version, name, me)
    everyone = data.sample_status(path, version, name, None)
    st.progress(
        mine["reviewed"] / max(1, mine["drawn"]),
        text=t(
            "sample_progress",
            reviewed=mine["reviewed"],
            drawn=mine["drawn"],
            anyone=everyone["reviewed"],
            answers=len(items) - len(remaining),
            total=len(items),
        ),
    )
    places = _places()
    goto = st.session_state.pop(GOTO, None)
    if goto in items:
        places[name] = goto
    if places.get(name) not in items:
        places[name] = remaining[0] if remaining else items[0]
    index = items.index(places[name])
    segment = items[index]
    st.session_state[POSITION] = index + 1
    left, middle, right = st.columns([1, 2, 1], vertical_alignment="bottom")
    left.button(
        t("previous"),
        key="sample_prev",
        width="stretch",
        on_click=_move,
        args=(name, items[max(0, index - 1)]),
    )
    right.button(
        t("next"),
        key="sample_next",
        width="stretch",
        on_click=_move,
        args=(name, items[min(len(items) - 1, index + 1)]),
    )
    middle.number_input(
        t("queue_item", total=len(items)),
        min_value=1,
        max_value=len(items),
        step=1,
        key=POSITION,
        on_change=_jump,
        args=(name, tuple(items)),
    )
    reviewed = segment not in open_
    later = [s for s in items[index + 1 :] if s in open_]
    earlier = [s for s in items[:index] if s in open_]
    following = (later or earlier or [segment])[0]
    if reviewed:
        st.caption(t("sample_item_reviewed"))
    st.button(
        t("sample_done"),
        key="sample_done",
        type="primary",
        width="stretch",
        icon=":material/done_all:",
        help=t("sample_done_help"),
        on_click=_done,
        args=(name, segment, following, reviewed),
    )
    if not remaining:
        st.success(t("sample_all_reviewed", n=len(items)))
    index_of = data.segments_by_id(path, tuple(items), counts["segments"])
    if segment not in index_of:
        return None
    return {
        "document_id": index_of[segment]["document_id"],
        "unit_ids": [segment],
        "kind": index_of[segment]["kind"],
    }
