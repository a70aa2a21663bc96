"""HTML of the hub's pages: every value escaped (``esc``), one layout, one style sheet (served
as a file: the pages send a Content-Security-Policy without inline styles or scripts)."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from desktop.core.i18n import translate

LANGS = ("fr", "en")

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
header{background:#2f4858;color:#fff;padding:.6em 1.2em;display:flex;align-items:center;
gap:1.5em;flex-wrap:wrap}
header h1{font-size:1.15em;margin:0 1em 0 0}
header a{color:#fff;text-decoration:none;padding:.25em .5em;border-radius:4px}
header a.here{background:#4b6b7f}
header form{margin:0 0 0 auto}
header .who{font-size:.9em;opacity:.85}
main{padding:1em 1.5em;max-width:72em}
h2{font-size:1.2em;margin:.4em 0 .6em}
h3{font-size:1em;margin:1.4em 0 .4em}
table{border-collapse:collapse;background:#fff;margin:.3em 0 .4em;font-size:.92em}
th,td{border:1px solid #cbd2d9;padding:.3em .6em;text-align:left}
td.n,th.n{text-align:right}
tr.total td{font-weight:bold;background:#eef2f6}
th{background:#e4e7eb}
p.note{font-size:.85em;color:#52606d;margin:.1em 0 .8em}
form.period{background:#fff;border:1px solid #cbd2d9;padding:.8em 1em;margin-bottom:1em;
display:flex;flex-wrap:wrap;gap:1em;align-items:flex-end}
form.period fieldset{border:none;margin:0;padding:0}
label{display:block;font-size:.9em;margin-bottom:.2em}
input[type=text],input[type=password],input[type=date]{padding:.35em;border:1px solid #9aa5b1;
border-radius:3px;font-size:1em}
button{background:#2f4858;color:#fff;border:none;border-radius:4px;padding:.45em 1em;
font-size:1em;cursor:pointer}
header button{background:#4b6b7f}
.downloads a{display:inline-block;margin:0 .8em .5em 0}
.login{max-width:24em;margin:4em auto;background:#fff;border:1px solid #cbd2d9;padding:1.5em}
.login div{margin-bottom:1em}
.error{color:#9b1c1c;background:#fde8e8;padding:.5em .8em;border-radius:4px}
.lang{font-size:.9em}
"""


def esc(value: object) -> str:
    """``value`` as HTML text (quotes included: safe in attributes too)."""
    return escape("" if value is None else str(value), quote=True)


def t(text: str, lang: str) -> str:
    """The hub page's string in ``lang``."""
    return translate("HubWeb", text, lang)


def query(**params: object) -> str:
    """A query string (``?a=1&b=2``; lists repeat their key)."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        for one in value if isinstance(value, list | tuple) else [value]:
            if one not in (None, ""):
                pairs.append((key, str(one)))
    return "?" + urlencode(pairs) if pairs else ""


def hidden_token(csrf: str) -> str:
    """The CSRF field every form carries."""
    return f'<input type="hidden" name="csrf" value="{esc(csrf)}">'


def page(title: str, body: str, lang: str, *, user: str | None = None, csrf: str = "",
         here: str = "", path: str = "/") -> str:
    """A whole page: header (navigation and logout once logged in), then ``body``."""
    nav = ""
    if user:
        links = [("/sites", t("Sites", lang)), ("/report", t("National tables", lang)),
                 ("/sea", t("SEA victim assistance", lang))]
        nav = "".join(f'<a href="{href}" class="{"here" if href == here else ""}">'
                      f"{esc(label)}</a>" for href, label in links)
        nav += (f'<span class="who">{esc(t("Logged in as {name}", lang).format(name=user))}'
                f'</span><form method="post" action="/logout">{hidden_token(csrf)}'
                f'<button type="submit" id="logout">{esc(t("Log out", lang))}</button></form>')
    other = "en" if lang == "fr" else "fr"
    switch = (f'<a class="lang" id="lang" href="/lang/{other}{query(next=path)}">'
              f'{"English" if other == "en" else "Français"}</a>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)} — {esc(t('Relais hub', lang))}</title>"
            f'<link rel="stylesheet" href="/static/hub.css"></head><body>'
            f"<header><h1>{esc(t('Relais hub', lang))}</h1>{nav}{switch}</header>"
            f"<main>{body}</main></body></html>")
