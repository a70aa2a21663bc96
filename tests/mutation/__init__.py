"""Mutation testing of the rules (cosmic-ray): ``python -m tests.mutation.run``."""
