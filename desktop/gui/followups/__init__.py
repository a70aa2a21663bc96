"""Follow-ups: the page and the schedule / done dialogs."""
