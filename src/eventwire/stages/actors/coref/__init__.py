"""Coreference: short forms, descriptions, definite nouns, pronouns and plural references that point
back to actors named before, by class (word classes, syntax and the lexicons), never by sentence.

"the Russian leader" -> the Russian leader named earlier; "the bloc" -> the bloc named last; "both
leaders" -> the two just named; "he" -> the nearest person of that gender. Results are recorded on the
Document (``add_mention`` for one actor, ``add_plural_reference`` for several) so later stages get them
without knowing coreference; ``pronoun_antecedent`` answers it/they on demand.

Modules: ``aliases`` (short forms, bare group nouns; on mention candidates), ``roles`` (role
descriptions), ``heads`` ('the Commerce chief'), ``epithets`` ('the French politician', 'the former minister'; 'the student', 'the boy' after pronouns), ``definites`` (definite nouns and described bodies), ``introduced`` ('the consultancy' after 'consultancy X'), ``pronouns``, ``relations`` ('his client', 'his country'), ``plurals``, and
``common`` (sentence numbers, quoted spans, role matching).
"""
from .aliases import aliases, bare_groups
from .common import quoted_spans, sentence_finder
from .definites import definite_references, described_bodies, described_companies
from .epithets import epithets, person_nouns
from .heads import department_heads
from .introduced import introduced_bodies
from .plurals import plural_references
from .pronouns import pronoun_antecedent, resolve_person_pronouns
from .relations import own_states, relation_nouns
from .roles import descriptions

__all__ = ["aliases", "bare_groups", "definite_references", "department_heads", "described_bodies", "described_companies", "descriptions", "epithets", "introduced_bodies", "own_states", "person_nouns", "plural_references",
           "pronoun_antecedent", "quoted_spans", "relation_nouns", "resolve_person_pronouns", "sentence_finder"]
