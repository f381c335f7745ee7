"""Invitation letters and their reply slips."""
