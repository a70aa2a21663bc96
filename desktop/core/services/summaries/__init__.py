"""Case summaries: the PDF a supervisor prints of one case (the case, her incidents and SEA
file, the plan, safety, follow-up reviews and the closure checklist), its parts by feature."""
