"""The agenda: venues, sessions, attendance."""
