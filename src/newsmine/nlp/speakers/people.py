"""Descriptions of people.

"The senator" is the person the article titled so (:func:`_titled`); a role or an occupation
is used like a pronoun for the person just named (:func:`_person_just_named`), an epithet for
the article's topic person; a relative is found by the possessor's surname ("Lee's wife");
"the former aide" right after a named person's quote is that person going on
(:func:`_speaker_continued`). A role word in the headline or a person described in the lead
is read in :mod:`.headline_people`.

Split by what it holds (session 51): the offices a description names and the titles that
contradict them are in :mod:`.office_titles`, the person the article titled so ("the
senator") in :mod:`.titled_people`, a noun brought in unnamed ("an organizer … the organizer")
in :mod:`.introduced_unnamed`, relatives ("Lee's wife") in :mod:`.relatives`. Here stay the
person just named, an epithet for the topic person, a speaker going on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import rank_people
from newsmine.nlp.antecedents.named import is_subject as _is_subject
from newsmine.nlp.antecedents.people import told_dead as _told_dead
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.apposed_roles import set_off_as_another_role
from newsmine.nlp.speakers.body_offices import body_office_unsaid
from newsmine.nlp.speakers.candidacy import CANDIDACY_NOUNS
from newsmine.nlp.speakers.candidacy import carried_on_by_pronoun as _carried_on_by_pronoun
from newsmine.nlp.speakers.candidacy import runs_for_nothing as _runs_for_nothing
from newsmine.nlp.speakers.co_arguments import subject_of_its_verb
from newsmine.nlp.speakers.given_names_only import known_by_given_name_only
from newsmine.nlp.speakers.introduced_unnamed import _introduced_unnamed
from newsmine.nlp.speakers.office_titles import (
    _OFFICES,
    _OFFICES_HELD,
    _another_grade,
    _holds_another_office,
    _only_staff,
    _other_office_head,
    government_office_not_held,
)
from newsmine.nlp.speakers.other_titles import titled_otherwise
from newsmine.nlp.speakers.place_offices import office_of_a_place_unsaid
from newsmine.nlp.speakers.press_people import named_as_press
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.titled_people import _only_a_shadow_office, _only_lower_rank
from newsmine.nlp.speakers.words import (
    _OCCUPATIONS,
    _PARTY_WORDS,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _aged,
    _gender_of_noun,
    _trade_of,
)

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Person nouns a definite description uses for someone the article names, as it would an
# occupation ("The NFL legend said", "the Stanford graduate"); an age ("the 46-year-old") too.
_EPITHET_NOUNS = frozenset({
    "legend", "icon", "graduate", "alumnus", "native", "winner", "champion", "radioman", "philanthropist",
})  # fmt: skip
# The topic person is this many times as often named as anyone else before an epithet may
# stand for them without being named just before ("The retired neurosurgeon" in a Carson story).
_TOPIC_RATIO = 2
_TOPIC_MENTIONS = 4

# A person titled so and named within this many sentences (outside quotations) keeps a title
# description ("the senator") against someone of no such title named just before.
_TITLE_FLOOR_SENTENCES = 2


# How far down a pronoun's ranking a description looks for the person it fits (above).
_RANKED_TRIES = 3
# Sentences naming nobody else that may stand between a person and an occupation or public
# title used for them like a pronoun ("Melania Trump brought some pizzazz … But a scandal
# tarnished her speech. – 'Who cares?' –. … the Slovenia-born former model delivered …"): a
# sentence about them by pronoun, or a subhead, does not make them less the one meant.
QUIET_SENTENCES = 2
# A description of whoever holds a post to come ("the next president") is no one named yet.
_TO_COME = frozenset({"next"})


def _speaker_continued(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Ari Lee, one of its authors, said … "…," said the former top aide to the governor':
    a definite singular person description right after a named person's quote, with nobody
    else made a subject between, is that person going on (an unnamed aide is "an aide", or is
    introduced with a name of the body they speak for: "the Lee aide")."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ in ("NNS", "NNPS") or root.pos_ != "NOUN":
        return None
    if any(t.i < root.i and (t.dep_ == "poss" or t.i in resolver.index.cluster_of) for t in mention):
        return None  # "the Clinton aide", "her lawyer": someone of another person
    previous = _previous_near(resolver, mention, sentences=1)
    if previous is None or previous.cluster is None or previous.cluster.label != "PERSON":
        return None
    gender = _gender_of_noun(root.lower_)
    if gender and resolver.index.gender.get(id(previous.cluster), gender) != gender:
        return None
    if _holds_another_office(resolver, previous.cluster, root.lower_):
        return None  # '"…," Ms Mistry (a Labour MP) said … The chief executive said': another person
    if government_office_not_held(resolver, previous.cluster, mention):
        return None  # '"…," Alvarez, a teller, said … filed by the city attorney': another person
    if root.lower_ in _OFFICES_HELD and _another_grade(resolver.index.title_words(previous.cluster), mention):
        return None  # 'Police Chief Tom Hale said … "…," the deputy chief said': another person
    index = resolver.index
    between = [
        n for n in index.named_after(resolver.doc[resolver.previous_token].idx + 1)
        if n.start_char < mention.start_char and not n.in_quote and n.cluster is not previous.cluster
        and n.cluster.label == "PERSON" and n.subject and n.sentence > index.sentence_of[resolver.previous_token]
    ]  # fmt: skip (a new subject takes the floor; "Lee said Trump's nomination …", what Lee said, does not)
    return None if between else _for_cluster(previous.cluster, "description")


def _previous_near(resolver: SpeakerResolver, mention: Span, sentences: int) -> Resolution | None:
    """The previous speaker when it has a name and was quoted in the mention's sentence or
    one of the ``sentences`` before it."""
    prev = resolver.previous
    if prev is None or not prev.name or resolver.previous_token < 0:
        return None
    since = resolver.index.sentence_of[mention.root.i] - resolver.index.sentence_of[resolver.previous_token]
    return prev if 0 <= since <= sentences else None


def _epithet_person(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], headline: bool) -> EntityCluster | None:
    """'Just ask former NFL star Herschel Walker. … The NFL legend said', 'The retired
    neurosurgeon' in a story on Ben Carson: a definite description by a person noun that
    no title of the article holds stands, like a pronoun, for the person just named (as
    occupations do, above), else for the article's topic person — named far more often
    than anyone else and the one a pronoun here would take. Not a noun the article first
    introduced unnamed ("a nurse … the nurse"), not an office ("the governor": a title
    the rules above read), not a noun as often for someone never named ("the man", "the
    official")."""
    root = mention.root
    age = _aged(mention)
    if headline or mention[0].lower_ != "the" or (root.tag_ != "NN" and not age):
        return None
    if any(t.dep_ == "poss" for t in root.children):
        return None
    occupation = head in _OCCUPATIONS or head in _ROLE_NOUNS
    if not (age or occupation or head in _EPITHET_NOUNS):
        return None
    if head in _OFFICES_HELD or head in lexicons.load("anonymous") or _introduced_unnamed(resolver, mention):
        return None
    index = resolver.index
    if head not in _PUBLIC_TITLES and head not in _OCCUPATIONS:  # those were tried just above
        person = _person_just_named(resolver, mention, head, modifiers, quiet_sentences=QUIET_SENTENCES)
        if person is not None:
            return person
    previous = resolver.previous.cluster if resolver.previous is not None else None
    ranked = rank_people(index, mention, _gender_of_noun(head), previous)
    if not ranked:
        return None
    top = ranked[0][0]
    runner_up = max(
        (index.mention_count.get(id(c), 0) for c in index.people_before(mention.start_char, everyone=True) if c is not top),
        default=0,
    )  # fmt: skip
    mine = index.mention_count.get(id(top), 0)
    if mine < _TOPIC_MENTIONS or mine < _TOPIC_RATIO * runner_up:
        return None
    return top


def _titled_or_just_named(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], titled: EntityCluster
) -> EntityCluster:
    """'Rubio stopped by his headquarters … "…," the senator said' when the senator the
    article titled so was last named sentences ago: the person a pronoun would take, named
    in this or the last sentence, unless another public title of theirs contradicts the head."""
    index = resolver.index
    just = _person_just_named(resolver, mention, head, modifiers)
    if just is None and head in CANDIDACY_NOUNS:
        # "Brenner's career. He walked onstage … pressure on the nominee": a candidacy noun
        # reaches the person sentences between carry on by "he" (session 48), though the
        # article titles another person so
        carried = _person_just_named(resolver, mention, head, modifiers, quiet_sentences=QUIET_SENTENCES)
        just = carried if carried is not None and _carried_on_by_pronoun(resolver, carried, mention) else None
    if just is None or just is titled:
        return titled
    if _previous_speaker_asked(resolver, just, mention):
        # '"Senator, do you …?" Sato asked. ¶ "…," the senator replied': the asker is not the one answering
        return titled
    if head in _PUBLIC_TITLES and known_by_given_name_only(just):
        return titled  # "She gave her name only as Linda. … The senator said": no senator's name
    words = _titles_and_predicates(index, just)  # "… is a county commissioner"
    if (head in words or _TITLE_SYNONYMS.get(head) in words) and not _only_lower_rank(resolver, just, head, modifiers):
        return just  # both hold the title: the one just named (a lieutenant governor holds no governor's)
    if head == "president":
        return titled  # the sitting president, whoever was named just before
    latest = index.latest_token(titled, mention.start_char)
    since = index.narrative_sentences_between(latest, mention.root.i) if latest >= 0 else _TITLE_FLOOR_SENTENCES
    # 'FBI Director Warren Pike … The chairman asked Pike': a title of another office, the
    # head of a title of his (probe51), is as much a contradiction as a public one; so is a
    # title of any trade for a government office ('Reporter Sam Lowe asked … the governor
    # said', seen52c; not for a trade's noun: "'Broad City' star Arturo Castro … the actor")
    other_title = words & (_PUBLIC_TITLES - {head, _TITLE_SYNONYMS.get(head)})
    other_title = other_title or (head in _OFFICES and titled_otherwise(words, head)) or _other_office_head(just, head)
    return just if since >= _TITLE_FLOOR_SENTENCES and not other_title else titled


