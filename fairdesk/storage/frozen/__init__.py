"""Code frozen for shipped migrations: copies of domain rules as they were when each shipped.

A migration that has shipped must give the same result forever, so it never imports live
domain code (which changes when, say, the folding rules improve). What it needs is copied
here, once, in a module named after the migration, and never edited afterwards.
"""
