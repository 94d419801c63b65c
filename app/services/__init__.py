"""Use cases: one function per user action, each one transaction, plain data out."""
