"""Consent: who may consent for a survivor (a child's age band, a caregiver who is not
appropriate), each consent's own history, and the supervisor's approval of a substitute."""
