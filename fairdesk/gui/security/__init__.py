"""The security liaison's pages."""
