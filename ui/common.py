"""What every page shares: the open project, the UI language, safe display of data text,
and the key that cached data hangs on (project path + newest event id)."""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from ui.i18n import STRINGS, translate
from ui.messages import localised
from ui.uploads import PREFIX as UPLOAD_PREFIX
from workbench import PermissionDenied, Project, WorkbenchError, events, units
from workbench.project import default_user

SAFE_COLOR = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
FALLBACK_COLOR = "#888888"


def t(key: str, **values: object) -> str:
    """The UI string ``key`` in the session's language, with ``values`` filled in. Text
    values are data (code paths, coder and file names) and the result goes to places that
    render Markdown (labels, captions, alerts, toasts), so they are escaped with :func:`md`."""
    text = translate(key, st.session_state.get("ui_language", "nl"))
    if not values:
        return text
    return text.format(**{k: md(v) if isinstance(v, str) else v for k, v in values.items()})


def labelled(table: Any) -> pd.DataFrame:
    """``table`` (a DataFrame or rows as dicts) with each column named by an API field
    (``coded_speakers``, ``deff_kish``) relabelled in the UI's language from
    ui/strings/columns.py; columns that are labels already or data (a variable's name,
    a code path) stay as they are. Every table a page shows passes through here."""
    frame = table.copy() if isinstance(table, pd.DataFrame) else pd.DataFrame(table)
    frame = frame.rename(columns=column_label)
    if frame.index.name is not None:
        frame.index.name = column_label(frame.index.name)
    return frame


def column_label(name: Any) -> Any:
    """The UI's label of the API field ``name``, or ``name`` as it is."""
    key = f"col_{name}"
    return translate(key, st.session_state.get("ui_language", "nl")) if key in STRINGS else name


@contextmanager
def stage_status(label: str) -> Iterator[Callable[[str, int, int], None]]:
    """A status box for a long job: yields the progress callable the API's long jobs
    accept (:mod:`workbench.progress`); each stage shows as the box's label and a bar."""
    status = st.status(label, expanded=False)
    bar = status.progress(0.0)

    def report(stage: str, done: int, total: int) -> None:
        name = t(f"stage_{stage}")
        status.update(label=f"{label}: {name}")
        share = min(done / total, 1.0) if total else 0.0
        bar.progress(share, text=f"{name} {done}/{total}" if total else name)

    try:
        yield report
    except Exception:  # the page shows the error; the box must not spin on
        status.update(label=f"{label}: {t('error')}", state="error")
        raise
    status.update(label=f"{label}: {t('stage_done')}", state="complete")


def unit_labels(names: tuple[str, ...] = tuple(units.NAMES)) -> dict[str, str]:
    """Unit name (:mod:`workbench.units`) -> its label in the interface language: every
    list of units on every page is built from this."""
    return {name: t("unit_all" if name == "units" else name) for name in names}


def plain(key: str, **values: object) -> str:
    """The UI string ``key`` with ``values`` filled in as they are, for places that show
    plain text (st.text, st.dataframe, or st.html through :func:`escaped`); :func:`t` is
    for places that render Markdown."""
    return translate(key, st.session_state.get("ui_language", "nl")).format(**values)


def default_project_path() -> str:
    """From ``streamlit run app.py -- PROJECT`` or $DUIDING_PROJECT, else empty."""
    args = [a for a in sys.argv[1:] if a.endswith(".db")]
    return args[-1] if args else os.environ.get("DUIDING_PROJECT", "")


def default_coder() -> str:
    """$DUIDING_USER or the login name: who the sidebar says is coding, until changed."""
    return default_user()


def browse_mode() -> bool:
    """Read-only mode for policy staff: $DUIDING_MODE=browse, or the sidebar toggle."""
    return env_browse_mode() or bool(st.session_state.get("browse_mode"))


def env_browse_mode() -> bool:
    return os.environ.get("DUIDING_MODE", "").strip().lower() == "browse"


def project_path() -> Path | None:
    """The session's project file: in server mode the project chosen from the projects
    folder (never a typed path), else the sidebar's path."""
    from ui import signin

    if signin.server_mode():
        return signin.chosen_project()
    value = st.session_state.get("project_path", "").strip()
    return Path(value) if value else None


def coder() -> str:
    """Who is working: in server mode the signed-in user (app.py lets nobody else past the
    sign-in page), else the sidebar's coder field or the default."""
    from ui import signin

    if signin.server_mode():
        user = signin.signed_in_user()
        if not user:  # app.py stops every run before this; a page run alone must too
            st.stop()
        return user
    return (st.session_state.get("coder") or "").strip() or default_coder()


