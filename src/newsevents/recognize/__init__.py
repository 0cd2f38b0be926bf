"""Stage: recognize."""
