"""Stage: backoff. A learned classifier that codes the events the rules missed (stage.py)."""
