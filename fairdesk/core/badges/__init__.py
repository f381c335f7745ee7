"""Badges: signed codes, issuing and printing records, check-in at the desk, the desk card."""
