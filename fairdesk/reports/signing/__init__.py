"""Signing-ceremony printouts."""
