"""The readers of the package, in the order they run."""
from __future__ import annotations

from ....document import Document
from ..words import ActorWords
from .bodies_described import bodies_read_as_people, civil_councils, described_bodies, trade_bodies
from .body_leaders import leaders_of_bodies
from .charges import charged_people
from .clauses import people_of_bodies_in_clause
from .credits import credited_reporters
from .firms import _firms, _known_firms, firm_countries, staff_titled_by_firms
from .former_offices import former_international_officials
from .kinds_of_titles import ranks_outside_service, titles_of_kinds
from .opposition import opposition_people
from .other_descriptions import descriptions_elsewhere
from .peers import peers_of_people
from .rulers import rulers
from .staff import staff_of_bodies, staff_of_state_bodies, writers_of_outlets
from .state_made import state_made_bodies


def sectors_from_text(doc: Document, w: ActorWords) -> None:
    """The steps above, in order (bodies first, so that their people follow them)."""
    former_international_officials(doc)
    repaired = bodies_read_as_people(doc, w)
    bodies = described_bodies(doc) | trade_bodies(doc) | civil_councils(doc) | \
        {i for i in repaired if doc.actor(i).sector} | \
        _known_firms(doc, w) | _firms(doc)
    firm_countries(doc)
    staff_titled_by_firms(doc, w)  # 'Toyota spokesman X', no actor made of the firm
    staff_of_bodies(doc, bodies)
    staff_of_state_bodies(doc)
    leaders_of_bodies(doc)
    people_of_bodies_in_clause(doc, w)
    credited_reporters(doc)
    descriptions_elsewhere(doc, w)
    opposition_people(doc)
    peers_of_people(doc)
    titles_of_kinds(doc)
    ranks_outside_service(doc)
    writers_of_outlets(doc)
    rulers(doc)
    charged_people(doc)
    state_made_bodies(doc)
