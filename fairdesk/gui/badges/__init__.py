"""Printing badges and table cards from the window."""
