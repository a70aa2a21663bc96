"""A batch's records checked and turned into rows for the hub's tables.

The hub accepts exactly the columns of the allow-list (``desktop.core.services.sync.records``),
in that order, with values of the column's type; anything else refuses the whole batch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.services.sync import records
from desktop.hub.models import RECORD_TABLES

MAX_ID = 36
MAX_TEXT = 400  # a code, a code list, a JSON of yes/no answers: never free text


def damaged(detail: str) -> DamagedData:
    """The batch's content is not what a Relais site sends (``detail``: which part)."""
    return DamagedData(translate("Hub", "The batch's content is not valid ({detail}): nothing "
                                        "was stored.").format(detail=detail))


def wire_columns(kind: records.RecordKind) -> list[str]:
    """The columns of ``kind`` as they travel (``id``, the case's id, then the allow-list)."""
    table = RECORD_TABLES[kind.name]
    return [c.name for c in table.columns if c.name not in ("site", "batch")]


def _converter(column: Any, where: str) -> Callable[[Any], Any]:
    """The check of one column's values (chosen once per column, not once per value: a first
    upload checks millions of them)."""
    kind = column.type
    if isinstance(kind, DateTime | Date) or not isinstance(kind, Boolean | Integer | String):
        return lambda value: None if value is None else _convert(value, column, where)
    if isinstance(kind, Boolean):
        def boolean(value: Any) -> Any:
            if value is None or value is True or value is False:
                return value
            raise damaged(where)
        return boolean
    if isinstance(kind, Integer):
        def integer(value: Any) -> Any:
            if value is None or type(value) is int:
                return value
            raise damaged(where)
        return integer
    longest = kind.length or MAX_TEXT

    def text(value: Any) -> Any:
        if value is None or (type(value) is str and len(value) <= longest):
            return value
        raise damaged(where)
    return text


def _convert(value: Any, column: Any, where: str) -> Any:
    if value is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, DateTime):
            parsed = datetime.fromisoformat(value)
            return parsed
        if isinstance(kind, Date):
            return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise damaged(where) from exc
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise damaged(where)
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise damaged(where)
        return value
    if isinstance(kind, String):
        if not isinstance(value, str) or len(value) > (kind.length or MAX_TEXT):
            raise damaged(where)
        return value
    raise damaged(where)


def rows_of(payload: dict[str, Any], site: str, batch: int) -> tuple[
        set[str], set[str], dict[str, list[dict[str, Any]]]]:
    """(cases sent, cases removed, rows per record kind) of a batch's payload."""
    removed = payload.get("removed", [])
    tables = payload.get("records", {})
    if not isinstance(removed, list) or not isinstance(tables, dict) or not all(
            isinstance(i, str) and len(i) <= MAX_ID for i in removed):
        raise damaged("removed")
    unknown = set(tables) - set(records.BY_NAME)
    if unknown:
        raise damaged("records")
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in records.KINDS:
        part = tables.get(kind.name, {"columns": wire_columns(kind), "rows": []})
        if not isinstance(part, dict) or part.get("columns") != wire_columns(kind) or \
                not isinstance(part.get("rows"), list):
            raise damaged(kind.name)
        table: Table = RECORD_TABLES[kind.name]
        names = wire_columns(kind)
        checks = [_converter(table.c[name], kind.name) for name in names]
        rows = []
        for row in part["rows"]:
            if not isinstance(row, list) or len(row) != len(names):
                raise damaged(kind.name)
            item = {name: check(value)
                    for name, check, value in zip(names, checks, row, strict=True)}
            if not isinstance(item["id"], str) or not item["id"]:
                raise damaged(kind.name)
            item["site"], item["batch"] = site, batch
            rows.append(item)
        out[kind.name] = rows
    sent = {row["id"] for row in out[records.CASE.name]}
    for kind in records.KINDS[1:]:
        if any(row["case_id"] not in sent for row in out[kind.name]):
            raise damaged(kind.name)
    if sent & set(removed):
        raise damaged("removed")
    return sent, set(removed), out
