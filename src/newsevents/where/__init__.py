"""Stage: where. The location of the event each frame would tell."""
