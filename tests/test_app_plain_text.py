"""Text from data is shown as plain text on every page: a project, code, coder, speaker,
group, file or variable name, a value or an error message that holds Markdown or HTML is
shown literally wherever Streamlit would render Markdown (titles, captions, alerts, toasts,
widget labels and help, radio and pill options, tabs, expanders), and is not escaped twice
where Streamlit shows plain text (selectbox options, st.text). Every element every page
sends is checked, by rendering its Markdown as a CommonMark renderer does."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from ui.common import JOINER, md
import hostile
from conftest import app_on, open_page, open_tab

URL = "http://127.0.0.1:9"
PAYLOADS = hostile.payloads(URL)
RENDER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
MARKDOWN_BODIES = {"Markdown", "Heading", "Alert", "Toast"}
# what Streamlit turns into links and icons after parsing (GFM autolinks, emoji, icons)
LINKIFIED = re.compile(r"https?://|www\.|[\w.+-]@[\w-]|:[\w+/-]+:", re.IGNORECASE)


def _context(message: str, field: str) -> str | None:
    """How Streamlit shows a string field of an element: markdown, plain, html or None
    (not shown as text)."""
    if field in ("label", "help") or (field == "body" and message in MARKDOWN_BODIES):
        return "markdown"
    if (
        (field == "text" and message in ("Progress", "Spinner"))
        or (field == "options" and message in ("Radio", "SelectSlider"))
        or (field == "content" and message == "Option")
    ):  # pills, segmented control
        return "markdown"
    if (
        (field == "options" and message in ("Selectbox", "MultiSelect"))
        or (field == "body" and message == "Text")
        or message == "Code"
    ):
        return "plain"
    return "html" if (message, field) == ("Html", "body") else None


def _strings(message, found: list[tuple[str, str, str]]) -> None:
    name = message.DESCRIPTOR.name
    for field, value in message.ListFields():
        for item in value if field.is_repeated else [value]:
            if field.type == field.TYPE_MESSAGE:
                _strings(item, found)
            elif field.type == field.TYPE_STRING:
                kind = _context(name, field.name)
                if kind:
                    found.append((kind, f"{name}.{field.name}", item))


def _elements(node):
    proto = getattr(node, "proto", None)
    if proto is not None:
        yield proto
    children = getattr(node, "children", None) or {}
    for child in children.values() if isinstance(children, dict) else children:
        yield from _elements(child)


def _visible(markdown: str) -> str:
    """What a Markdown renderer shows of ``markdown``: its text, tags and (invisible) word
    joiners dropped."""
    shown = html.unescape(re.sub(r"<[^>]*>", "", RENDER.render(markdown)))
    return shown.replace(JOINER, "")


def _unescaped(text: str, joiners: bool = False) -> str:
    plain = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return plain if joiners else plain.replace(JOINER, "")


def check(at) -> set[str]:
    """Assert every string the page sends is shown literally; returns the contexts (e.g.
    "Heading.body") in which a hostile snippet was shown as Markdown, so that tests can
    check the data reached them."""
    assert not at.exception, at.exception
    found: list[tuple[str, str, str]] = []
    for proto in _elements(at._tree):
        _strings(proto, found)
    reached = set()
    for kind, where, text in found:
        for payload in PAYLOADS.values():
            if kind == "markdown" and payload in _unescaped(text):
                reached.add(where)
                assert payload in _visible(text), f"{where}: {text!r} renders as Markdown"
                assert md(payload) in text, f"{where}: {text!r} not escaped with ui.common.md"
                assert not LINKIFIED.search(_unescaped(text, joiners=True)), (
                    f"{where}: {text!r} would show links or icons"
                )
            elif kind == "plain":
                assert md(payload) not in text, f"{where}: {text!r} escaped in plain text"
            elif kind == "html":
                assert payload not in text or "<" not in payload, f"{where}: raw HTML {text!r}"
        if kind == "markdown":
            rendered = RENDER.render(text)
            assert "<img" not in rendered and "<a " not in rendered, f"{where}: {text!r}"
    return reached


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    return path, hostile.build(path, URL)


@pytest.fixture
def project(built, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the hostile project (pages write to it)."""
    path = tmp_path / "hostile.db"
    shutil.copy(built[0], path)
    return path, built[1]


def test_project_page_title_and_import_messages(project, tmp_path):
    path, names = project
    at = open_page(app_on(path), "ui/project_page.py")
    assert _unescaped(at.title[0].value) == " ".join(names["name"].split())
    reached = check(at)
    broken = f"enquete {PAYLOADS['bare']} {PAYLOADS['bold']}.csv"  # no slash in a file name
    at.file_uploader(key="survey_upload").set_value(
        (broken, b"id;stratum\nR1;a;extra\n", "text/csv")
    ).run()
    [error] = at.error
    assert _unescaped(error.value).count(broken) == 1
    reached |= check(at)
    talk = f"gesprek {PAYLOADS['bare']} {PAYLOADS['bold']}.txt"
    at.file_uploader(key="transcript_upload").set_value(
        (talk, b"Anna: Ik werd weer overgeslagen.\nBram: Dat zag ik ook.\n", "text/plain")
    ).run()
    at.button(key="import_transcripts").click().run()
    assert any(talk in _unescaped(s.value) for s in at.success)
    reached |= check(at)
    assert {"Heading.body", "Alert.body"} <= reached


