"""Agenda printouts."""
