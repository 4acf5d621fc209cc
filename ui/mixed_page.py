"""Mixed methods page: weighted survey estimates and code figures (by method: complete,
sample, model-assisted; each with what it rests on), the weights and representativeness
check, and the joint display of a theme (survey figures, prevalence of the code by the best
valid method, focus-group counts, quotes per subgroup) with the verdict on convergence and a
memo."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from ui import data
from ui.common import (
    cache_key,
    column_label,
    escaped,
    is_open,
    labelled,
    require_project,
    show_error,
    t,
)
from ui.figure_info import METHODS, figure_notes, method_name, refused_note, share_caption
from workbench import Project, WorkbenchError, small_cells
from workbench.figures import THIN_MENTIONS

if TYPE_CHECKING:  # pragma: no cover
    import altair as alt

VERDICTS = ("converge", "diverge", "complement", "open")


@st.cache_data(show_spinner=False, max_entries=32)
def estimate(path: str, version: str, **request) -> dict:
    with Project.open(path, user="viewer") as project:
        return project.estimate(**request)


@st.cache_data(show_spinner=False, max_entries=4)
def weights(path: str, version: str) -> dict:
    with Project.open(path, user="viewer") as project:
        return project.survey.weights_report()


@st.cache_data(show_spinner=False, max_entries=16)
def joint(path: str, version: str, code: str, by: str, item: tuple | None, among: str) -> dict:
    with Project.open(path, user="viewer") as project:
        return project.mixed.joint_display(code, by, item, among)


def estimate_table(result: dict) -> pd.DataFrame:
    percent = result["statistic"] == "proportion"
    sampled = result.get("method") in ("sample", "model-assisted")
    rows = []

    def count(value) -> str:  # text throughout, so the column is one type
        return f"< {result['min_cell']}" if small_cells.unknown(value) else str(int(value))

    for row in result["estimates"]:

        def fmt(value, row=row):
            if value is None:
                return f"< {result['min_cell']}" if row["suppressed"] else "–"
            return f"{100 * value:.1f}%" if percent else f"{value:,.4g}"

        rows.append(
            {
                **{b: str(row[b]) for b in result["by"]},
                t("estimate"): fmt(row["estimate"]),
                "ci": f"{fmt(row['ci_low'])} – {fmt(row['ci_high'])}",
                "se": fmt(row["se"]),
                "n": count(row["n"]),
                **({t("n_coded"): count(row.get("n_coded"))} if sampled else {}),
                **(
                    {t("thin_column"): t("thin_mark", n=THIN_MENTIONS) if row.get("thin") else ""}
                    if sampled
                    else {}
                ),
                "deff": "–" if row.get("deff") is None else f"{row['deff']:.2f}",
            }
        )
    return labelled(pd.DataFrame(rows))


def test_line(result: dict) -> None:
    test = result.get("test")
    if test:
        st.caption(
            f"{test['test']} = {test['statistic']:.2f} ({test['ndf']:.2f}, "
            f"{test['ddf']:.1f} df), p = {test['p']:.3g} {test['sig']}"
        )


def chart(result: dict, by: str, title: str) -> alt.Chart | None:
    rows = [r for r in result["estimates"] if not r["suppressed"] and r["estimate"] is not None]
    if not rows:
        return None
    import altair as alt  # on first use: importing it costs a page's first render 0.4 s

    frame = pd.DataFrame(
        {
            by: [str(r[by]) for r in rows],
            "estimate": [r["estimate"] for r in rows],
            "low": [r["ci_low"] for r in rows],
            "high": [r["ci_high"] for r in rows],
        }
    )
    base = alt.Chart(frame).encode(y=alt.Y(f"{by}:N", title=None))
    points = base.mark_point(filled=True, size=80).encode(
        x=alt.X("estimate:Q", axis=alt.Axis(format="%"), title=title)
    )
    bars = base.mark_rule().encode(x="low:Q", x2="high:Q")
    return (bars + points).properties(height=40 * len(rows) + 30)


def variables(project: Project) -> list[str]:
    return [
        v["name"]
        for v in project.variables()
        if v["role"] == "variable" and v["type"] == "categorical"
    ]


def estimates_tab(project: Project, path: str, version: str) -> None:
    choices = variables(project)
    if not choices:
        st.info(t("no_survey"))
        return
    kinds = {"item": t("survey_item"), "code": t("estimate_code")}
    kind = st.radio(
        t("estimate_what"), list(kinds), format_func=kinds.get, horizontal=True, key="est_kind"
    )
    if kind == "code":
        code_estimate(project, path, version, choices)
        return
    respondents = project.respondents()
    left, right = st.columns(2)
    variable = left.selectbox(t("survey_item"), choices, key="est_variable")
    values = sorted(respondents[variable].dropna().astype(str).unique())
    chosen = right.multiselect(
        t("values"), values, default=values[-1:], key="est_values", placeholder=t("choose_options")
    )
    by = st.multiselect(
        t("by"),
        [c for c in choices if c != variable],
        max_selections=2,
        key="est_by",
        placeholder=t("choose_options"),
    )
    rake = st.multiselect(
        t("rake_to"),
        sorted(project.survey.margins()),
        key="est_rake",
        placeholder=t("choose_options"),
    )
    if not chosen:
        return
    try:
        result = estimate(
            path, version, proportion=(variable, tuple(chosen)), by=tuple(by), rake=tuple(rake)
        )
    except WorkbenchError as error:
        show_error(error)
        return
    st.dataframe(estimate_table(result), hide_index=True)
    test_line(result)
    if len(by) == 1:
        drawn = chart(result, by[0], f"{variable} ∈ {{{', '.join(chosen)}}}")
        if drawn is not None:
            st.altair_chart(drawn, width="stretch")
    st.caption(t("estimate_note", min_cell=result["min_cell"]))


def code_estimate(project: Project, path: str, version: str, choices: list[str]) -> None:
    """A code's figure by the method the user picks, with its basis and coverage."""
    found = data.codes(path, version)
    if not found:
        st.info(t("no_codes"))
        return
    codes = [c["path"] for c in found]
    first_coded = next((i for i, c in enumerate(found) if c["codings"]), 0)
    left, right = st.columns(2)
    code = left.selectbox(t("joint_theme"), codes, index=first_coded, key="est_code")
    amongs = {"answered": t("among_answered"), "all": t("among_all")}
    among = right.radio(
        t("among"), list(amongs), format_func=amongs.get, horizontal=True, key="est_among"
    )
    by = st.multiselect(
        t("by"), choices, max_selections=2, key="est_code_by", placeholder=t("choose_options")
    )
    methods = {m: method_name(m) for m in METHODS}  # format_funcs get plain dicts: AppTest
    method = st.radio(
        t("method"),
        list(methods),
        format_func=methods.get,
        horizontal=True,
        key="est_method",
        help=t("method_help"),
    )
    names = [s["name"] for s in data.samples(path, version)]
    first, second, third, fourth = st.columns(4)
    sample = first.selectbox(
        t("coding_sample"), names, key="est_sample", disabled=method == "complete" or not names
    )
    rules = {
        "consensus": t("rule_consensus"),
        "any": t("rule_any"),
        **{
            c: t("rule_coder", coder=c)
            for c in data.coders(path, version)
            if not c.startswith("model:") and c != "consensus"
        },
    }
    rule = second.selectbox(t("coding_rule"), list(rules), key="est_rule", format_func=rules.get)
    runs = {None: t("newest_run"), **{r: str(r) for r in data.model_runs(path, version)}}
    run = third.selectbox(
        t("model_run"),
        list(runs),
        key="est_run",
        format_func=runs.get,
        disabled=method != "model-assisted",
    )
    questions = {
        None: t("all_questions"),
        **{q: q for q in data.questions(path, data.counts(path, version)["answers"])},
    }
    question = fourth.selectbox(
        t("question"), list(questions), key="est_question", format_func=questions.get
    )
    rake: list[str] = []
    if method == "complete":
        rake = st.multiselect(
            t("rake_to"),
            sorted(project.survey.margins()),
            key="est_code_rake",
            placeholder=t("choose_options"),
        )
    try:
        coverage = data.coverage(path, version, code, question, rule)
    except WorkbenchError as error:
        show_error(error)
        return
    if method == "complete" and not coverage["complete"]:
        refused_note(coverage)
        return
    if method != "complete" and not names:
        st.info(t("no_coding_samples"))
        return
    try:
        result = estimate(
            path,
            version,
            code=code,
            by=tuple(by),
            among=among,
            method=method,
            sample=None if method == "complete" else sample,
            rule=rule,
            model_run=run if method == "model-assisted" else None,
            question=question,
            rake=tuple(rake),
        )
    except WorkbenchError as error:
        show_error(error)
        return
    share_caption(result)
    st.dataframe(estimate_table(result), hide_index=True)
    test_line(result)
    figure_notes(result)
    if len(by) == 1:
        drawn = chart(result, by[0], code)
        if drawn is not None:
            st.altair_chart(drawn, width="stretch")