# Paragraph breaks a question and its answer may stand apart by: the answer's paragraph is the next one.
_ANSWER_PARAGRAPH_BREAKS = 1
# Words quoted after the verb of asking: the asker going on, answering herself unless asking again.
_QUOTED_AFTER = re.compile("[\"\u201c]([^\"\u201d]*)[\"\u201d]?")


def _previous_speaker_asked(resolver: SpeakerResolver, person: EntityCluster, mention: Span) -> bool:
    """Whether ``person`` is the previous speaker and asked ("Sato asked") in this paragraph or
    the one before: the next quotation's description ("the senator replied") is then the one
    asked, not the asker, whom a pronoun's ranking would take as the person just named (probe59).
    Not :func:`newsmine.nlp.antecedents.people._asked_just_before`, which finds who asked whom in
    the narration before a speaker pronoun (named apart by review59d)."""
    previous = resolver.previous
    if previous is None or previous.cluster is not person or not 0 <= resolver.previous_token < mention.start:
        return False
    verb = resolver.doc[resolver.previous_token].head
    if verb.lemma_ != "ask" or resolver.doc[resolver.previous_token].dep_ != "nsubj":
        return False
    context = resolver.index.context
    asked_in = context.paragraph_of_char(verb.idx)
    if context.paragraph_of_char(mention.start_char) - asked_in > _ANSWER_PARAGRAPH_BREAKS:
        return False
    # the question still open when the asker's paragraph ends: not '"Who will pay?" Velez asked.
    # "Nobody in Washington."', the asker answering herself (test_probe51c_rules.py); a second
    # question of hers ('Sato asked. "And will you campaign with him?"') leaves it open (review59d)
    rest = context.text[verb.idx : min(context.paragraphs[asked_in][1], mention.start_char)]
    return all(words.rstrip().endswith("?") for words in _QUOTED_AFTER.findall(rest))


