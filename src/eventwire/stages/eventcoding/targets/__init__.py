"""Event targets read from around a trigger whose own phrase names nobody (round 14, evtargets): each module is
one reading that ``context.complete`` tries, in its order, for a candidate with a doer and no target.

Modules: ``holders`` (whom a demand that a charge be dropped or a hearing put off is made of: the charging side
or the court), ``asked_acts`` (the doer of an act a demand asks for: "called for North Korea's
denuclearization"), ``told_owner`` (the owner of a thing judged, told at its earlier mention), ``owned_body``
(the body coerced, or its owner: "dissolved the general's party"), ``told_possessor`` (whose thing an assault or
coercion told inside what someone says is done to, told by its/their: "Ukraine said Russian troops shelled its
positions", round 20), ``aided`` (whom aid is given for, told by an
infinitive of purpose: "sent funds to support the government"), ``barred_people`` (the group of people a ban names
somewhere in its own phrase, round 27), ``seat_hosts`` (whom a visit to a seat of government is made to: the
office holder it houses, round 27).
"""
