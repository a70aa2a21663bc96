"""The hub's web page (Starlette routes added to ``app.make_app``).

Security: the session cookie is HttpOnly, SameSite=Strict, Secure when the page is served over
HTTPS; every POST (login, logout) carries the session's CSRF token; failed logins are
throttled per name and per address (``accounts.Throttle``) before any password is checked;
pages are not cached and forbid framing, inline scripts and styles (Content-Security-Policy).
Pages show counts and, on the SEA page only, pseudonymous survivor codes — never a name.
"""

from __future__ import annotations

import calendar
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from desktop.core.errors import UserError
from desktop.core.services.reports.report_period import Period
from desktop.hub import accounts, report_files, report_queries, status
from desktop.hub.web import html, pages
from desktop.hub.web.sessions import COOKIE, SessionStore, WebSession, token_ok

LANG_COOKIE = "relais_lang"
HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}
Handler = Callable[[Request], Awaitable[Response]]


def language(request: Request) -> str:
    """The page's language: the visitor's choice (cookie), French first."""
    chosen = request.cookies.get(LANG_COOKIE, "fr")
    return chosen if chosen in html.LANGS else "fr"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _html(body: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status_code, headers=HEADERS)


def _set_session(response: Response, request: Request, session: WebSession) -> None:
    response.set_cookie(COOKIE, session.sid, httponly=True, samesite="strict",
                        secure=_secure(request), path="/")


MAX_FORM = 16 * 1024


async def read_form(request: Request) -> dict[str, str]:
    """A small URL-encoded form (the only kind these pages send; at most ``MAX_FORM`` bytes,
    anything else reads as empty): each field's first value."""
    if not request.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"):
        return {}
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_FORM:
            return {}
    fields = parse_qs(data.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}