def _person_just_named(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], quiet_sentences: int = 0
) -> EntityCluster | None:
    """The person a pronoun in the mention's place would stand for, when named in this or the
    previous sentence (or up to ``quiet_sentences`` more that name nobody else) and not
    contradicted by the description's party or gender words.

    When that person is out of reach or contradicted, the next one a pronoun would rank is
    taken if the description fits them better than a pronoun's ranking alone says: their
    titles hold its head ("Sen. Marco Rubio and former Gov. Jeb Bush … the former Florida
    governor": Rubio ranks first and is a senator), or they are the latest person named,
    as a subject or a sentence of their own ("7. Chris Christie. … 6. John Kasich. The Ohio
    governor"). The words of a description are evidence a pronoun lacks; a person named
    only in passing (an object) is not taken over the one the passage is about."""
    index = resolver.index
    previous = resolver.previous.cluster if resolver.previous is not None else None
    everyone = [cluster for cluster, _ in rank_people(index, mention, _gender_of_noun(head), previous)]
    ranked = everyone[:_RANKED_TRIES]
    if ranked and _holds_another_office(resolver, ranked[0], head):
        untitled = _untitled_latest(resolver, mention, head, modifiers, ranked[0], everyone)
        if untitled is not None:
            return untitled
    for rank, cluster in enumerate(ranked):
        if not _fits_just_named(resolver, mention, head, modifiers, quiet_sentences, cluster):
            continue
        if rank == 0:
            mate = _of_the_trade(resolver, mention, head, modifiers, quiet_sentences, cluster, ranked[1:])
            return mate if mate is not None else cluster
        if _description_prefers(resolver, mention, head, cluster):
            return cluster
        return None
    return None


