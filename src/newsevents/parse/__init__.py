"""Stage: parse (spaCy)."""
