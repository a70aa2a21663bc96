"""Referral and feedback packages between installations that run Relais (issue 14)."""
