"""Stage: derive. The code each frame's event takes: what an order imposes, intents, threats,
rejections, and demands reported by a speech verb."""
