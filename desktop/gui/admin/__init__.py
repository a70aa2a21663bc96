"""The administration page: staff accounts and settings."""
