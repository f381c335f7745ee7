"""Printed badges and table cards."""
