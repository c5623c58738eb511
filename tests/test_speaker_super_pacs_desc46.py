"""Faults seen in session 46 (desc46) and left: a super PAC named just before its description
("Right to Rise USA, the super PAC supporting Jeb Bush, spent …"). The recogniser tags the
common noun "PAC" as an organisation and misses the name before it (lower-case "to" inside), so
"the super PAC" takes the latest PAC named or becomes a body called "PAC". Dropping the lone
"PAC" as a name changed one train speaker, for the worse ("the super PAC that backed" Walker
→ the donor just named); the fix needs the name before the comma found. Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


# xfail54: 'Citizens for Harlow' is now found whole (entities/cause_names._people_for_a_cause: a
# capitalised plural of people, 'for' and a capitalised cause), so the apposition's name speaks.
def test_a_super_pac_in_apposition_is_the_name_before_it(pipeline):
    text = (
        "Briggs stalls\n\n"
        "Briggs has been attacked from several sides. Citizens for Harlow, a super PAC backing "
        "Mayor Elena Ruiz, has been relentless in hitting Briggs.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Mayor Elena Ruiz").name == "Citizens for Harlow"


@pytest.mark.xfail(strict=True, reason="'the super PAC' takes Harlow First PAC, the latest PAC named, not the name before its comma")
def test_the_super_pac_after_its_name_is_not_the_pac_named_before(pipeline):
    text = (
        "Ad spending soars\n\n"
        "A super PAC supporting Mayor Elena Ruiz's campaign, Harlow First PAC, led the way, "
        "spending $2.5 million on such ads.\n\n"
        "Citizens for Harlow, the super PAC supporting Tom Briggs, spent $1.2 million on digital ads.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Tom Briggs").name != "Harlow First PAC"
