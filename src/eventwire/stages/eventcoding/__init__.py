"""Event coding for the events stage: triggers, participants, status and setting, split by concern.

``triggers`` finds lexicon words that name an event, ``participants`` finds who did it to whom,
``status`` decides whether it happened and according to whom, ``setting`` attaches time and place,
``reactions`` finds whom a refusal or condemnation answers when its words do not say, and ``merge`` folds
repeated mentions of one event together.
"""
