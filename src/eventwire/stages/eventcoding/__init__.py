"""Event coding for the events stage: triggers, participants, status and setting, split by concern.

``triggers`` finds lexicon words that name an event, ``participants`` finds who did it to whom (``clauses``:
the main clause a verb the parser misjoined belongs to),
``status`` decides whether it happened and according to whom, ``setting`` attaches time and place,
``reactions`` finds the asker a refusal turns down, ``context`` (with ``agents``) reads participants the
trigger's phrase does not name from around it (the maker of a judged deed among them), and ``merge`` folds
repeated mentions of one event together; ``speech`` and ``claims`` read what speakers do by what
they say (demands and judgements; accusations told as claims of a misdeed).
"""
