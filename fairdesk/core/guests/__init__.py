"""Guests: the service, invitations and their states, import, export, photos, progress, keys, search, names."""
