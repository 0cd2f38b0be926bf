"""Stage: frame (dependency parse → who did what to whom)."""
