"""Code page: pick a document (or work through a queue: assigned, a coding sample in its
random order with "done" reviews, uncoded answers, model suggestions), see its units with
the coded spans in their codes' colours, and apply codes: to a whole unit with its buttons,
or to any selected characters in the span coder (keys 1-9). Undo (of codings, memos and
reviews), memos and a blind mode that hides other coders' codings. Everything is written as
the sidebar's coder."""

from __future__ import annotations

import streamlit as st

from ui import data, sample_queue, work_queue
from ui.common import (
    act,
    cache_key,
    clock,
    coder,
    error_text,
    escaped,
    labelled,
    md,
    open_project,
    paginate,
    pieces,
    pieces_html,
    require_project,
    show_notice,
    swatch,
    t,
)
from ui.sample_queue import NOTICE
from ui.text_coder import text_coder
from workbench import Project, WorkbenchError

PICK_PAGE = 25  # answers per page in the document picker
UNITS_PAGE = 25  # units (turns) per page in the segment view
# A unit this short ("Ja.", "Mm-hm.") shows its quick-list codes in a popover, not as a
# row of buttons taller than its text: long transcripts stay readable (issue 15).
SHORT_UNIT = 60


# -- writing (button callbacks: they run before the rerun, so the page shows the result) --
def _write(action, *args) -> None:
    act(NOTICE, action, *args)


def _code_segment(project: Project, segment_id: int, code_id: int) -> str:
    project.coding.code_segment(segment_id, code_id, coder=coder())
    return t("coded_notice", code=project.codebook.get(code_id).path)


def _toggle(project: Project, unit: dict, document_id: int, key: str, before: tuple) -> str:
    after = set(st.session_state.get(key) or [])
    for code_id in sorted(after - set(before)):
        project.coding.code_segment(unit["id"], code_id, coder=coder())
    for code_id in sorted(set(before) - after):
        for found in project.coding.codings(
            document_id=document_id, codes=[code_id], coders=[coder()]
        ):
            if (found["start"], found["end"]) == (unit["start"], unit["end"]):
                project.coding.uncode(found["id"], coder=coder())
    return ""


def _code_span(project: Project, key: str, document_id: int) -> str:
    value = st.session_state.get(key) or {}
    hit = value.get("apply")
    if not isinstance(hit, dict):
        return ""
    start, end, code_id = int(hit["start"]), int(hit["end"]), int(hit["code"])
    project.coding.code(document_id, start, end, code_id, coder=coder())
    st.session_state["span_applied"] = (document_id, start, end)
    return t("coded_notice", code=project.codebook.get(code_id).path)


def _code_selection(project: Project, document_id: int, start: int, end: int, code_id: int) -> str:
    project.coding.code(document_id, start, end, code_id, coder=coder())
    return t("coded_notice", code=project.codebook.get(code_id).path)


def _uncode(project: Project, key: str) -> str:
    coding_id = st.session_state.get(key)
    if coding_id is None:
        return ""
    project.coding.uncode(int(coding_id), coder=coder())
    return t("removed_notice")


def _undo(project: Project) -> str:
    result = project.coding.undo(coder=coder())
    if result and result["undid"] == "review":
        sample_queue.undid_review(project, result["event"])
    return t("undone", action=result["undid"]) if result else t("nothing_to_undo")


def _memo(project: Project, kind: str, target_key: str, text_key: str) -> str:
    target = st.session_state.get(target_key)
    project.coding.add_memo(kind, target, st.session_state.get(text_key, ""), coder=coder())
    st.session_state[text_key] = ""
    return t("memo_added")


