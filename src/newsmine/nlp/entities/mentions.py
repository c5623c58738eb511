"""Mention collection: the article's mentions by name that the clustering clusters.

The recogniser's entities of the kinds kept, each cut to its name (:mod:`.name_spans`,
:mod:`.titles`), split (:mod:`.name_splits`) or made whole (:mod:`.whole_names`), those that
name no one dropped (:mod:`.not_names`), and labelled (:mod:`.labels`), with the names it missed
(:mod:`.missed_names`), people known by an honorific ("Mr. Prasad"), and a lone first name
that shares its partner's surname ("Khizr and Ghazala Khan").
"""

from __future__ import annotations

import collections

from spacy.attrs import ORTH, SENT_START
from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.doc_attrs import in_excluded, register_extensions, token_indices
from newsmine.nlp.entities.body_labels import (
    _body_by_last_word,
    _body_name,
    _company_by_last_word,
    _descriptor_in_apposition_before,
    _named_after_a_person,
)
from newsmine.nlp.entities.candidates import _Candidate
from newsmine.nlp.entities.cause_names import _with_cause_after_for
from newsmine.nlp.entities.dateline_places import _with_dateline_place
from newsmine.nlp.entities.hyphenated_bodies import _with_hyphenated_body_name
from newsmine.nlp.entities.initialled_names import _missed_initialled_people, _with_joined_initials_before
from newsmine.nlp.entities.kin_nouns import KIN_NOUNS, kin_noun_at
from newsmine.nlp.entities.kin_spans import _split_at_kin_nouns
from newsmine.nlp.entities.labels import ENTITY_LABELS, _fixed_label, _with_club_word
from newsmine.nlp.entities.missed_names import (
    _missed_family_first_names,
    _missed_institutions,
    _missed_people,
    _missed_places,
    _missed_royals,
    _missed_surnames,
    _taken,
    _with_caps_line_names,
    _with_missed_committees,
    _with_missed_outlets,
    _without_surnames_taken,
)
from newsmine.nlp.entities.mojibake import with_glued_mojibake
from newsmine.nlp.entities.name_spans import (
    _in_quotation_marks,
    _trim_body_name,
    _trim_headline_name,
    _trim_person,
    _without_markup,
)
from newsmine.nlp.entities.name_spans import lower_case_words as _lower_case_words
from newsmine.nlp.entities.name_splits import (
    _split_at_possessives,
    _split_at_reporting_verbs,
    _split_at_separators,
    _split_joined_names,
)
from newsmine.nlp.entities.names import (
    _LEADING_THE_RE,
    _first_of_joint_name,
    _name_tokens,
    _name_tokens_of_text,
    _outlet_alias,
    _place_alias,
    _strip_span,
    _surname,
)
from newsmine.nlp.entities.not_names import (
    _double_surnames,
    _common_word_before_a_noun,
    _gerund_not_name,
    _headline_common_noun,
    _headline_words_not_a_body,
    _headline_words_not_a_person,
    _holders_portfolio,
    _pair_of_surnames,
    _prefixed_name,
    _word_not_name,
)
from newsmine.nlp.entities.person_labels import first_name_after_someone as _first_name_after_someone
from newsmine.nlp.entities.person_labels import first_name_with_who as _first_name_with_who
from newsmine.nlp.entities.place_labels import (
    _PLACE_OF_NOUNS,
    _listed_place,
    _named_after_someone_by_last_word,
    _place_by_last_word,
    _place_of_a_local_office,
    _with_title_of_namesake,
)
from newsmine.nlp.entities.portfolio_holders import person_after_portfolio
from newsmine.nlp.entities.sports_labels import _is_sports_copy
from newsmine.nlp.entities.titled_given_names import with_given_name_after_title
from newsmine.nlp.entities.titles import (
    _leading_title_end,
    _surnames_titled_in_words,
    _title_after_a_determiner,
    _title_as_first_name,
    _title_before_a_name,
    _title_of_the_next_name,
    _with_title_word_of_company,
)
from newsmine.nlp.entities.union_locals import _with_local_number
from newsmine.nlp.entities.whole_bodies import (
    _with_body_before_country,
    _with_body_name_before,
    _with_court_circuit,
    _with_hyphenated_masthead,
    _with_possessor_of_body,
    _with_rest_of_body_name,
    _with_saints_institution,
)
from newsmine.nlp.entities.whole_names import (
    _with_apostrophe_surname,
    _with_given_name_after,
    _with_given_names_before,
    _with_honorific_name_in_two,
    _with_initial_tagged_as_other,
    _with_name_particles,
    _with_nickname_between,
    _with_surname_after_first_name,
    _with_surname_in_compound,
)
from newsmine.nlp.entities.word_lists import (
    _POSSESSIVE,
    HONORIFICS,
)
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

