"""Helpers of the times stage: word lists (words), detection (detect), tense direction (direction),
calendar maths (calendar) and the normalising rules (normalise, periods, spans)."""