def _untitled_latest(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], first: EntityCluster,
    ranked: list[EntityCluster],
) -> EntityCluster | None:
    """"Sanders started a petition … directed at Clinton. The former secretary of state has
    supported …", "… saw a culprit in Ana Ruiz. The secretary of state … went on CNN": an office
    description goes to the person named last before it, in its sentence or the one before, when
    the person a pronoun would take (``first``) holds another office now (a senator: "the
    secretary of state" contradicts it, and "the former secretary of state" would be a senator
    called by a past office rather than the title the article gave) and the one named last has
    no title, party or description in the article to contradict it, though named in passing (an
    object; :func:`_description_prefers` wants a subject). The office is new information about
    the newcomer, as journalists write it (desc61). Not when someone the article titled so, or
    said is so, is named before or after (the titled person is meant:
    :func:`.titled_people._titled`), nor when the one named last is said to be something else
    ("Ruiz is a county commissioner"), dead, a family's name or one of two named together, nor
    one named in a quotation, of the other sex than the noun's, or whom a pronoun could not
    take here (absent from ``ranked``) (review61a)."""
    index = resolver.index
    synonym = _TITLE_SYNONYMS.get(head)
    in_article = index.people_before(mention.start_char, everyone=True) + index.people_after(mention.end_char)
    if any(head in (words := _titles_and_predicates(index, c)) or synonym in words for c in in_article):
        # "Gov. Paula Grant … Sen. Lee criticized Tom Avery. The governor said": the one titled
        # so; also one titled after ("… The governor said … Gov. Paula Grant declined") or said
        # to be so ("Lee was secretary of state … The former secretary of state": review61a)
        return None
    for n in index._recent(mention.start_char):
        if n.in_quote or n.cluster.label != "PERSON":
            continue
        cluster = n.cluster
        if cluster is first or not any(c is cluster for c in ranked) or _titles_and_predicates(index, cluster):
            return None  # "Ana Ruiz is a county commissioner": a description of her own (review61a)
        if _not_one_person_named(index, index.doc[n.token]):
            return None
        gender = _gender_of_noun(head)
        if gender and index.gender.get(id(cluster), gender) != gender:
            return None
        return cluster if _fits_just_named(resolver, mention, head, modifiers, 0, cluster) else None
    return None


def _titles_and_predicates(index: DocIndex, cluster: EntityCluster) -> set[str]:
    """A person's title words and the words of what the article says they are ("… is a county
    commissioner")."""
    return index.title_words(cluster) | index.predicated_as.get(id(cluster), set())


def _not_one_person_named(index: DocIndex, name: Token) -> bool:
    """Whether a person's name at ``name`` (its root) names no one person who could hold an
    office now: a dead one ("the late Ana Ruiz"), a name modifying a noun ("the Ruiz family",
    "Ruiz supporters"), or one of two people named together ("aimed at Ana Ruiz and Tom
    Avery": which of them the office is, the article has not said) (review61a)."""
    if _told_dead(name) or (name.dep_ == "compound" and name.head.pos_ == "NOUN"):
        return True
    partners = [c for c in name.children if c.dep_ == "conj"] + ([name.head] if name.dep_ == "conj" else [])
    return any((other := index.cluster_of.get(t.i)) is not None and other.label == "PERSON" for t in partners)


def _of_the_trade(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], quiet_sentences: int,
    first: EntityCluster, others: list[EntityCluster],
) -> EntityCluster | None:
    """'Donald Trump threw reporter Jorge Ramos out … The anchor for Univision was trying …':
    a trade's noun stands for the person just named whom the article gave a title of that
    trade ("reporter" for "the anchor"), though a pronoun would rank someone else first,
    when the first holds no title of the trade."""
    trade = _trade_of(head)
    if not trade or resolver.index.title_words(first) & trade:
        return None
    for cluster in others:
        if resolver.index.title_words(cluster) & trade and _fits_just_named(resolver, mention, head, modifiers, quiet_sentences, cluster):
            return cluster
    return None


