"""Cases: the intake (rules, mapping to records, drafts), the case list and the case file, and
what can be done to a case (step, assignment, notes, plan, closure)."""
