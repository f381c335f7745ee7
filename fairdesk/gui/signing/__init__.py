"""The signing desk's pages."""
