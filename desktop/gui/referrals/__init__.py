"""Referrals: the page, the referral dialog, the case file panel, letters and printing."""
