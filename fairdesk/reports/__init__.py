"""PDF output (ReportLab): letters, badges, table cards, rosters. Never imports Qt."""
