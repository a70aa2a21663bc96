"""Pages of a name search read in the name index's own order, stopping at the page.

A name search in the case list (``case_list``, default sort) lists, in this order:

1. the cases whose number or survivor code starts with the text (rare for a name: "mop"),
   newest case number first, read as the list reads any page (from its index, with LIMIT);
2. then the cases whose survivor's name matches, **most recently registered survivor first**
   (the survivor's key in the FTS5 index ``survivor_names``, which grows as survivors are
   added), and a survivor's cases by case number, newest first.

Part 2 is one query that walks the index from its newest rowid down (``ORDER BY rowid DESC``
is served by FTS5 itself; ``+rowid`` in the join keeps the index the outer loop, so that no
filter of the list makes SQLite start from the cases) and looks up each survivor's cases under
the access rule and the list's filters, with ``LIMIT`` the end of the page: the first screen of
a first name shared by 37,000 survivors reads about as many index entries as it shows, never
all of them. The order is total (survivor key, case number, case id; a survivor's cases sorted
here, the last survivor's read whole), so pages follow one another without repeats or gaps;
``descending`` False reverses it (oldest first).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from desktop.core.store.models import Case
from desktop.core.store.models.name_search import FTS_TABLE, SurvivorNameKey

# The FTS5 table as SQL sees it (not a model: Alembic leaves it be, see name_search).
_INDEX = Table(FTS_TABLE, MetaData(), Column("rowid", Integer), Column(FTS_TABLE, String))


def named_ids(session: Session, match: str, conditions: list[ColumnElement[bool]], *,
              descending: bool, needed: int) -> list[str]:
    """The first ``needed`` ids of part 2 (see the module): cases meeting ``conditions`` (the
    access rule, the filters, "not a code match") whose survivor's name matches ``match``."""
    if needed <= 0:
        return []
    key = _INDEX.c.rowid
    stmt: Any = (
        select(key, Case.number_key, Case.id).select_from(_INDEX)
        .join(SurvivorNameKey, SurvivorNameKey.id == literal_column(f"+{FTS_TABLE}.rowid"))
        .join(Case, Case.survivor_id == SurvivorNameKey.survivor_id)
        .where(_INDEX.c[FTS_TABLE].op("MATCH")(match), *conditions)
        .order_by(key.desc() if descending else key.asc()))
    rows = list(session.execute(stmt.limit(needed)))
    if len(rows) == needed:  # the last survivor's cases may go on past the limit: all of them
        last = rows[-1][0]
        rows = [r for r in rows if r[0] != last] + list(session.execute(stmt.where(key == last)))
    rows.sort(key=lambda r: (r[0], r[1] or "", r[2]), reverse=descending)
    return [r[2] for r in rows[:needed]]
