"""Event coding for the events stage: triggers, participants, status and setting, split by concern.

``triggers`` finds lexicon words that name an event, ``participants`` finds who did it to whom,
``status`` decides whether it happened and according to whom, ``setting`` attaches time and place, and
``merge`` folds repeated mentions of one event together.
"""
