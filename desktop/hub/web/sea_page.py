"""The SEA victim-assistance tracking page: one line per listed victim (pseudonymous code)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from desktop.core.exports.victim_assistance import category
from desktop.core.services.reports import report_labels as labels
from desktop.hub.sea_tracking import Victim
from desktop.hub.web.html import esc, t


def _kinds(counts: Counter[str], list_name: str, lang: str) -> str:
    return "<br>".join(f"{esc(labels.label(list_name, code, lang))} ({n})"
                       for code, n in sorted(counts.items())) or "—"


def _follow_ups(victim: Victim, lang: str) -> str:
    if not victim.overdue_follow_ups:
        return str(victim.open_follow_ups)
    return esc(t("{n} ({overdue} overdue)", lang).format(n=victim.open_follow_ups,
                                                        overdue=victim.overdue_follow_ups))


def body(rows: Sequence[Victim], lang: str) -> str:
    """The tracking table, the longest waiting first."""
    note = t("Victims who consented to inform the UN (as in the site export of victim "
             "assistance), by survivor code; the others are only counted in the national "
             "tables.", lang)
    intro = (f"<h2>{esc(t('SEA victim assistance across sites', lang))}</h2>"
             f"<p class='note'>{esc(note)}</p>")
    if not rows:
        return intro + f"<p id='no-victims'>{esc(t('No victim to list.', lang))}</p>"
    head = "".join(f"<th>{esc(t(h, lang))}</th>" for h in (
        "Site", "Survivor code", "Category of personnel", "Allegation received",
        "Days since", "SEA assistance received", "Services (referred or given)",
        "Open follow-ups", "Investigation"))
    lines = "".join(
        f"<tr><td>{esc(v.site)}</td><td>{esc(v.code)}</td>"
        f"<td>{esc(category(v.affiliation, lang))}</td>"
        f"<td>{esc(v.alleged_on.strftime('%d/%m/%Y') if v.alleged_on else '')}</td>"
        f"<td class='n'>{'' if v.days_since is None else v.days_since}</td>"
        f"<td>{_kinds(v.sea_assistance, 'sea_assistance_types', lang)}</td>"
        f"<td>{_kinds(v.services, 'service_types', lang)}</td>"
        f"<td class='n'>{_follow_ups(v, lang)}</td>"
        f"<td>{esc(labels.label('sea_investigation_statuses', v.investigation, lang))}</td></tr>"
        for v in rows)
    return intro + f"<table id='sea'><tr>{head}</tr>{lines}</table>"
