"""Codebook page: the code tree with colours, definitions, inclusion and exclusion criteria,
examples and coding counts; add, edit, rename, move, reorder, merge, split and delete codes;
a code's history; import a codebook file and export it (yaml, csv, qdc, md)."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import streamlit as st

from ui import data
from ui.codebook_history import history_table, order_buttons
from ui.common import (
    cache_key,
    can,
    error_text,
    escaped,
    is_open,
    labelled,
    md,
    open_project,
    require_project,
    safe_color,
    show_error,
    t,
)
from ui.uploads import uploaded
from workbench import Project, WorkbenchError

TOP = "\u2014"  # the "(top level)" choice in parent pickers
NOTICE = "codebook_notice"
EXPORTS = {"yaml": "text/yaml", "csv": "text/csv", "qdc": "application/xml", "md": "text/markdown"}


def _done(message: str) -> None:
    st.session_state[NOTICE] = ("success", message)


def _failed(error: Exception) -> None:
    st.session_state[NOTICE] = ("error", error_text(error))


def _change(action) -> bool:
    """Run ``action(project)`` (a codebook change); True when it worked."""
    project = open_project()
    if project is None:
        return False
    with project:
        try:
            message = action(project)
        except WorkbenchError as error:
            _failed(error)
            return False
    _done(message)
    return True


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- showing -----------------------------------------------------------------------------
def tree_html(codes: list[dict]) -> str:
    """The code tree as escaped HTML: colour, name, coding count and definition on one
    line; inclusion, exclusion, examples and the English label unfold under it."""
    rows = []
    for code in codes:
        color = safe_color(code["color"])
        details = []
        for field in ("inclusion", "exclusion"):
            if code[field]:
                details.append(
                    f"<div><b>{html.escape(t(field))}:</b> <span style="
                    f"'white-space:pre-wrap'>{escaped(code[field])}</span></div>"
                )
        if code["examples"]:
            items = "".join(f"<li>{escaped(e)}</li>" for e in code["examples"])
            details.append(
                f"<div><b>{html.escape(t('examples'))}:</b><ul style='margin:0'>{items}</ul></div>"
            )
        if code["label_en"]:
            details.append(f"<div><b>EN:</b> {escaped(code['label_en'])}</div>")
        head = (
            f"<span style='display:inline-block;width:0.9em;height:0.9em;border-radius:3px;"
            f"background:{color};margin-right:6px;vertical-align:middle'></span>"
            f"<b>{escaped(code['name'])}</b> "
            f"<span class='duiding-count' style='opacity:.6;font-size:.85em'>"
            f"({code['codings']})</span>"
        )
        definition = (
            f"<div style='font-size:.88em;opacity:.85;white-space:pre-wrap;"
            f"margin-left:1.5em'>{escaped(code['definition'])}</div>"
            if code["definition"]
            else ""
        )
        style = (
            f"margin-left:{code['depth'] * 1.4}em;border-left:3px solid {color};"
            "padding:2px 8px;margin-bottom:4px"
        )
        if details:
            rows.append(
                f"<details class='duiding-code' data-code='{code['id']}' style='{style}'>"
                f"<summary style='cursor:pointer'>{head}{definition}</summary>"
                f"<div style='font-size:.85em;padding:2px 0 4px 1.5em'>{''.join(details)}</div>"
                "</details>"
            )
        else:
            rows.append(
                f"<div class='duiding-code' data-code='{code['id']}' "
                f"style='{style};padding-left:22px'>{head}{definition}</div>"
            )
    return "<div class='duiding-tree'>" + "".join(rows) + "</div>"


# -- changing ----------------------------------------------------------------------------
def add_form(codes: list[dict]) -> None:
    with st.form("code_add", clear_on_submit=True):
        path = st.text_input(t("code_path"), help=t("code_path_help"), key="add_path")
        definition = st.text_area(t("definition"), key="add_definition")
        left, right = st.columns(2)
        inclusion = left.text_area(t("inclusion"), key="add_inclusion")
        exclusion = right.text_area(t("exclusion"), key="add_exclusion")
        examples = st.text_area(t("examples_lines"), key="add_examples")
        left, right = st.columns(2)
        label_en = left.text_input(t("label_en"), key="add_label_en")
        own_color = right.checkbox(t("own_color"), key="add_own_color")
        color = right.color_picker(t("color"), "#4363d8", key="add_color")
        submitted = st.form_submit_button(t("add_code"))
    if submitted and path.strip():

        def action(project: Project) -> str:
            code = project.codebook.add(
                path.strip(),
                definition=definition,
                inclusion=inclusion,
                exclusion=exclusion,
                examples=_lines(examples),
                label_en=label_en.strip() or None,
                color=color if own_color else None,
            )
            return t("code_added", code=code.path)

        if _change(action):
            st.rerun()


def edit_form(code: dict, version: int) -> None:
    suffix = f"{code['id']}_{version}"
    with st.form(f"code_edit_{suffix}"):
        definition = st.text_area(t("definition"), code["definition"], key=f"ed_def_{suffix}")
        left, right = st.columns(2)
        inclusion = left.text_area(t("inclusion"), code["inclusion"], key=f"ed_inc_{suffix}")
        exclusion = right.text_area(t("exclusion"), code["exclusion"], key=f"ed_exc_{suffix}")
        examples = st.text_area(
            t("examples_lines"), "\n".join(code["examples"]), key=f"ed_ex_{suffix}"
        )
        left, right = st.columns(2)
        label_en = left.text_input(t("label_en"), code["label_en"] or "", key=f"ed_en_{suffix}")
        color = right.color_picker(t("color"), safe_color(code["color"]), key=f"ed_col_{suffix}")
        submitted = st.form_submit_button(t("save"))
    if submitted:

        def action(project: Project) -> str:
            project.codebook.update(
                code["path"],
                definition=definition,
                inclusion=inclusion,
                exclusion=exclusion,
                examples=_lines(examples),
                label_en=label_en.strip() or None,
                color=color,
            )
            return t("code_saved", code=code["path"])

        if _change(action):
            st.rerun()


def rename_move(code: dict, codes: list[dict], version: int) -> None:
    suffix = f"{code['id']}_{version}"
    left, right = st.columns(2)
    with left.form(f"rename_{suffix}"):
        name = st.text_input(t("new_name"), code["name"], key=f"rename_name_{suffix}")
        if (
            st.form_submit_button(t("rename"))
            and name.strip()
            and _change(
                lambda p: t("code_renamed", code=p.codebook.rename(code["path"], name.strip()).path)
            )
        ):
            st.rerun()
    inside = {
        c["id"]
        for c in codes
        if c["path"] == code["path"] or c["path"].startswith(code["path"] + "/")
    }
    parents = [TOP] + [c["path"] for c in codes if c["id"] not in inside]
    with right.form(f"move_{suffix}"):
        parent = st.selectbox(t("new_parent"), parents, key=f"move_parent_{suffix}")
        if st.form_submit_button(t("move")):
            target = None if parent == TOP else parent
            if _change(lambda p: t("code_moved", code=p.codebook.move(code["path"], target).path)):
                st.rerun()


def merge_form(code: dict, codes: list[dict], version: int) -> None:
    suffix = f"{code['id']}_{version}"
    targets = [
        c["path"]
        for c in codes
        if c["id"] != code["id"] and not c["path"].startswith(code["path"] + "/")
    ]
    if not targets:
        st.caption(t("nothing_to_merge"))
        return
    with st.form(f"merge_{suffix}"):
        target = st.selectbox(t("merge_into"), targets, key=f"merge_target_{suffix}")
        st.caption(t("merge_help", code=code["path"], n=code["codings"]))
        sure = st.checkbox(t("i_am_sure"), key=f"merge_sure_{suffix}")
        if st.form_submit_button(t("merge")) and sure:

            def action(project: Project) -> str:
                result = project.codebook.merge(code["path"], target)
                return t(
                    "code_merged",
                    source=result["source"],
                    target=result["target"],
                    n=result["codings"],
                )

            if _change(action):
                st.rerun()


def split_form(project: Project, code: dict, version: int) -> None:
    suffix = f"{code['id']}_{version}"
    rows = project.coding.codings(codes=[code["id"]])
    if not rows:
        st.caption(t("no_codings_to_split"))
        return
    table = [
        {"id": r["id"], "coder": r["coder"], "document": r["document_id"], "text": r["text"][:200]}
        for r in rows[:5000]
    ]
    st.caption(t("split_help"))
    event = st.dataframe(
        labelled(table),
        hide_index=True,
        on_select="rerun",
        selection_mode="multi-row",
        key=f"split_rows_{suffix}",
        width="stretch",
    )
    chosen = [table[i]["id"] for i in event.selection.rows]
    name = st.text_input(t("split_name"), key=f"split_name_{suffix}")
    if st.button(
        t("split_n", n=len(chosen)),
        key=f"split_go_{suffix}",
        disabled=not (chosen and name.strip()),
    ):

        def action(p: Project) -> str:
            new = p.codebook.split(code["path"], name.strip(), chosen)
            return t("code_split", code=new.path, n=len(chosen))

        if _change(action):
            st.rerun()


def delete_form(codes: list[dict]) -> None:
    unused = [c["path"] for c in codes if c["leaf"] and c["codings"] == 0]
    if not unused:
        st.caption(t("nothing_to_delete"))
        return
    with st.form("code_delete"):
        path = st.selectbox(t("delete_which"), unused, key="delete_path")
        st.caption(t("delete_help"))
        if st.form_submit_button(t("delete")):

            def action(project: Project) -> str:
                project.codebook.delete(path)
                return t("code_deleted", code=path)

            if _change(action):
                st.rerun()


@st.cache_data(show_spinner=False, max_entries=16)
def export_bytes(path: str, version: str, fmt: str) -> bytes:
    """The codebook file in ``fmt`` (cached per project version)."""
    with (
        Project.open(path, user="viewer") as project,
        tempfile.TemporaryDirectory(prefix="duiding-export-") as folder,
    ):
        target = Path(folder) / f"codebook.{fmt}"
        project.codebook.export_file(target, format=fmt)
        return target.read_bytes()


def import_export(path: str, version: str, book_version: int, name: str, empty: bool) -> None:
    left, right = st.columns(2)
    with left:
        st.subheader(t("import_codebook"))
        upload = st.file_uploader(
            t("codebook_file"), type=["yaml", "yml", "csv", "qdc", "xml"], key="codebook_upload"
        )
        if upload is not None and st.button(t("import"), key="codebook_import"):
            with uploaded(upload) as (saved,):

                def action(project: Project) -> str:
                    result = project.codebook.import_file(saved)
                    for warning in result.get("warnings") or []:
                        st.session_state.setdefault("codebook_warnings", []).append(str(warning))
                    return t(
                        "codebook_imported",
                        added=result["added"],
                        updated=result["updated"],
                        unchanged=result["unchanged"],
                        version=result.get("version", "?"),
                    )

                with st.status(t("importing")):
                    _change(action)
                st.rerun()  # the page shows the outcome (a success or the refusal) at its top
    with right:
        st.subheader(t("export_codebook"))
        if empty:  # an empty codebook is a note here, not an error from each format
            st.info(t("no_codes_to_export"))
            return
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name) or "codebook"
        for fmt, mime in EXPORTS.items():
            try:
                payload = export_bytes(path, version, fmt)
            except WorkbenchError as error:
                show_error(error)
                continue
            st.download_button(
                f"{t('download')} .{fmt}",
                payload,
                file_name=f"{stem}-codebook-v{book_version}.{fmt}",
                mime=mime,
                key=f"export_{fmt}",
                on_click="ignore",
            )


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        book_version = data.codebook_version(path, version)
        name = project.settings.get("name", "project")
        st.title(t("page_codebook"))
        st.caption(
            t(
                "codebook_caption",
                version=book_version,
                n=len(codes),
                codings=sum(c["codings"] for c in codes),
            )
        )
        notice = st.session_state.pop(NOTICE, None)
        if notice:
            (st.error if notice[0] == "error" else st.success)(notice[1])
        for warning in st.session_state.pop("codebook_warnings", []):
            st.warning(md(warning))
        tree_col, edit_col = st.columns([3, 2], gap="large")
        with tree_col:
            if codes:
                st.html(tree_html(codes))
            else:
                st.info(t("no_codes"))
            history_table(project, codes)
        if not can("codebook-add"):  # the codebook is the owners'; coders read it
            return
        with edit_col:
            tabs = st.tabs(
                [t("add_code"), t("edit"), t("merge_split"), t("delete"), t("import_export")],
                key="codebook_tab",
                on_change="rerun",
            )
            with tabs[0]:
                add_form(codes)
            by_path = {c["path"]: c for c in codes}
            with tabs[1]:
                if codes:
                    chosen = st.selectbox(t("code"), list(by_path), key="edit_code")
                    edit_form(by_path[chosen], book_version)
                    rename_move(by_path[chosen], codes, book_version)
                    order_buttons(by_path[chosen], codes, book_version, _change)
            with tabs[2]:
                if codes:
                    chosen = st.selectbox(t("code"), list(by_path), key="merge_code")
                    actions = {"merge": t("merge"), "split": t("split")}
                    action = st.radio(
                        t("action"),
                        list(actions),
                        horizontal=True,
                        format_func=actions.get,
                        key="merge_action",
                    )
                    if action == "merge":
                        merge_form(by_path[chosen], codes, book_version)
                    else:
                        split_form(project, by_path[chosen], book_version)
            with tabs[3]:
                delete_form(codes)
            if is_open(tabs[4]):
                with tabs[4]:
                    import_export(path, version, book_version, name, not codes)


render()
