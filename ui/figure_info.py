"""What a code's figure rests on, as the pages show it: the basis line in the UI's language
(workbench.figures.basis), the coverage of human coding, the model's agreement with the
coders for model-assisted figures, and a short note where no valid figure exists yet.
Everything that carries data (sample names, coder names, code paths) is shown as plain
text. Shared by the Mixed methods, Samples and Browse pages."""

from __future__ import annotations

import streamlit as st

from ui.common import escaped, plain, t
from workbench.figures import basis

METHODS = ("complete", "sample", "model-assisted")


def language() -> str:
    return st.session_state.get("ui_language", "nl")


def note(text: str, kind: str = "basis") -> None:
    """A small line of plain text (no Markdown, no HTML from data)."""
    st.html(
        f"<div class='duiding-{kind}' style='opacity:.8;font-size:.875rem;"
        f"margin:2px 0'>{escaped(text)}</div>"
    )


def method_name(method: str | None) -> str:
    return plain(f"method_{(method or 'complete').replace('-', '_')}")


def basis_line(result: dict) -> str:
    """``result``'s basis in the UI's language, led by the method's name."""
    return f"{method_name(result['method'])}: {basis(result, language())}"


def coverage_line(info: dict) -> str:
    line = plain(
        "coverage_line",
        known=info["known"],
        answers=info["answers"],
        reviewed=info["reviewed"],
        positive=info["positive"],
        respondents_known=info["respondents_known"],
        respondents=info["respondents"],
    )
    samples = [
        plain("coverage_sample", name=s["name"], coded=s["coded"], drawn=s["drawn"])
        for s in info["samples"]
    ]
    return line + ("; " + "; ".join(samples) if samples else "")


def agreement_line(agreement: dict | None) -> str | None:
    """Model against the human coders on the coded sample: kappa, alpha, n."""
    if not agreement or agreement.get("kappa") is None:
        return None
    alpha = agreement.get("alpha")
    return plain(
        "model_agreement",
        kappa=f"{agreement['kappa']:.2f}",
        alpha="–" if alpha is None else f"{alpha:.2f}",
        n=agreement["n"],
    )


def figure_notes(result: dict) -> None:
    """Under a code's figure: its basis, coverage and (model-assisted) the model's agreement."""
    note(basis_line(result), "basis")
    if result.get("coverage"):
        note(coverage_line(result["coverage"]), "coverage")
    line = agreement_line(result.get("model_agreement"))
    if line:
        note(line, "agreement")


def share_caption(result: dict) -> None:
    """Which share a code's figure is (of respondents who answered an open question, or of
    all respondents), in the UI's language, over its table."""
    st.caption(t(f"share_caption_{result.get('among') or 'all'}", code=result["variable"]))


def refused_note(info: dict | None) -> None:
    """No valid figure yet: say so in the UI's language, with the coverage, not an error."""
    st.info(t("figure_refused"))
    if info:
        note(coverage_line(info), "coverage")
