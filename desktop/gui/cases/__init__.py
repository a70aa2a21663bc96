"""The cases pages: the case list, the intake form and its drafts, the case file."""
