"""Recordings on the Documents page (owners): link an audio or video file to a focus group's
timed transcript, or transcribe it with the local Whisper model into a new timed transcript.
Coded turns then play from their time on the Retrieve page."""

from __future__ import annotations

import streamlit as st

from ui.common import can, show_error, t
from ui.uploads import uploaded
from workbench import Project, WorkbenchError

MEDIA_TYPES = ["mp3", "wav", "m4a", "ogg", "mp4", "webm"]


def recordings(project: Project) -> None:
    """The expander: upload, then link it to a group or transcribe it; one line on refusal."""
    link, transcribe = can("link-media"), can("transcribe")
    if not (link or transcribe):
        return
    with st.expander(t("recording")):
        upload = st.file_uploader(t("file"), type=MEDIA_TYPES, key="media_upload")
        actions = {}
        if link:
            actions["link"] = t("recording_link")
        if transcribe:
            actions["transcribe"] = t("recording_transcribe")
        action = st.radio(
            t("recording_action"), list(actions), format_func=actions.get, key="media_action"
        )
        if action == "link":
            groups = sorted(
                {d["group"] for d in project.documents(kind="transcript") if d["group"]}
            )
            if not groups:
                st.info(t("recording_no_groups"))
                return
            target = st.selectbox(t("group"), groups, key="media_group")
        else:
            target = st.text_input(t("recording_group"), key="media_new_group").strip() or None
        if upload is None or not st.button(t(f"recording_{action}"), key="media_go"):
            return
        with uploaded(upload) as (path,):
            try:
                if action == "link":
                    project.link_media(target, path)
                    st.success(t("recording_linked", file=upload.name, group=target))
                else:
                    with st.spinner(t("recording_transcribing")):
                        result = project.transcribe(path, group=target)
                        project.segment()
                    st.success(t("recording_transcribed", file=upload.name, turns=result["turns"]))
            except WorkbenchError as error:
                show_error(error)