register_extensions()


# Labels the recogniser gives a titled person's name ("Goalkeeper Tom Brandt" ORG, "Fire
# Chief Dennis Walsh" WORK_OF_ART, unless in quotation marks as a work's title is).
_TITLED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


# Labels the recogniser gives a common word that opens a sentence: "Hackers also accessed" (PERSON),
# "Superdelegates are" (NORP), "Pipelines transport" (GPE), "Boutiques are gaining" (ORG).
_OPENING_WORD_LABELS = frozenset({"ORG", "FAC", "NORP", "PERSON", "GPE", "LOC"})


def _common_word_opening_a_sentence(
    span: Span, lower_words: frozenset[str], words_inside_sentences: frozenset[int], headline_end: int
) -> bool:
    """One word tagged a name that is capitalised only because it opens a sentence of the
    body, where the article writes it in lower case too ("Agency spokesman Abdul Muhari said"
    beside "the national disaster agency", "Metro TV" cut to "Metro", "Superdelegates are …"
    beside "the superdelegates"): a common word, not a name. Headlines are left to their own
    rules. "Trump despises …" beside "a trump card": a word also written so inside a sentence
    (``words_inside_sentences``, :func:`_words_inside_sentences`) is a name after all; and a
    person's first name of the lists stays ("Rich said" beside "the rich"). Measured on PolNeAR
    train before the labels beyond ORG and FAC were added: 43 such words, none a name."""
    if len(span) != 1 or span.label_ not in _OPENING_WORD_LABELS or span.start_char <= headline_end:
        return False
    word = span[0]
    if span.label_ == "PERSON" and _known_first_name(word.lower_):
        return False
    return word.is_sent_start and word.lower_ in lower_words and word.orth not in words_inside_sentences


def _words_inside_sentences(doc: Doc) -> frozenset[int]:
    """The words (ORTH ids, as written) the article writes somewhere other than at a
    sentence's start: read once per article from one array, so that each word that opens a
    sentence is checked without walking the article again."""
    if not len(doc):
        return frozenset()
    array = doc.to_array([SENT_START, ORTH])
    return frozenset(array[array[:, 0] != 1, 1].tolist())


# Rules that read a whole name the recogniser cut or tagged in pieces, in the order they run.
_WHOLE_NAME_RULES = (
    _with_hyphenated_masthead,
    _with_hyphenated_body_name,
    _with_dateline_place,
    _with_name_particles,
    _with_given_names_before,
    with_given_name_after_title,
    _with_honorific_name_in_two,
    _with_initial_tagged_as_other,
    _with_joined_initials_before,
    _with_nickname_between,
    _with_court_circuit,
    _with_cause_after_for,
    _with_saints_institution,
    _with_possessor_of_body,
    _with_body_before_country,
    _with_local_number,
)


