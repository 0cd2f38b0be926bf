"""Stage: participants. Who acts in each frame, read in order, with what earlier sentences said."""
