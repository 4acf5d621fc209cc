"""Documents page: read an answer, a transcript or a PDF document, with its turns (or
paragraphs and their pages), speakers and sentences; owners import PDFs, link or transcribe
recordings (ui/recordings.py), and correct a speaker's attribute or the answer's respondent's
survey variable."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.attribute_edit import respondent_panel, speakers_panel
from ui.common import can, labelled, md, require_project, show_error, t, text_block
from ui.recordings import recordings
from ui.uploads import uploaded
from workbench import Project, WorkbenchError


def import_pdfs(project: Project) -> None:
    """Upload PDFs and import each (one error line for a scan, an encrypted or a damaged
    file, which changes nothing), then segment what was imported."""
    with st.expander(t("import_pdf")):
        uploads = st.file_uploader(
            t("file"), type=["pdf"], accept_multiple_files=True, key="pdf_upload"
        )
        group = st.text_input(t("pdf_group"), key="pdf_group")
        if not uploads or not st.button(t("import"), key="import_pdfs"):
            return
        with uploaded(*uploads) as paths:
            for path in paths:
                try:
                    result = project.import_document(path, group=group.strip() or None)
                except WorkbenchError as error:
                    show_error(error)
                    continue
                st.success(t("pdf_imported", file=path.name, **_counts(result)))
                for warning in result["warnings"]:
                    st.warning(md(warning))
        with st.spinner(t("segmenting")):
            project.segment()


def _counts(result: dict) -> dict:
    return {"paragraphs": result["paragraphs"], "pages": result["pages"]}


def render() -> None:
    with require_project() as project:
        if can("import-document"):
            import_pdfs(project)
        recordings(project)
        kinds = {t("transcripts"): "transcript", t("answers"): "answer"}
        kind = kinds[st.radio(t("kind"), list(kinds), horizontal=True, key="doc_kind")]
        documents = project.documents(kind=kind, limit=1000)
        if not documents:
            st.info(t("no_documents"))
            return
        chosen = st.selectbox(t("document"), documents, format_func=lambda d: d["title"])
        units = project.segments(chosen["id"], kind="turn" if kind == "transcript" else "answer")
        if kind == "transcript":
            paged = any(u["page"] for u in units)  # read from a PDF: pages, no speakers
            rows = pd.DataFrame(
                [
                    {
                        "#": u["ordinal"] + 1,
                        **(
                            {"p.": u["page"]}
                            if paged
                            else {"time": u["time_start"], "speaker": u["speaker"]}
                        ),
                        "text": u["text"],
                    }
                    for u in units
                ]
            )
            st.dataframe(labelled(rows), hide_index=True, width="stretch")
            if not paged and chosen["group"]:
                speakers_panel(project, chosen["group"])
        else:
            text_block(project.document(chosen["id"])["text"])
            if chosen["respondent"]:
                respondent_panel(project, chosen["respondent"])
        with st.expander(t("sentences")):
            sentences = project.segments(chosen["id"], kind="sentence")
            st.dataframe(
                labelled(
                    [{"id": s["id"], "text": s["text"], "lemmas": s["lemmas"]} for s in sentences]
                ),
                hide_index=True,
            )


render()
