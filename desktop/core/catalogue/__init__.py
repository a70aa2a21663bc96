"""The field catalogue and reference lists (GBV types, service types, places)."""
