"""The alleged perpetrator's name: collected only when an administrator turns the field on
(setting ``collect_perpetrator_name``, off by default: the guidelines ask not to collect it).

When the setting is off:
- the intake and the case file do not show the field; ``load_intake`` gives no name
  (``None``), but marks a perpetrator whose name is stored with ``name_ref`` (the record's
  id, which names no one);
- ``open_case`` / ``update_case`` refuse a name typed anyway (a ``ValidationError`` on that
  perpetrator's name, so the caller learns it was not stored, rather than losing it silently);
- a name stored before the setting was turned off stays stored, hidden: editing the intake
  carries it to the same perpetrator (by ``name_ref``); removing that perpetrator removes it;
- the case summary leaves the name out.
Turning the setting on shows the stored names again. The identifying case export (a
supervisor's, with a reason and a password) follows the same rule.
Belongs to the feature package ``services/cases/``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import settings
from desktop.core.store.models import Incident

NAME = "name"
NAME_REF = "name_ref"
KEY = "perpetrator.name"
REFUSED = QT_TRANSLATE_NOOP(
    "Intake", "The perpetrator's name is not collected here (an administrator can turn the "
    "field on).")


def collected(session: Session) -> bool:
    """True when an administrator turned the perpetrator's name on."""
    return bool(settings.get_in_session(session, settings.COLLECT_PERPETRATOR_NAME))


def refuse_names(items: list[dict[str, Any]], lang: str | None = None) -> None:
    """``ValidationError`` when a name was given while the field is off."""
    errors = {f"perpetrators.{i}.{NAME}": translate("Intake", REFUSED, lang)
              for i, item in enumerate(items)
              if isinstance(item.get(NAME), str) and item[NAME].strip()}
    if errors:
        raise ValidationError(errors, translate("Intake", REFUSED, lang))


def stored_names(incident: Incident | None) -> dict[str, str]:
    """Perpetrator id → stored name, for the names to carry over an edit."""
    return {p.id: p.name for p in (incident.perpetrators if incident else []) if p.name}


def hide(items: list[dict[str, Any]], incident: Incident | None) -> None:
    """Take the names out of loaded perpetrator data, leaving a ``name_ref`` where one is
    stored (``items`` are in the incident's perpetrator order)."""
    rows = list(incident.perpetrators) if incident else []
    for item, row in zip(items, rows, strict=False):
        if item.get(NAME):
            item[NAME_REF] = row.id
        item[NAME] = None

