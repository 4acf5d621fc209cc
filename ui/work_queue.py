"""The Code page's work queues: the segments assigned to the sidebar's coder in a
double-coding sample, a coding sample in its stored random order (:mod:`ui.sample_queue`),
answers no one has coded yet, answers new to the model (uncertain and unlike anything
coded: active learning), and the open model suggestions for this coder with accept
and reject. Each returns the unit to show in the coding panel."""

from __future__ import annotations

import streamlit as st

from ui import data, sample_queue
from ui.common import act, coder, error_text, escaped, require_project, t
from ui.model_choice import CHOSEN
from ui.sample_queue import NOTICE
from workbench import Project, WorkbenchError

QUEUE_SIZE = 50  # uncoded answers taken into the queue at a time
# keyboard shortcuts of the queue's buttons (shown on the buttons)
KEYS = {"previous": "Alt+J", "next": "Alt+K", "nothing_applies": "Alt+N"}


def _nothing_applies(segment_id: int, last: int) -> None:
    """Record that the coder read the answer and no code applies (a review), then move on."""

    def review(project: Project) -> str:
        project.samples.review([segment_id], coder=coder())
        st.session_state["queue_pos"] = min(last, st.session_state.get("queue_pos", 1) + 1)
        return t("nothing_applies_notice")

    act(NOTICE, review)


def _reviewed(items: list[list[int]], answers: bool) -> set[int]:
    if not answers or not items:
        return set()
    project = require_project()
    with project:
        return set(project.samples.reviewed([s for _, s in items], coder=coder()))


def _decide(project: Project, suggestion_id: int, accept: bool) -> str:
    if accept:
        project.suggestions.accept(suggestion_id, coder=coder())
        return t("accepted_notice")
    project.suggestions.reject(suggestion_id, coder=coder())
    return t("rejected_notice")


def _uncoded_queue(path: str, version: str, counts: dict) -> list[list[int]]:
    coded = set(data.all_codings(path, version)["document_id"])
    queue: list[list[int]] = []
    offset = 0
    while len(queue) < QUEUE_SIZE and offset < counts["answers"]:
        page = data.documents(path, "answer", 1000, offset, counts["answers"])
        if not page:
            break
        for doc in page:
            if doc["id"] not in coded:
                unit = data.units(path, doc["id"], "answer")
                if unit:
                    queue.append([doc["id"], unit[0]["id"]])
                if len(queue) >= QUEUE_SIZE:
                    break
        offset += len(page)
    return queue


def _explore_queue() -> list[list[int]] | None:
    """Answers uncertain and unlike anything coded yet (active learning, as a varied batch),
    with the embedding model chosen on the Topics or Suggestions page; None on an error."""
    project = require_project()
    with project:
        try:
            found = project.suggestions.explore(
                embedding=st.session_state.get(CHOSEN), limit=QUEUE_SIZE
            )
        except WorkbenchError as error:
            st.error(error_text(error))
            return None
    return [[r["document_id"], r["segment_id"]] for r in found]


def _suggested_queue(codes: list[dict]) -> list[dict]:
    """Open model suggestions for this coder, most confident or most uncertain first."""
    orders = {t("order_confidence"): "confidence", t("order_uncertainty"): "uncertainty"}
    left, right = st.columns(2)
    order = orders[left.radio(t("order"), list(orders), horizontal=True, key="queue_order")]
    paths = {t("all_codes"): None, **{c["path"]: c["path"] for c in codes}}
    code = paths[right.selectbox(t("code"), list(paths), key="queue_code")]
    project = require_project()
    with project:
        return project.suggestions.queue(coder=coder(), order=order, code=code, limit=QUEUE_SIZE)


def _suggestion_card(item: dict) -> None:
    """The proposal on the unit in view, with accept and reject (a full rerun refreshes the
    queue: the next suggestion moves into this position)."""
    with st.container(border=True, key="suggestion_card"):
        st.html(
            f"<b>{escaped(t('model_suggests'))}</b> {escaped(item['code'])} · "
            f"{escaped(t('score'))} {item['score']:.2f} · <small>{escaped(item['coder'])}</small>"
        )
        yes, no = st.columns(2)
        for column, label, key, accept, icon in (
            (yes, "accept", "queue_accept", True, ":material/check:"),
            (no, "reject", "queue_reject", False, ":material/close:"),
        ):
            column.button(
                t(label),
                key=key,
                on_click=act,
                width="stretch",
                args=(NOTICE, _decide, item["id"], accept),
                icon=icon,
            )


