"""What a careful coder does not record (round 14, issue 15, precision on unread news): a commentator's judgement
or demand made of no one, and a contact said not to take place (eventcoding/filters.unrecorded). Sentences
written for these tests; what a coder records was written down before they were run."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status as coded

GONE = [  # (text, type that must not be recorded)
    # commentators judging or asking without anyone judged or asked
    ("Critics blame decades of mismanagement for the slump in growth.", "ACCUSE"),
    ("Analysts called for sweeping reforms of the banking system.", "REQUEST"),
    ('"That claim is simply untrue," said John Carver, a professor of law at Harvard University.', "REJECT"),
    # contacts that did not take place
    ("Kenya did not invite Somali officials to the summit.", "AGREE"),
    ("President William Ruto does not want to meet Somali President Hassan Sheikh Mohamud before the vote.", "AGREE"),
    ("The U.N. envoy has not traveled to Myanmar since March.", "CONSULT"),
]


@pytest.mark.parametrize("text,kind", GONE, ids=[t for t, _ in GONE])
def test_not_recorded(process, text, kind):
    rows = coded(process, text)
    assert not any(r[0] == kind for r in rows), rows


KEPT = [  # (text, type, sources, targets, status)
    # a commentator's accusation of someone named stays
    ("Analysts accused China of bullying its neighbours.", "ACCUSE", ("Analysts",), ("China",), "asserted"),
    # a targetless rejection or call by a party or a civil group is no commentary
    ("Opposition parties rejected the budget.", "REJECT", ("Opposition parties",), (), "asserted"),
    ("Human rights activists called for the release of the journalists.", "REQUEST", ("Human rights activists",), (),
     "asserted"),
    # a group whose head noun is no commentator noun, whatever word stands before it
    ("Fellow lawmakers called for an inquiry into the deal.", "REQUEST", ("Fellow lawmakers",), (), "asserted"),
    # a negated act of force is no contact; a refusal to meet is a refusal, asserted
    ("Russia did not attack Ukraine.", "ASSAULT", ("Russia",), ("Ukraine",), "negated"),
    ("Kenya refused to meet Somali officials.", "REJECT", ("Kenya",), ("Somali officials",), "asserted"),
    # a meeting that took place
    ("Egypt's foreign minister met his Israeli counterpart in Cairo on Sunday.", "CONSULT",
     ("Egypt's foreign minister",), ("Israel",), "asserted"),
]


@pytest.mark.parametrize("text,kind,sources,targets,status", KEPT, ids=[k[0] for k in KEPT])
def test_kept(process, text, kind, sources, targets, status):
    rows = coded(process, text)
    assert any(r[0] == kind and r[1] == sources and r[2] == targets and r[4] == status for r in rows), rows



FITS = [  # "true of", "true for": whom a description fits, no claim called false
    '"I do not want to speak for everyone, since this is not true of every member, but most of them want a '
    'compromise," said Senator Maria Cantwell.',
    '"That is not true for the smaller parties, which still back the reform," said Kenyan lawmaker John Mbadi.',
]


@pytest.mark.parametrize("text", FITS)
def test_a_description_that_does_not_fit_is_no_rebuttal(process, text):
    rows = coded(process, text)
    assert not any(r[0] == "REJECT" for r in rows), rows


def test_a_claim_called_untrue_stays_a_rebuttal(process):
    rows = coded(process, '"The charges against me are not true," said opposition leader Kizza Besigye.')
    assert any(r[0] == "REJECT" and r[1] == ("Kizza Besigye",) for r in rows), rows
