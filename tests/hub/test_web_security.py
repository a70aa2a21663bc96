"""The hub's web page as an attacker meets it: forged forms, guessed passwords, a stolen or
idle session, markup typed into a site's name; over a real ``relais hub serve``."""

from __future__ import annotations

import ast
import http.client
import re
import ssl
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from starlette.requests import Request
from starlette.responses import Response

from desktop.core.i18n import translate
from desktop.hub import accounts, enrolment
from desktop.hub.web import routes as web_routes
from desktop.hub.web.sessions import WebSession
from tests.hub.conftest import HubProcess
from tests.hub.test_https import https_hub  # noqa: F401 (the fixture)
from tests.hub.test_web_browser import COORDINATOR, PASSWORD, add_coordinator

ROOT = Path(__file__).resolve().parents[2]


class Browser:
    """A minimal client: one cookie jar, no redirect followed (the tests read them)."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "", parts.port or 80
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None
                ) -> tuple[int, dict[str, str], str, list[str]]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        answer = conn.getresponse()
        set_cookies = answer.headers.get_all("set-cookie") or []
        for line in set_cookies:
            name, _, rest = line.partition("=")
            value = rest.split(";", 1)[0].strip('"')
            if value and "max-age=0" not in line.lower():
                self.cookies[name] = value
            else:
                self.cookies.pop(name, None)
        text = answer.read().decode("utf-8", errors="replace")
        found = {k.lower(): v for k, v in answer.getheaders()}
        conn.close()
        return answer.status, found, text, set_cookies

    def csrf(self, path: str = "/login") -> str:
        _status, _headers, text, _ = self.request("GET", path)
        match = re.search(r'name="csrf" value="([^"]+)"', text)
        assert match, text[:300]
        return match.group(1)

    def log_in(self, name: str = COORDINATOR, password: str = PASSWORD) -> int:
        token = self.csrf()
        status, headers, _text, _ = self.request("POST", "/login", {
            "csrf": token, "name": name, "password": password})
        return status if status != 303 else 303 if headers["location"] == "/sites" else 0


@pytest.fixture
def hub_web(hub_server: HubProcess) -> HubProcess:
    add_coordinator(hub_server.db)
    return hub_server


def test_pages_need_a_login_and_the_cookie_is_guarded(hub_web: HubProcess) -> None:
    visitor = Browser(hub_web.url)
    for path in ("/sites", "/report", "/sea", "/download/report.csv"):
        status, headers, _text, _ = visitor.request("GET", path)
        assert (status, headers["location"]) == (303, "/login"), path
    status, headers, text, cookies = visitor.request("GET", "/login")
    assert status == 200 and "Connexion des coordinatrices" in text  # French first
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"
    [cookie] = [c for c in cookies if c.startswith("relais_hub=")]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert "secure" not in cookie.lower()  # plain HTTP here: a Secure cookie would not return
    assert visitor.log_in() == 303
    status, _headers, text, _ = visitor.request("GET", "/sites")
    assert status == 200 and "Sites" in text


def test_the_cookie_is_secure_over_https(https_hub: tuple[HubProcess, Path]) -> None:  # noqa: F811
    hub, cert = https_hub
    parts = urlsplit(hub.url)
    conn = http.client.HTTPSConnection(parts.hostname or "", parts.port, timeout=60,
                                       context=ssl.create_default_context(cafile=str(cert)))
    conn.request("GET", "/login")
    answer = conn.getresponse()
    [cookie] = [c for c in answer.headers.get_all("set-cookie") or []
                if c.startswith("relais_hub=")]
    conn.close()
    assert answer.status == 200
    assert {"secure", "httponly", "samesite=strict"} <= {
        part.strip().lower() for part in cookie.split(";")}
    # Behind a reverse proxy on the same machine, its X-Forwarded-Proto decides the same way.
    scope = {"type": "http", "scheme": "https", "method": "GET", "path": "/", "headers": [],
             "server": ("hub.example", 443), "query_string": b""}
    response = Response()
    web_routes._set_session(response, Request(scope), WebSession("token", None, "csrf"))
    assert "secure" in response.headers["set-cookie"].lower()


def test_a_forged_form_is_refused(hub_web: HubProcess) -> None:
    attacker = Browser(hub_web.url)
    status, _headers, text, _ = attacker.request("POST", "/login", {
        "csrf": "guessed", "name": COORDINATOR, "password": PASSWORD})
    assert status == 403 and "Le formulaire a expiré" in text
    assert attacker.request("GET", "/sites")[0] == 303  # not logged in
    victim = Browser(hub_web.url)
    assert victim.log_in() == 303
    status, _headers, _text, _ = victim.request("POST", "/logout", {"csrf": "forged"})
    assert status == 403
    assert victim.request("GET", "/sites")[0] == 200  # a forged logout ends nothing


def test_a_session_id_is_replaced_at_login_and_gone_after_logout(hub_web: HubProcess) -> None:
    coordinator = Browser(hub_web.url)
    coordinator.csrf()
    before = coordinator.cookies["relais_hub"]
    assert coordinator.log_in() == 303
    after = coordinator.cookies["relais_hub"]
    assert after != before  # an id planted before the login is worth nothing after it
    token = coordinator.csrf("/sites")
    assert coordinator.request("POST", "/logout", {"csrf": token})[0] == 303
    thief = Browser(hub_web.url)
    thief.cookies["relais_hub"] = after  # the old cookie, replayed
    assert thief.request("GET", "/report")[1]["location"] == "/login"


def test_guessing_passwords_is_throttled(hub_web: HubProcess) -> None:
    guesser = Browser(hub_web.url)
    for attempt in range(5):
        assert guesser.log_in(password=f"guess {attempt}") == 401
    assert guesser.log_in(password="guess 6") == 429
    # Even the right password waits its turn: the throttle answers before any check.
    status, _headers, text, _ = guesser.request("POST", "/login", {
        "csrf": guesser.csrf(), "name": COORDINATOR, "password": PASSWORD})
    assert status == 429 and "Trop d’essais manqués" in text


def test_the_throttle_doubles_the_wait_and_a_success_clears_it() -> None:
    now = [0.0]
    throttle = accounts.Throttle(free=2, clock=lambda: now[0])
    throttle.failed("name:a")
    throttle.failed("name:a")
    assert throttle.wait("name:a") == 1.0
    throttle.failed("name:a")
    assert throttle.wait("name:a") == 2.0
    assert throttle.wait("name:b") == 0.0
    throttle.succeeded("name:a")
    assert throttle.wait("name:a") == 0.0
    for n in range(throttle.MAX_KEYS + 1):  # names made up by the thousand …
        throttle.failed(f"name:made-up-{n}")
    now[0] += throttle.window + 1
    throttle.failed("name:c")  # … are forgotten once their window passed
    assert len(throttle._failures) == 1


def test_a_site_name_with_markup_is_shown_as_text(hub_web: HubProcess) -> None:
    from desktop.core.errors import UserError

    with pytest.raises(UserError):  # the hub refuses such a name outright…
        enrolment.new_code(hub_web.db, "<script>alert(1)</script>")
    coordinator = Browser(hub_web.url)
    assert coordinator.log_in() == 303
    status, _h, text, _ = coordinator.request(
        "GET", "/report?from=2026-01-01&to=2026-01-31&site=%3Cb%3Ex%3C%2Fb%3E")
    assert status == 400 and "<b>x</b>" not in text and "&lt;b&gt;x&lt;/b&gt;" in text
    status, headers, text, _ = coordinator.request(
        "GET", "/download/incident-recorder.xlsx?from=2026-01-01&to=2026-01-31&site=NOWHERE")
    assert status == 400 and "NOWHERE" in text and "attachment" not in str(headers)


def test_coordinators_passwords_are_argon2_and_checked(hub_db: str) -> None:
    accounts.add_user(hub_db, "awa.coord", "un long mot de passe")
    assert accounts.check_password(hub_db, "awa.coord", "un long mot de passe")
    assert not accounts.check_password(hub_db, "awa.coord", "un autre mot de passe")
    assert not accounts.check_password(hub_db, "nobody", "un long mot de passe")
    from sqlalchemy import text

    from desktop.hub import db

    with db.session(hub_db) as session:
        stored = session.scalar(text("SELECT password_hash FROM hub_users"))
    assert stored.startswith("$argon2id$") and "mot de passe" not in stored
    with pytest.raises(Exception, match="at least 12 characters"):
        accounts.add_user(hub_db, "fanta", "court")
    with pytest.raises(Exception, match="already exists"):
        accounts.add_user(hub_db, "awa.coord", "un long mot de passe")


HUB_WEB = [*sorted((ROOT / "desktop" / "hub" / "web").glob("*.py")),
           *(ROOT / "desktop" / "hub" / name for name in (
               "accounts.py", "report_queries.py", "sea_tracking.py")),
           ROOT / "desktop" / "cli" / "cmd_hub_reports.py"]
CONTEXTS = {"C": "HubCLI"}
SAME_IN_FRENCH = {"Sites", "Site", "{sites} — {period}"}


def _sources() -> list[tuple[str, str]]:
    found = []
    for path in HUB_WEB:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args
            if name == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
                context = (args[0].value if isinstance(args[0], ast.Constant)
                           else CONTEXTS[getattr(args[0], "id", "")])
                found.append((str(context), str(args[1].value)))
            elif name == "t" and args and isinstance(args[0], ast.Constant):
                found.append(("HubWeb", str(args[0].value)))
            elif name == "t" and args and isinstance(args[0], ast.Name):
                continue  # headings: the tuples below
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.comprehension) and isinstance(node.iter, ast.Tuple):
                found += [("HubWeb", str(e.value)) for e in node.iter.elts
                          if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return found


def test_every_string_of_the_page_and_its_commands_has_its_french() -> None:
    sources = _sources()
    assert len(sources) > 60
    missing = [(context, source) for context, source in sources
               if source not in SAME_IN_FRENCH and translate(context, source, "fr") == source]
    assert missing == []
