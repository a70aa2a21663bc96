"""Referrals: the service directory and its import, referrals and their status, follow-ups,
referral letters and reference numbers."""