def open_project() -> Project | None:
    """The session's project, opened for this run (SQLite connections are cheap and per thread)."""
    path = project_path()
    if path is None or not path.exists():
        return None
    try:
        project = Project.open(path, user=coder())
    except WorkbenchError as error:
        st.error(md(localised(error, st.session_state.get("ui_language", "nl"))))
        return None
    if _unowned_on_server(project):
        project.close()
        st.error(t("single_user_on_server"))
        return None
    return project


def _unowned_on_server(project: Project) -> bool:
    """A project without members opens for everyone as owner: fine on a laptop, never on a
    server, where every signed-in user would own it."""
    from ui import signin

    return signin.server_mode() and project.members.mode == "single-user"


def acting() -> tuple[str, str | None] | None:
    """(mode, role) of the session's user in the open project: ("single-user", "owner"),
    ("team", their role), ("team", None) for someone who is no member, ("single-user",
    None) for a project without members on a server; None without a project. The app sets the navigation from it; the API checks every call anyway."""
    path = project_path()
    if path is None or not path.is_file():
        return None
    try:
        with Project.open(path, user=coder()) as project:
            if _unowned_on_server(project):
                return "single-user", None
            return project.members.mode, project.role
    except PermissionDenied:
        return "team", None
    except WorkbenchError:
        return None


def can(action: str) -> bool:
    """Whether the session's user may ``action`` (an event action or a read named in
    workbench.events.READS): pages hide what the role cannot do."""
    found = st.session_state.get("acting")
    return found is None or events.may(found[1], action)


def require_project() -> Project:
    project = open_project()
    if project is None:
        from ui.signin import server_mode

        st.info(t("no_project_server" if server_mode() else "no_project"))
        st.stop()
    return project


def data_version(project: Project) -> int:
    """The newest event id: every change to the project is one event, so cached data keyed
    on (project path, data_version) is recomputed after any change, by anyone."""
    return project.state()


def cache_key(project: Project) -> tuple[str, str]:
    """(resolved path, version): the arguments every cached read takes. The version is the
    newest event id, prefixed with the project's creation time so that another project
    file put at the same path never meets this one's cached data; and with the reader
    whose view is blind (a coder: others' work on open double-coding samples is hidden from
    them), so that a cached read never crosses from one person's view to another's."""
    created = project.settings.get("created", "")
    reader = project.core.reader
    blind = "" if reader is None else f"@{reader}"
    return str(Path(project.path).resolve()), f"{created}#{data_version(project)}{blind}"


def error_text(error: Exception | str) -> str:
    """An error for st.error or st.toast: "Error: " and the message (which names files and
    values from the data) as literal text."""
    language = st.session_state.get("ui_language", "nl")
    return f"{t('error')}: {md(localised(error, language))}"


def show_notice(key: str) -> None:
    """Show, once, the (kind, message) a button callback left under ``key``: an error as
    an alert, anything else as a toast."""
    notice = st.session_state.pop(key, None)
    if notice:
        kind, message = notice
        if kind == "error":
            st.error(message)
        else:
            st.toast(message, icon=":material/check_circle:")


def show_error(error: Exception | str) -> None:
    st.error(error_text(error))


def act(notice: str, action: Callable[..., str], *args: object) -> None:
    """A button callback (it runs before the rerun, so the page shows the result): run
    ``action(project, *args)``; its message, or the error, is kept under ``notice`` as
    ("success" | "error", text) for the page to show."""
    project = open_project()
    if project is None:
        return
    with project:
        try:
            message = action(project, *args)
        except WorkbenchError as error:
            st.session_state[notice] = ("error", error_text(error))
        else:
            if message:
                st.session_state[notice] = ("success", message)


def escaped(text: str) -> str:
    """Data text made safe for st.html / st.markdown: HTML-escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def safe_color(value: str | None) -> str:
    """A code's colour, only if it is a plain hex colour (it goes into a style attribute)."""
    return value if value and SAFE_COLOR.fullmatch(value) else FALLBACK_COLOR


def text_block(text: str) -> None:
    """Show data text exactly as it is: no HTML, no markdown."""
    st.html(f'<div class="duiding-text" style="white-space: pre-wrap">{html.escape(text)}</div>')


def swatch(color: str | None, label: str) -> str:
    """A coloured chip with an escaped label, as HTML."""
    return (
        f'<span style="display:inline-block;margin:2px 6px 2px 0;padding:1px 8px;'
        f"border-radius:10px;border:2px solid {safe_color(color)};"
        f'background:{safe_color(color)}33">{html.escape(label)}</span>'
    )


def marked(text: str, spans: list[tuple[int, int, str | None, str]]) -> str:
    """``text`` as escaped HTML with ``spans`` (start, end, colour, title; offsets into
    ``text``) wrapped in <mark>; overlapping spans are shown with the first one's colour."""
    spans = sorted((max(0, s), min(len(text), e), c, title) for s, e, c, title in spans if e > s)
    out, position = [], 0
    for start, end, color, title in spans:
        if end <= position:
            continue
        start = max(start, position)
        out.append(escaped(text[position:start]))
        out.append(
            f'<mark title="{html.escape(title)}" style="background:{safe_color(color)}55;'
            f'border-bottom:2px solid {safe_color(color)};padding:0 1px">'
            f"{escaped(text[start:end])}</mark>"
        )
        position = end
    out.append(escaped(text[position:]))
    return "".join(out)


