"""Case work after the intake: the action plan and the closure checklist; safety (risk
assessment, safety plan, safe contact); services given in house; the SEA file."""
