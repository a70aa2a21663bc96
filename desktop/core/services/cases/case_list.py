"""The case list and the case file, always through the access rule of ``access.visible``.

The list is two calls: ``first_page`` (the ids of the first page, filtered, sorted and read
with LIMIT from a covering index, see ``CASE_LIST_INDEXES``, and how many cases match, counted
up to ``COUNT_LIMIT`` only: "at least 1,000") and ``case_rows`` for the ids on screen, so that
the first screen of a million cases never reads them all; ``case_ids`` gives further pages
(``offset``/``limit``) and ``count(limit=)`` a further bound. "Case number" sorts on
``cases.number_key`` (the sequence padded to 12 digits), so that newest first stays right from
sequence 100,000 on. A case worker's cases are two index ranges (``access.visible_parts``)
merged with ``UNION``. Search matches the start of a case number or a survivor code; it also
matches names, each word of the text starting a word of the name (accents and case ignored,
through the FTS5 index ``store/models/name_search.py``), but only for roles allowed to see names
in lists (``Permission.SEE_NAMES_IN_LISTS``) — for the others a name search silently matches
nothing, so a list never reveals that a name exists. Text shaped like a code (``S-…``,
``MOP-2…``) is not looked for in names. With the default sort (case number), a name search
lists in the name index's own order, most recently registered survivor first, and reads only
up to the page it shows (``name_pages``: a first name shared by 37,000 survivors costs the
same as a rare one; the count stops at ``COUNT_LIMIT`` as the list's does;
``listed_by_name_index`` tells the screen, which says so). Another sort of a name search sorts
every match, as before.

The actions on a case (steps, assignment, notes, plan, closure) live in ``case_actions`` and are
re-exported here, as are the rows of a page (``list_rows``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, exists, func, select, union
from sqlalchemy.orm import aliased

from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor, visible, visible_parts
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.services.cases import name_pages
from desktop.core.services.cases.case_actions import (
    add_note,
    approve_closure,
    assign,
    reject_closure,
    reopen,
    request_closure,
    set_action_plan,
    set_step,
)
from desktop.core.services.cases.case_file import CaseFile, read_case_file
from desktop.core.services.cases.list_rows import (
    CaseRow,
    case_rows,
    next_followup,
    open_followups,
    reveal_names,
)
from desktop.core.store.models import Case, FollowUp, Staff, Survivor
from desktop.core.store.models.name_search import match_query, name_condition
from desktop.core.store.vault import Actor, Vault

__all__ = [
    "SORT_KEYS", "CaseFile", "CaseQuery", "CaseRow", "IdPage", "add_note", "approve_closure",
    "assign", "case_file", "case_ids", "case_rows", "count", "first_page",
    "listed_by_name_index", "reject_closure", "reopen", "request_closure", "reveal_names",
    "set_action_plan", "set_step",
]

SORT_KEYS = ("case_number", "survivor_code", "name", "date_of_interview", "opened_at",
             "gbv_type", "step", "status", "sea", "caseworker", "next_followup")
_TOP = "\U0010ffff"
COUNT_LIMIT = 1000  # the first screen counts the matching cases up to this many
# Survivor codes (S-…) and case numbers (MOP-2026-…): no name search, which reads every name.
CODE_LIKE = re.compile(r"^(S-|[A-Z0-9]{2,12}-\d)")


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: filters, a search text and the sort."""

    text: str = ""
    step: int | None = None
    status: str | None = None
    gbv_type: str | None = None
    sea: bool | None = None
    caseworker_id: str | None = None
    site_id: str | None = None
    overdue_followup: bool = False
    sort: str = "case_number"
    descending: bool = True
    today: date | None = None  # for "overdue"; default: today


def _searches_names(actor: Actor, text: str) -> bool:
    """True when ``text`` is also looked for in names (allowed role, not shaped like a code)."""
    return (can(actor, Permission.SEE_NAMES_IN_LISTS) and len(text.strip()) >= 2
            and not CODE_LIKE.match(text.strip().upper()))


def _name_index_match(actor: Actor, query: CaseQuery) -> str | None:
    """The FTS5 query when the list is a name search read in the name index's order (the
    default sort, by case number: see ``name_pages``); None otherwise."""
    if query.sort != "case_number" or not _searches_names(actor, query.text):
        return None
    return match_query(query.text)


def listed_by_name_index(vault: Vault, query: CaseQuery) -> bool:
    """True when ``query`` lists the names found most recently registered first (or oldest
    first when not ``descending``) rather than by case number: the screen says so."""
    return _name_index_match(require_case_work(vault), query) is not None


