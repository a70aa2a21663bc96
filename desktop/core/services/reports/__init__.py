"""Reports: the period statistics (queries, facts, periods, tables, suppression) and the exports
(de-identified rows, Incident Recorder, victim assistance). The case summary is ``summaries``."""