# -- choosing what to code ---------------------------------------------------------------
def pick_document(path: str, version: str, counts: dict) -> dict | None:
    kinds = {"answer": t("answers"), "transcript": t("transcripts")}
    first, second, third = st.columns([1, 2, 1], vertical_alignment="bottom")
    kind = first.radio(t("kind"), list(kinds), format_func=kinds.get, key="code_kind")
    if kind == "transcript":
        docs = data.documents(path, "transcript", 1000, 0, counts["transcripts"])
    else:
        query = second.text_input(t("find_answers"), key="code_find", help=t("find_answers_help"))
        if query.strip():
            project = require_project()
            with project:
                try:
                    hits = project.search(query, unit="answers", limit=100)
                except WorkbenchError as error:
                    st.error(error_text(error))
                    return None
            seen: dict[int, dict] = {}
            for hit in hits:
                seen.setdefault(
                    hit["document_id"], {"id": hit["document_id"], "title": hit["title"]}
                )
            docs = list(seen.values())
        else:
            with third:
                offset, limit = paginate(counts["answers"], PICK_PAGE, "code_doc_page")
            docs = data.documents(path, "answer", limit, offset, counts["answers"])
    if not docs:
        st.info(t("no_hits") if kind == "answer" else t("no_documents"))
        return None
    titles = {d["id"]: d["title"] for d in docs}
    chosen = st.selectbox(
        t("document_n", n=len(docs)), list(titles), format_func=titles.get, key="code_doc"
    )
    return {"document_id": chosen, "unit_ids": None}


# -- the coding panel (a fragment: coding reruns only this part) -----------------------------
def _unit_label(unit: dict) -> str:
    parts = []
    if unit.get("time_start") is not None:
        parts.append(f"[{clock(unit['time_start'])}]")
    if unit.get("page"):  # a paragraph of a PDF document
        parts.append(f"[{t('page_number', page=unit['page'])}]")
    if unit.get("speaker"):
        parts.append(f"{unit['speaker']}:")
    return " ".join(parts)


def _controls(codes: list[dict], by_id: dict[int, dict]) -> tuple[int, list[int], bool]:
    ids = [c["id"] for c in codes]
    if st.session_state.get("active_code") not in by_id:
        st.session_state.pop("active_code", None)
    leaves = [c["id"] for c in codes if c["leaf"]] or ids
    active = st.selectbox(
        t("active_code"),
        ids,
        index=ids.index(leaves[0]),
        format_func=lambda i: by_id[i]["path"],
        key="active_code",
        help=t("active_code_help"),
    )
    if "quick_codes" in st.session_state:
        st.session_state["quick_codes"] = [i for i in st.session_state["quick_codes"] if i in by_id]
    else:
        st.session_state["quick_codes"] = leaves[:9]
    quick = st.multiselect(
        t("quick_list"),
        ids,
        format_func=lambda i: by_id[i]["name"],
        max_selections=9,
        key="quick_codes",
        help=t("quick_list_help"),
        placeholder=t("choose_options"),
    )
    blind = st.toggle(t("blind"), key="blind", help=t("blind_help"))
    return active, quick, blind


@st.fragment
def coding_panel(view: dict) -> None:
    if st.session_state.pop(sample_queue.RERUN, False):
        st.rerun()  # an undone review changes the queue above this fragment
    project = open_project()
    if project is None:
        return
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        by_id = {c["id"]: c for c in codes}
        doc = data.document(path, view["document_id"])
        me = coder()
        side, main = st.columns([1.2, 3], gap="medium")
        with side:
            active, quick, blind = _controls(codes, by_id)
            st.button(
                t("undo"),
                key="undo",
                on_click=_write,
                args=(_undo,),
                icon=":material/undo:",
                help=t("undo_help", coder=me),
                width="stretch",
            )
        codings = project.coding.codings(document_id=doc["id"])
        visible = [c for c in codings if not blind or c["coder"] == me]
        kind = view.get("kind") or ("turn" if doc["kind"] == "transcript" else "answer")
        units = data.units(path, doc["id"], kind)
        if view["unit_ids"] is not None:
            units = [u for u in units if u["id"] in view["unit_ids"]]
        with main:
            show_notice(NOTICE)
            st.html(f"<h3 style='margin:0'>{escaped(doc['title'])}</h3>")
            used = list(dict.fromkeys(c["code_id"] for c in visible))
            # always one line high, so that the first code applied does not push the text
            # (and the coder's place in it) down
            st.html(
                "<div style='min-height:2.1rem'>"
                + "".join(swatch(by_id[i]["color"], by_id[i]["path"]) for i in used if i in by_id)
                + "</div>"
            )
            modes = {"units": t("mode_units"), "spans": t("mode_spans")}
            mode = (
                st.segmented_control(
                    t("coding_mode"),
                    list(modes),
                    format_func=modes.get,
                    default="units",
                    key="coding_mode",
                    label_visibility="collapsed",
                )
                or "units"
            )
            if mode == "spans":
                _span_coder(doc, units, visible, by_id, quick, active, path)
            else:
                _unit_cards(doc, units, visible, by_id, quick, active, version)
        with side:
            _legend_and_codings(doc, visible, by_id, me)
            _memos(project, doc, units, codes)


