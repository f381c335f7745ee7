"""The window: a thin PySide6 skin over the core."""
