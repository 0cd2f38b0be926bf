"""Stage: dedupe (one real-world event, many mentions)."""
