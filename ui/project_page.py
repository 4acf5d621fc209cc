"""Project page: create or open a project, see what is in it, import data, segment."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from ui import signin
from ui.common import (
    can,
    coder,
    labelled,
    md,
    open_project,
    project_path,
    show_error,
    stage_status,
    t,
)
from ui.uploads import survey_columns, uploaded
from workbench import Project, WorkbenchError
from workbench.progress import counter


def progress_bar(label: str):
    bar = st.progress(0.0, text=label)
    return lambda done, total: bar.progress(
        min(done / max(total, 1), 1.0), text=f"{label}: {done}/{total}"
    )


def _create(demo: bool) -> None:
    """Button callback (runs before the sidebar widget exists, so it may set its value). In
    server mode the new project is a name in the projects folder; anything else is refused
    with one line before a file is made."""
    given = st.session_state["new_project_path"]
    try:
        path = signin.projects_folder().path(given) if signin.server_mode() else Path(given)
        if demo:
            from workbench.demo import build_demo

            project = build_demo(path, user=coder())
        else:
            project = Project.create(path, user=coder())
        with project:
            if signin.server_mode():  # a team project from the start: its maker owns it
                project.members.add(coder(), role="owner")
    except WorkbenchError as error:
        st.session_state["create_error"] = str(error)
    else:
        if signin.server_mode():
            st.session_state["project_name"] = path.name.removesuffix(".db")
        else:
            st.session_state["project_path"] = given


def no_project() -> None:
    if signin.server_mode():
        st.info(t("no_project_server"))
        if not signin.projects_folder().names():
            st.caption(t("no_projects_yet"))
        st.text_input(t("project_name"), value="", key="new_project_path")
    else:
        st.info(t("no_project"))
        st.text_input(
            t("project_file"), value=str(project_path() or "project.db"), key="new_project_path"
        )
    left, right = st.columns(2)
    left.button(t("create"), on_click=_create, args=(False,))
    right.button(t("build_demo"), on_click=_create, args=(True,))
    if "create_error" in st.session_state:
        show_error(st.session_state.pop("create_error"))


def import_survey(project: Project) -> None:
    upload = st.file_uploader(
        t("file"), type=["csv", "tsv", "txt", "xlsx", "sav", "parquet"], key="survey_upload"
    )
    if upload is None:
        return
    with uploaded(upload) as (path,):
        try:
            columns = survey_columns(str(path), upload.file_id, upload.size)
        except WorkbenchError as error:
            show_error(error)
            return
        with st.form("import_survey_form"):
            left, middle, right = st.columns(3)
            id_col = left.selectbox(t("id_column"), columns)
            stratum = middle.selectbox(t("stratum_column"), columns, index=min(1, len(columns) - 1))
            weight = right.selectbox(t("weight_column"), columns, index=min(2, len(columns) - 1))
            open_cols = st.multiselect(t("open_columns"), columns, placeholder=t("choose_options"))
            submitted = st.form_submit_button(t("import"))
        if not submitted:
            return
        try:
            with stage_status(t("import")) as progress:
                result = project.import_survey(
                    path,
                    id=id_col,
                    stratum=stratum,
                    weight=weight,
                    open=open_cols,
                    progress=progress,
                )
                project.segment(progress=counter(progress, "segment"))
        except WorkbenchError as error:
            show_error(error)
        else:
            st.success(
                f"{t('imported')}: {result['respondents']} respondents, {result['answers']} answers"
            )


def transcript_preview(project: Project, path: Path, group: str | None, key: str) -> dict | None:
    """Show how a transcript will be read (speakers, turns, warnings) before anything is
    written, and ask about each label the reader could not settle. Returns the import
    options once every such label is decided, else None."""
    try:
        preview = project.preview_transcript(path, group=group)
    except WorkbenchError as error:
        show_error(error)
        return None
    choices = {}
    with st.container(border=True):
        st.markdown(t("transcript_preview", file=path.name, group=preview["group"]))
        answers = {t("as_speaker"): "speaker", t("as_text"): "text"}
        for item in preview["ambiguous"]:
            answer = st.radio(
                t("is_it_a_speaker", where=item["where"], label=item["label"]),
                list(answers),
                index=None,
                horizontal=True,
                key=f"{key}:{item['label']}",
            )
            choices[item["label"]] = answers.get(answer)
        decided = None not in choices.values()
        options = {
            "group": group,
            "speakers": [label for label, c in choices.items() if c == "speaker"],
            "not_speakers": [label for label, c in choices.items() if c == "text"],
        }
        if choices and decided:
            preview = project.preview_transcript(path, **options)
        st.text(t("preview_counts", turns=preview["turns"], speakers=len(preview["speakers"])))
        if preview["title"]:
            st.text(preview["title"])
        st.dataframe(
            pd.DataFrame(preview["speakers"]).rename(
                columns={
                    "name": t("speaker"),
                    "turns": t("turns"),
                    "first": t(f"first_{preview['unit']}"),
                }
            ),
            hide_index=True,
        )
        for notice in preview["notices"]:
            if notice["kind"] != "ambiguous":  # those are the questions above
                st.warning(md(notice["message"]))
        if not decided:
            st.info(t("decide_first"))
            return None
    return options


def import_transcripts(project: Project) -> None:
    uploads = st.file_uploader(
        t("file"),
        type=["txt", "md", "docx", "vtt", "srt"],
        accept_multiple_files=True,
        key="transcript_upload",
    )
    group = st.text_input(t("group"), help="default: the file name")
    with uploaded(*(uploads or [])) as paths:
        ready = []
        for upload, path in zip(uploads or [], paths):
            options = transcript_preview(project, path, group or None, upload.file_id)
            if options is not None:
                ready.append((upload, path, options))
        if uploads and st.button(t("import"), key="import_transcripts", disabled=not ready):
            for upload, path, options in ready:
                try:
                    with stage_status(f"{t('import')}: {md(upload.name)}") as progress:
                        result = project.import_transcript(path, progress=progress, **options)
                except WorkbenchError as error:
                    show_error(error)
                else:
                    st.success(
                        f"{t('imported')}: {md(upload.name)}: {result['turns']} turns, "
                        f"{result['speakers']} speakers"
                    )
            project.segment(progress=progress_bar(t("segmenting")))
    speakers = st.file_uploader(t("import_speakers"), type=["csv", "xlsx"], key="speakers_upload")
    if speakers and st.button(t("import"), key="import_speakers"):
        with uploaded(speakers) as (path,):
            try:
                result = project.import_speakers(path)
            except WorkbenchError as error:
                show_error(error)
            else:
                st.success(f"{t('imported')}: {result['speakers']} speakers")


def render() -> None:
    project = open_project()
    if project is None:
        no_project()
        return
    with project:
        info = project.info()
        st.title(md(info["name"]))
        st.caption(
            f"{md(Path(info['path']).resolve())} · {t('schema_version')} {info['schema_version']}"
        )
        counts = info["counts"]
        cols = st.columns(6)
        for col, key in zip(
            cols, ("respondents", "answers", "transcripts", "segments", "speakers", "codings")
        ):
            col.metric(t(key), f"{counts[key]:,}")
        if not can("import-survey"):  # imports are for owners; the API refuses them anyway
            return
        if counts["unsegmented_documents"] and st.button(t("segment_now")):
            project.segment(progress=progress_bar(t("segmenting")))
            st.rerun()
        survey_tab, transcript_tab, events_tab = st.tabs(
            [t("import_survey"), t("import_transcript"), t("events")]
        )
        with survey_tab:
            import_survey(project)
        with transcript_tab:
            import_transcripts(project)
        with events_tab:
            events = pd.DataFrame(project.events(100))
            if not events.empty:
                events["payload"] = events["payload"].map(str)
            st.dataframe(labelled(events), hide_index=True)


render()
