"""An office written by its initials: "the DC said" for the District Collector named before.

News in South Asia name an official with the office's title and then, the next time, by its
initials: "Cuttack District Collector (DC) Anjali Das … the DC said", "Chief Minister Naveen
Mohapatra … the CM maintained", "Superintendent of Police (SP) … the SP said". The recogniser
tags "DC" or "CM" as an organisation, so the speaker was a body named "DC". The initials are
read against the titles of the people named before, latest first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities import HONORIFICS, EntityCluster
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# Words an office's initials leave out: "Superintendent of Police" is the SP.
_UNINITIALLED = frozenset({"of", "and", "for", "the", "&"})
_LONGEST_ACRONYM = 5
# Initials news use for a body that a common title also spells: "the ED" (Enforcement
# Directorate) after an "Executive Director", "the HC" (High Court) after a "Head Constable",
# "the SC" (Supreme Court) after a "Senior Counsel", "the AP" (Associated Press) after an
# "Assistant Professor", "the US" after an "Under Secretary", "the PA" (Press Association)
# after a "Personal Assistant". Only a bracketed "(ED)" right before the person's name makes
# them the person (review46b).
_BODY_INITIALS = frozenset({"AP", "ED", "HC", "SC", "US", "UK", "UN", "EU", "PA", "EC", "AU", "CA"})


def title_initials(title: str) -> str:
    """'Chief Minister' -> 'CM', 'Superintendent of Police' -> 'SP', 'District Collector' ->
    'DC'; a word joined by a hyphen gives one letter ('Vice-Chancellor' -> 'V')."""
    words = [w for w in title.replace("(", " ").replace(")", " ").split() if w.lower() not in _UNINITIALLED]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def office_by_initials(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the DC', 'the CM': the latest person named before whose title has these initials,
    its capitalised words taken in order. Only "the" and the initials (2 to 5 capitals): "the
    DC office", "Washington, DC" and "the FBI" (whose name no person's title spells) pass on."""
    if len(mention) != 2 or mention[0].lower_ != "the":
        return None
    acronym = mention[1].text
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= _LONGEST_ACRONYM):
        return None
    bracketed, defined = _person_after_bracketed(resolver, mention, acronym)
    if defined is not None:
        return _for_cluster(defined, "description")
    if bracketed or acronym in _BODY_INITIALS:
        return None  # "the Enforcement Directorate (ED)": the article spelled a body's name out
    for person in resolver.index.people_before(mention.start_char, everyone=True):
        if any(title_initials(title) == acronym for title in person.titles):
            return _for_cluster(person, "description")
    return None


def _person_after_bracketed(resolver: SpeakerResolver, mention: Span, acronym: str) -> tuple[bool, EntityCluster | None]:
    """Whether a "(BDO)" comes before the mention, and the person whose name follows the
    latest, an honorific or its full stop between ("Block Development Officer (BDO) P. K.
    Mishra", "(DC) Smt. Anjali Das"): the article spelled the initials out there. A body's
    name after the brackets ("(FRSC) Sector Commander") is no person's: the titles are read
    then, unless the brackets close a name of no person ("the Enforcement Directorate (ED)
    said", review46b): the article defined the initials as a body's."""
    doc, cluster_of = mention.doc, resolver.index.cluster_of
    for j in range(mention.start - 3, 0, -1):
        if doc[j].text != "(" or doc[j + 1].text != acronym or doc[j + 2].text != ")":
            continue
        k = j + 3
        while k < mention.start and (doc[k].lower_ in HONORIFICS or doc[k].text == "."):
            k += 1
        person = cluster_of.get(k) if k < mention.start else None
        if person is not None and person.label == "PERSON":
            return True, person
        named = cluster_of.get(j - 1)
        return named is not None and named.label != "PERSON", None
    return False, None
