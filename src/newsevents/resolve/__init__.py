"""Stage: resolve."""
