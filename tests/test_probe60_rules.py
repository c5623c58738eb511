"""Probe60's rule, on invented news (tests/test_probe60_kinds.py holds the probe itself), with near
misses beside it where the rule must not fire:

- ``speakers/pronouns.py`` (``_unnamed_subject_before``): 'A federal judge on Wednesday sentenced …
  ¶ U.S. District Judge Helen Marsh … ¶ "…," Doyle said. ¶ The judge was not persuaded. She noted
  that …' — "the judge", made the subject just before the pronoun, was introduced with "a" in the
  lead but named since, so the descriptions find her; the pronoun is she, not the prosecutor the
  ranking (names only) gave it. Not when the description is of another gender than the pronoun,
  when the one introduced with "a" is never named (anonymous, as before), nor in a copular sentence
  that names the person itself ('The judge Trump was referring to is Gonzalo Curiel. He insisted …'
  is Trump, PolNeAR train's shape: the name stops the look back).

Every text here is invented for newsmine.
"""

from __future__ import annotations

from tests.test_probe56_rules import _speaker

_SENTENCING = (
    "Ex-clerk sentenced in court fund theft\n\nAKRON, Ohio — A federal judge on Tuesday sentenced a former court "
    "clerk to four years in prison for taking $600,000 from a fund for jurors' meals and parking.\n\nDennis Hurd, "
    "58, pleaded guilty in May. U.S. District Judge {judge} also ordered him to repay the money.\n\nProsecutor "
    "Maria Ruiz asked for six years. \"He took lunch money from jurors,\" Ruiz said.\n\nThe judge was not "
    "persuaded. {pronoun} said the clerk had repaid a third of it before he was charged.\n"
)


def test_a_described_subject_named_since_its_a_is_the_pronoun(pipeline):
    text = _SENTENCING.format(judge="Ann Kessler", pronoun="She")
    assert _speaker(pipeline, text, "repaid a third of it").name == "Ann Kessler"


def test_a_described_subject_named_since_its_a_is_the_pronoun_he(pipeline):
    text = _SENTENCING.format(judge="Paul Kessler", pronoun="He").replace("Prosecutor Maria", "Prosecutor Mark")
    assert _speaker(pipeline, text, "repaid a third of it").name == "Paul Kessler"


def test_a_described_subject_of_another_gender_is_passed_over(pipeline):
    # near miss: "he" is not the woman judge; the ranking's man, as before
    text = _SENTENCING.format(judge="Ann Kessler", pronoun="He").replace("Prosecutor Maria", "Prosecutor Mark")
    assert _speaker(pipeline, text, "repaid a third of it").name != "Ann Kessler"


def test_an_introduced_person_never_named_stays_anonymous(pipeline):
    # near miss: "a juror … The juror" with no name: anonymous, as before
    text = (
        "Juror speaks after verdict\n\nAKRON, Ohio — A juror in the trial of a former court clerk spoke to reporters "
        "on Tuesday.\n\nProsecutor Maria Ruiz had asked for six years. \"He took lunch money from jurors,\" Ruiz "
        "said.\n\nThe juror was not persuaded by the defense. She said the clerk had never looked at the jury.\n"
    )
    assert _speaker(pipeline, text, "never looked at the jury").kind == "anonymous"


def test_a_copular_sentence_naming_the_person_is_left_to_the_ranking(pipeline):
    # near miss (PolNeAR train's shape): the name in the sentence stops the look back; "He" is Trump
    text = (
        "Trump repeats attack on judge\n\nWASHINGTON — Donald Trump on Sunday repeated his criticism of a federal "
        "judge hearing a lawsuit against his former university.\n\nThe federal judge Trump was referring to is "
        "Gonzalo Curiel, who was born in Indiana.\n\nHe insisted Curiel had a conflict of interest in the case.\n"
    )
    assert _speaker(pipeline, text, "conflict of interest").name == "Donald Trump"
