"""Per-article entity reasoning on top of spaCy's NER: label fixes, clustering, titles.

spaCy tags mentions one sentence at a time; an analyst wants one entity per real-world
referent in the article. The ``newsmine_entities_v1`` component:

1. keeps named-entity mentions of the kinds analysts count (people, organisations, places,
   groups, works...) and drops those inside excluded ranges (the byline); a person's name
   holds the name only: cut at its first lower-case word ("Trump accused Holt of being a"),
   without headline words at its edge ("Obama Says"), an epithet ("Crooked Hillary
   Clinton") or a title or sports position ("Defender Ana Ruiz" -> "Ana Ruiz", title
   "Defender"); people the recogniser missed are added from a known first name and a
   surname; names in lines of capitals ("MAYOR OKAFOR WINS SECOND TERM") are found by the
   names the rest of the article gives; a span is cut at a dash with a space on each side
   ("CLEVELAND - Donald Trump") and a person's at a slash ("John Moore/Getty Images"), and
   markup or links the text kept ("datetime=\"2016"), a title's portfolio ("Secretary of
   State"), "O.K.", a paragraph of one initial and words of a title-case headline the body
   never writes ("… Will Be A Battle") are no names;
2. fixes obvious model slips with curated lists that ship with the package: a capital or a
   country is a place (GPE), a news outlet or agency is an organisation (ORG); a name with a
   person's title and first name, or right after a title or position, is a person ("fire
   chief Marcus Phoenix", "Goalkeeper Jonas Berg"), a newspaper taken for a work ("The Daily
   Ledger") an organisation, a name ending like a club's ("Riverside United") an
   organisation; in sports copy a city the model calls an organisation stays the team, a
   lone name the sentence goes on to call "they" is a club, and a place no list knows written
   before a team's role ("Harbour City manager") is the club; a club's word the model left
   out joins the name ("Eastfield| Rovers"); a name after "at" on a job noun is the employer
   ("an analyst at Morgan Stanley"); a one-word "person" that is the object of "in" and
   never a subject is a place ("a house in Riverton"); a one-word outlet keeps its written
   "The" ("The Verge"); an institution the model missed after "the" is added ("the Woods
   Hole Oceanographic Institution"); a building named after a person
   ("Trump Tower") is a facility; a "person" ending in a company's word ("Brightwell Pharma",
   "Henry Realty") is an organisation, and a place or body of two or three proper nouns
   opening with a first name that is no place, in no list of names ("Marcus Phoenix",
   "Carly Fiorina" tagged ORG), a person; a "person" ending in a word no surname is
   ("Queen Elizabeth Hospital", "Prince Edward Island") a place or a body, its royal title
   kept in the name;
3. clusters mentions: "António Guterres" / "Guterres" / "Mr. Guterres"; "United Nations" /
   "UN"; "The New York Post" / "the Post" (not "the House" / "the White House", nor the
   "State" of "Secretary of State" / "Islamic State"; "a Democratic Senate" is the Senate). A short
   mention joins the most recent cluster whose name contains it; between relatives who share
   it, it goes to the one named in full with the title written before it ("Mayor Brennan"),
   then to the one an honorific fits ("Mrs. Clinton"), then to the one the article
   names in full first; a surname with an honorific no one named in full fits ("Mr. Obama"
   beside "Michelle Obama") is a person of its own, and a bare surname goes to whichever of
   the two was named last. Relatives are never merged; a nickname and the formal first name
   are one person ("Bill" / "William"), and an outlet's informal short forms join it ("WaPo",
   "HuffPo");
4. makes labels consistent per cluster: a lone "Merkel" tagged ORG that joins
   "Angela Merkel" (PERSON) becomes PERSON, and a person named in full stays a person
   whatever the curated lists or the recogniser said of the short forms ("Michael R.
   Bloomberg" is not the outlet; "Phoenix said" joins a person Phoenix): the surname's
   slips never outvote the full name ("Rahane" tagged PRODUCT six times); a one-word "person"
   always written "the Briton", "the Spaniard" is a nationality;
5. collects titles written next to a person ("UN Secretary-General António Guterres",
   "Guterres, the foreign minister, said").

Pronouns and descriptions are added to a cluster's ``references`` later, by the quotes
component, when the speaker resolver (:mod:`newsmine.nlp.speakers`) ties a speaker to it;
a person's gender is read from them and from honorifics by :mod:`newsmine.nlp.gender`.

The package, one concern a module:

- :mod:`~.clustering` — :func:`cluster_entities`, the entry point (steps 3 and 4, and the
  record's name and titles);
- :mod:`~.mentions` — the mentions collected for clustering (step 1), from
  :mod:`~.name_spans` (spans cut to names), :mod:`~.name_splits` (spans split into the
  names they run together), :mod:`~.whole_names` (names the recogniser cut short, made
  whole: people's; bodies' in :mod:`~.whole_bodies`, a dateline's place in
  :mod:`~.dateline_places`), :mod:`~.not_names` (spans that name no one), :mod:`~.titles` (titles cut off
  names, and collected: step 5), :mod:`~.labels` (kinds and the curated lists'
  fixes: step 2; the tests they ask of a mention, by the kind each speaks for, in
  :mod:`~.person_labels`, :mod:`~.body_labels`, :mod:`~.place_labels` and
  :mod:`~.sports_labels`) and :mod:`~.missed_names` (people, places, outlets and committees the
  recogniser missed; names in lines of capitals);
- :mod:`~.cluster_builder` — the clusters under construction, relatives apart; which cluster a
  short form joins in :mod:`~.short_forms`, the cues telling namesakes apart in
  :mod:`~.namesake_cues`;
- :mod:`~.spelling_variants` — one person's given name written with a letter doubled in one
  place and not in another ("Hilary"/"Hillary"): the two clusters joined;
- :mod:`~.names` — name tokens for matching, short forms (acronyms, nicknames, surnames) and
  the written name (:func:`clean_name`);
- :mod:`~.mojibake` — names written as UTF-8 read as Latin-1: the word the tokenizer cut
  at a mojibake byte made whole; :func:`repaired_name`, the name the record writes
  (:mod:`newsmine.extract`: the cluster keeps the written one, which the speaker rules
  match against the text);
- :mod:`~.gender_cues` — honorifics, own-clause pronouns and first names that tell a gender;
- :mod:`~.candidates` — a mention on its way to a cluster;
- :mod:`~.word_lists` — the word lists and first-name look-ups the steps share;
- :mod:`~.entity_cluster` — :class:`EntityCluster`, what the records are made from.
"""

from newsmine.nlp.entities.clustering import cluster_entities
from newsmine.nlp.entities.entity_cluster import EntityCluster
from newsmine.nlp.entities.gender_cues import FEMALE_HONORIFICS, MALE_HONORIFICS, honorific_gender_at
from newsmine.nlp.entities.labels import ENTITY_LABELS
from newsmine.nlp.entities.mojibake import repaired_name
from newsmine.nlp.entities.names import clean_name
from newsmine.nlp.entities.word_lists import HONORIFICS

__all__ = [
    "ENTITY_LABELS",
    "FEMALE_HONORIFICS",
    "HONORIFICS",
    "MALE_HONORIFICS",
    "EntityCluster",
    "clean_name",
    "cluster_entities",
    "honorific_gender_at",
    "repaired_name",
]
