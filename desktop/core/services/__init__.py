"""Use cases. Each checks permissions itself, validates, and commits one transaction."""
