"""Server mode end to end in Debian's chromium: the app served with $DUIDING_PROJECTS, signed
in with a local account (Argon2 hashes in the folder's accounts file) and with OpenID Connect
against a real provider process (oidc-provider-mock, started here); the signed-in user is
the coder in the project file, nothing outside the projects folder is created, and uploads
leave nothing in the server's temporary folder."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from workbench import Project
from workbench.accounts import Accounts
from conftest import streamlit_command, write_csv
from test_browser import free_port, page, wait_idle  # noqa: F401  (page is a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PASSWORD = "Hagelslag-op-brood-7"
COOKIE_SECRET = "a long random string only this test knows 0123456789"
CODE = "Vormen/Grappen"
TRANSCRIPT = (
    "Moderator: Welkom allemaal. Wat hebben jullie meegemaakt op het werk?\n"
    "Respondent 1: Bij ons werden er grappen gemaakt over mijn achternaam.\n"
    "Respondent 2: Ik werd niet uitgenodigd voor het teamoverleg, steeds weer.\n"
    "Moderator: Hebben jullie dat gemeld?\n"
    "Respondent 1: Nee, ik wist niet bij wie ik terecht kon.\n"
)


def wait_for_http(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.3)
    process.kill()
    pytest.fail(f"{url} did not come up: " + log.read_text())


@contextlib.contextmanager
def serve_team(folder: Path, tmp_path: Path, *args: str, port: int | None = None):
    """The app in server mode on ``folder``, with its own empty temporary folder; yields
    (url, that temporary folder)."""
    port = port or free_port()
    temp = tmp_path / "server-tmp"
    temp.mkdir()
    log_path = tmp_path / "streamlit.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        streamlit_command(port, *args),
        cwd=tmp_path,  # no .streamlit/secrets.toml of the checkout is read
        stdout=log,
        stderr=subprocess.STDOUT,
        env={
            **os.environ,
            "DUIDING_PROJECTS": str(folder),
            "DUIDING_USER": "server-login-name",  # must never become a coder in server mode
            "TMPDIR": str(temp),
        },
    )
    url = f"http://127.0.0.1:{port}"
    wait_for_http(f"{url}/_stcore/health", process, log_path)
    try:
        yield url, temp
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A projects folder with one small team project (three answers, one code; lead and
    vera own it, nadia codes) and two local accounts: vera, and olaf, who is disabled."""
    root = tmp_path / "projects"
    root.mkdir()
    with Project.create(root / "studie.db", user="lead") as project:
        survey = write_csv(
            tmp_path / "survey.csv",
            [
                "id,stratum,w,q",
                "R1,a,1.5,Collega's maakten grappen over mijn naam tijdens de lunch.",
                "R2,a,1.5,Mijn leidinggevende nam mijn klacht niet serieus.",
                "R3,b,2.0,Ik heb niets vervelends meegemaakt dit jaar.",
            ],
        )
        project.import_survey(survey, id="id", stratum="stratum", weight="w", open=["q"])
        project.segment()
        project.codebook.add(CODE, color="#e6194b")
        # a server's projects are team projects (one without members opens for nobody)
        project.members.add("lead", role="owner")
        project.members.add("vera", role="owner")  # she uploads a transcript: owners import
        project.members.add("nadia.bakker@example.org", role="coder")
    with Accounts(root) as accounts:
        accounts.add("vera", PASSWORD)
        accounts.add("olaf", PASSWORD)
        accounts.set_disabled("olaf")
    return root


def sign_in(page, name: str, password: str) -> None:
    page.get_by_label("Gebruikersnaam").fill(name)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen", exact=True).click()


def choose_project(page, name: str) -> None:
    wait_idle(page)
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").last.click()
    page.get_by_role("option", name=name, exact=True).click()
    page.get_by_role("heading", name=name.capitalize()).first.wait_for(timeout=60_000)


def code_first_answer(page) -> None:
    """On the Code page (reached inside the app: a reload is a new session), apply the one
    code to the first unit."""
    wait_idle(page)
    page.get_by_role("link", name="Coderen", exact=True).click()
    button = page.locator("[class*='st-key-apply-'] button").first
    button.wait_for(timeout=60_000)
    wait_idle(page)
    button.click()
    page.get_by_text(f"Gecodeerd: {CODE}").first.wait_for(timeout=60_000)


def coders(project_file: Path) -> list[str]:
    with Project.open(project_file, user="lead") as project:
        return [c["coder"] for c in project.coding.codings()]