def weights_tab(path: str, version: str) -> None:
    if not data.counts(path, version)["respondents"]:  # an empty state, not an error
        st.info(t("no_survey_weights"))
        return
    try:
        report = weights(path, version)
    except WorkbenchError as error:
        show_error(error)
        return
    frame = pd.DataFrame(report["weights"]).T.round(3)
    frame.index = [column_label(name) for name in frame.index]  # imported, design, raked
    st.dataframe(labelled(frame))
    rows = pd.DataFrame(report["representativeness"])
    if rows.empty:
        st.info(t("no_margins"))
        return
    shown = [c for c in rows.columns if not c.startswith("gap_") and c not in ("variable", "value")]
    table = rows[["variable", "value", *shown]].copy()
    for column in shown:
        table[column] = (table[column] * 100).round(1).astype(str) + "%"
    st.dataframe(labelled(table), hide_index=True)
    st.caption(t("representativeness_note"))


def joint_tab(project: Project, path: str, version: str) -> None:
    found = data.codes(path, version)
    codes = [c["path"] for c in found]
    first_coded = next((i for i, c in enumerate(found) if c["codings"]), 0)
    choices = variables(project)
    if not codes or not choices:
        st.info(t("no_codes") if not codes else t("no_survey"))
        return
    left, middle, right = st.columns(3)
    code = left.selectbox(t("joint_theme"), codes, index=first_coded, key="joint_code")
    by = middle.selectbox(t("by"), choices, key="joint_by")
    amongs = {t("among_answered"): "answered", t("among_all"): "all"}
    among = amongs[right.radio(t("among"), list(amongs), key="joint_among", horizontal=True)]
    item_variable = st.selectbox(
        t("survey_item"),
        [None, *choices],
        key="joint_item",
        format_func=lambda v: "–" if v is None else v,
    )
    item = None
    if item_variable:
        values = sorted(project.respondents()[item_variable].dropna().astype(str).unique())
        chosen = st.multiselect(
            t("values"),
            values,
            default=values[-1:],
            key="joint_values",
            placeholder=t("choose_options"),
        )
        item = (item_variable, tuple(chosen)) if chosen else None
    try:
        display = joint(path, version, code, by, item, among)
    except WorkbenchError as error:
        show_error(error)
        return
    columns = st.columns(2 if display["survey"] else 1)
    if display["survey"]:
        with columns[0]:
            st.subheader(t("survey_figure"))
            st.dataframe(estimate_table(display["survey"]), hide_index=True)
            test_line(display["survey"])
            drawn = chart(display["survey"], by, item[0])
            if drawn is not None:
                st.altair_chart(drawn, width="stretch")
    with columns[-1]:
        st.subheader(t("prevalence"))
        prevalence = display["prevalence"]
        if prevalence.get("refused"):
            try:
                coverage = data.coverage(path, version, code, None, "consensus")
            except WorkbenchError:
                coverage = None
            refused_note(coverage)
        else:
            share_caption(prevalence)
            st.dataframe(estimate_table(prevalence), hide_index=True)
            test_line(prevalence)
            figure_notes(prevalence)
            drawn = chart(prevalence, by, code)
            if drawn is not None:
                st.altair_chart(drawn, width="stretch")
    st.subheader(t("fg_counts"))
    groups = pd.DataFrame(display["focus_groups_by"] or display["focus_groups"])
    st.dataframe(labelled(groups), hide_index=True)
    st.subheader(t("quotes"))
    if not display["quotes"]:
        st.caption(t("no_quotes"))
    for value, quotes in display["quotes"].items():
        st.html(
            f"<b>{escaped(str(value))}</b>"
            + "".join(
                f"<blockquote style='margin:4px 0;padding:2px 10px;border-left:3px solid #8886'>"
                f"{escaped(q)}</blockquote>"
                for q in quotes
            )
        )
    verdict_form(project, code, display["verdicts"])


