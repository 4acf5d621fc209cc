"""Downloads of exports, shared by the Export page (researchers) and Browse (viewers).

An export is written by the API into a temporary folder and offered as bytes; the md report
and its chart images come as one zip. In Browse mode every export follows the viewer rules
and only aggregate or redacted exports are offered.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import streamlit as st

from ui.common import error_text, require_project, stage_status, t
from ui.i18n import LANGUAGES
from workbench import WorkbenchError
from workbench.export import KINDS
from workbench.export.kinds import viewer_kinds

MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html",
    "md": "application/zip",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "yaml": "text/yaml",
    "qdc": "application/xml",
    "qdpx": "application/zip",
    "sav": "application/x-spss-sav",
    "zip": "application/zip",
}


def _bytes(kind: str, fmt: str, viewer: bool, options: dict, progress=None) -> tuple[str, bytes]:
    """Run the export in a temporary folder; returns (file name, content)."""
    project = require_project()
    with project, tempfile.TemporaryDirectory() as folder:
        stem = f"{project.path.stem}-{kind}"
        out = Path(folder) / f"{stem}.{fmt}"
        project.export(kind, out, viewer=viewer, progress=progress, **options)
        if fmt != "md" or kind != "report":
            return out.name, out.read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for file in sorted(Path(folder).rglob("*")):
                if file.is_file():
                    archive.write(file, file.relative_to(folder).as_posix())
        return f"{stem}-md.zip", buffer.getvalue()


def _report_content(key: str, themes: list[str], values: dict[str, list[str]] | None) -> dict:
    """The report's themes and survey items (a variable and the values that count), as the
    CLI's --code and --item offer them."""
    options: dict = {}
    chosen = st.multiselect(
        t("report_themes"), themes, key=f"{key}_codes", placeholder=t("report_all_themes")
    )
    if chosen:
        options["codes"] = chosen
    if not values:
        return options
    items = []
    for variable in st.multiselect(
        t("report_items"),
        list(values),
        key=f"{key}_items",
        help=t("report_items_help"),
        placeholder=t("choose_options"),
    ):
        picked = st.multiselect(
            t("report_item_values", variable=variable),
            values[variable],
            key=f"{key}_item_{variable}",
            placeholder=t("choose_options"),
        )
        if picked:
            items.append((variable, picked))
    if items:
        options["items"] = items
    return options


def _options(
    kind: str,
    variables: list[str],
    key: str,
    viewer: bool,
    themes: list[str] | None = None,
    values: dict[str, list[str]] | None = None,
) -> dict:
    if "by" in KINDS[kind].options:
        by = st.multiselect(
            t("by"),
            variables,
            key=f"{key}_by",
            help=t("export_by_help"),
            placeholder=t("choose_options"),
        )
        options: dict = {"by": by} if by else {}
        if "codes" in KINDS[kind].options and themes is not None:
            options.update(_report_content(key, themes, values))
        if "language" in KINDS[kind].options:  # the report: the user's language by default
            languages = list(LANGUAGES)
            ui = st.session_state.get("ui_language", "nl")
            options["language"] = st.selectbox(
                t("report_language"),
                languages,
                index=languages.index(ui) if ui in languages else 0,
                format_func=LANGUAGES.get,
                key=f"{key}_language",
            )
        return options
    full = "full" in KINDS[kind].options and not viewer
    if full and st.toggle(t("full_dataset"), key=f"{key}_full", help=t("full_dataset_help")):
        return {"full": True}
    if "quasi" in KINDS[kind].options:
        quasi = st.multiselect(
            t("quasi_identifiers"),
            variables,
            key=f"{key}_quasi",
            help=t("quasi_help"),
            placeholder=t("choose_options"),
        )
        return {"quasi": quasi} if quasi else {}
    return {}


def export_panel(
    variables: list[str],
    *,
    viewer_only: bool,
    key: str = "export",
    themes: list[str] | None = None,
    values: dict[str, list[str]] | None = None,
) -> None:
    """Choose an export, prepare it, download it. ``themes`` (code paths) and ``values``
    (survey variable -> its values) let the report be limited to themes and show survey
    items, as the CLI's --code and --item do."""
    kinds = viewer_kinds() if viewer_only else list(KINDS)
    labels = {t(f"kind_{k}"): k for k in kinds}
    kind = labels[st.radio(t("export_what"), list(labels), key=f"{key}_kind")]
    formats = list(KINDS[kind].formats)
    left, right = st.columns(2)
    fmt = left.selectbox(t("file_type"), formats, key=f"{key}_fmt_{kind}")
    viewer = (
        True
        if viewer_only
        else right.toggle(t("viewer_rules"), key=f"{key}_viewer", help=t("viewer_rules_help"))
    )
    options = _options(kind, variables, key, viewer, themes, values)
    wanted = (kind, fmt, viewer, repr(sorted(options.items())))
    if st.button(t("prepare_export"), key=f"{key}_prepare", icon=":material/build:"):
        try:
            with stage_status(t("preparing")) as progress:
                st.session_state[f"{key}_ready"] = (
                    wanted,
                    *_bytes(kind, fmt, viewer, options, progress),
                )
        except WorkbenchError as error:
            st.session_state.pop(f"{key}_ready", None)
            st.error(error_text(error))
    ready = st.session_state.get(f"{key}_ready")
    if ready and ready[0] == wanted:
        name, content = ready[1], ready[2]
        st.download_button(
            t("download_file", name=name),
            content,
            file_name=name,
            mime=MIME.get(fmt, "application/octet-stream"),
            key=f"{key}_download",
            icon=":material/download:",
        )
