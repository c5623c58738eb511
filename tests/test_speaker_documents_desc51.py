"""Documents put out by a verb and then taken up by its noun, seen in session 51 (desc51): "The
Daily Ledger reported on Sunday that … The report said", "Drexon Corp. filed for bankruptcy …
The filing shows", "Senator Ames proposed … The proposal says", "Verdant Foods announced … The
announcement said". No list of the article's documents holds a document only a verb puts out,
so "the report" went unresolved (``speakers/verb_documents.py``). Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_REPORTED = (
    "Agency faces questions\n\n"
    "The Daily Ledger reported on Sunday that the agency had lost track of its trucks. The report "
    "said nearly 40 trucks were missing from a depot in Oakdale.\n"
)


def test_the_report_of_an_outlet_that_just_reported(pipeline):
    assert speaker_of(pipeline.analyze(_REPORTED), "40 trucks").name == "Daily Ledger"


_FILED = (
    "Firm files for bankruptcy\n\n"
    "Drexon Corp. filed for bankruptcy on Tuesday. The filing shows the company owes more than "
    "$2 billion to lenders.\n"
)


def test_the_filing_of_a_company_that_just_filed(pipeline):
    assert speaker_of(pipeline.analyze(_FILED), "owes more than").name == "Drexon Corp."


_PROPOSED = (
    "Senator offers plan\n\n"
    "Senator Bill Ames proposed on Tuesday to raise the gas tax by ten cents. The proposal would "
    "pay for new bridges, according to his office.\n\n"
    "The proposal says the money could not be spent on anything else.\n"
)


def test_the_proposal_taken_up_twice_after_the_senator_proposed(pipeline):
    # the first "The proposal" is the same document again: it does not stand between
    assert speaker_of(pipeline.analyze(_PROPOSED), "anything else").name == "Bill Ames"


@pytest.mark.parametrize(
    "text, snippet",
    [
        pytest.param(
            "Agency faces questions\n\n"
            "WKRT News reported on Sunday that an audit by the state comptroller had found missing "
            "trucks at the agency. The report said nearly 40 trucks could not be found.\n",
            "could not be found",
            id="an-audit-reported-on-stands-between",
        ),
        pytest.param(
            "Town sued over water\n\n"
            "Residents of Millbrook sued the town on Monday over lead in the water. The lawsuit "
            "alleges that officials hid test results for two years.\n",
            "hid test results",
            id="unnamed-plaintiffs",
        ),
        pytest.param(
            "Agency faces questions\n\n"
            "It was reported on Sunday that the agency had lost track of its trucks. The report said "
            "nearly 40 trucks were missing from a depot in Oakdale.\n",
            "40 trucks",
            id="a-passive-with-no-one",
        ),
    ],
)
def test_no_named_reporter_gives_the_report_no_one(pipeline, text, snippet):
    # near misses: the outlet reported someone else's audit; the plaintiffs are no one named;
    # "it was reported" names no one
    assert speaker_of(pipeline.analyze(text), snippet).name is None


def test_the_announcement_of_a_company_that_just_announced(pipeline):
    # "announcement" is no document noun: description_routes._document_speaker asks the verb rule
    text = (
        "Company cuts jobs\n\n"
        "Verdant Foods announced on Monday that it would close two plants. The announcement said "
        "600 workers would lose their jobs by March.\n"
    )
    assert speaker_of(pipeline.analyze(text), "600 workers").name == "Verdant Foods"


def test_an_announcement_someone_else_owns_is_not_the_company(pipeline):
    # near miss: "The governor's announcement" says whose it is
    text = (
        "Company cuts jobs\n\n"
        "Verdant Foods announced on Monday that it would close two plants. Governor Ned Parr called "
        "the news a blow. The governor's announcement said the state would help the 600 workers "
        "find new jobs.\n"
    )
    assert speaker_of(pipeline.analyze(text), "find new jobs").name != "Verdant Foods"


@pytest.mark.xfail(
    strict=True,
    reason="the parse hangs 'written by Tom Greer' on the outlet that obtained the memo ('obtained by "
    "the Daily Ledger, written by …'), so no author rule sees the participle on the memo",
)
def test_a_memo_written_by_a_named_director(pipeline):
    text = (
        "Hospital workers vote\n\n"
        "A memo obtained by the Daily Ledger, written by hospital director Tom Greer, says staff "
        "would lose overtime pay. The memo warns of layoffs in the spring.\n"
    )
    assert speaker_of(pipeline.analyze(text), "layoffs in the spring").name == "Tom Greer"


# review51: 'filed' with another paper as its object puts out that paper, not the document taken up


def test_a_response_filed_by_the_other_side_is_not_the_complaint(pipeline):
    text = (
        "Town sued\n\n"
        "Ellen Voss sued the town of Harlow on Monday. The town's lawyer, Marc Ellison, filed a response. "
        "The complaint alleges that the town ignored the flood.\n"
    )
    assert speaker_of(pipeline.analyze(text), "ignored the flood").name == "Ellen Voss"


def test_a_complaint_after_filed_suit_is_the_filers(pipeline):
    # near miss: 'filed suit' has the suit for its object, the complaint taken up by its noun
    text = (
        "Town sued\n\n"
        "Ellen Voss filed suit against the town of Harlow on Monday. The complaint alleges that the town "
        "ignored the flood.\n"
    )
    assert speaker_of(pipeline.analyze(text), "ignored the flood").name == "Ellen Voss"
