"""Shortcuts in the quotes stage that spare newsmine's own time without changing what it finds
(docs/history/speed.md, session 53 — speed53b): each gives the answers of the slower reading it
replaced, on invented text, where the rule finds something and where it must not."""

from __future__ import annotations

from bisect import bisect_right

from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.attribution.candidates import find_candidates
from newsmine.nlp.attribution.features.content import feature_values
from newsmine.nlp.entities import cluster_entities
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.speakers.place_offices import places_given
from newsmine.nlp.speakers.resolver import SpeakerResolver

# Original text: people written with their places before and after their names, and one without.
_PLACES = """Harbour Towns Weigh Ferry Cuts
HARLOW, Essex — Gov. Ana Ruiz of Wexford met Harlow Mayor Dan Osei on Monday. Ruiz, of
Wexford, said the ferry would keep running. "We will not strand the islands," the governor said.
Osei said the council would vote in May. Priya Lind, a ferry pilot, said nothing had been decided.
A new Quayside poll found most residents want the ferry kept, and a report by the port authority said costs had doubled."""


def _places_given_token_by_token(resolver: SpeakerResolver, cluster) -> set[str]:
    """places_given as it read spaCy's tokens before session 53b."""
    doc = resolver.doc
    said: set[str] = set()
    for m in cluster.mentions:
        after = m.end + 1 if m.end + 1 < len(doc) and doc[m.end].text == "," else m.end
        if after < len(doc) and doc[after].lower_ == "of":
            said |= {t.lower_ for t in doc[after].subtree if t.pos_ == "PROPN"}
        if m.start > 0:
            said |= {t.lower_ for t in doc[max(0, m.start - 3) : m.start] if t.pos_ == "PROPN" or t.ent_type_ == "GPE"}
    return said


def test_places_given_read_from_the_lists_as_from_the_tokens(nlp):
    doc = nlp(_PLACES)
    resolver = SpeakerResolver(doc, cluster_entities(doc))
    people = [c for c in resolver.clusters if c.label == "PERSON"]
    assert people
    for cluster in people:
        assert places_given(resolver, cluster) == _places_given_token_by_token(resolver, cluster), cluster.name
    ruiz = next(c for c in people if c.name.endswith("Ruiz"))
    assert "wexford" in places_given(resolver, ruiz), "'Gov. Ana Ruiz of Wexford': her place"


def test_a_person_written_with_no_place_is_given_none(nlp):
    doc = nlp("Priya Lind, a ferry pilot, said nothing had been decided. Lind said the boats were old.")
    resolver = SpeakerResolver(doc, cluster_entities(doc))
    lind = next(c for c in resolver.clusters if c.label == "PERSON")
    assert places_given(resolver, lind) == set() == _places_given_token_by_token(resolver, lind)


def test_token_at_char_is_the_last_token_starting_at_or_before_it(nlp):
    text = "  Ruiz said: \"We will not strand the islands.\"  Osei agreed."
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    for offset in range(-2, len(text) + 2):
        assert ctx.token_at_char(offset) == max(0, bisect_right(ctx.idx, offset) - 1), offset
    assert ctx.token_at_char(-1) == 0, "before the first token: the first"


def test_the_content_features_write_counts_as_str_does(nlp):
    doc = nlp(_PLACES)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    candidates = find_candidates(ctx)
    assert candidates
    counted = {"len", "sents", "gap", "parts"}
    seen: dict[str, str] = {}
    for cand in candidates:
        for value in feature_values(ctx, cand):
            if value[0] in counted:
                assert value[1] == str(int(value[1])), value
                # the same object for the same count: hashed once, not once a candidate
                assert seen.setdefault((value[0], value[1]), value[1]) is value[1]
            elif value[0] == "rel":
                assert not value[1].isdigit(), "not a count: left as it is"


def test_document_authors_still_found_among_the_tokens(nlp):
    doc = nlp(_PLACES)
    resolver = SpeakerResolver(doc, cluster_entities(doc))
    nouns = [noun for _, _, noun, _ in resolver.documents]
    assert "report" in nouns or "poll" in nouns, resolver.documents
    plain = nlp("Priya Lind said the boats were old. The council met on Monday.")
    assert SpeakerResolver(plain, cluster_entities(plain)).documents == [], "no document noun: nothing"


# Original text: a reporting participle inside one content of its cue word and outside another.
_TELLING = """Ferry Talks Go On
Ruiz said the ferry would keep running, telling islanders that the boats were safe. Osei said
on Monday that the vote was close. "We will not strand the islands," Ruiz said, adding that talks would go on."""


def _trailing_cue_as_before(ctx, cand, first: int, last: int) -> str:
    """The 'trailcue' value as every candidate walked its cue word's dependents before session 53b."""
    return str(any(
        ctx.dep[c] in ("advcl", "xcomp", "conj") and ctx.tag[c] == "VBG" and ctx.cue_verb[c] and first <= c <= last
        for c in ctx.children[cand.trigger]
    ))  # fmt: skip


def test_trailing_cue_values_are_those_of_the_walk_per_candidate(nlp):
    doc = nlp(_TELLING)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    candidates = find_candidates(ctx)
    found = {}
    for cand in candidates:
        first = max(bisect_right(ctx.idx, cand.start) - 1, 0)
        last = max(first, bisect_right(ctx.idx, cand.end - 1) - 1)
        value = dict((v[0], v[1]) for v in feature_values(ctx, cand))["trailcue"]
        assert value == _trailing_cue_as_before(ctx, cand, first, last), (cand.relation, ctx.text[cand.start : cand.end])
        found.setdefault(value, ctx.text[cand.start : cand.end])
    assert set(found) == {"True", "False"}, "a participle inside some contents, outside others"


def test_no_candidate_holds_its_own_cue_word(nlp):
    doc = nlp(_TELLING)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    candidates = find_candidates(ctx)
    assert len({c.trigger for c in candidates}) >= 3
    for cand in candidates:
        if cand.trigger >= 0 and cand.relation not in ("colon", "dash"):
            assert not any(s <= cand.trigger_char < e for s, e in cand.parts), cand.relation