def _mention_candidates(doc: Doc, *, add_missed_names: bool) -> list[_Candidate]:
    """The article's mentions by name, each cut to the name and labelled, that
    :func:`~newsmine.nlp.entities.clustering.cluster_entities` clusters (see it for
    ``add_missed_names``)."""
    known_orgs = frozenset(_LEADING_THE_RE.sub("", name.lower()) for name in (doc._.newsmine_known_orgs or ()))
    candidates: list[_Candidate] = []
    lower_words = _lower_case_words(doc)
    words_inside_sentences = _words_inside_sentences(doc)
    text = doc_text(doc)  # doc.text walks the tokens in Python; this reads one array
    headline_end = len(text.split("\n", 1)[0])  # characters
    headline, body = text[:headline_end], text[headline_end:]
    sports = _is_sports_copy(lower_words, doc)
    ents = doc.ents  # spaCy builds the spans anew on every read
    surnames = collections.Counter(ent[-1].lower_ for ent in ents if ent.label_ == "PERSON")
    double_surnames = _double_surnames(ents)
    body_names = frozenset(ent.text.lower() for ent in ents if ent.label_ in ("ORG", "FAC") and len(ent) >= 2)
    titled_surnames = _surnames_titled_in_words(doc)
    spans = _split_at_separators(_split_at_possessives(ents, surnames, headline_end), lower_words, surnames)
    spans = _split_joined_names(spans, surnames)
    spans = _split_at_reporting_verbs(spans, surnames)  # "Pruitt told The Post": the speaker and the outlet
    spans = _split_at_kin_nouns(spans)  # "Le Pen’s niece Marion": the owner and the relative
    for whole_names in _WHOLE_NAME_RULES:  # names the recogniser cut or tagged in pieces, made whole
        spans = whole_names(spans)
    for ent in spans:
        if ent.label_ not in ENTITY_LABELS:
            continue
        span = _without_markup(ent)
        if span is None:
            continue  # "datetime=\"2016" tagged a place: markup, not a name
        span = _with_club_word(_strip_span(span), sports)  # "Eastfield| Rovers"
        span = _with_title_of_namesake(span)  # "Queen| Elizabeth Hospital"
        span = person_after_portfolio(span)  # "Secretary of |State| Helen Garvey"
        if span.label_ == "PERSON" and _pair_of_surnames(span, surnames, double_surnames):
            continue  # "Obama-Clinton policies", "the Trump-Pence ticket": two people, no name
        if span.label_ in ("PERSON", "ORG") and _prefixed_name(span):
            continue  # "pro-Clinton voters", "anti-Trump groups": about a person, not a name
        if _word_not_name(span):
            continue  # "I'm O.K. with it"
        if _common_word_opening_a_sentence(span, lower_words, words_inside_sentences, headline_end):
            continue  # "Agency spokesman Abdul Muhari said" beside "the disaster agency"
        if _holders_portfolio(span):
            continue  # "Secretary of State": a title's word, not the State Department
        if span.label_ == "PERSON":
            span = _with_rest_of_body_name(span, body_names)  # "The Obama White| House"
        span = _with_body_name_before(span, body_names)  # "Forward |Colorado said" beside "Forward Colorado"
        span = _with_title_word_of_company(span)  # "Director| Labs said": a company, not a person "Labs"
        titled = span.label_ in _TITLED_LABELS and not (span.label_ == "WORK_OF_ART" and _in_quotation_marks(span))
        name_start = _leading_title_end(span) if titled else span.start
        if name_start == span.start and _title_as_first_name(span, titled_surnames):
            name_start = span.start + 1  # "Dean Amar" after "Vikram Amar, dean of the law school"
        if name_start == span.end - 1 and (_company_by_last_word(span) or _body_by_last_word(span)):
            name_start = span.start  # "Chemist Warehouse": a trade before a company's word is its name
        if name_start > span.start:
            # The title stays in the text before the name, where _titles_before finds it.
            span = Span(doc, name_start, span.end, label="PERSON")
        elif _title_of_the_next_name(span):
            # "Charlotte Mayor Jennifer Roberts" with "Charlotte Mayor" tagged PERSON: the words
            # before the title say where or whose the title is; the other mentions of them decide.
            if not _listed_place(span[:-1]):
                continue
            span = Span(doc, span.start, span.end - 1, label="GPE")
        after_person = _named_after_a_person(span) and (surnames[span[0].lower_] or span[-1].lower_ == "house")
        # a body by its last word or its apposition ("The firm, Brightpath Solar," beside "solar panels")
        body_word = (
            _company_by_last_word(span)
            or _body_by_last_word(span)
            or _descriptor_in_apposition_before(span)
            or _place_by_last_word(span)  # "Skerry Point" tagged a person keeps "Point"
            # "Queen Elizabeth Hospital" beside "the hospital" keeps "Hospital"; a headline's
            # "Bellwether County Says …" is read as before (its words are cut to the body's)
            or (_named_after_someone_by_last_word(span) and span.start_char >= headline_end)
        )
        if span.label_ == "PERSON" and not after_person and not body_word:
            # "The Obama White House" beside "Barack Obama" keeps "House" (a body named after a
            # person of the article, or a White House of any president); "Dish Network" is
            # trimmed as before. A company's last word stays though the article writes it in
            # lower case ("Brightmoor Dairy" beside "the dairy"): the name becomes an organisation.
            span = _with_surname_after_first_name(span)  # "Patty" of "Patty Judge"
            span = _strip_span(_with_apostrophe_surname(_trim_person(span, lower_words)))  # "Twitter\xa0@handle"
            span = _with_given_name_after(span)  # "Kim" of "Kim Do-hyun"
            span = _with_surname_in_compound(span, lower_words)  # "K. Ramesh" of "K. Ramesh Kumar"
        if span.label_ in ("PERSON", "ORG", "WORK_OF_ART") and span.end_char <= headline_end:
            span = _strip_span(_trim_headline_name(span, body, lower_words))  # "Donald Trump’s"
            if _headline_common_noun(span, body, lower_words):
                continue
            if span.label_ == "PERSON" and _headline_words_not_a_person(span, headline, body, lower_words):
                continue  # "Indiana’s GOP Primary Will Be A Battle …"
            if span.label_ == "ORG" and _headline_words_not_a_body(span, headline, body, lower_words):
                continue  # "Walgreens Agrees to Be Bought by Private Equity Firm"
        elif span.label_ in ("NORP", "GPE", "LOC", "FAC") and span.end_char <= headline_end:
            if _headline_common_noun(span, body, lower_words):
                continue  # "Harbour authority delays …" above "the harbour entrance"
        if span.label_ == "PERSON" and (_gerund_not_name(span) or _common_word_before_a_noun(span)):
            continue
        written = text[span.start_char : span.end_char]  # span.text, not joined from its tokens
        if in_excluded(doc, span.start_char, span.end_char) or not any(c.isupper() or c.isdigit() for c in written):
            continue  # names are capitalised: a lower-case "entity" ("n’t") is a model slip
        if span.label_ in ("ORG", "FAC", "WORK_OF_ART"):
            span = _strip_span(_trim_body_name(span))  # "Tax Policy Center - half", "(Caltrans"
        span = with_glued_mojibake(span)  # "Marc TrÃ|©vidic": the word the tokenizer cut at a mojibake byte
        tokens = _name_tokens(span)
        if not tokens or _title_before_a_name(span) or _title_after_a_determiner(span):
            continue  # 'Centre Tom Reed', 'the Sheikh said': a title, no name
        if span.label_ == "ORG" and _first_of_joint_name(span.text) != span.text:
            # "a New York Times/CBS News poll": two pollsters, the gold's first named member
            tokens = _name_tokens_of_text(_first_of_joint_name(span.text)) or tokens
        if span.label_ in ("GPE", "LOC") and (_first_name_with_who(span) or _first_name_after_someone(span)):
            # "Georgia, who founded …", "A nurse, Georgia, who asked …": before the state's alias
            candidates.append(_Candidate(span, "PERSON", tokens))
            continue
        state = _place_alias(span.text, tokens) if span.label_ == "GPE" else None
        if state is not None:
            candidates.append(_Candidate(span, "GPE", state))  # "MARSHALL, Mo. —" is Missouri
            continue
        outlet = _outlet_alias(tokens)
        if outlet is not None:
            # "WaPo", "Wash Post", "HuffPo": one outlet with its full name, whatever the tag
            candidates.append(_Candidate(span, "ORG", outlet))
            continue
        candidates.append(_Candidate(span, _fixed_label(span, known_orgs, sports), tokens))
    _people_by_honorific(doc, candidates)  # before the surnames the recogniser missed are looked for
    if add_missed_names:
        tagged = frozenset(i for ent in ents for i in range(ent.start, ent.end))  # the recogniser's entities' tokens
        people = _missed_people(doc, candidates, lower_words, text, tagged)
        candidates = _without_surnames_taken(candidates, people) + people
        candidates.extend(_missed_family_first_names(doc, candidates, lower_words, text, tagged))  # "Kim Min-jun"
        candidates.extend(_missed_initialled_people(doc, candidates, lower_words, _taken(candidates, tagged)))
        candidates.extend(_missed_surnames(doc, candidates, tagged))
        candidates.extend(_missed_places(doc, candidates, tagged))
        candidates.extend(_missed_royals(doc, candidates, text, tagged))  # after the places ("Prince George's County")
        candidates = _missed_institutions(doc, candidates, lower_words)
        candidates = _with_missed_outlets(doc, candidates)
        candidates = _with_missed_committees(doc, candidates, lower_words)
    candidates = _with_caps_line_names(doc, text, candidates)
    _teams_named_as_places(candidates, sports)
    _places_named_as_people(candidates)
    _full_names_of_first_names_with_who(candidates)
    _places_of_local_offices(candidates)
    _companies_short_forms(candidates)
    _share_surnames(candidates)
    _share_kin_surnames(candidates)
    return candidates


