"""The Reports page: period statistics (tables and charts) and exports with progress."""
