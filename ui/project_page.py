"""Project page: create or open a project, see what is in it, import data, segment."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from ui.common import md, open_project, project_path, show_error, t
from ui.uploads import save_upload, survey_columns
from workbench import Project, WorkbenchError


def progress_bar(label: str):
    bar = st.progress(0.0, text=label)
    return lambda done, total: bar.progress(min(done / max(total, 1), 1.0),
                                            text=f"{label}: {done}/{total}")


def _create(demo: bool) -> None:
    """Button callback (runs before the sidebar widget exists, so it may set its value)."""
    path = st.session_state["new_project_path"]
    try:
        if demo:
            from workbench.demo import build_demo

            build_demo(path, user=st.session_state.get("coder") or None).close()
        else:
            Project.create(path, user=st.session_state.get("coder") or None).close()
    except WorkbenchError as error:
        st.session_state["create_error"] = str(error)
    else:
        st.session_state["project_path"] = path


def no_project() -> None:
    st.info(t("no_project"))
    st.text_input(t("project_file"), value=str(project_path() or "project.db"),
                  key="new_project_path")
    left, right = st.columns(2)
    left.button(t("create"), on_click=_create, args=(False,))
    right.button(t("build_demo"), on_click=_create, args=(True,))
    if "create_error" in st.session_state:
        show_error(st.session_state.pop("create_error"))


def import_survey(project: Project) -> None:
    upload = st.file_uploader(t("file"), type=["csv", "tsv", "txt", "xlsx", "sav", "parquet"],
                              key="survey_upload")
    if upload is None:
        return
    path = save_upload(upload)
    try:
        columns = survey_columns(str(path), upload.size)
    except WorkbenchError as error:
        show_error(error)
        return
    with st.form("import_survey_form"):
        left, middle, right = st.columns(3)
        id_col = left.selectbox(t("id_column"), columns)
        stratum = middle.selectbox(t("stratum_column"), columns, index=min(1, len(columns) - 1))
        weight = right.selectbox(t("weight_column"), columns, index=min(2, len(columns) - 1))
        open_cols = st.multiselect(t("open_columns"), columns)
        submitted = st.form_submit_button(t("import"))
    if submitted:
        try:
            result = project.import_survey(path, id=id_col, stratum=stratum, weight=weight,
                                           open=open_cols)
            project.segment(progress=progress_bar(t("segmenting")))
        except WorkbenchError as error:
            show_error(error)
        else:
            st.success(f"{t('imported')}: {result['respondents']} respondents, "
                       f"{result['answers']} answers")


def import_transcripts(project: Project) -> None:
    uploads = st.file_uploader(t("file"), type=["txt", "docx", "vtt", "srt"],
                               accept_multiple_files=True, key="transcript_upload")
    group = st.text_input(t("group"), help="default: the file name")
    if uploads and st.button(t("import"), key="import_transcripts"):
        for upload in uploads:
            try:
                result = project.import_transcript(save_upload(upload), group=group or None)
            except WorkbenchError as error:
                show_error(error)
            else:
                st.success(f"{t('imported')}: {md(upload.name)}: {result['turns']} turns, "
                           f"{result['speakers']} speakers")
        project.segment(progress=progress_bar(t("segmenting")))
    speakers = st.file_uploader(t("import_speakers"), type=["csv", "xlsx"], key="speakers_upload")
    if speakers and st.button(t("import"), key="import_speakers"):
        try:
            result = project.import_speakers(save_upload(speakers))
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
        st.caption(f"{md(Path(info['path']).resolve())} · {t('schema_version')} "
                   f"{info['schema_version']}")
        counts = info["counts"]
        cols = st.columns(6)
        for col, key in zip(cols, ("respondents", "answers", "transcripts", "segments",
                                   "speakers", "codings")):
            col.metric(t(key), f"{counts[key]:,}")
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
            st.dataframe(events, hide_index=True)


render()