# Words of a team's people right after its name in sports copy ("Harbour City manager Sandra
# Kowalski", "Eastfield fans"): the name is the club's, with the positions of the curated list.
_TEAM_ROLE_WORDS = frozenset({"manager", "coach", "boss", "captain", "fans", "supporters", "players", "squad"})


def _teams_named_as_places(candidates: list[_Candidate], sports: bool) -> None:
    """In sports copy, a name the recogniser calls a place (GPE) and no curated list knows as
    one, written before a word of a team's people ("Harbour City manager …"), is a club:
    every mention of it becomes an organisation (the recogniser gives each the same place
    label; a listed city — "Liverpool manager" — is left to the lists' rules)."""
    if not sports:
        return
    roles = _TEAM_ROLE_WORDS | lexicons.load("positions")
    teams = set()
    for cand in candidates:
        span = cand.span
        if cand.label != "GPE" or _listed_place(span) or span.end >= len(span.doc):
            continue
        if span.doc[span.end].lower_ in roles:
            teams.add(cand.tokens)
    for cand in candidates:
        if cand.label == "GPE" and cand.tokens in teams:
            cand.label = "ORG"
    # "the Los Angeles Sparks … Sparks" (LOC), "the Seattle Storm" (FAC) beside "Storm" (ORG): a
    # team's name and its short form end in the same word, whatever the recogniser called each.
    # One of the two is the short form, a single word: two full names ending alike are no team
    # ("the Staples Center" beside "Cedars-Sinai Medical Center").
    club_words = {cand.tokens[-1] for cand in candidates if cand.label == "ORG" and cand.tokens}
    short_club_words = {cand.tokens[0] for cand in candidates if cand.label == "ORG" and len(cand.tokens) == 1}
    for cand in candidates:
        if cand.label not in ("FAC", "LOC") or not cand.tokens:
            continue
        if cand.tokens[-1] in (club_words if len(cand.tokens) == 1 else short_club_words):
            cand.label = "ORG"


