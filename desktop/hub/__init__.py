"""The Relais hub: national consolidation on PostgreSQL, a third face over the core (see
``README.md`` beside this file). Needs the ``hub`` extra: ``pip install -e '.[hub]'``."""