def _unit_cards(
    doc: dict,
    units: list[dict],
    visible: list[dict],
    by_id: dict,
    quick: list[int],
    active: int,
    version: str,
) -> None:
    me = coder()
    if len(units) > UNITS_PAGE:
        with st.columns([1, 3])[0]:
            offset, limit = paginate(len(units), UNITS_PAGE, f"units_page_{doc['id']}")
        units = units[offset : offset + limit]
    names = {i: c["path"] for i, c in by_id.items()}
    colors = {i: c["color"] for i, c in by_id.items()}
    for unit in units:
        parts = pieces(unit["start"], unit["end"], unit["text"], visible, colors, names)
        mine = [
            c["code_id"]
            for c in visible
            if c["coder"] == me and (c["start"], c["end"]) == (unit["start"], unit["end"])
        ]
        short = len(unit["text"].strip()) <= SHORT_UNIT and "\n" not in unit["text"].strip()
        with st.container(border=True, key=f"unit-{unit['id']}"):
            label = _unit_label(unit)
            if short:
                text, button, more = st.columns([3.5, 1.5, 1], vertical_alignment="center")
            else:
                text, button = st.columns([4, 1.5], vertical_alignment="top")
                more = st.container()
            text.html(
                f'<div class="duiding-unit" data-segment="{unit["id"]}">'
                + (
                    f"<small style='opacity:.7'>{escaped(label)}</small>{' ' if short else '<br>'}"
                    if label
                    else ""
                )
                + f'<{"span" if short else "div"} style="white-space:pre-wrap">'
                + f"{pieces_html(parts)}</{'span' if short else 'div'}></div>"
            )
            button.button(
                f"＋ {md(by_id[active]['name'])}",
                key=f"apply-{unit['id']}",
                help=t("apply_help", code=by_id[active]["path"]),
                width="stretch",
                on_click=_write,
                args=(_code_segment, unit["id"], active),
            )
            options = list(dict.fromkeys([*quick, *[i for i in mine if i in by_id]]))
            default = tuple(i for i in options if i in mine)
            key = f"pills-{unit['id']}-{version}"
            where = (
                more.popover(
                    t("more_codes_n", n=len(default)) if default else t("more_codes"),
                    help=t("more_codes_help"),
                    key=f"more-{unit['id']}",
                    width="stretch",
                )
                if short
                else more
            )
            where.pills(
                t("toggle_codes"),
                options,
                selection_mode="multi",
                default=list(default),
                format_func=lambda i: md(by_id[i]["name"]),
                key=key,
                label_visibility="collapsed",
                on_change=_write,
                wrap=True,
                args=(_toggle, unit, doc["id"], key, default),
            )


def _span_coder(
    doc: dict,
    units: list[dict],
    visible: list[dict],
    by_id: dict,
    quick: list[int],
    active: int,
    path: str,
) -> None:
    names = {i: c["path"] for i, c in by_id.items()}
    colors = {i: c["color"] for i, c in by_id.items()}
    payload = [
        {
            "id": u["id"],
            "label": _unit_label(u),
            "pieces": pieces(u["start"], u["end"], u["text"], visible, colors, names),
        }
        for u in units
    ]
    key = f"span_coder_{doc['id']}"
    result = text_coder(
        key=key,
        units=payload,
        quick=[
            {
                "id": i,
                "name": by_id[i]["name"],
                "path": by_id[i]["path"],
                "color": by_id[i]["color"],
            }
            for i in quick
            if i in by_id
        ],
        hint=t("span_hint"),
        selected=t("selected"),
        on_apply=lambda: _write(_code_span, key, doc["id"]),
    )
    selection = (result or {}).get("selection") if result is not None else None
    if (
        isinstance(selection, dict)
        and "start" in selection
        and st.session_state.get("span_applied")
        != (doc["id"], selection["start"], selection["end"])
    ):
        start, end = int(selection["start"]), int(selection["end"])
        text = data.document(path, doc["id"])["text"][start:end]
        if 0 <= start < end <= len(data.document(path, doc["id"])["text"]):
            st.caption(t("selection_is", start=start, end=end))
            st.text(text[:300] + ("…" if len(text) > 300 else ""))
            st.button(
                t("apply_to_selection", code=by_id[active]["path"]),
                key="apply_selection",
                on_click=_write,
                args=(_code_selection, doc["id"], start, end, active),
            )


