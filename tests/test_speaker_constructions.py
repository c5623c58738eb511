"""Speaker constructions that stand for a named entity: "all of whom" after a list of
people (the first of them), a headline's description of one person whose title the body does
not repeat (the person the lead introduces), and a polling average written with its
compiler's name and the kind of document ("the PollTrack polling average"), a document a
campaign written by its owner's pronoun put out (that campaign: "his campaign sent an email"),
a bill (the person who introduced it, not the one who signed it).

Every article here is invented for newsmine; each test asserts the resolved name of the
quote that matters, checked by reading the text.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def test_all_of_whom_stands_for_the_first_of_the_people_listed(pipeline):
    # The gold's convention for a group of named people is its first named member.
    text = (
        "Sanctions bill gains support\n\n"
        "The bill's sponsor has teamed up with Sens. Laura Brandt, Peter Okafor and Dana Welles, "
        "all of whom said the old agreement had failed.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "agreement had failed").name == "Laura Brandt"


def test_some_of_whom_names_nobody(pipeline):
    text = (
        "Sanctions bill gains support\n\n"
        "The bill's sponsor has teamed up with Sens. Laura Brandt, Peter Okafor and Dana Welles, "
        "some of whom said the old agreement had failed.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "agreement had failed").name != "Laura Brandt"


def test_a_headline_description_is_the_person_the_lead_introduces(pipeline):
    # The headline's "former rival" is no title the body repeats: the first person the lead
    # makes a subject who is not named in the headline.
    text = (
        "Ruiz will back Lee, eventually, former rival says\n\n"
        "Former governor Martha Quill, who ran against Ana Ruiz in 1990, said on Tuesday that Ruiz "
        "would endorse Tom Lee before the convention. Ruiz has not said when.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Ruiz will back Lee").name == "Martha Quill"


def test_a_headline_description_is_not_a_person_the_headline_names(pipeline):
    text = (
        "Ruiz will back Lee, eventually, former rival says\n\n"
        "Ana Ruiz said on Tuesday that she would endorse Tom Lee before the convention.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Ruiz will back Lee").name is None


def test_a_polling_average_speaks_for_its_unnamed_compiler(nlp):
    # "according to the Pollgrid polling average" with "Pollgrid" left untagged (a noun to
    # the tagger): the kind of document ("polling") sits between the author's name and the
    # noun, and the name is still the author's. Built by hand: the tagger's slip is the case.
    from types import SimpleNamespace

    from spacy.tokens import Doc

    from newsmine.nlp.speakers.authors import _written_author

    words = ["Lee", "leads", ",", "according", "to", "the", "Pollgrid", "polling", "average", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PROPN", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "NOUN", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 1, 3, 8, 7, 8, 4, 1],
        deps=["nsubj", "ROOT", "punct", "prep", "prep", "det", "compound", "compound", "pobj", "punct"],
        sent_starts=[True] + [False] * 9,
    )
    index = SimpleNamespace(cluster_of={}, in_quote=[False] * len(doc))
    assert _written_author(doc[8], index) == "Pollgrid"


def test_the_school_is_the_university_named_before(pipeline):
    # a university or a college is a school: "The school" is the one named just before
    text = (
        "Chancellor faces criticism\n\n"
        "Ken Marsh, the chancellor of Harwick University, has been criticised for his handling of the "
        "complaints. The school declined to comment on Tuesday on reports that he would resign.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "to comment on Tuesday").name == "Harwick University"


def test_an_email_his_campaign_sent_speaks_for_that_campaign(pipeline):
    text = (
        "Lee raises money\n\n"
        "Tom Lee spoke in Ohio on Friday. On Saturday, his campaign sent out a fundraising email about "
        'the tax plan. "We have already changed the debate on taxes," read the email.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "changed the debate").name == "Lee campaign"


def test_a_complaint_her_campaign_filed_by_suing_speaks_for_that_campaign(pipeline):
    text = (
        "Party blocks data access\n\n"
        "Ana Ruiz was furious on Friday. Her campaign sued the party in federal court, seeking an "
        "injunction. The complaint says the party's move costs the campaign $500,000 a day.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "costs the campaign").name == "Ruiz campaign"


def test_a_bill_speaks_for_the_senator_who_introduced_it(pipeline):
    text = (
        "Senator proposes new sanctions\n\n"
        "Sen. Dana Welles introduced a bill on Tuesday that targets the banking sector. Only two "
        "Democrats back it. The legislation seeks to step up sanctions against foreign banks, and it "
        "has two Democratic backers.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "step up sanctions").name == "Dana Welles"


def test_a_bill_is_not_the_governor_who_signed_it(pipeline):
    # signing a bill into law is no sponsorship
    text = (
        "Governor signs sanctions law\n\n"
        "Gov. Dana Welles signed a bill on Tuesday that targets the banking sector. Only two "
        "Democrats back it. The legislation seeks to step up sanctions against foreign banks.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "step up sanctions").name is None


def test_the_departments_are_the_first_of_the_departments_named_together(pipeline):
    # a plural of a body noun after bodies named together: the first of them (the gold's
    # convention for a group)
    text = (
        "Visa checks under review\n\n"
        "The State Department and the Department of Homeland Security have said they followed all "
        "procedures. The departments declined to provide any documents, saying the files were sealed.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the files were sealed").name == "State Department"
