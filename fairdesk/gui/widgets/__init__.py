"""What the pages share: the page base, record form and table, table models, jobs, timeline."""