def _share_surnames(candidates: list[_Candidate]) -> None:
    """'Khizr and Ghazala Khan', 'Bill and Hillary Clinton': a lone first name joined by "and"
    to a person named in full shares that person's surname, and is named with it (the gold's
    "Khizr Khan"), not clustered as a person called "Khizr". A word that is some person's
    surname in the article ("Obama and Hillary Clinton") keeps its own name. A first name and an
    initial share the name of an initialled partner ("Charles G. and David H. Koch" -> "Charles
    G. Koch")."""
    people = {c.span.start: c for c in candidates if c.label == "PERSON"}
    surnames = {_surname(c.tokens) for c in people.values() if len(c.tokens) >= 2}
    for cand in people.values():
        span, doc = cand.span, cand.span.doc
        # "Charles G. and David H. Koch": a first name and an initial, before a name with one
        initialled = len(cand.tokens) == 2 and len(cand.tokens[1]) == 1 and span[-1].text.endswith(".")
        if (len(cand.tokens) != 1 and not initialled) or cand.tokens[0] in surnames or span.end + 1 >= len(doc):
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in HONORIFICS:
            continue  # "Mr. Lee and Ana Ruiz": a surname
        partner = people.get(span.end + 1)
        if doc[span.end].lower_ not in ("and", "&") or partner is None or len(partner.tokens) != len(cand.tokens) + 1:
            continue
        if partner.tokens[0] == cand.tokens[0] or (initialled and len(partner.tokens[1]) != 1):
            continue
        if not (_known_first_name(cand.tokens[0]) or span[-1].head.i == partner.span.end - 1):
            continue  # "Cruz and Marco Rubio": a first name by the lists, or by the parse (a modifier of "Khan")
        cand.tokens = (*cand.tokens, _surname(partner.tokens))
        cand.written_surname = partner.span[-1].text




