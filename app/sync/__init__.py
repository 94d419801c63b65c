"""Sync bundles: keys, signatures, encryption, payload schema and merge rules (SYNC-SPEC.md)."""
