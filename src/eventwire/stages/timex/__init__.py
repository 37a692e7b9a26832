"""Helpers of the times stage: word lists (words), detection (detect), tense direction (direction),
calendar maths (calendar), the normalising rules (normalise, periods, spans) and the expressions read
against the rest of the story (compare)."""
