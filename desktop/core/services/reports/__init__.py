"""Reports: the period statistics (queries, facts, periods, tables, suppression), the exports
(de-identified rows, Incident Recorder, victim assistance) and the case summary."""
