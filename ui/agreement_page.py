"""Agreement page: per-code and overall agreement between chosen coders (percent agreement,
Cohen's kappa, Krippendorff's alpha), double-coding samples, and the disagreement view where
a consensus decision is recorded per disputed (segment, code)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data
from ui.common import (
    act,
    cache_key,
    can,
    coder,
    column_label,
    error_text,
    escaped,
    is_open,
    labelled,
    md,
    open_project,
    paginate,
    require_project,
    t,
    unit_labels,
)
from workbench import WorkbenchError

CONSENSUS = "consensus"
PAGE = 10
NOTICE = "agreement_notice"


def _number(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(float(value), digits)


def report_table(report) -> pd.DataFrame:
    """Per code and overall, numbers as numbers (None where a statistic is undefined)."""
    rows = []
    for row in [*report.per_code, report.overall]:
        record = {
            t("code"): row.code if row is not report.overall else t("overall"),
            t("units_n"): row.units,
            t("percent_agreement"): None
            if row.percent_agreement is None
            else round(100 * row.percent_agreement, 1),
            "kappa": row.cohen_kappa,
            "alpha": row.krippendorff_alpha,
        }
        for name, n in row.applied.items():
            record[f"{t('applied_by')} {name}"] = n
        rows.append(record)
    return pd.DataFrame(rows)


def agreement_report(project, coders: list[str], codes: list[str] | None, unit: str) -> None:
    try:
        with st.spinner(t("computing")):
            report = project.coding.agreement(coders, codes, unit=unit)
    except WorkbenchError as error:
        st.info(md(error))
        return
    table = report_table(report)
    overall = report.overall
    cols = st.columns(4)
    cols[0].metric(t("units_n"), overall.units)
    cols[1].metric(
        t("percent_agreement"),
        "–" if overall.percent_agreement is None else f"{100 * overall.percent_agreement:.1f}%",
    )
    cols[2].metric(
        t("col_kappa"), "–" if overall.cohen_kappa is None else f"{overall.cohen_kappa:.3f}"
    )
    cols[3].metric(
        t("col_alpha"),
        "–" if overall.krippendorff_alpha is None else f"{overall.krippendorff_alpha:.3f}",
    )
    st.dataframe(
        labelled(table),
        hide_index=True,
        width="stretch",
        placeholder="–",
        column_config={
            column_label("kappa"): st.column_config.NumberColumn(format="%.3f"),
            column_label("alpha"): st.column_config.NumberColumn(format="%.3f"),
            t("percent_agreement"): st.column_config.NumberColumn(format="%.1f%%"),
        },
    )
    st.caption(t("agreement_help"))
    scope = report.scope or {}
    if scope.get("samples"):
        st.caption(t("agreement_scope_samples", samples=", ".join(scope["samples"])))
    else:
        st.caption(t("agreement_scope_coded"))
    st.download_button(
        t("download_csv"),
        table.to_csv(index=False).encode("utf-8"),
        file_name="agreement.csv",
        mime="text/csv",
        on_click="ignore",
    )


def _consensus(segment_id: int, code: str, applied: bool) -> None:
    project = open_project()
    if project is None:
        return
    with project:
        try:
            project.coding.consensus(segment_id, code, applied)
        except WorkbenchError as error:
            st.session_state[NOTICE] = ("error", error_text(error))
        else:
            st.session_state[NOTICE] = (
                "toast",
                t(
                    "consensus_saved",
                    code=code,
                    decision=t("applied" if applied else "not_applied"),
                ),
            )


def default_coders(path: str, version: str, everyone: list[str]) -> list[str]:
    """The coders of a double-coding sample (one the sidebar's coder is in, if any), else
    the first two coders."""
    rows = data.assignments(path, version, None)
    samples: dict[str, set[str]] = {}
    for row in rows:
        samples.setdefault(row["sample"], set()).add(row["coder"])
    mine = [names for names in samples.values() if coder() in names]
    for names in [*mine, *samples.values()]:
        picked = [c for c in everyone if c in names]
        if len(picked) >= 2:
            return picked
    return everyone[:2]


def sample_form(everyone: list[str]) -> None:
    with st.form("sample_form"):
        left, right = st.columns(2)
        names = left.multiselect(
            t("coders"),
            everyone,
            key="sample_coders",
            accept_new_options=True,
            placeholder=t("choose_options"),
        )
        kinds = unit_labels(("answers", "turns", "sentences"))
        unit = right.selectbox(t("unit"), list(kinds), key="sample_unit", format_func=kinds.get)
        left, middle, right = st.columns(3)
        size = left.number_input(
            t("sample_size"), min_value=1, value=50, step=10, key="sample_size"
        )
        seed = middle.number_input(t("seed"), min_value=0, value=0, step=1, key="sample_seed")
        name = right.text_input(t("sample_name"), key="sample_name")
        submitted = st.form_submit_button(t("create_sample"))
    if submitted:
        project = open_project()
        if project is None:
            return
        with project:
            try:
                result = project.coding.assign_sample(
                    names, int(size), unit=unit, seed=int(seed), sample=name.strip() or None
                )
            except WorkbenchError as error:
                st.error(error_text(error))
            else:
                st.success(
                    t(
                        "sample_created",
                        sample=result["sample"],
                        n=len(result["units"]),
                        coders=", ".join(result["coders"]),
                    )
                )


def _unit_texts(
    project,
    path: str,
    version: str,
    frame: pd.DataFrame,
    coders: list[str],
    unit: str,
    counts: dict,
) -> dict[int, dict]:
    """unit id -> {text, title, document_id} for the disputed units on this page.

    Every disputed (unit, code) has a coder who applied the code, so retrieve() of that
    code by those coders holds the unit's text; units it misses (none expected) come from
    the segment index."""
    found: dict[int, dict] = {}
    for code in frame["code"].unique():
        rows = data.retrieve(path, version, code, tuple(coders), unit, (), None, ())
        for _, row in rows.iterrows():
            found.setdefault(
                int(row["unit_id"]),
                {
                    "text": row["unit_text"],
                    "title": row["title"],
                    "document_id": int(row["document_id"]),
                },
            )
    missing = [int(u) for u in frame["unit"] if int(u) not in found]
    if missing:
        index = data.segments_by_id(path, tuple(missing), counts["segments"])
        for unit_id, segment in index.items():
            found[unit_id] = {
                "text": segment["text"],
                "title": segment["title"],
                "document_id": segment["document_id"],
            }
    return found


def disagreement_view(
    project,
    path: str,
    version: str,
    coders: list[str],
    codes: list[str] | None,
    unit: str,
    counts: dict,
) -> None:
    try:
        frame = project.coding.disagreements(coders, codes, unit=unit)
    except WorkbenchError as error:
        st.info(md(error))
        return
    if frame.empty:
        st.success(t("no_disagreements"))
        return
    decided = data.all_codings(path, version)
    decided = decided[decided["coder"] == CONSENSUS]
    code_ids = {c["path"]: c["id"] for c in data.codes(path, version)}
    st.caption(t("n_disagreements", n=len(frame)))
    with st.columns([1, 3])[0]:
        offset, limit = paginate(len(frame), PAGE, "dis_page")
    page = frame.iloc[offset : offset + limit]
    texts = _unit_texts(project, path, version, page, coders, unit, counts)
    for _, row in page.iterrows():
        unit_id, code = int(row["unit"]), row["code"]
        info = texts.get(unit_id, {"text": "", "title": "", "document_id": None})
        said = []
        for name in coders:
            value = row.get(name)
            mark = "✓" if value == 1 else ("✗" if value == 0 else "–")
            said.append(f"{escaped(name)}: <b>{mark}</b>")
        agreed = decided[
            (decided["segment_id"] == unit_id) & (decided["code_id"] == code_ids.get(code))
        ]
        with st.container(border=True, key=f"dispute-{unit_id}-{code_ids.get(code)}"):
            st.html(
                f"<div><small style='opacity:.75'>{escaped(info['title'])} · "
                f"{escaped(t('segment'))} {unit_id}</small><br>"
                f"<b>{escaped(code)}</b> — {' · '.join(said)}"
                "<div style='white-space:pre-wrap;margin-top:4px'>"
                f"{escaped(info['text'])}</div>"
                "</div>"
            )
            left, middle, right = st.columns([1, 1, 2], vertical_alignment="center")
            left.button(
                t("decide_applied"),
                key=f"yes-{unit_id}-{code}",
                on_click=_consensus,
                args=(unit_id, code, True),
            )
            middle.button(
                t("decide_not_applied"),
                key=f"no-{unit_id}-{code}",
                on_click=_consensus,
                args=(unit_id, code, False),
            )
            if not agreed.empty:
                right.markdown(
                    f":green[:material/check_circle: {t('consensus_is', decision=t('applied'))}]"
                )


def _reveal(project, sample: str) -> str:
    done = project.samples.reveal(sample)
    return t("revealed_notice", sample=done["sample"], coders=", ".join(done["coders"]))


def blind_section(project) -> None:
    """Which double-coding samples are still blind; an owner can reveal one."""
    blind = project.samples.blind()
    if not blind:
        return
    st.info(t("blind_open", samples=", ".join(blind)), icon=":material/visibility_off:")
    if can("reveal-sample"):
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        sample = left.selectbox(t("reveal_which"), blind, key="reveal_sample")
        right.button(
            t("reveal_sample"),
            key="reveal_go",
            help=t("reveal_help"),
            on_click=act,
            args=(NOTICE, _reveal, sample),
        )


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        codes = data.codes(path, version)
        counts = data.counts(path, version)
        st.title(t("page_agreement"))
        notice = st.session_state.pop(NOTICE, None)
        if notice:
            if notice[0] == "error":
                st.error(notice[1])
            else:
                st.toast(notice[1], icon=":material/check_circle:", duration="long")
        everyone = [c for c in data.coders(path, version) if c != CONSENSUS]
        blind_section(project)
        if can("assign-sample"):  # samples are designed by owners
            with st.expander(t("double_coding_sample"), expanded=not everyone):
                sample_form(everyone)
        if len(everyone) < 2:
            st.info(t("need_two_coders"))
            return
        left, middle, right = st.columns([2, 3, 1])
        chosen = left.multiselect(
            t("coders"),
            everyone,
            default=default_coders(path, version, everyone),
            key="agr_coders",
            placeholder=t("choose_options"),
        )
        paths = [c["path"] for c in codes]
        picked = middle.multiselect(
            t("codes"), paths, key="agr_codes", placeholder=t("all_used_codes")
        )
        labels = unit_labels()
        unit = right.selectbox(t("unit"), list(labels), format_func=labels.get, key="agr_unit")
        if len(chosen) < 2:
            st.info(t("need_two_coders"))
            return
        selected_codes = picked or None  # None: the codes these coders used
        report_tab, dispute_tab = st.tabs(
            [t("agreement"), t("disagreements")], key="agr_tab", on_change="rerun"
        )
        if is_open(report_tab):
            with report_tab:
                agreement_report(project, chosen, selected_codes, unit)
        if is_open(dispute_tab):
            with dispute_tab:
                st.caption(t("consensus_help", coder=coder()))
                disagreement_view(project, path, version, chosen, selected_codes, unit, counts)


render()
