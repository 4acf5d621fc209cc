"""In a real browser (Debian chromium through Playwright), data text is plain text: a
project whose name, code names, coder, speaker, group and file names and answers hold
Markdown image links, raw <img> tags, **bold** and :red[colour] makes the browser fetch
nothing from the outside address they point at (a counting HTTP server on loopback), and
the page shows that text literally, also in the title, the toasts and error messages about
uploaded files."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from workbench import Project
import hostile
from test_browser import click_until, open_disputes, page, serve, shot  # noqa: F401  (page)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


class Counter(http.server.BaseHTTPRequestHandler):
    """Answers every request with a 1x1 gif, and records it."""

    hits: list[str] = []

    def do_GET(self) -> None:  # the http.server name
        Counter.hits.append(self.path)
        body = bytes.fromhex(
            "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"
        )
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def outside():
    """A loopback HTTP server standing for an outside address; yields (url, hits)."""
    Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", Counter.hits
    finally:
        server.shutdown()
        server.server_close()


MARKUP = """(port) => {
  const found = [];
  for (const el of document.querySelectorAll('img, source, video, audio, iframe, link, a')) {
    const src = el.getAttribute('src') || el.getAttribute('href') || '';
    if (['127.0.0.1:' + port, 'leak.png', 'voorbeeld.nl'].some((s) => src.includes(s)))
      found.push(el.outerHTML);  // fetched, or made a link
  }
  for (const el of document.querySelectorAll('body *')) {
    if (el.children.length === 0 && ['vet', 'rood'].includes(el.textContent.trim()))
      found.push(el.outerHTML);  // **vet** made bold, :red[rood] coloured
  }
  found.push(...Array.from(document.querySelectorAll('.katex')).map((el) => el.outerHTML));
  return found;
}"""


def settle(page, text: str) -> None:
    """Wait until the page shows ``text`` (the invisible word joiners the app puts into
    data text left out), then for the page to settle."""
    page.wait_for_function(
        "(text) => document.body.innerText.replaceAll('\\u2060', '').replace(/\\s+/g, ' ')"
        ".includes(text)",
        arg=" ".join(text.split()),
        timeout=60_000,
    )
    page.wait_for_timeout(1500)
    assert not page.locator("[data-testid='stException']").count()


def no_markup(page, url: str, hits: list[str], tmp_path: Path, name: str) -> None:
    """Nothing was fetched from the outside address, nothing from the data became an
    image, a link, bold or coloured text."""
    shot(page, tmp_path, f"plain-{name}")
    assert hits == [], f"{name}: the browser fetched {hits} from the outside address"
    port = url.rsplit(":", 1)[1]
    assert page.evaluate(MARKUP, port) == []


def test_data_text_fetches_nothing_and_shows_literally(outside, page, tmp_path):
    url, hits = outside
    p = hostile.payloads(url)
    path = tmp_path / "hostile.db"
    names = hostile.build(path, url)
    one_line = " ".join(names["name"].split())
    with serve(path, tmp_path, DUIDING_USER=names["coder"]) as app:
        # the project name is the page title
        page.goto(app)
        page.locator("h1").first.wait_for(timeout=60_000)
        page.wait_for_timeout(2000)
        no_markup(page, url, hits, tmp_path, "title")
        settle(page, one_line)
        assert (
            page.locator("h1").first.inner_text().replace("\u2060", "").split() == one_line.split()
        )
        # an uploaded file that cannot be read: the error names it literally
        broken = tmp_path / f"enquete {p['bare']} {p['bold']}.csv"
        broken.write_text("id;stratum\nR1;a;extra\n", encoding="utf-8")
        page.locator("input[type=file]").first.set_input_files(str(broken))
        settle(page, f"{broken.name}: row 2")
        no_markup(page, url, hits, tmp_path, "upload-error")
        # an uploaded transcript: the message names it literally
        page.get_by_role("tab", name="Transcript importeren").click()
        talk = tmp_path / f"gesprek {p['bare']} {p['bold']}.txt"
        talk.write_text(
            "Anna: Ik werd weer overgeslagen.\nBram: Dat zag ik ook.\n", encoding="utf-8"
        )
        page.locator("input[type=file]").nth(1).set_input_files(str(talk))
        page.get_by_role("button", name="Importeren").first.click()
        settle(page, f"Geïmporteerd: {talk.name}: 2 turns")
        no_markup(page, url, hits, tmp_path, "upload")
        # coding: code names on buttons and pills, the coder in the caption, the toast
        page.goto(f"{app}/code")
        settle(page, f"U codeert als {names['coder']}")
        code_name = names["code"].split("/")[-1]
        apply = page.locator("[class*='st-key-apply-'] button").first
        assert apply.inner_text().replace("\u2060", "").strip() == f"＋ {code_name}"
        pills = page.locator("[class*='st-key-pills-'] button").all_inner_texts()
        assert code_name in [p.replace("\u2060", "").strip() for p in pills]
        no_markup(page, url, hits, tmp_path, "code")
        apply.click()
        settle(page, f"Gecodeerd: {names['code']}")
        no_markup(page, url, hits, tmp_path, "coded")
        # the other pages with names and texts from the data
        for where, text in [
            ("documents", "Transcripten"),
            ("codebook", code_name),
            ("browse", names["name"].split(" <img")[0]),
            ("mixed", "Gemengde methoden"),
        ]:
            page.goto(f"{app}/{where}")
            settle(page, text)
            no_markup(page, url, hits, tmp_path, where)
        # retrieving turns: the speaker and focus group named literally
        page.goto(f"{app}/retrieve")
        settle(page, "Ophalen")
        page.locator("[data-testid='stSelectbox']").filter(has_text="Eenheid").click()
        page.get_by_role("option", name="Beurten", exact=True).click()
        settle(page, f"{names['group']} · {names['speaker']}")
        no_markup(page, url, hits, tmp_path, "retrieve")
        decide = open_disputes(page, app)

        def decided() -> bool:
            with Project.open(path, user="check") as project:
                return bool(project.coding.codings(coders=["consensus"]))

        click_until(page, decide, decided, reopen=lambda: open_disputes(page, app))
        settle(page, "Consensus vastgelegd: Vormen/")
        no_markup(page, url, hits, tmp_path, "agreement")
        page.wait_for_timeout(1000)
    assert hits == []
