"""Security printouts."""
