"""The home page "Today": its sections, and opening what a row points to."""