def test_local_account_sign_in_refusals_projects_folder_and_uploads(folder, tmp_path, page):
    with serve_team(folder, tmp_path) as (url, temp):
        page.goto(url)
        page.get_by_role("heading", name="Inloggen").wait_for(timeout=60_000)
        assert not page.get_by_label("Codeur").count()  # no free-text coder in server mode
        assert not page.get_by_text("Eén gebruiker").count()
        sign_in(page, "vera", "Hagelslag-op-brood-8")
        page.get_by_text("wrong user name or password").wait_for(timeout=30_000)
        assert not page.get_by_text("Ingelogd als").count()
        assert not page.get_by_text("studie").count()  # nothing of the folder shown
        sign_in(page, "olaf", PASSWORD)
        page.get_by_text("the account 'olaf' is disabled").wait_for(timeout=30_000)
        assert not page.get_by_text("Ingelogd als").count()
        started = time.monotonic()
        sign_in(page, "vera", PASSWORD)
        page.get_by_text("Ingelogd als vera").wait_for(timeout=60_000)
        print(f"\nlocal sign-in, click to signed-in page: {time.monotonic() - started:.2f} s")
        assert not page.get_by_label("Codeur").count()
        # a path outside the folder, typed as a new project, is refused with one line
        for outside in (str(tmp_path / "buiten.db"), "../buiten"):
            wait_idle(page)
            page.get_by_label("Naam van het nieuwe project").fill(outside)
            page.get_by_role("button", name="Maken", exact=True).click()
            page.get_by_text("is outside the projects folder").first.wait_for(timeout=30_000)
            assert not (tmp_path / "buiten.db").exists()
        assert sorted(p.name for p in folder.iterdir() if p.suffix == ".db") == ["studie.db"]
        choose_project(page, "studie")
        # a transcript upload: imported, then nothing of it left in the server's temp folder
        page.get_by_role("tab", name="Transcript importeren").click()
        upload = tmp_path / "focusgroep_a.txt"
        upload.write_text(TRANSCRIPT, encoding="utf-8")
        page.locator("[data-testid='stFileUploaderDropzoneInput']").nth(1).set_input_files(
            str(upload)
        )
        page.get_by_text("focusgroep_a.txt").first.wait_for(timeout=30_000)
        wait_idle(page)
        page.get_by_role("button", name="Importeren", exact=True).first.click()
        page.get_by_text("Geïmporteerd: focusgroep_a.txt").first.wait_for(timeout=120_000)
        wait_idle(page)
        left = [str(p.relative_to(temp)) for p in temp.rglob("*")]
        assert not [p for p in left if "focusgroep" in p or "duiding-upload" in p], left
        with Project.open(folder / "studie.db", user="lead") as project:
            assert project.info()["counts"]["transcripts"] == 1
        code_first_answer(page)
        assert coders(folder / "studie.db") == ["vera"]
        page.get_by_role("button", name="Uitloggen").click()
        page.get_by_role("heading", name="Inloggen").wait_for(timeout=30_000)
        wait_idle(page)  # the run's stale elements go once it has finished
        assert not page.get_by_text("Ingelogd als").count()


@contextlib.contextmanager
def oidc_provider(tmp_path: Path):
    """A real OpenID Connect provider (oidc-provider-mock) on a free port; yields its URL."""
    port = free_port()
    log_path = tmp_path / "oidc.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "--port", str(port)],
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for_http(f"{url}/.well-known/openid-configuration", process, log_path)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_openid_connect_sign_in_makes_the_signed_in_user_the_coder(folder, tmp_path, page):
    port = free_port()
    with oidc_provider(tmp_path) as provider:
        metadata = json.load(urllib.request.urlopen(f"{provider}/.well-known/openid-configuration"))
        assert metadata["issuer"].rstrip("/") == provider
        secrets = tmp_path / "secrets.toml"
        secrets.write_text(
            "[auth]\n"
            f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
            f'cookie_secret = "{COOKIE_SECRET}"\n'
            'client_id = "duiding-test"\n'
            'client_secret = "client-secret-of-the-test"\n'
            f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
            encoding="utf-8",
        )
        with serve_team(folder, tmp_path, "--secrets.files", str(secrets), port=port) as (url, _):
            page.goto(url)
            button = page.get_by_role("button", name="Inloggen via de identiteitsprovider")
            button.wait_for(timeout=60_000)
            assert not page.get_by_label("Wachtwoord").count()  # no local form with OIDC
            started = time.monotonic()
            wait_idle(page)
            button.click()
            page.locator("input[name='sub']").wait_for(timeout=60_000)  # the provider's page
            assert page.url.startswith(provider)
            page.locator("input[name='sub']").fill("Nadia.Bakker@Example.org")
            page.get_by_role("button", name="Authorize").click()
            # the name as shown: Markdown-escaped, a word joiner before "@" (no mail link)
            page.get_by_text("Ingelogd als nadia.bakker\u2060@example.org").wait_for(timeout=60_000)
            print(f"\nOIDC sign-in, click to signed-in page: {time.monotonic() - started:.2f} s")
            choose_project(page, "studie")
            code_first_answer(page)
            assert coders(folder / "studie.db") == ["nadia.bakker@example.org"]
            forged_cookie_is_refused(page, url)
            page.get_by_role("button", name="Uitloggen").click()
            # Streamlit ends the provider's session too (RP-initiated logout), then returns
            page.get_by_role("button", name="End session").click(timeout=60_000)
            page.get_by_role("button", name="Inloggen via de identiteitsprovider").wait_for(
                timeout=60_000
            )
            wait_idle(page)
            assert not page.get_by_text("Ingelogd als").count()


