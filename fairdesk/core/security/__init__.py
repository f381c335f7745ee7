"""Security: each department's checklists per site, inspections, rectifications."""
