"""PDF documents rendered in memory with reportlab: letters, summaries, reports."""
