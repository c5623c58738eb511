"""A speaking "it" given a person is a document of theirs ('"…," it reads', after an email the
article says they wrote); the next "it" with only quotation between is that document again, and
speaks for the same person (session 56, unres56: three such "it"s of one train email were left
with no name). Narrative words between end the chain: the "it" after them is left to the other
rules.

Every article here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import speaker_of

_EMAIL = (
    "Email shows early offer of troops\n\n"
    "The email was written by Pentagon chief of staff Daniel Marsh two hours after the attack began.\n\n"
    '"We have found the forces that could move to the city," it reads.\n\n'
)


def test_it_again_after_a_documents_it_is_its_author(pipeline):
    text = (
        _EMAIL
        + '"They are getting ready as we speak," it said.\n\n'
        + '"Please advise how you wish to proceed," it read.\n'
    )
    record = pipeline.analyze(text)
    for words in ("forces that could move", "getting ready", "Please advise"):
        speaker = speaker_of(record, words)
        assert speaker.text == "it"
        assert speaker.name == "Daniel Marsh"


def test_it_after_narrative_words_is_not_the_documents_again(pipeline):
    text = (
        _EMAIL
        + "Marsh resigned from the Pentagon last year and now teaches at a university in Ohio.\n\n"
        + '"They are getting ready as we speak," it said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "getting ready")
    assert speaker.text == "it"
    assert speaker.name is None


def test_it_after_an_unnamed_bodys_it_stays_unnamed(pipeline):
    text = (
        "Mayor speaks on budget\n\n"
        'Mayor Ann Pike spoke to reporters on Monday. "We will balance the books," she said.\n\n'
        'The city\'s budget office released its forecast later. "Revenue will fall," it said.\n\n'
        '"Spending will rise," it said.\n'
    )
    record = pipeline.analyze(text)
    for words in ("Revenue will fall", "Spending will rise"):
        assert speaker_of(record, words).name is None


def test_it_whose_own_sentence_names_another_document_is_not_the_first_again(pipeline):
    # review56c: the words after the cue name another document and its author; "it" is that
    # reply, not the first email again.
    text = _EMAIL + '"Not yet," it said, in a reply memo that Gen. Ann Cole sent an hour later.\n'
    quotes = [q for q in pipeline.analyze(text).quotes if "Not yet" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Daniel Marsh")


def test_it_whose_own_sentence_names_a_statement_is_not_the_first_again(pipeline):
    # review56c: a statement named in the sentence is not the first email.
    text = _EMAIL + '"The email speaks for itself," it said in a statement from the Pentagon on Friday.\n'
    quotes = [q for q in pipeline.analyze(text).quotes if "speaks for itself" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Daniel Marsh")


def test_a_question_it_again_is_still_the_documents(pipeline):
    # Near miss of the guard: a question with only the cue outside quotation marks is the
    # email again.
    text = _EMAIL + '"Can they move tonight?" it asked.\n'
    assert speaker_of(pipeline.analyze(text), "move tonight").name == "Daniel Marsh"


def test_it_whose_own_sentence_names_a_place_or_an_addressee_is_still_the_documents(pipeline):
    # Near misses of the guard: a place, an addressee, or the email itself written as "the
    # email" in the cue's sentence are no other document.
    for tail in (
        "it said, referring to troops near Baghdad.",
        "it told Gen. Ann Cole.",
        "it said, in the email's closing line.",
    ):
        text = _EMAIL + f'"They are getting ready as we speak," {tail}\n'
        assert speaker_of(pipeline.analyze(text), "getting ready").name == "Daniel Marsh", tail
