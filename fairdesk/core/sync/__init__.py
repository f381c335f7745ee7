"""Several desks, one fair: each record travels as a pycrdt document (see engine.py)."""