def forged_cookie_is_refused(page, url: str) -> None:
    """Streamlit's login cookie, its claims changed to another user and signed with another
    secret, in a fresh browser: the sign-in page, not mallory. The same cookie signed with
    the server's own secret does sign mallory in, so it is the signature that refuses it."""
    from itsdangerous import URLSafeTimedSerializer

    [real] = [c for c in page.context.cookies() if c["name"] == "_streamlit_user"]
    _, payload = URLSafeTimedSerializer("unknown", salt="_streamlit_user").loads_unsafe(
        real["value"]
    )
    claims = json.loads(payload)
    assert claims["email"] == "Nadia.Bakker@Example.org"
    claims["email"] = "mallory@example.org"
    seen = {}
    for secret in ("a guess at the server's secret", COOKIE_SECRET):
        forged = URLSafeTimedSerializer(secret, salt="_streamlit_user").dumps(json.dumps(claims))
        context = page.context.browser.new_context()
        context.add_cookies(
            [{"name": "_streamlit_user", "value": forged, "domain": "127.0.0.1", "path": "/"}]
        )
        other = context.new_page()
        other.goto(url)
        signed_in = other.get_by_text("Ingelogd als mallory\u2060@example.org")
        sign_in_button = other.get_by_role("button", name="Inloggen via de identiteitsprovider")
        signed_in.or_(sign_in_button).first.wait_for(timeout=60_000)
        wait_idle(other)
        seen[secret] = signed_in.count() > 0
        context.close()
    assert seen == {"a guess at the server's secret": False, COOKIE_SECRET: True}


def forging(state: dict, outside: Path):
    """A websocket route that adds forged widget values to every rerun the page asks for:
    the identity key, a coder name and an outside project path, as a hostile browser could,
    under the bare names (``state["form"] == "raw"``) or as keyed widget ids ("keyed")."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    def route(ws) -> None:
        server = ws.connect_to_server()

        def to_server(message) -> None:
            if isinstance(message, bytes):
                msg = BackMsg()
                msg.ParseFromString(message)
                if msg.WhichOneof("type") == "rerun_script":
                    for key, value in (
                        ("_duiding_identity", "mallory"),
                        ("coder", "mallory"),
                        ("project_path", str(outside)),
                        ("project_name", "../outside"),
                    ):
                        forged = msg.rerun_script.widget_states.widgets.add()
                        forged.string_value = value
                        forged.id = key if state["form"] == "raw" else f"$$ID-0123abcd-{key}"
                    state["sent"] += 1
                    message = msg.SerializeToString()
            server.send(message)

        ws.on_message(to_server)
        server.on_message(lambda message: ws.send(message))

    return route


def test_forged_widget_values_over_the_websocket_change_nobody(folder, tmp_path, page):
    outside = tmp_path / "outside.db"
    Project.create(outside, user="mallory").close()
    state = {"form": "raw", "sent": 0}
    with serve_team(folder, tmp_path) as (url, _):
        page.route_web_socket("**/_stcore/stream", forging(state, outside))
        # bare names: Streamlit cannot read them back (no widget of that id) and fails the
        # run of this session only; nothing is shown, nobody is signed in
        page.goto(url)
        sign_in_form = page.get_by_role("heading", name="Inloggen")
        sign_in_form.or_(page.locator("[data-testid='stException']")).first.wait_for(timeout=60_000)
        wait_idle(page)
        assert state["sent"] >= 1
        assert not page.get_by_text("Ingelogd als").count()
        assert not page.get_by_text("studie").count()
        # keyed widget ids: the app runs, and vera's work is vera's
        state["form"], state["sent"] = "keyed", 0
        page.reload()
        sign_in_form.wait_for(timeout=60_000)
        wait_idle(page)
        assert not page.get_by_text("Ingelogd als").count()
        sign_in(page, "vera", PASSWORD)
        page.get_by_text("Ingelogd als vera").wait_for(timeout=60_000)
        choose_project(page, "studie")
        code_first_answer(page)
        assert state["sent"] >= 3  # forged values went with the sign-in, choice and coding
    assert coders(folder / "studie.db") == ["vera"]
    with Project.open(outside, user="check") as project:
        assert [e["action"] for e in project.events(10)] == ["create"]
