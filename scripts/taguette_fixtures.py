"""Make the Taguette fixtures in tests/fixtures/taguette/ with a real Taguette server.

Runs Taguette (the PyPI package, pinned in TAGUETTE_VERSION) on loopback with a fresh
database in a temporary folder, and drives it through its own HTTP API the way its web page
does:

1. a project with the documents in the fixture folder (a WebVTT focus group and an HTML
   interview), tags with Taguette's dotted hierarchy and multi-line descriptions, and
   highlights over passages (one without a tag, one across two paragraphs, one phrase
   highlighted where it occurs twice); exported as ``taguette-codebook.csv``,
   ``taguette-codebook.qdc`` and ``taguette-highlights.csv``;
2. a second project that imports Duiding's codebook CSV (``duiding-codebook.csv``: the
   starter codebook exported by Duiding, made here with the project's own venv) through
   Taguette's codebook import page, exported again as ``taguette-from-duiding.csv``.

Run it with the Python of a venv that holds Taguette (it needs Taguette's BeautifulSoup to
count offsets the way Taguette does)::

    python3 -m venv .taguette-venv && .taguette-venv/bin/pip install taguette==1.5.2
    .taguette-venv/bin/python scripts/taguette_fixtures.py [--out FOLDER]

It prints what it wrote. Same inputs give the same files (Taguette's ids are sequential and
its code GUIDs derive from the tag paths).
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "taguette"
TAGUETTE_VERSION = "1.5.2"

TAGS = {  # Taguette tag path -> description (Taguette writes a tree with dots)
    "Vormen": "Vormen van racisme en discriminatie op het werk.",
    "Vormen.Opmerkingen en grappen": "Grappen, opmerkingen of 'plagen' over afkomst, huidskleur, religie of naam.\n"
    "Ook als de spreker het zelf 'maar een grapje' noemt.",
    "Vormen.Buitensluiten": "Niet uitgenodigd, genegeerd of buiten overleg gehouden.",
    "Actoren.Leidinggevende": "De leidinggevende of teamleider doet mee of grijpt niet in.",
    "Reacties.Vertrouwenspersoon": "Contact met de vertrouwenspersoon.",
    "Reacties.Niets doen": "Meelachen, zwijgen of het niet meer aankaarten.",
    "Behoeften": "Wat de medewerker nodig had gehad.",
}

DOCUMENTS = [  # (file in the fixture folder, name typed in Taguette's upload form)
    ("fg-noord.vtt", "fg-noord"),
    ("interview-de-vries.html", "interview-de-vries"),
]

HIGHLIGHTS = [  # (document name, passage as Taguette shows it, occurrence, tags)
    (
        "fg-noord",
        "grappen over hoofddoeken gemaakt, elke week weer",
        1,
        ["Vormen.Opmerkingen en grappen"],
    ),
    ("fg-noord", "lach maar mee", 1, ["Reacties.Niets doen"]),
    ("fg-noord", "niet werd uitgenodigd voor de vrijdagmiddagborrel", 1, ["Vormen.Buitensluiten"]),
    ("fg-noord", "lach maar mee", 2, ["Reacties.Niets doen"]),
    ("fg-noord", "Ik ben naar de vertrouwenspersoon gegaan.", 1, ["Reacties.Vertrouwenspersoon"]),
    (
        "fg-noord",
        'Mijn teamleider zei: "Stel je niet aan."',
        1,
        ["Actoren.Leidinggevende", "Reacties.Niets doen"],
    ),
    ("fg-noord", "Die nam het serieus", 1, []),  # highlighted, never tagged
    (
        "interview-de-vries",
        "Mijn leidinggevende maakte een grap over mijn achternaam.",
        1,
        ["Vormen.Opmerkingen en grappen", "Actoren.Leidinggevende"],
    ),
    (
        "interview-de-vries",
        (
            "Iedereen lachte, ik niet.\nIlse: Daarna werd ik twee keer niet "
            "uitgenodigd voor het overleg"
        ),
        1,
        ["Vormen.Buitensluiten"],
    ),
    (
        "interview-de-vries",
        "bij de vertrouwenspersoon & later bij HR",
        1,
        ["Reacties.Vertrouwenspersoon"],
    ),
    ("interview-de-vries", "Dat iemand ingreep.", 1, ["Behoeften"]),
    ("interview-de-vries", "Een collega zei achteraf: “Dat was echt niet oké.”", 1, ["Vormen"]),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Taguette:
    """A Taguette server on loopback and a logged-in session with it."""

    def __init__(self, executable: Path, folder: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "HOME": str(folder)}
        self.log = folder / "taguette.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [
                    str(executable),
                    "--no-browser",
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--database",
                    str(folder / "taguette.sqlite3"),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=folder,
            )
        token = self._token()
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.get(f"/?token={token}")
        self.get("/project/new")  # sets the _xsrf cookie, as the page does

    def _token(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.process.poll() is None:
            found = re.search(r"\?token=([0-9a-f]+)", self.log.read_text())
            if found:
                return found.group(1)
            time.sleep(0.2)
        self.close()
        raise SystemExit(
            "taguette did not start (no login link printed): " + self.log.read_text()[-500:]
        )

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    @property
    def xsrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "_xsrf")

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None) -> bytes:
        request = urllib.request.Request(
            self.base + path,
            data=data,
            headers={**(headers or {}), **({"X-XSRFToken": self.xsrf} if data is not None else {})},
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            page = error.read().decode("utf-8", "replace")
            message = re.sub(r"<[^>]+>", " ", page)
            raise SystemExit(
                f"taguette answered {error.code} to {path}: "
                f"{' '.join(message.split())[:300]}; its log ends: "
                f"{self.log.read_text()[-800:]}"
            ) from None

    def get(self, path: str) -> bytes:
        return self.request(path)

    def post_form(
        self,
        path: str,
        fields: list[tuple[str, str]],
        files: dict[str, tuple[str, bytes]] | None = None,
    ) -> bytes:
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in [*fields, ("_xsrf", self.xsrf)]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
                f"\r\n\r\n{value}\r\n".encode()
            )
        for name, (filename, body) in (files or {}).items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: application/octet-stream'
                "\r\n\r\n".encode()
                + body
                + b"\r\n"
            )
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request(
            path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )

    def post_urlencoded(self, path: str, fields: list[tuple[str, str]]) -> bytes:
        """A plain HTML form post (no enctype), as the browser sends one."""
        body = urllib.parse.urlencode([*fields, ("_xsrf", self.xsrf)]).encode()
        return self.request(path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def post_json(self, path: str, body: dict) -> dict:
        return json.loads(
            self.request(path, json.dumps(body).encode(), {"Content-Type": "application/json"})
        )

    def new_project(self, name: str, description: str) -> int:
        before = self.opener.open(self.base + "/")  # loopback only
        before.close()
        request = urllib.request.Request(
            self.base + "/project/new",
            data=urllib.parse.urlencode(
                {"name": name, "description": description, "_xsrf": self.xsrf}
            ).encode(),
            headers={"X-XSRFToken": self.xsrf},
        )
        with self.opener.open(request, timeout=60) as response:  # follows the redirect
            return int(re.search(r"/project/(\d+)", response.url).group(1))


def text_offsets(html: str, passage: str, occurrence: int) -> tuple[int, int]:
    """Taguette's offsets of a passage: UTF-8 bytes over the text of the stored HTML, the way
    taguette.extract.find_pos counts them (tags not counted)."""
    import bs4

    soup = bs4.BeautifulSoup(html, "html5lib")
    text = "".join(str(s) for s in soup.find_all(string=True))
    at = -1
    for _ in range(occurrence):
        at = text.find(passage, at + 1)
        if at < 0:
            raise SystemExit(f"passage {passage!r} (occurrence {occurrence}) not in the text")
    start = len(text[:at].encode("utf-8"))
    return start, start + len(passage.encode("utf-8"))


def taguette_text(html: str) -> str:
    import bs4

    return "".join(str(s) for s in bs4.BeautifulSoup(html, "html5lib").find_all(string=True))


def duiding_codebook_csv(folder: Path, python: Path) -> bytes:
    """The starter codebook as Duiding exports it (run with the project's venv)."""
    project, out = folder / "duiding.db", folder / "codebook.csv"
    for command in (
        ["init", str(project), "--name", "Racisme op het werk"],
        ["codebook", "import", str(project), str(ROOT / "codebooks/per_racisme.yaml")],
        ["codebook", "export", str(project), str(out)],
    ):
        subprocess.run(
            [str(python), "-m", "workbench", *command],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "DUIDING_USER": "fixtures"},
        )
    return out.read_bytes()