def default_period(today: date) -> tuple[date, date]:
    """Last month, whole (what a coordinator reports on at the start of a month)."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _period_of(start: date, end: date) -> Period:
    whole_month = start.day == 1 and end == date(
        start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return Period.month(start.year, start.month) if whole_month else Period.between(start, end)


class WebPages:
    """The pages over the hub database at ``url``."""

    def __init__(self, url: str, store: SessionStore | None = None,
                 throttle: accounts.Throttle | None = None) -> None:
        self.url = url
        self.store = store or SessionStore(url)
        self.throttle = throttle or accounts.Throttle()

    # --- sessions -----------------------------------------------------------------------

    async def session_of(self, request: Request) -> WebSession | None:
        """The request's live session, or None (looked up in the database)."""
        return await run_in_threadpool(self.store.get, request.cookies.get(COOKIE))

    def logged_in(self, handler: Callable[[Request, WebSession, str], Awaitable[Response]]
                  ) -> Handler:
        """``handler`` for a logged-in coordinator; anyone else goes to the login page."""
        async def guarded(request: Request) -> Response:
            session = await self.session_of(request)
            if session is None or session.user is None:
                return RedirectResponse("/login", status_code=303, headers=HEADERS)
            return await handler(request, session, language(request))
        return guarded

    async def login_page(self, request: Request, error: str = "", name: str = "",
                         status_code: int = 200) -> Response:
        """The login form, with an anonymous session for its CSRF token."""
        lang = language(request)
        session = await self.session_of(request)
        if session is not None and session.user is not None and not error:
            return RedirectResponse("/sites", status_code=303, headers=HEADERS)
        if session is None or session.user is not None:
            session = await run_in_threadpool(self.store.new)
        body = html.page(html.t("Log in", lang), pages.login(lang, session.csrf, error, name),
                         lang, path="/login")
        response = _html(body, status_code)
        _set_session(response, request, session)
        return response

    async def login(self, request: Request) -> Response:
        """Check the token, the throttle, then the password; a new session on success."""
        lang = language(request)
        form = await read_form(request)
        session = await self.session_of(request)
        if not token_ok(session, str(form.get("csrf", ""))):
            return await self.login_page(request, html.t(
                "The form expired: log in again.", lang), status_code=403)
        name = str(form.get("name", "")).strip()[:64]
        password = str(form.get("password", ""))
        address = request.client.host if request.client else "?"
        keys = (f"name:{name.casefold()}", f"address:{address}")
        wait = self.throttle.wait(*keys)
        if wait > 0:
            return await self.login_page(request, html.t(
                "Too many failed attempts: wait {seconds} seconds, then try again.", lang)
                .format(seconds=int(wait) + 1), name, status_code=429)
        if not await run_in_threadpool(accounts.check_password, self.url, name, password):
            self.throttle.failed(*keys)
            return await self.login_page(request, html.t("Wrong name or password.", lang),
                                         name, status_code=401)
        self.throttle.succeeded(keys[0])
        await run_in_threadpool(self.store.drop, session.sid if session else None)
        fresh = await run_in_threadpool(self.store.new, name)
        response = RedirectResponse("/sites", status_code=303, headers=HEADERS)
        _set_session(response, request, fresh)
        return response

    async def logout(self, request: Request) -> Response:
        """End the session (the form's token checked), back to the login page."""
        form = await read_form(request)
        session = await self.session_of(request)
        if session is not None and token_ok(session, str(form.get("csrf", ""))):
            await run_in_threadpool(self.store.drop, session.sid)
        elif session is not None:
            return _html(html.t("The form expired: reload the page.", language(request)), 403)
        response = RedirectResponse("/login", status_code=303, headers=HEADERS)
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict",
                               secure=_secure(request))
        return response

    # --- pages --------------------------------------------------------------------------

    def _page(self, title: str, body: str, session: WebSession, lang: str, here: str,
              request: Request, status_code: int = 200) -> Response:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return _html(html.page(title, body, lang, user=session.user, csrf=session.csrf,
                               here=here, path=path), status_code)

    async def sites(self, request: Request, session: WebSession, lang: str) -> Response:
        """Every site's last sync and backlog."""
        rows = await run_in_threadpool(status.sites, self.url)
        return self._page(html.t("Sites", lang), pages.sites(rows, lang), session, lang,
                          "/sites", request)

    def _choice(self, request: Request) -> tuple[date, date, list[str], str]:
        """(from, to, sites) asked in the query string, or the defaults; an error line."""
        start, end = default_period(date.today())
        chosen = [s for s in request.query_params.getlist("site") if s][:100]
        try:
            if request.query_params.get("from"):
                start = date.fromisoformat(request.query_params["from"])
            if request.query_params.get("to"):
                end = date.fromisoformat(request.query_params["to"])
        except ValueError:
            return start, end, chosen, "bad-date"
        return start, end, chosen, "" if start <= end else "reversed"

    async def report(self, request: Request, session: WebSession, lang: str) -> Response:
        """The national tables for the chosen period and sites."""
        start, end, chosen, problem = self._choice(request)
        all_sites = await run_in_threadpool(report_queries.site_names, self.url)
        body = pages.period_form("/report", start, end, all_sites, chosen, lang)
        code = 200
        if problem:
            body += f'<p class="error">{html.esc(self._problem(problem, lang))}</p>'
            code = 400
        else:
            try:
                made = await run_in_threadpool(lambda: report_queries.national_report(
                    self.url, _period_of(start, end), sites=chosen or None, lang=lang))
                body += pages.report(made, start, end, chosen, lang)
            except UserError as exc:
                body += f'<p class="error">{html.esc(exc)}</p>'
                code = 400
        return self._page(html.t("National tables", lang), body, session, lang, "/report",
                          request, code)

    @staticmethod
    def _problem(problem: str, lang: str) -> str:
        if problem == "bad-date":
            return html.t("Give the dates as YYYY-MM-DD.", lang)
        return html.t("The first day comes after the last.", lang)

    async def download(self, request: Request, session: WebSession, lang: str) -> Response:
        """The national report as PDF, CSV or XLSX, or the combined Incident Recorder."""
        start, end, chosen, problem = self._choice(request)
        what = request.path_params["what"]
        if problem:
            return _html(html.esc(self._problem(problem, lang)), 400)
        period = _period_of(start, end)
        try:
            if what == "incident-recorder.xlsx":
                from desktop.hub import national_ir

                data, name = await run_in_threadpool(
                    national_ir.workbook, self.url, period, chosen or None)
                media = report_files.MEDIA_TYPES["xlsx"]
            else:
                fmt = what.removeprefix("report.")
                if fmt not in report_files.FORMATS:
                    return _html(html.esc(html.t("No such file.", lang)), 404)
                made = await run_in_threadpool(lambda: report_queries.national_report(
                    self.url, period, sites=chosen or None, lang=lang))
                data = await run_in_threadpool(report_files.render, made, fmt)
                name, media = report_files.file_name(made, fmt), report_files.MEDIA_TYPES[fmt]
        except UserError as exc:
            return _html(html.esc(exc), 400)
        return Response(data, media_type=media, headers={
            **HEADERS, "Content-Disposition": f'attachment; filename="{name}"'})

    async def sea(self, request: Request, session: WebSession, lang: str) -> Response:
        """The SEA victim-assistance tracking across sites."""
        from desktop.hub import sea_tracking
        from desktop.hub.web import sea_page

        rows = await run_in_threadpool(sea_tracking.victims, self.url, date.today())
        return self._page(html.t("SEA victim assistance", lang), sea_page.body(rows, lang),
                          session, lang, "/sea", request)

    async def choose_language(self, request: Request) -> Response:
        """Remember the language and go back where the visitor was."""
        lang = request.path_params["lang"]
        target = request.query_params.get("next", "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        response = RedirectResponse(target, status_code=303, headers=HEADERS)
        if lang in html.LANGS:
            response.set_cookie(LANG_COOKIE, lang, samesite="strict", secure=_secure(request),
                                httponly=True, max_age=365 * 86400, path="/")
        return response

    async def home(self, request: Request) -> Response:
        """To the sites once logged in, else to the login page."""
        session = await self.session_of(request)
        return RedirectResponse("/sites" if session and session.user else "/login",
                                status_code=303, headers=HEADERS)

    async def css(self, _request: Request) -> Response:
        """The style sheet."""
        return Response(html.CSS, media_type="text/css",
                        headers={"Cache-Control": "max-age=3600"})

    def routes(self) -> list[Route]:
        """The page's routes."""
        async def login_get(request: Request) -> Response:
            return await self.login_page(request)

        return [
            Route("/", self.home, methods=["GET"]),
            Route("/login", login_get, methods=["GET"]),
            Route("/login", self.login, methods=["POST"]),
            Route("/logout", self.logout, methods=["POST"]),
            Route("/sites", self.logged_in(self.sites), methods=["GET"]),
            Route("/report", self.logged_in(self.report), methods=["GET"]),
            Route("/download/{what}", self.logged_in(self.download), methods=["GET"]),
            Route("/sea", self.logged_in(self.sea), methods=["GET"]),
            Route("/lang/{lang}", self.choose_language, methods=["GET"]),
            Route("/static/hub.css", self.css, methods=["GET"]),
        ]


def routes(url: str, **options: Any) -> list[Route]:
    """The web page's routes over the hub database at ``url``."""
    return WebPages(url, **options).routes()
