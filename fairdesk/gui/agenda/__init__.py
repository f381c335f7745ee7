"""The agenda's pages."""
