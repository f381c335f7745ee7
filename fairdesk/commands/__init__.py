"""Headless subcommands of ``fairdesk``, one module per area.

Each module listed in ``MODULES`` defines ``register(subparsers)``, which adds
its subparsers with ``set_defaults(func=handler)``; a handler takes the parsed
args and returns the exit code. Handlers raise FairdeskError for the user's
mistakes: the command line prints its sentence and exits 1.
"""

MODULES = ("fairdesk.commands.fairs", "fairdesk.commands.badges", "fairdesk.commands.roster",
           "fairdesk.commands.guests", "fairdesk.commands.photos",
           "fairdesk.commands.security", "fairdesk.commands.signing",
           "fairdesk.commands.agenda", "fairdesk.commands.roles", "fairdesk.commands.sync")
