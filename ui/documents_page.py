"""Documents page: read an answer or a transcript, with its turns, speakers and sentences."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.common import labelled, require_project, t, text_block


def render() -> None:
    with require_project() as project:
        kinds = {t("transcripts"): "transcript", t("answers"): "answer"}
        kind = kinds[st.radio(t("kind"), list(kinds), horizontal=True)]
        documents = project.documents(kind=kind, limit=1000)
        if not documents:
            st.info(t("no_documents"))
            return
        chosen = st.selectbox(t("document"), documents, format_func=lambda d: d["title"])
        units = project.segments(chosen["id"], kind="turn" if kind == "transcript" else "answer")
        if kind == "transcript":
            rows = pd.DataFrame(
                [
                    {
                        "#": u["ordinal"] + 1,
                        "time": u["time_start"],
                        "speaker": u["speaker"],
                        "text": u["text"],
                    }
                    for u in units
                ]
            )
            st.dataframe(labelled(rows), hide_index=True, width="stretch")
        else:
            text_block(project.document(chosen["id"])["text"])
        with st.expander(t("sentences")):
            sentences = project.segments(chosen["id"], kind="sentence")
            st.dataframe(
                labelled(
                    [{"id": s["id"], "text": s["text"], "lemmas": s["lemmas"]} for s in sentences]
                ),
                hide_index=True,
            )


render()
