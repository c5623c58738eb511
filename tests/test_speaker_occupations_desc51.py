"""Occupations the article named in a form the title rules do not read, seen in session 51
(desc51): a plural title before a pair ("Morning Desk hosts Dan Whitfield and Carla Moreno … the
host said", ``speakers/titled_pairs.py``) and a trade whose head alone is a staff title ("The
hedge fund manager wrote a check" after "billionaire Carl Oster", ``speakers/trade_compounds.py``).
Both were left unresolved. Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_HOSTS = (
    "Talk show hosts spar\n\n"
    "On Friday, Morning Desk hosts Dan Whitfield and Carla Moreno argued about the debate. Moreno "
    "said the senator had won. Whitfield disagreed.\n\n"
    "\u201cHe looked tired, he looked lost,\u201d the host said.\n"
)


def test_the_host_is_the_one_of_the_pair_named_last(pipeline):
    assert speaker_of(pipeline.analyze(_HOSTS), "looked lost").name == "Dan Whitfield"


_HOSTS_LONG_AGO = (
    "Talk show returns\n\n"
    "Last spring, Morning Desk hosts Dan Whitfield and Carla Moreno took the show on the road. The "
    "tour ended in June.\n\n"
    "Governor Ned Parr spoke at the state fair on Friday. \u201cWe will fix the roads,\u201d Parr said. "
    "Mayor Ruth Kane agreed with him. Kane said the city would help. Later a crowd gathered at the "
    "gate.\n\n"
    "\u201cIt was the best fair in years,\u201d the host said.\n"
)


def test_a_pair_named_long_before_is_not_the_host(pipeline):
    # near miss: the pair was last named sentences and other speakers ago
    assert speaker_of(pipeline.analyze(_HOSTS_LONG_AGO), "best fair").name not in ("Dan Whitfield", "Carla Moreno")


_FUND_MANAGER = (
    "Investor backs candidate\n\n"
    "In May, billionaire Carl Oster changed the race in the district. The hedge fund manager wrote "
    "a $400,000 check to a group supporting Ann Beal, a Republican.\n"
)


def test_the_hedge_fund_manager_is_the_billionaire_just_named(pipeline):
    assert speaker_of(pipeline.analyze(_FUND_MANAGER), "check to a group").name == "Carl Oster"


def test_a_team_manager_is_no_trade_of_the_mayor(pipeline):
    # near miss: "manager" alone (a team's, a campaign's staff) is no trade for the one just named
    text = (
        "Team shake-up\n\n"
        "Mayor Ruth Kane spoke to fans at the stadium on Friday. She promised a new roof. The team "
        "manager said the club would stay in the city for another decade.\n"
    )
    assert speaker_of(pipeline.analyze(text), "another decade").name != "Ruth Kane"


def test_the_senators_money_manager_is_not_the_senator(pipeline):
    # near miss: a possessor makes the manager someone of hers
    text = (
        "Senator discloses trades\n\n"
        "Senator Joan Pike released her financial records on Friday. The senator's money manager "
        "said the trades were made without her knowledge.\n"
    )
    assert speaker_of(pipeline.analyze(text), "without her knowledge").name != "Joan Pike"


def test_a_fund_manager_brought_in_unnamed_is_not_the_billionaire(pipeline):
    # near miss: one of the trade brought in since speaks
    text = (
        "Investors split on merger\n\n"
        "Billionaire Carl Oster backed the merger on Monday. A fund manager in Boston disagreed. The "
        "fund manager said the price was far too high.\n"
    )
    assert speaker_of(pipeline.analyze(text), "far too high").name != "Carl Oster"


# review51: near misses of both rules


_HOSTS_ONLY_IN_THE_PAIR = (
    "Talk show hosts spar\n\n"
    "On Friday, Morning Desk hosts Dan Whitfield and Carla Moreno interviewed Sen. Paul Harrow. Harrow "
    "said he would win.\n\n"
    "\u201cHe looked tired, he looked lost,\u201d the host said.\n"
)


def test_a_pair_named_only_together_gives_the_host_to_neither(pipeline):
    # named only in the pair itself: the one written second is no more "the host" than the first
    speaker = speaker_of(pipeline.analyze(_HOSTS_ONLY_IN_THE_PAIR), "looked lost")
    assert speaker.name not in ("Dan Whitfield", "Carla Moreno")


def test_a_governor_just_named_is_not_the_fund_manager(pipeline):
    text = (
        "Pension fund shifts\n\n"
        "Governor Ned Parr announced the shift on Monday. \u201cThe fund manager told us returns had "
        "fallen,\u201d Parr said. The fund manager said the state had been warned in March.\n"
    )
    assert speaker_of(pipeline.analyze(text), "warned in March").name != "Ned Parr"


def test_a_senator_just_named_is_not_the_hedge_fund_manager(pipeline):
    text = (
        "Investors gather\n\n"
        "Sen. Lisa Long spoke at the conference on Monday. The hedge fund manager said he was pleased "
        "with the turnout.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pleased with the turnout").name != "Lisa Long"