def test_documents_and_search_pages(project):
    path, _ = project
    at = open_page(app_on(path), "ui/documents_page.py")
    check(at)
    at.radio(key="doc_kind").set_value("Transcripts").run()
    check(at)
    at = open_page(app_on(path), "ui/search_page.py")
    at.text_input(key="search_query").set_value("genegeerd").run()
    check(at)


@pytest.mark.slow  # several AppTest reruns
def test_codebook_page_tabs_and_notices(project):
    path, names = project
    at = open_page(app_on(path), "ui/codebook_page.py")
    reached = check(at)
    at.text_input(key="add_path").set_value(names["code"])
    next(b for b in at.button if b.label == "Add code").click().run()
    at.run()  # a failed change is reported on the next run, as a notice
    assert at.error and names["code"] in _unescaped(at.error[0].value)
    reached |= check(at)
    open_tab(at, "codebook_tab", "Edit")
    at.selectbox(key="edit_code").set_value(names["code"]).run()
    reached |= check(at)
    open_tab(at, "codebook_tab", "Merge / split")
    at.selectbox(key="merge_code").set_value(names["code"]).run()
    reached |= check(at)
    open_tab(at, "codebook_tab", "Delete")
    reached |= check(at)
    assert {"Alert.body", "Markdown.body"} <= reached  # the error, the merge caption


def test_code_page_buttons_pills_and_toast(project):
    path, names = project
    at = open_page(app_on(path, coder=names["coder"]), "ui/code_page.py")
    reached = check(at)
    at.selectbox(key="active_code").set_value(
        next(o for o in at.selectbox(key="active_code").options if o == names["code"])
    ).run()
    reached |= check(at)
    next(b for b in at.button if (b.key or "").startswith("apply-")).click().run()
    assert any(names["code"] in _unescaped(toast.value) for toast in at.toast)
    reached |= check(at)
    at.radio(key="code_kind").set_value("transcript").run()
    reached |= check(at)
    assert {"Button.label", "Option.content", "Toast.body", "Markdown.body"} <= reached


def test_retrieve_page_filters_named_after_data(project):
    path, names = project
    at = open_page(app_on(path), "ui/retrieve_page.py")
    at.multiselect(key="ret_filter_vars").set_value([names["variable"]])
    at.multiselect(key="ret_filter_attrs").set_value([names["attribute"]])
    at.multiselect(key="ret_show").set_value([names["variable"]]).run()
    reached = check(at)
    assert "MultiSelect.label" in reached
    for tab in ("Table", "Co-occurrence"):
        open_tab(at, "ret_tab", tab)
        check(at)


@pytest.mark.slow  # several AppTest reruns
def test_agreement_page_sample_and_consensus(project):
    path, names = project
    at = open_page(app_on(path), "ui/agreement_page.py")
    reached = check(at)
    at.multiselect(key="sample_coders").set_value(["ann", names["coder"]])
    at.text_input(key="sample_name").set_value(f"steekproef {PAYLOADS['image']}")
    next(b for b in at.button if b.label == "Create sample").click().run()
    assert at.success and names["coder"] in _unescaped(at.success[0].value)
    reached |= check(at)
    open_tab(at, "agr_tab", "Disagreements")
    reached |= check(at)
    next(b for b in at.button if (b.key or "").startswith("yes-")).click().run()
    reached |= check(at)
    assert {"Alert.body", "Toast.body"} <= reached


@pytest.mark.slow  # several pages under AppTest
def test_mixed_browse_and_remaining_pages(project):
    path, names = project
    at = open_page(app_on(path), "ui/mixed_page.py")
    check(at)
    for tab in ("Estimates", "Weights and representativeness"):  # only the open tab runs
        open_tab(at, "mixed_tab", tab)
        check(at)
    at = open_page(app_on(path), "ui/browse_page.py")
    check(at)
    for tab in ("Subgroups", "Downloads"):
        open_tab(at, "browse_tab", tab)
        check(at)
    for page in ("ui/suggest_page.py", "ui/topics_page.py", "ui/export_page.py"):
        check(open_page(app_on(path), page))


def test_a_file_that_is_no_project_is_named_literally(tmp_path):
    path = tmp_path / f"kopie {PAYLOADS['bare']} {PAYLOADS['bold']}.db"
    path.write_bytes(b"dit is geen SQLite-bestand, maar het heet wel zo" * 20)
    at = app_on(path).run()
    [error] = at.error
    assert str(path) in _unescaped(error.value)
    assert "Alert.body" in check(at)
