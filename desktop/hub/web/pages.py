"""The bodies of the hub's pages: login, sites, national tables (what ``routes`` serves)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.core.services.reports.report_tables import Report, Table
from desktop.hub.status import SiteStatus
from desktop.hub.web.html import esc, hidden_token, query, t


def login(lang: str, csrf: str, error: str = "", name: str = "") -> str:
    """The login form (with the anonymous session's CSRF token)."""
    problem = f'<p class="error" id="error">{esc(error)}</p>' if error else ""
    title = t("Coordinators' login", lang)
    return (f'<div class="login"><h2>{esc(title)}</h2>{problem}'
            f'<form method="post" action="/login">{hidden_token(csrf)}'
            f'<div><label for="name">{esc(t("Name", lang))}</label>'
            f'<input type="text" id="name" name="name" value="{esc(name)}" required '
            f'autocomplete="username" autofocus></div>'
            f'<div><label for="password">{esc(t("Password", lang))}</label>'
            f'<input type="password" id="password" name="password" required '
            f'autocomplete="current-password"></div>'
            f'<button type="submit" id="login">{esc(t("Log in", lang))}</button></form></div>')


def _when(value: object, lang: str) -> str:
    if value is None:
        return t("never", lang)
    return value.strftime("%d/%m/%Y %H:%M UTC" if lang == "fr"  # type: ignore[attr-defined]
                          else "%Y-%m-%d %H:%M UTC")


def sites(rows: Sequence[SiteStatus], lang: str) -> str:
    """Every site: enrolled, last sync, batches, cases held, backlog at its last sync."""
    if not rows:
        return f"<h2>{esc(t('Sites', lang))}</h2><p>{esc(t('No site yet.', lang))}</p>"
    head = "".join(f"<th>{esc(t(h, lang))}</th>" for h in (
        "Site", "Enrolled", "Last sync", "Batches", "Cases held", "Waiting at the last sync"))
    body = "".join(
        f'<tr data-site="{esc(r.name)}"><td>{esc(r.name)}</td>'
        f"<td>{esc(t('yes', lang) if r.enrolled else t('no (code given)', lang))}</td>"
        f"<td>{esc(_when(r.last_sync_at, lang))}</td><td class='n'>{r.last_batch}</td>"
        f"<td class='n'>{r.cases}</td>"
        f"<td class='n'>{'' if r.backlog is None else r.backlog}</td></tr>" for r in rows)
    held = t("Cases held: consented cases the site sent (the hub holds nothing else).", lang)
    return (f"<h2>{esc(t('Sites', lang))}</h2><table id='sites'><tr>{head}</tr>{body}</table>"
            f"<p class='note'>{esc(held)}</p>")


def period_form(action: str, start: date, end: date, all_sites: Sequence[str],
                chosen: Sequence[str], lang: str) -> str:
    """The period (and sites) chooser: a GET form (it changes nothing)."""
    boxes = "".join(
        f'<label><input type="checkbox" name="site" value="{esc(s)}" '
        f'{"checked" if s in chosen else ""}> {esc(s)}</label>' for s in all_sites)
    return (f'<form class="period" method="get" action="{esc(action)}">'
            f'<div><label for="from">{esc(t("From", lang))}</label>'
            f'<input type="date" id="from" name="from" value="{start.isoformat()}" required>'
            f'</div><div><label for="to">{esc(t("To (included)", lang))}</label>'
            f'<input type="date" id="to" name="to" value="{end.isoformat()}" required></div>'
            f'<fieldset><label>{esc(t("Sites (none ticked: every site)", lang))}</label>'
            f"{boxes}</fieldset>"
            f'<button type="submit" id="show">{esc(t("Show", lang))}</button></form>')


def _table(table: Table) -> str:
    cells = table.cells()
    head = "".join(f"<th{' class=n' if i else ''}>{esc(h)}</th>"
                   for i, h in enumerate(table.header()))
    rows = []
    for row, shown in zip(table.rows, cells, strict=True):
        klass = ' class="total"' if row.code == "_total" else ""
        tds = "".join(f'<td class="n" data-col="{i}">{esc(v)}</td>'
                      for i, v in enumerate(shown[1:]))
        rows.append(f'<tr{klass} data-row="{esc(row.code)}"><td>{esc(shown[0])}</td>{tds}</tr>')
    note = f'<p class="note">{esc(table.note)}</p>' if table.note else ""
    return (f'<h3>{esc(table.title)}</h3><table id="t-{esc(table.key)}"><tr>{head}</tr>'
            f'{"".join(rows)}</table>{note}')


def report(report: Report, start: date, end: date, chosen: Sequence[str], lang: str) -> str:
    """The national tables of the period, their single figures, and the downloads."""
    params = query(**{"from": start.isoformat(), "to": end.isoformat(), "site": list(chosen)})
    links = [(f"/download/report.pdf{params}", t("National report (PDF)", lang), "dl-pdf"),
             (f"/download/report.csv{params}", t("National tables (CSV)", lang), "dl-csv"),
             (f"/download/report.xlsx{params}", t("National tables (XLSX)", lang), "dl-xlsx"),
             (f"/download/incident-recorder.xlsx{params}",
              t("Combined Incident Recorder (XLSX)", lang), "dl-ir")]
    downloads = "".join(f'<a id="{i}" href="{esc(href)}">{esc(label)}</a>'
                        for href, label, i in links)
    figures = "".join(f"<tr><td>{esc(label)}</td><td class='n'>{esc(value)}</td></tr>"
                      for label, value in report.figures())
    heading = t("{sites} — {period}", lang).format(sites=report.site_label,
                                                    period=report.period.label(lang))
    rule = t("Only survivors who consented to statistics are counted; counts from 1 to 4 "
             "show as <5, and the cells that would give them away as hidden, as in every site "
             "report.", lang)
    return (f'<h2 id="report-title">{esc(heading)}</h2>'
            f'<div class="downloads">{downloads}</div>'
            f"<p class='note'>{esc(rule)}</p>"
            f'<table id="figures">{figures}</table>'
            + "".join(_table(table) for table in report.tables))
