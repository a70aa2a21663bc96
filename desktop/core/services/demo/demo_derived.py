"""The demo's last hook: the stored derived values of the rows it wrote in bulk.

Bulk rows skip the ORM flush that keeps ``cases.stats_consent``, ``cases.number_key``,
``referrals.counted_on`` (``store/models/derived.py``), the survivor name index
(``store/models/name_search.py``) and the statistics fact rows
(``store/models/stats_facts.py``) in step: this hook computes them for the batch's cases, in
the batch's transaction, after the other hooks (referrals) wrote theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.store.models import derived, name_search, stats_facts

if TYPE_CHECKING:
    from desktop.core.services.demo.batch import DemoBatch


def fill_derived(batch: DemoBatch) -> None:
    """Derived columns, name index and statistics facts of the batch's cases (a
    ``DEMO_HOOKS`` entry)."""
    derived.fill(batch.conn, [case.id for case in batch.cases])
    name_search.index_names(batch.conn, [case.survivor_id for case in batch.cases])
    stats_facts.refresh(batch.conn, [case.id for case in batch.cases])