def _share_kin_surnames(candidates: list[_Candidate]) -> None:
    """'Clinton's husband, Bill', 'Le Pen's niece Marion': a lone known first name right after a
    relative's noun that a person's possessive owns is named with that person's surname (the
    gold's "Bill Clinton", "Marion Le Pen"), not clustered as a person called "Bill". The
    possessor's surname is its last word after a first name, else its whole name without an
    honorific ("Mr. Trump", "Le Pen"). A word that is some person's surname keeps its own name."""
    people = [c for c in candidates if c.label == "PERSON"]
    surnames = {_surname(c.tokens) for c in people if len(c.tokens) >= 2}
    by_end = {c.span.end: c for c in people}
    for cand in people:
        span, doc = cand.span, cand.span.doc
        if len(cand.tokens) != 1 or cand.written_surname or cand.tokens[0] in surnames or not _known_first_name(cand.tokens[0]):
            continue
        i = kin_noun_at(span)
        if i < 2 or doc[i].lower_ not in KIN_NOUNS or doc[i - 1].text not in _POSSESSIVE:
            continue
        owner = by_end.get(i - 1) or by_end.get(i)  # the possessive outside the name, or inside it
        if owner is None or owner is cand:
            continue
        words = [t for t in owner.span if t.lower_ not in HONORIFICS and t.text not in _POSSESSIVE]
        if not words or not all(t.is_title for t in words):
            continue
        if len(words) >= 2 and _known_first_name(words[0].lower_):
            words = words[-1:]
        elif len(words) == 1 and words[0].lower_ not in surnames and _known_first_name(words[0].lower_):
            continue  # "Betsy's husband Tom": the owner's first name, no surname to share
        cand.tokens = (*cand.tokens, *(t.lower_ for t in words))
        cand.written_surname = " ".join(t.text for t in words)


# Honorifics as written before a surname ("Mr. Prasad"); the lower-case HONORIFICS are for LOWER.
_WRITTEN_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr"})
# Labels the recogniser gives a person's unfamiliar name ("Eswar Prasad" ORG).
_PERSON_SLIP_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


def _people_by_honorific(doc: Doc, candidates: list[_Candidate]) -> None:
    """'Eswar Prasad, a professor …' tagged an organisation, and 'Mr. Prasad' later: a name of
    two or three capitalised words, none of which ends a body's name, whose last word the
    article writes after Mr./Ms./Dr. is a person's (relabelled in place). The first-name lists
    miss many names ("Eswar"); news style's honorific does not."""
    honorific_surnames = {
        doc[i + 1].text for i in token_indices(doc, ORTH, _WRITTEN_HONORIFICS) if i + 1 < len(doc) and doc[i + 1].is_title
    }
    if not honorific_surnames:
        return
    for cand in candidates:
        span = cand.span
        if cand.label not in _PERSON_SLIP_LABELS or not 2 <= len(span) <= 3 or span[-1].text not in honorific_surnames:
            continue
        if not all(t.is_title and t.is_alpha for t in span) or _body_name(span) or span[-1].lower_ in _PLACE_AND_BODY_ENDINGS:
            continue  # "Harlow University", "Dunmore Bank": a body by its last word
        key = " ".join(t.lower_ for t in span)
        if key in lexicons.load("places") or key in lexicons.load("outlets"):
            continue
        cand.label = "PERSON"


_PLACE_OR_PERSON = frozenset({"PERSON", "GPE", "LOC"})


