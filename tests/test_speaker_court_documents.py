"""A court's documents as speakers: "the brief order", "the unsigned opinion", "the ruling" speak
for the court or the judge written before them, as the gold reads a court's papers."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_the_order_of_a_court_described_before_is_that_courts(pipeline):
    # "the court announced …" is the Supreme Court named above; the order it gave is its own.
    text = (
        "Court splits on union dues case\n\n"
        "The Supreme Court on Tuesday took up a challenge to public-sector unions. Teachers in "
        "California had sued the union over its fees.\n\n"
        "In March, the court announced that it had deadlocked in the case. As is the custom, the "
        "brief order said only that the lower court ruling would stand.\n\n"
        '"We are relieved," said Maria Lopez, the union\'s president.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the lower court ruling would stand").name == "Supreme Court"


def test_the_order_after_a_named_judge_is_the_judges(pipeline):
    # The judge is written only as "Judge Alan Whitfield" (a title before the name), after an
    # indefinite "A federal judge" in the lead: the order is his.
    text = (
        "Judge orders release of school records\n\n"
        "A federal judge on Friday ordered the release of records from Harmon Academy in a fraud "
        "lawsuit against the school.\n\n"
        "Judge Alan Whitfield of the Southern District cited the public interest in the case. "
        "Lawyers for the academy had argued that the records held trade secrets.\n\n"
        '"The academy has given no reason to keep the records sealed," the order released Friday '
        "said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "no reason to keep the records sealed").name == "Alan Whitfield"


def test_an_order_with_only_an_unnamed_judge_before_names_no_one(pipeline):
    # The only judge written is "a federal judge": the order is not the lawyer's, nor anyone's named.
    text = (
        "Records must be released, judge rules\n\n"
        "A federal judge on Friday ordered the release of records from Harmon Academy. Lawyer "
        "Dana Price had argued for the school that the records held trade secrets.\n\n"
        '"The academy has given no reason to keep the records sealed," the order said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "no reason to keep the records sealed").name in (None, "the order")
