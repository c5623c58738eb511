"""A body described by its kind ("the company") after the recogniser missed a later repeat of
the body's one-word name: the untagged repeat counts as a mention of that body for the
description, as a tagged one would."""

from __future__ import annotations

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import EntityCluster
from tests.conftest import speaker_of


def _suspensions(last_paragraph: str) -> str:
    return (
        "Twitter suspends accounts\n\n"
        "Twitter said on Friday that it had suspended 125,000 accounts linked to extremism. The "
        "social media company said it had expanded its review teams.\n\n"
        'Critics said the move came late. "It is one thing to remove a video," said Dana Whitcomb, '
        "co-director of the Liberty and National Security Program at the Brennan Center. \"But it is "
        'hard to define terrorist content."\n\n'
        f"{last_paragraph}\n"
    )


def test_the_company_is_the_subject_just_before_whose_name_the_recogniser_missed(pipeline):
    # The small model leaves the second "Twitter" untagged; without it the latest body is the
    # program the critic works for.
    record = pipeline.analyze(
        _suspensions('Twitter acknowledged that the issue remained tricky. "We have always sought to '
                     'strike a balance," the company said.')
    )
    assert speaker_of(record, "strike a balance").name == "Twitter"


def test_a_name_inside_a_quotation_is_no_mention_of_the_body(pipeline):
    # Guard: a company named in the sentence before stays "the company" when the quotation after
    # it speaks of another (here the parse makes the quoted "Twitter" a common noun).
    text = _suspensions(
        'Researchers at Harbor Analytics said the figures were hard to check. "Twitter counts '
        'accounts, not people," the company said.'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "counts accounts").name == "Harbor Analytics"



def _missed_body_words(nlp, text: str, company: str, people: tuple[str, ...] = ()) -> list[int]:
    """The tokens the index takes as untagged repeats of the one-word ``company`` (its first
    mention the only one given to its cluster); ``people`` are person clusters of the article,
    each given its first full mention."""
    doc = nlp(text)
    doc.ents = []  # as if the recogniser had tagged no one: the clusters below are all there is
    first = next(t.i for t in doc if t.text == company)
    clusters = [EntityCluster("ORG", company, [doc[first : first + 1]])]
    for name in people:
        start = text.index(name)
        clusters.append(EntityCluster("PERSON", name, [doc.char_span(start, start + len(name))]))
    return [n.token for n in DocIndex(doc, clusters)._bodies_missed]


def _last(nlp, text: str, word: str) -> int:
    return max(t.i for t in nlp(text) if t.text == word)


def test_a_body_name_beside_another_proper_noun_is_part_of_another_name(nlp):
    # Guards (session 31, review31): "Black Harbor" and "the Harbor Town Hall" name a place and
    # a hall, not the company Harbor; the lone "Harbor" after them is the company again.
    text = (
        "Harbor said on Monday that it would close its Ostra depot. Drivers from Black Harbor met at "
        "the Harbor Town Hall on Tuesday. Harbor declined to comment."
    )
    assert _missed_body_words(nlp, text, "Harbor") == [_last(nlp, text, "Harbor")]


def test_a_body_name_that_is_a_word_of_a_persons_name_is_no_missed_mention(nlp):
    # Guard (session 31, review31): with Chase Elliott in the article an untagged "Chase" may be
    # him or the bank, so it is no candidate for "the bank"; with no such person it is.
    text = (
        "Chase said on Monday that it would close its Ostra branch. Chase Elliott, who leads a "
        "tenants group, called it a loss. Chase declined to comment."
    )
    assert _missed_body_words(nlp, text, "Chase", ("Chase Elliott",)) == []
    assert _missed_body_words(nlp, text, "Chase") == [_last(nlp, text, "Chase")]
