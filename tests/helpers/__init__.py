"""Shared test helpers: real SQLCipher data folders in temporary directories."""
