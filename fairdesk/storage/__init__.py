"""The fair file: one SQLite file per fair, its schema and its audit log."""
