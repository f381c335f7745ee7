"""The signing ceremony: projects, parties, county targets, running order."""
