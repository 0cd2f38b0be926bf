"""Stage: match. Which frames the verb-frame dictionary codes, and which of them can tell an event."""