def import_codebook_page(server: Taguette, project: int, csv: bytes) -> None:
    """Taguette's two-step codebook import: upload, then confirm every proposed tag. The
    confirmation form shows each description in a one-line <input type=text>, whose value a
    browser sends with its line breaks stripped (HTML's value sanitization); so does this."""
    import bs4

    page = server.post_form(
        f"/project/{project}/import_codebook", [], {"file": ("codebook.csv", csv)}
    )
    form = bs4.BeautifulSoup(page, "html5lib")
    fields = []
    for element in form.find_all(["input", "textarea"]):
        name = element.get("name")
        if not name or name == "_xsrf":
            continue
        if element.name == "textarea":
            fields.append((name, element.text))
        elif element.get("type") == "checkbox":
            if element.has_attr("checked"):
                fields.append((name, element.get("value", "on")))
        elif element.get("type") == "text":
            fields.append((name, re.sub(r"[\r\n]", "", element.get("value", ""))))
        else:
            fields.append((name, element.get("value", "")))
    if not any(name.endswith("-path") for name, _ in fields):
        raise SystemExit(
            "Taguette's import page proposed no tags: "
            + " ".join(form.get_text(" ", strip=True).split())[:300]
        )
    server.post_urlencoded(f"/project/{project}/import_codebook", fields)