def paginate(total: int, size: int, key: str) -> tuple[int, int]:
    """A page number input; returns (offset, limit) for the current page."""
    pages = max(1, -(-total // size))
    if st.session_state.get(key, 1) > pages:
        st.session_state[key] = pages
    page = st.number_input(t("page_of", pages=pages), min_value=1, max_value=pages, step=1, key=key)
    return (int(page) - 1) * size, size


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$=^&\"'@])")
# Streamlit turns URLs, e-mail addresses, :emoji: and :material/icons: into links and
# icons after parsing, so escaping cannot stop it; an invisible word joiner can.
_AFTER_PARSING = re.compile(r"(?<=:)(?=\S)|(?<=www)(?=\.)|(?=@)", re.IGNORECASE)
JOINER = "\u2060"


# the folder ui.uploads writes an upload into: <tmp>/duiding-upload-XXXX/<n>/<file name>
_UPLOAD_FOLDER = re.compile(rf"[^\s'\"]*{re.escape(UPLOAD_PREFIX)}[^/\\\s]*[/\\]\d+[/\\]")


def md(text: object) -> str:
    """Data text (a project, code, file, speaker or variable name, a value, an error
    message) for anything Streamlit renders as Markdown: titles, captions, alerts, toasts,
    widget labels and help, radio and pill options, tabs, expanders, metric labels. Every
    Markdown character is backslash-escaped and the text put on one line, so it shows
    literally: an image link fetches nothing, ``**x**`` stays ``**x**``, ``<img>`` is text,
    no ``:red[...]`` or ``$...$``; an invisible word joiner (U+2060) after a colon and
    before ``@`` and ``.`` of ``www.`` keeps URLs, e-mail addresses and ``:emoji:`` from
    becoming links and icons. The one home of this rule; st.text, st.dataframe and
    selectbox options show plain text and need no escaping, st.html takes :func:`escaped`.
    An upload's private temporary folder is left out, so a message names the user's file."""
    one_line = _AFTER_PARSING.sub(JOINER, " ".join(_UPLOAD_FOLDER.sub("", str(text)).split()))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line)


def pieces(
    start: int,
    end: int,
    text: str,
    codings: list[dict],
    colors: dict[int, str | None],
    names: dict[int, str],
) -> list[dict]:
    """Split a unit's ``text`` (document offsets ``start``..``end``) at every boundary of
    the ``codings`` overlapping it; each piece has document offsets, its text, and the
    colours and titles ("code (coders)") of the codes covering it."""
    inside = [c for c in codings if c["start"] < end and c["end"] > start]
    cuts = sorted(
        {
            start,
            end,
            *(max(start, c["start"]) for c in inside),
            *(min(end, c["end"]) for c in inside),
        }
    )
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [c for c in inside if c["start"] <= a and c["end"] >= b]
        code_ids = list(dict.fromkeys(c["code_id"] for c in covering))
        out.append(
            {
                "start": a,
                "end": b,
                "text": text[a - start : b - start],
                "colors": [safe_color(colors.get(i)) for i in code_ids],
                "codes": [
                    f"{names.get(i, i)} ("
                    f"{', '.join(sorted({c['coder'] for c in covering if c['code_id'] == i}))})"
                    for i in code_ids
                ],
            }
        )
    return out


def pieces_html(parts: list[dict]) -> str:
    """Pieces as escaped HTML: the first code's colour as background, further codes as
    stacked underlines, the codes and coders as a tooltip."""
    out = []
    for part in parts:
        body = escaped(part["text"])
        if not part["colors"]:
            out.append(body)
            continue
        shadows = ", ".join(
            f"inset 0 -{3 * (k + 1)}px 0 {c}" for k, c in enumerate(part["colors"][1:])
        )
        style = f"background:{part['colors'][0]}55;border-radius:2px"
        if shadows:
            style += f";box-shadow:{shadows}"
        title = html.escape("\n".join(part["codes"]))
        out.append(f'<span class="duiding-coded" title="{title}" style="{style}">{body}</span>')
    return "".join(out)


def clock(seconds: float | None) -> str:
    """A turn's time as [h:]mm:ss."""
    if seconds is None:
        return ""
    whole = int(round(float(seconds)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def is_open(tab) -> bool:
    """Whether a tab's content should run: tabs made with ``on_change="rerun"`` know which
    one is open, so only that one computes; unknown (None) means run it."""
    return getattr(tab, "open", None) is not False