def _code_parts(text: str) -> list[Any]:
    """``SELECT id`` of the cases whose number or survivor code starts with ``text``."""
    code = text.strip().upper()
    return [
        select(Case.id).where(Case.case_number >= code, Case.case_number < code + _TOP),
        select(Case.id).where(Case.survivor_id.in_(select(Survivor.id).where(
            Survivor.survivor_code >= code, Survivor.survivor_code < code + _TOP))),
    ]


def _search(actor: Actor, text: str, *, names: bool = True) -> ColumnElement[bool]:
    """Cases whose number or survivor code starts with ``text`` (or whose name contains it,
    unless ``names`` is False).

    Written as ``cases.id IN (… UNION …)`` so that SQLite answers each part from its unique
    index instead of testing every visible case.
    """
    parts = _code_parts(text)
    if names and _searches_names(actor, text):
        named = name_condition(Case.survivor_id, text)
        if named is not None:
            parts.append(select(Case.id).where(named))
    return Case.id.in_(union(*parts))


def _filtered(actor: Actor, query: CaseQuery, columns: Any,
              access: ColumnElement[bool] | None = None, *, names: bool = True) -> Select[Any]:
    """The cases matching ``query`` among those ``access`` allows (default: all visible);
    ``names`` False: the search text is looked for in numbers and codes only."""
    return select(columns).select_from(Case).where(*_conditions(actor, query, access,
                                                                names=names))


def _conditions(actor: Actor, query: CaseQuery, access: ColumnElement[bool] | None = None, *,
                names: bool = True) -> list[ColumnElement[bool]]:
    """The conditions of ``_filtered`` (on ``cases``)."""
    found: list[ColumnElement[bool]] = [visible(actor) if access is None else access]
    if query.text.strip():
        found.append(_search(actor, query.text, names=names))
    if query.step is not None:
        found.append(Case.step == int(query.step))
    if query.status:
        found.append(Case.status == query.status)
    if query.gbv_type:
        found.append(Case.gbv_type == query.gbv_type)
    if query.sea is not None:
        found.append(Case.sea == bool(query.sea))
    if query.caseworker_id:
        found.append(Case.caseworker_id == query.caseworker_id)
    if query.site_id:
        found.append(Case.site_id == query.site_id)
    if query.overdue_followup:
        found.append(exists().where(
            FollowUp.case_id == Case.id, open_followups(),
            FollowUp.due_on < (query.today or date.today())))
    return found


def _sort_column(stmt: Select[Any], key: str) -> tuple[Select[Any], Any]:
    """``stmt`` with the joins that sort ``key`` needs, and the column to sort on."""
    column: Any
    if key in ("survivor_code", "name"):
        survivor = aliased(Survivor)
        stmt = stmt.join(survivor, survivor.id == Case.survivor_id)
        column = survivor.survivor_code if key == "survivor_code" else survivor.name
    elif key == "caseworker":
        worker = aliased(Staff)
        stmt = stmt.join(worker, worker.id == Case.caseworker_id)
        column = worker.full_name
    elif key == "next_followup":
        column = next_followup()
    elif key == "case_number":
        column = Case.number_key  # the number's sequence as 12 digits: sorts as numbers do
    else:
        column = getattr(Case, key)
    return stmt, column


def _order(column: Any, number: Any, key: str, descending: bool) -> list[Any]:
    keys = [column] if key == "case_number" else [column, number]
    return [k.desc() if descending else k.asc() for k in keys]


def _ids_stmt(actor: Actor, query: CaseQuery, *, names: bool = True
              ) -> Select[Any] | CompoundSelect:
    """The ordered ids (first column) of the cases ``actor`` may see that match ``query``.

    One ``SELECT`` for a supervisor; for a case worker, one per part of the access rule merged
    by ``UNION`` (each part sorted from its own index, so LIMIT stops early).
    """
    key = query.sort if query.sort in SORT_KEYS else "case_number"
    parts = visible_parts(actor)
    if len(parts) == 1:
        stmt, column = _sort_column(_filtered(actor, query, Case.id, parts[0], names=names),
                                    key)
        return stmt.order_by(*_order(column, Case.number_key, key, query.descending))
    branches = []
    for part in parts:
        stmt, column = _sort_column(_filtered(actor, query, Case.id, part, names=names), key)
        extra = [column.label("sort_key")]
        if key != "case_number":
            extra.append(Case.number_key.label("number"))
        branches.append(stmt.add_columns(*extra))
    merged = union(*branches)
    chosen = merged.selected_columns
    number = chosen.number if key != "case_number" else None
    return merged.order_by(*_order(chosen.sort_key, number, key, query.descending))