def pick_queue(path: str, version: str, counts: dict) -> dict | None:
    """Choose a queue and move through it; returns the unit to code, or None when the
    queue is empty."""
    me = coder()
    sources = {
        "assigned": t("queue_assigned"),
        "sample": t("coding_sample"),
        "uncoded": t("queue_uncoded"),
        "explore": t("queue_explore"),
        "suggested": t("queue_suggested"),
    }
    source = st.radio(
        t("queue"), list(sources), format_func=sources.get, horizontal=True, key="queue_source"
    )
    if source == "sample":
        return sample_queue.pick_sample_queue(path, version, counts)
    suggestions: list[dict] = []
    if source == "suggested":
        suggestions = _suggested_queue(data.codes(path, version))
        if not suggestions:
            st.info(t("no_suggestions"))
            return None
        items = [[s["document_id"], s["segment_id"]] for s in suggestions]
        kinds = {}
    elif source == "assigned":
        rows = data.assignments(path, version, me)
        samples = sorted({r["sample"] for r in rows})
        if not samples:
            st.info(t("no_assignments", coder=me))
            return None
        sample = st.selectbox(t("sample"), samples, key="queue_sample")
        chosen = tuple(r["segment_id"] for r in rows if r["sample"] == sample)
        index = data.segments_by_id(path, chosen, counts["segments"])
        items = [[index[s]["document_id"], s] for s in chosen if s in index]
        kinds = {s: index[s]["kind"] for s in chosen if s in index}
    elif source == "explore":
        st.caption(t("queue_explore_help"))
        if (
            st.button(t("refresh_queue"), key="queue_explore_refresh")
            or "queue_explore" not in st.session_state
        ):
            found = _explore_queue()
            if found is None:
                return None
            st.session_state["queue_explore"] = found
            st.session_state["queue_pos"] = 1
        items = st.session_state["queue_explore"]
        kinds = {}
        if not items:
            st.info(t("queue_empty"))
            return None
    else:
        if (
            st.button(t("refresh_queue"), key="queue_refresh")
            or "queue_uncoded" not in st.session_state
        ):
            st.session_state["queue_uncoded"] = _uncoded_queue(path, version, counts)
            st.session_state["queue_pos"] = 1
        items = st.session_state["queue_uncoded"]
        kinds = {}
        if not items:
            st.info(t("queue_empty"))
            return None
    mine = data.all_codings(path, version)
    done_units = set()
    if not mine.empty:
        my_docs = mine[mine["coder"] == me]
        done_units = {(d, s) for d, s in zip(my_docs["document_id"], my_docs["segment_id"])}
        done_docs = set(my_docs["document_id"])
    else:
        done_docs = set()
    answers = not suggestions and all(kinds.get(s, "answer") == "answer" for _, s in items)
    reviewed = _reviewed(items, answers)
    if not suggestions:
        done = sum(1 for d, s in items if (d, s) in done_units or d in done_docs or s in reviewed)
        st.progress(done / len(items), text=t("queue_progress", done=done, total=len(items)))
    if st.session_state.get("queue_pos", 1) > len(items):
        st.session_state["queue_pos"] = len(items)
    left, middle, right = st.columns([1, 2, 1], vertical_alignment="bottom")
    if left.button(t("previous"), key="queue_prev", width="stretch", shortcut=KEYS["previous"]):
        st.session_state["queue_pos"] = max(1, st.session_state.get("queue_pos", 1) - 1)
    if right.button(t("next"), key="queue_next", width="stretch", shortcut=KEYS["next"]):
        st.session_state["queue_pos"] = min(len(items), st.session_state.get("queue_pos", 1) + 1)
    position = middle.number_input(
        t("queue_item", total=len(items)),
        min_value=1,
        max_value=len(items),
        step=1,
        key="queue_pos",
    )
    document_id, segment_id = items[int(position) - 1]
    if suggestions:
        _suggestion_card(suggestions[int(position) - 1])
    elif answers:
        if segment_id in reviewed:
            st.caption(t("queue_item_reviewed"))
        st.button(
            t("nothing_applies"),
            key="queue_nothing",
            help=t("nothing_applies_help"),
            icon=":material/done:",
            shortcut=KEYS["nothing_applies"],
            on_click=_nothing_applies,
            args=(segment_id, len(items)),
        )
    return {"document_id": document_id, "unit_ids": [segment_id], "kind": kinds.get(segment_id)}
