"""Stage: when. The date of the event each frame would tell, with why."""