def _fits_just_named(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], quiet_sentences: int, cluster: EntityCluster
) -> bool:
    """Whether ``cluster`` was named close enough before the mention and no word of the
    description contradicts them (party, another office)."""
    index = resolver.index
    latest = index.latest_token(cluster, mention.start_char)
    if latest < 0 or _TO_COME & set(modifiers):
        return False
    gap = index.narrative_sentences_between(latest, mention.root.i)
    if gap > quiet_sentences or (gap and _other_person_since(resolver, latest, mention, cluster)):
        # "Chris Christie learned … Another crowd, another town hall. Sooner or later,
        # the New Jersey governor told reporters": one sentence naming nobody between
        return False
    if id(cluster) in index.named_later_in_sentence(mention):
        return False  # "the Republican nominee has not stepped forward to defend Manafort"
    if set_off_as_another_role(mention, latest, head):
        return False  # "In a statement read by her lawyer, Alan Strauss, the winner said": the lawyer
    if subject_of_its_verb(resolver, mention) is cluster:
        return False  # "She was appointed by the mayor, who called her …": the mayor is not she
    if head in _PUBLIC_TITLES and head not in index.title_words(cluster) and named_as_press(index, cluster):
        return False  # "Ken Oduya, Associated Press. Does the president think …": a reporter holds no office
    if head in _OFFICES and _only_staff(index.title_words(cluster), head):
        return False  # "Trump's campaign manager, Kellyanne Conway, … The former secretary of state"
    if _runs_for_nothing(resolver, cluster, head):
        return False  # "Mr. Lewandowski, his former campaign manager, … with the candidate seeking his advice"
    if _only_a_shadow_office(resolver, cluster, head, modifiers):
        return False  # "Labour's shadow health secretary, Wes Daly, … The health secretary said" (review55f)
    if head in _OFFICES_HELD and head in (title_words := index.title_words(cluster)) and _another_grade(title_words, mention):
        return False  # "Foreign Minister Arkady Volkov … The prime minister said": another office
    party = {_TITLE_SYNONYMS.get(w, w) for w in [*modifiers, head]} & _PARTY_WORDS  # "the Democrat" by its head
    known = {_TITLE_SYNONYMS.get(w, w) for w in index.party.get(id(cluster), ())}
    if party and known and not party & known:
        return False
    if office_of_a_place_unsaid(resolver, mention, cluster):
        return False  # "President Obama arrived in Paris … The President of France said"
    if body_office_unsaid(mention, index.title_words(cluster), cluster):
        return False  # "President Obama toured the plant … The President of the company said"
    # "Police Chief Dan Moss said …" is not "the senator" just after; a former office is no
    # contradiction ("Sen. Lee … The former congressman thinks")
    return not (_holds_another_office(resolver, cluster, head) and not any(t.lower_ == "former" for t in mention))


def _description_prefers(resolver: SpeakerResolver, mention: Span, head: str, cluster: EntityCluster) -> bool:
    """Whether the description's words pick ``cluster`` over a person a pronoun ranks higher:
    their titles hold its head, or they are the latest person named before it, outside
    quotations, as a subject, a subject's conjunct not denied ("he and Mr. Trump still speak,
    with the candidate seeking his advice": named beside the subject, not in passing), a possessor ("In
    Sen. Jeff Sessions' column, the Republican from Alabama …": as good an antecedent as a
    subject, as :func:`rank_people` takes it) or in a sentence of no verb (a list's heading)."""
    index = resolver.index
    words = index.title_words(cluster)
    if head in words or _TITLE_SYNONYMS.get(head) in words:
        return True
    for n in index._recent(mention.start_char):
        if n.in_quote or n.cluster.label != "PERSON":
            continue
        if n.cluster is not cluster:
            return False
        token = resolver.doc[n.token]
        # "She, and not Mr. Lane, ran the office": a conjunct the sentence denies is no
        # co-subject (a negated verb, "She and Mr. Lane did not", still is)
        co_subject = token.dep_ == "conj" and _is_subject(token.head) and not any(c.dep_ == "neg" for c in token.children)
        return n.subject or co_subject or n.possessor or not any(t.pos_ in ("VERB", "AUX") for t in token.sent)
    return False


def _other_person_since(resolver: SpeakerResolver, token: int, mention: Span, cluster: EntityCluster) -> bool:
    """Whether a person other than ``cluster`` is named between ``token`` and the mention (not
    a character the cast names, "She plays Nora …": the part, not another person)."""
    start = resolver.doc[token].idx
    return any(
        n.cluster.label == "PERSON" and n.cluster is not cluster and id(n.cluster) not in resolver.index.roles_played
        for n in resolver.index.named_after(start) if n.start_char < mention.start_char
    )  # fmt: skip