def make(out: Path, executable: Path, python: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="taguette-fixtures-") as tmp:
        folder = Path(tmp)
        server = Taguette(executable, folder)
        try:
            project = server.new_project("Racisme op het werk", "Fixtures voor Duiding")
            documents = {}
            for filename, name in DOCUMENTS:
                body = (FIXTURES / filename).read_bytes()
                made = json.loads(
                    server.post_form(
                        f"/api/project/{project}/document/new",
                        [("name", name), ("description", "")],
                        {"file": (filename, body)},
                    )
                )
                documents[name] = made["created"]
            tags = {
                path: server.post_json(
                    f"/api/project/{project}/tag/new", {"path": path, "description": description}
                )["id"]
                for path, description in TAGS.items()
            }
            contents = {}
            for name, document in documents.items():
                reply = json.loads(
                    server.get(f"/api/project/{project}/document/{document}/contents")
                )
                contents[name] = "".join(c["contents"] for c in reply["contents"])
            for name, passage, occurrence, names in HIGHLIGHTS:
                html = contents[name]
                passage = _as_in(taguette_text(html), passage)
                start, end = text_offsets(html, passage, occurrence)
                server.post_json(
                    f"/api/project/{project}/document/{documents[name]}/highlight/new",
                    {"start_offset": start, "end_offset": end, "tags": [tags[t] for t in names]},
                )
            for url, filename in (
                (f"/project/{project}/export/codebook.csv", "taguette-codebook.csv"),
                (f"/project/{project}/export/codebook.qdc", "taguette-codebook.qdc"),
                (f"/project/{project}/export/highlights/.csv", "taguette-highlights.csv"),
            ):
                written.append(_save(out / filename, server.get(url)))
            ours = duiding_codebook_csv(folder, python)
            written.append(_save(out / "duiding-codebook.csv", ours))
            second = server.new_project("Codeboek uit Duiding", "")
            import_codebook_page(server, second, ours)
            written.append(
                _save(
                    out / "taguette-from-duiding.csv",
                    server.get(f"/project/{second}/export/codebook.csv"),
                )
            )
        finally:
            server.close()
    return written


def _as_in(text: str, passage: str) -> str:
    """A passage that crosses paragraphs is written with "\\n" between them here; in
    Taguette's text the paragraphs are separated by whatever the stored HTML holds."""
    if "\n" not in passage:
        return passage
    first, rest = passage.split("\n", 1)
    match = re.search(re.escape(first) + r"(\s*)" + re.escape(rest), text)
    if not match:
        raise SystemExit(f"passage {passage!r} not in the text")
    return match.group(0)


def _save(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=FIXTURES, help="folder for the exports")
    parser.add_argument(
        "--taguette",
        type=Path,
        default=Path(sys.executable).with_name("taguette"),
        help="the taguette command (default: next to this Python)",
    )
    parser.add_argument(
        "--duiding-python",
        type=Path,
        default=ROOT / ".venv/bin/python",
        help="the Python with Duiding's requirements",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in make(args.out, args.taguette, args.duiding_python):
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
