"""Bringing data in from other systems' files (CSV)."""
