"""Export files: CSV, XLSX, Incident Recorder, victim assistance."""