def _count_stmt(actor: Actor, query: CaseQuery, limit: int | None = None) -> Select[Any]:
    """``SELECT count(*)`` of the matching cases, stopping at ``limit`` when given."""
    if limit is not None:
        ids = _page(_ids_stmt(actor, query), 0, limit).subquery()
        return select(func.count()).select_from(ids)
    parts = visible_parts(actor)
    if len(parts) == 1:
        return _filtered(actor, query, func.count(), parts[0])
    ids = union(*(_filtered(actor, query, Case.id, part) for part in parts)).subquery()
    return select(func.count()).select_from(ids)


def _page(stmt: Select[Any] | CompoundSelect, offset: int, limit: int | None) -> Any:
    if limit is not None:
        stmt = stmt.limit(max(0, limit))
    return stmt.offset(offset) if offset > 0 else stmt


def _name_ordered(session: Any, actor: Actor, query: CaseQuery, match: str,
                  needed: int) -> list[str]:
    """The first ``needed`` ids of a name search in the name index's order (``name_pages``):
    the cases whose number or code starts with the text, then those found by name."""
    coded = [row[0] for row in session.execute(
        _page(_ids_stmt(actor, query, names=False), 0, needed))]
    if len(coded) >= needed:
        return coded
    others = [*_conditions(actor, replace(query, text=""), visible(actor)),
              Case.id.not_in(union(*_code_parts(query.text)))]
    return coded + name_pages.named_ids(session, match, others, descending=query.descending,
                                        needed=needed - len(coded))


_ALL = 1 << 62  # "every id" for a name search read in the index's order


@dataclass(frozen=True)
class IdPage:
    """How many cases match a query (``exact`` False: at least that many), and the ids of
    its first page."""

    total: int
    ids: list[str]
    exact: bool = True


def case_ids(vault: Vault, query: CaseQuery | None = None, *, offset: int = 0,
             limit: int | None = None) -> list[str]:
    """The ids of the cases the actor may see that match ``query``, in its order.

    ``offset`` and ``limit`` give one page of them (the whole list when ``limit`` is None).
    """
    actor = require_case_work(vault)
    query = query or CaseQuery()
    match = _name_index_match(actor, query)
    offset = max(0, offset)
    with vault.reader() as session:
        if match is not None:
            end = _ALL if limit is None else offset + max(0, limit)
            return _name_ordered(session, actor, query, match, end)[offset:end]
        stmt = _page(_ids_stmt(actor, query), offset, limit)
        return [row[0] for row in session.execute(stmt)]


def first_page(vault: Vault, query: CaseQuery | None = None, size: int = 100, *,
               count_limit: int = COUNT_LIMIT) -> IdPage:
    """What the list's first screen needs: the first ids, and the number of matching cases
    counted up to ``count_limit`` (``exact`` False when there are at least that many)."""
    actor = require_case_work(vault)
    query = query or CaseQuery()
    limit = max(count_limit, size + 1)
    match = _name_index_match(actor, query)
    with vault.reader() as session:
        if match is not None:  # one walk of the name index gives the page and the count
            found = _name_ordered(session, actor, query, match, limit)
            ids = found[:max(0, size)]
            if len(ids) < size:
                return IdPage(len(ids), ids)
            return IdPage(len(found), ids, exact=len(found) < limit)
        ids = [row[0] for row in session.execute(_page(_ids_stmt(actor, query), 0, size))]
        if len(ids) < size:
            return IdPage(len(ids), ids)
        total = int(session.scalar(_count_stmt(actor, query, limit)) or 0)
    return IdPage(total, ids, exact=total < limit)


def count(vault: Vault, query: CaseQuery | None = None, *, limit: int | None = None) -> int:
    """How many cases ``case_ids`` would give (at most ``limit`` when given: counting stops
    there, so a bounded count costs the same whatever the size of the database)."""
    actor = require_case_work(vault)
    query = query or CaseQuery()
    match = _name_index_match(actor, query)
    with vault.reader() as session:
        if match is not None:
            return len(_name_ordered(session, actor, query, match,
                                     _ALL if limit is None else max(0, limit)))
        return int(session.scalar(_count_stmt(actor, query, limit)) or 0)


def case_file(vault: Vault, case_id: str) -> CaseFile:
    """Everything the case file shows (audited ``case_viewed``); ``NotFound`` if not visible."""
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        result = read_case_file(session, case)
        audit.record(session, actor, "case_viewed", record_type="case", record_id=case.id)
    return replace(result, history=audit.events(vault, record_id=case_id))
