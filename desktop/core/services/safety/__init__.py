"""Keeping the data safe: encrypted backups, restore, planner statistics and the integrity
check."""