def _legend_and_codings(doc: dict, visible: list[dict], by_id: dict, me: str) -> None:
    with st.expander(t("codings_here", n=len(visible))):
        if not visible:
            st.caption(t("none_yet"))
            return
        st.dataframe(
            labelled(
                [
                    {
                        "code": by_id.get(c["code_id"], {}).get("path", c["code_id"]),
                        "coder": c["coder"],
                        "text": c["text"],
                        "start": c["start"],
                        "end": c["end"],
                    }
                    for c in visible
                ]
            ),
            hide_index=True,
            width="stretch",
        )
        mine = {c["id"]: c for c in visible if c["coder"] == me}
        if mine:
            key = f"remove_{doc['id']}"
            st.selectbox(
                t("remove_coding"),
                list(mine),
                key=key,
                format_func=lambda i: (
                    f"{by_id.get(mine[i]['code_id'], {}).get('path', '?')}: {mine[i]['text'][:60]}"
                ),
            )
            st.button(t("remove"), key=f"{key}_go", on_click=_write, args=(_uncode, key))


def _memos(project: Project, doc: dict, units: list[dict], codes: list[dict]) -> None:
    memos = [*project.coding.memos("document", doc["id"])]
    for unit in units[:200]:
        memos += project.coding.memos("segment", unit["id"])
    with st.expander(t("memos_n", n=len(memos))):
        for memo in memos:
            st.html(
                f"<div style='margin-bottom:6px'><small>{escaped(memo['coder'])} · "
                f"{escaped(memo['time'][:16])} · {escaped(memo['kind'])}</small><br>"
                f"<span style='white-space:pre-wrap'>{escaped(memo['text'])}</span></div>"
            )
        kinds = {"document": t("document"), "segment": t("segment"), "code": t("code")}
        kind = st.radio(
            t("memo_on"), list(kinds), format_func=kinds.get, horizontal=True, key="memo_kind"
        )
        target_key = f"memo_target_{kind}"
        if kind == "document":
            st.session_state[target_key] = doc["id"]
        elif kind == "segment":
            labels = {u["id"]: f"{_unit_label(u)} {u['text'][:50]}" for u in units[:200]}
            st.selectbox(t("segment"), list(labels), format_func=labels.get, key=target_key)
        else:
            names = {c["id"]: c["path"] for c in codes}
            st.selectbox(t("code"), list(names), format_func=names.get, key=target_key)
        text_key = "memo_text"
        st.text_area(t("memo_text"), key=text_key)
        st.button(
            t("add_memo"), key="add_memo", on_click=_write, args=(_memo, kind, target_key, text_key)
        )


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        counts = data.counts(path, version)
    st.title(t("page_code"))
    if not codes:
        st.info(t("no_codes"))
        st.page_link("ui/codebook_page.py", label=t("page_codebook"), icon="📚")
        return
    st.caption(t("coding_as", coder=coder()))
    sources = {"document": t("pick_document"), "queue": t("work_queue")}
    source = (
        st.segmented_control(
            t("source"),
            list(sources),
            format_func=sources.get,
            default="document",
            key="code_source",
        )
        or "document"
    )
    with st.container(border=True):
        if source == "queue":
            view = work_queue.pick_queue(path, version, counts)
        else:
            view = pick_document(path, version, counts)
    if view is not None:
        coding_panel(view)


render()