def _places_named_as_people(candidates: list[_Candidate]) -> None:
    """A one-word name the recogniser calls a person (or a place) everywhere in the article, that is the
    object of "in" somewhere ("a house in Riverton", "the port authority in Rotterdam") and
    never the subject of a verb, is a place: every mention of it becomes a place (GPE). Not
    a known first name, nor a surname of a person the article names in full, nor a name with
    an honorific or a title before it; "in Sanders' camp" and "in Sanders buttons" are no
    objects of "in"."""
    surnames = {cand.tokens[-1] for cand in candidates if cand.label == "PERSON" and len(cand.tokens) >= 2}
    by_name: dict[tuple[str, ...], list[_Candidate]] = collections.defaultdict(list)
    for cand in candidates:
        if len(cand.tokens) == 1:
            by_name[cand.tokens].append(cand)
    for tokens, cands in by_name.items():
        labels = {c.label for c in cands}
        if tokens[0] in surnames or _known_first_name(tokens[0]) or "PERSON" not in labels or labels - _PLACE_OR_PERSON:
            continue
        if any(_person_like(c.span) for c in cands):
            continue
        if any(_object_of_in(c.span) for c in cands):
            for cand in cands:
                cand.label = "GPE"


def _full_names_of_first_names_with_who(candidates: list[_Candidate]) -> None:
    """A first name shown a person's by "who" ("Georgia, who founded the shelter, said":
    :func:`~.person_labels.first_name_with_who`) makes a place of two capitalised words
    opening with it a person's full name ("Georgia Mills runs the shelter", tagged a place as
    the state's name starts it): the article's "Georgia" alone is hers, so is the name."""
    firsts = {c.tokens[0] for c in candidates if c.label == "PERSON" and len(c.tokens) == 1 and _first_name_with_who(c.span)}
    if not firsts:
        return
    for cand in candidates:
        if cand.label in ("GPE", "LOC") and len(cand.tokens) == 2 and cand.tokens[0] in firsts and cand.span[-1].is_title:
            cand.label = "PERSON"


def _places_of_local_offices(candidates: list[_Candidate]) -> None:
    """A name read as the place of a local office once ("Ridgeford Mayor Tom Kessler", see
    :func:`~newsmine.nlp.entities.place_labels._place_of_a_local_office`) is that place wherever the
    recogniser calls it a person or a building ("The mayors of Ridgeford and …", "Ridgeford
    had skipped two payments"); not a surname of a person the article names in full."""
    places = {cand.tokens for cand in candidates if cand.label == "GPE" and _place_of_a_local_office(cand.span)}
    if not places:
        return
    surnames = {cand.tokens[-1] for cand in candidates if cand.label == "PERSON" and len(cand.tokens) >= 2}
    for cand in candidates:
        if cand.tokens in places and cand.label in ("PERSON", "FAC", "LOC") and cand.tokens[-1] not in surnames:
            cand.label = "GPE"


def _companies_short_forms(candidates: list[_Candidate]) -> None:
    """A company named in full by a word of its trade ("Voltara Energy", "Brightwell Pharma")
    goes by its first word alone, which the recogniser may tag a place ("Voltara's future",
    "21 percent of Voltara"): that word is the company wherever no list knows it as a place and
    the article never writes it as one. A town's company takes the town's name ("Ridgeford
    Energy said … Residents of Ridgeford …, Ridgeford Mayor Tom Kessler said"): there the
    word stays the town."""
    firsts = {
        cand.tokens[0]
        for cand in candidates
        if cand.label == "ORG" and len(cand.tokens) >= 2 and _company_by_last_word(cand.span)
    }
    firsts -= {cand.tokens[0] for cand in candidates if len(cand.tokens) == 1 and _written_as_a_place(cand.span)}
    for cand in candidates:
        if cand.label == "GPE" and len(cand.tokens) == 1 and cand.tokens[0] in firsts and not _listed_place(cand.span):
            cand.label = "ORG"


def _written_as_a_place(span: Span) -> bool:
    """The name is a local office's place ("Ridgeford Mayor Tom Kessler") or follows a
    settlement's noun and "of" ("residents of Ridgeford", "the town of Ridgeford")."""
    doc = span.doc
    if _place_of_a_local_office(span):
        return True
    return span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _PLACE_OF_NOUNS


def _object_of_in(span: Span) -> bool:
    """The name is what "in" governs: "a house in Riverton", not "in Sanders buttons"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.i == span.start - 1


def _person_like(span: Span) -> bool:
    """The name is a verb's subject, or written after an honorific or a title word."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return span.root.dep_ in NOUN_SUBJECT_DEPS or before in HONORIFICS or before in _title_words()
