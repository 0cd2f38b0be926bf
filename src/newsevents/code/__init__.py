"""Stage: code."""
