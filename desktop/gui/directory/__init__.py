"""The service directory page."""
