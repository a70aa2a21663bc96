"""Encrypted storage: SQLCipher engine, ORM models, key slots, data folder, backups."""