def verdict_form(project: Project, code: str, history: list[dict]) -> None:
    st.subheader(t("verdict"))
    with st.form("verdict_form"):
        labels = {t(f"verdict_{v}"): v for v in VERDICTS}
        verdict = labels[
            st.radio(
                t("verdict"),
                list(labels),
                horizontal=True,
                key="verdict",
                label_visibility="collapsed",
            )
        ]
        memo = st.text_area(t("verdict_memo"))
        if st.form_submit_button(t("save")):
            try:
                project.mixed.record_verdict(code, verdict, memo)
            except WorkbenchError as error:
                show_error(error)
            else:
                st.rerun()
    for item in reversed(history):
        st.html(
            f"<div><small>{escaped(item['time'][:16])} · {escaped(item['coder'])}</small> "
            f"<b>{escaped(t('verdict_' + item['verdict']))}</b><br>"
            f"<span style='white-space:pre-wrap'>{escaped(item['memo'])}</span></div>"
        )


def render() -> None:
    project = require_project()
    with project:
        path, version = cache_key(project)
        st.title(t("page_mixed"))
        # only the open tab computes (estimates load scipy; weights rake the sample)
        tabs = st.tabs(
            [t("joint_display"), t("estimates"), t("weights")], key="mixed_tab", on_change="rerun"
        )
        for tab, show in zip(
            tabs,
            (
                lambda: joint_tab(project, path, version),
                lambda: estimates_tab(project, path, version),
                lambda: weights_tab(path, version),
            ),
        ):
            if is_open(tab):
                with tab:
                    show()


render()
