"""Use cases, by feature. Each checks permissions itself, validates, and commits one transaction.

- ``session`` — set up a data folder, log in and out, lock; what runs at setup and login.
- ``accounts/`` — roles and permissions, the access rule, audit, staff accounts, settings, slots.
- ``consent/`` — who may consent for whom, each consent's history, a supervisor's approval.
- ``referrals/`` — the directory and its import, referrals, follow-ups and their reviews,
  letters, references.
- ``cases/`` — intake (rules, mapping, drafts), incidents, the case list and file, actions on a
  case, the home page's lists.
- ``casework/`` — the action plan and closure checklist, safety (risk assessment, safety plan,
  safe contact), services given in house, the SEA victim's file.
- ``reports/`` — statistics (queries, facts, periods, tables, suppression), exports, summaries.
- ``safety/`` — backups, restore, planner upkeep, the integrity check.
- ``demo/`` — fictional data for ``relais demo`` and the benchmarks.

Imports point down that list's layers (import-linter, ``pyproject.toml``): ``demo`` over
``session`` over ``reports`` and ``safety`` over ``cases`` over ``referrals`` over ``casework``
over ``consent`` over ``accounts``.
"""
