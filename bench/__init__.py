"""Speed and memory figures, one module per area: ``python -m bench [AREA ...]``."""
