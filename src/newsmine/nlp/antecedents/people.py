"""Ranking the people a he / she may stand for (:func:`rank_people`), and who it cannot be.

The score is recency, subject role, prominence and the previous speaker's bonus; the rules
around it decide who keeps the floor (someone asked just before, subjects of what the
previous speaker said, a person the sentence before brought in without making them its
subject) and who is no candidate (named in the pronoun's own clause or quotation, the person
it speaks to).
"""

from __future__ import annotations

import math

from spacy.tokens import Span, Token

from newsmine.nlp.antecedents.doc_index import DocIndex
from newsmine.nlp.antecedents.gender import _gender_fits
from newsmine.nlp.antecedents.interrupted_clauses import named_in_interrupted_clause
from newsmine.nlp.antecedents.named import _Named, _names_the_subject
from newsmine.nlp.antecedents.self_introductions import introduces_oneself
from newsmine.nlp.antecedents.weights import (
    _REPORTED_LOOKBACK,
    _SUBJECTLESS_GAP,
    _W_PREVIOUS,
    _W_PROMINENCE,
    _W_SAME_SENTENCE,
    _W_SENTENCES,
    _W_SUBJECT,
    _W_UNKNOWN_GENDER,
    MAX_SENTENCES,
)
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

# What a subject pronoun's verb says or tells: the names in them are not the pronoun's referent.
_COMMANDED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative"})


def rank_people(
    index: DocIndex, mention: Span, gender: str | None, previous: EntityCluster | None
) -> list[tuple[EntityCluster, bool]]:
    """People a he/she pronoun may stand for, best first, each with whether the previous speaker
    bonus decided it. Names inside quotation marks are not candidates (they are the speaker's
    words), unless the pronoun is itself inside one."""
    sentence = index.sentence_of[mention.root.i]
    pronoun_in_quote = index.in_quote[mention.root.i]
    pronoun = mention.root.pos_ == "PRON"
    latest: dict[int, _Named] = {}
    latest_in_sentence: dict[int, _Named] = {}
    subject_sentences: dict[int, set[int]] = {}
    # subjects of the clauses the previous speaker is reported to have said ("Lee said Ruiz is
    # a liar"): what the speaker said, not someone else taking the floor
    reported: dict[int, set[int]] = {}
    recent = index._recent(mention.start_char)
    speaker_at = {n.token: n.cluster for n in recent[:_REPORTED_LOOKBACK]}
    reporters = _reporters(index, gender, speaker_at)
    opening = _opening_clause(index, mention)
    askers = _askers_in_opening(index, opening, recent)
    if previous is not None and id(previous) in askers:
        previous = None  # "Asked by Malley whether …, she said": the answer is not the asker's
    for n in recent:
        if n.cluster.label != "PERSON" or (n.in_quote and not pronoun_in_quote):
            continue
        if id(n.cluster) in askers:
            continue
        if sentence - n.sentence > MAX_SENTENCES:
            break
        key = id(n.cluster)
        latest.setdefault(key, n)
        if n.token in opening:
            continue  # "If Lee loses, he said he would …": what the speaker speaks of, not who speaks
        # The entities of the cue verbs' subjects above the name, read once for both questions
        # below (the clause walk is the same whoever the reporter is).
        reporting = None
        subject = n.subject or (pronoun and _names_the_subject(index.doc[n.token]))
        if subject and reporters and not n.in_quote:
            reporting = _reporting_subjects(index, n.token, speaker_at)
            subject = not _reported_by_another(n, reporters, reporting)
        if n.sentence == sentence and (subject or n.possessor):
            latest_in_sentence.setdefault(key, n)
        if subject:
            subject_sentences.setdefault(key, set()).add(n.sentence)
            if previous is not None and n.cluster is not previous:
                if reporting is None:
                    reporting = _reporting_subjects(index, n.token, speaker_at)
                if any(c is previous for c in reporting):
                    reported.setdefault(key, set()).add(n.sentence)
    sole = _sole_person_before(index, recent, mention, gender, subject_sentences, latest)
    if sole is not None:
        subject_sentences.setdefault(sole, set()).add(sentence - 1)
    # The previous speaker keeps the floor ("…," he said) only until the article makes
    # someone else the subject of a sentence: "Lee said … Ruiz disagreed. '…,' he said" is Ruiz.
    if previous is not None and id(previous) in latest:
        since = latest[id(previous)].sentence
        # named last beside another subject ("Ruiz went further in holding Lee to account") counts as before it
        held = since in subject_sentences.get(id(previous), ())
        if any(
            k != id(previous)
            and any(
                (s > since or (s == since and not held)) and s not in reported.get(k, ())
                for s in subject_sentences.get(k, ())
            )
            and _gender_fits(index.gender.get(k), gender)
            for k in latest
        ):
            previous = None
    asked = _asked_just_before(index, mention, recent) or _asked_by_just_before(index, mention, recent)
    if asked is not None:
        # "Morrow asked Berg whether … '…,' he said": the answer is the asked person's; the
        # asker, subject and speaker of the question, does not keep the floor
        asker, answerer, ask_sentence = asked
        if previous is None or previous is asker:
            previous = answerer
        subject_sentences.setdefault(id(answerer), set()).add(ask_sentence)
        subject_sentences.get(id(asker), set()).discard(ask_sentence)
    in_own_quotation = (
        _named_in_own_quotation(index, mention)
        | _addressee_of_pronoun(index, mention)
        | _named_in_own_clause(index, mention)
        | named_in_interrupted_clause(index, mention)
    )
    scored: list[tuple[float, float, EntityCluster]] = []
    for key, n in latest.items():
        cluster = n.cluster
        known = index.gender.get(key)
        if known is not None and gender is not None and known != gender:
            continue
        if key in in_own_quotation:
            continue
        if gender is not None and key in index.families:
            continue
        if n.token >= mention.start and n.token < mention.end:
            continue
        score = -_W_SENTENCES * (sentence - n.sentence) + (_W_SAME_SENTENCE if key in latest_in_sentence else 0.0)
        if n.sentence in subject_sentences.get(key, ()):
            score += _W_SUBJECT
        score += _W_PROMINENCE * math.log(1 + index.mention_count.get(key, 0))
        if known is None and gender is not None:
            score -= _W_UNKNOWN_GENDER
        bonus = _W_PREVIOUS if cluster is previous else 0.0
        scored.append((score + bonus, score, cluster))
    if not scored:
        return []
    scored.sort(key=lambda triple: -triple[0])
    best_without_bonus = max(scored, key=lambda triple: triple[1])[2]
    return [(cluster, cluster is previous and cluster is not best_without_bonus) for _, _, cluster in scored]


def _sole_person_before(
    index: DocIndex,
    recent: list[_Named],
    mention: Span,
    gender: str | None,
    subject_sentences: dict[int, set[int]],
    latest: dict[int, _Named],
) -> int | None:
    """A person the article brings in, in the sentence just before a he / she, without making
    them its subject ("Clinton made an appearance, courtesy of Wes Nakagiri, a delegate …
    '…,' he said"): counted as that sentence's subject, so that they take the floor from
    the previous speaker and outrank a prominent name further back. Only when they are the
    one person of the pronoun's gender named there (outside quotation marks), named there for
    the first time in the article and not as a possessor or a modifier ("the Clinton phone
    bank"); when no he / she of that gender in that sentence already carries someone on
    ("She appeared to imply that Trump … than Clinton, …"), none of its names of that gender
    is a subject, and the pronoun's own sentence names nobody of that gender before it."""
    doc = index.doc
    sentence = index.sentence_of[mention.root.i]
    if gender is None:
        return None
    pronouns = ("he", "him", "his") if gender == "m" else ("she", "her", "hers")
    found: set[int] = set()
    chosen = None
    for n in recent:
        if n.cluster.label != "PERSON" or n.in_quote:
            continue
        if n.sentence < sentence - 1:
            break
        key = id(n.cluster)
        if not _gender_fits(index.gender.get(key), gender):
            continue
        if n.sentence == sentence:
            return None  # "Lee and Ruiz met; he said": the own sentence has its own candidates
        if index.gender.get(key) != gender or sentence - 1 in subject_sentences.get(key, ()):
            return None
        found.add(key)
        root = doc[n.token]
        first = min(m.start for m in n.cluster.mentions)
        if root.dep_ not in ("compound", "poss") and latest.get(key) is n and index.sentence_of[first] == sentence - 1:
            chosen = None if told_dead(root) else key
    if chosen is None or len(found) != 1:
        return None
    token = latest[chosen].token
    span = doc[token].sent
    if any(t.lower_ in pronouns and not index.in_quote[t.i] for t in span):
        return None
    return chosen


# Verbs (lemmas) of a death: a person the sentence tells died or was killed says nothing after.
_DEATH_VERBS = frozenset({"die", "kill", "murder", "slay", "drown", "perish", "execute", "assassinate"})


def told_dead(name: Token) -> bool:
    """Whether the sentence tells of the named person's death: the late Mark Ruiz, killed or
    died as the verb's subject or object, or in a clause on the name or its apposition ("The
    bill is named for Mark Ruiz, a firefighter who died in 2019. '…,' he said" is the
    previous speaker's, not the dead man's: review48 of pron47's newcomer rule)."""
    heads = [name] + [c for c in name.children if c.dep_ == "appos"]
    if any(c.lower_ == "late" for c in name.lefts):
        return True
    if name.dep_ in ("nsubj", "nsubjpass", "dobj") and name.head.lemma_.lower() in _DEATH_VERBS:
        return True
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _DEATH_VERBS for h in heads for c in h.children)


def _askers_in_opening(index: DocIndex, opening: set[int], recent: list[_Named]) -> set[int]:
    """The people who put the question in an opening "Asked by Malley whether …, she said":
    the pronoun is the one asked, never the asker (who is also the previous quote's speaker,
    of the question itself)."""
    askers: set[int] = set()
    for n in recent:
        if n.token not in opening:
            continue
        by = index.doc[n.token].head
        if by.dep_ == "agent" and by.head.lemma_ in _ASK_VERBS and by.head.i in opening:
            askers.add(id(n.cluster))
    return askers


# Verbs of putting a question to someone ("Morrow asked Berg whether …"): the next "he said"
# after the quotation is the answer.
_ASK_VERBS = frozenset({"ask", "question", "quiz", "press"})


def _asked_just_before(
    index: DocIndex, mention: Span, recent: list[_Named]
) -> tuple[EntityCluster, EntityCluster, int] | None:
    """(asker, asked, sentence) when the last narrative sentence before a speaker pronoun has
    one person ask another a question ("Last month Dan Morrow asked Berg whether …",
    "Morrow asked Berg about his age"), not a favour ("asked Berg to step down"), and
    nobody has been named since outside quotation marks; None for a pronoun that itself
    asks ('"Why?" he asked'). :func:`newsmine.nlp.speakers.addressed_pronouns.named_one_asked`
    reads the same question from the parse of the sentence before, for the speaker pronoun."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ != "nsubj" or root.head.lemma_ in _ASK_VERBS:
        return None
    if not index.context.cue_verb[root.head.i]:
        return None
    doc = index.doc
    for n in recent:
        if n.in_quote:
            continue
        # the latest name outside quotations: the asker or the asked, else no question just before
        verb = doc[n.token].head
        if verb.lemma_ not in _ASK_VERBS or any(c.dep_ == "xcomp" for c in verb.children):
            return None
        if index.narrative_sentences_between(verb.i, root.i) > 0:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return _question_pair(index, subjects, objects, n.sentence)
    return None


def _question_pair(
    index: DocIndex, askers: list[Token], asked_ones: list[Token], sentence: int
) -> tuple[EntityCluster, EntityCluster, int] | None:
    """(asker, asked, sentence) when the first of ``askers`` and of ``asked_ones`` (the tokens
    naming who puts the question and who is asked it) are two different people the index holds;
    None otherwise."""
    askers = [t for t in askers if t.i in index.cluster_of]
    asked_ones = [t for t in asked_ones if t.i in index.cluster_of]
    if not askers or not asked_ones:
        return None
    asker, asked = index.cluster_of[askers[0].i], index.cluster_of[asked_ones[0].i]
    if asker.label != "PERSON" or asked.label != "PERSON" or asker is asked:
        return None
    return asker, asked, sentence


def _asked_by_just_before(
    index: DocIndex, mention: Span, recent: list[_Named]
) -> tuple[EntityCluster, EntityCluster, int] | None:
    """(asker, asked, sentence) for the passive question of :func:`_asked_just_before`: the last
    narrative sentence before a speaker pronoun has a person "asked by" another as a participle
    on them ("Kessler, asked by Carrow whether …, paused before answering. '…,' he said"; "Asked
    by Ruiz about the vote, Lee paused") and the last person named outside quotation marks is in
    that sentence. Not a favour ("asked by Ruiz to step down"), not the pronoun's own sentence
    (:func:`_askers_in_opening` reads that one) and not a pronoun that itself asks (probe57c)."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ != "nsubj" or root.head.lemma_ in _ASK_VERBS:
        return None
    if not index.context.cue_verb[root.head.i]:
        return None
    latest = next((n for n in recent if not n.in_quote and n.cluster.label == "PERSON"), None)
    if latest is None or latest.sentence == index.sentence_of[root.i]:
        return None
    doc = index.doc
    if index.narrative_sentences_between(latest.token, root.i) > 0:
        return None
    for verb in doc[latest.token].sent:
        if verb.lemma_ not in _ASK_VERBS or verb.tag_ != "VBN" or verb.dep_ not in ("acl", "relcl", "advcl"):
            continue
        if any(c.dep_ == "xcomp" for c in verb.children):
            return None
        askers = [p for by in verb.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]
        if verb.dep_ == "advcl":  # "Asked by Ruiz about the vote, Lee paused": the main clause's subject
            asked_ones = [c for c in verb.head.children if c.dep_ == "nsubj"]
        else:  # "Kessler, asked by Carrow whether …": the noun the participle hangs on
            asked_ones = [verb.head]
        # the last person named must belong to the question (the one asked, the asker or a name in
        # what was asked): one named after it ("…, said nothing, so Carrow repeated the question")
        # has the floor since (review57e)
        if latest.token not in [t.i for t in verb.subtree] + [t.i for t in asked_ones[:1]]:
            return None
        return _question_pair(index, askers[:1], asked_ones[:1], latest.sentence)
    return None


def _reporting_subjects(index: DocIndex, token: int, speaker_at: dict[int, EntityCluster]) -> list[EntityCluster | None]:
    """The entities (``speaker_at``: the root token of each recent named or resolved mention)
    of the subjects of the cue verbs that ``token``'s clause hangs under, nearest verb first
    (None for a subject no recent mention holds): ``token`` sits in what one of them is
    reported to have said ("Lee, in Ohio, said Ruiz was a lightweight": Ruiz is what Lee
    said)."""
    found: list[EntityCluster | None] = []
    word = index.doc[token]
    while word.head.i != word.i:
        word = word.head
        if not index.context.cue_verb[word.i]:
            continue
        subjects = [c.i for c in word.children if c.dep_ in NOUN_SUBJECT_DEPS]
        # "Lee's lawyer, Ana Ruiz, said Lee …": the name in apposition to the subject
        subjects += [a.i for i in subjects for a in index.doc[i].children if a.dep_ == "appos"]
        if not subjects:
            # "Trump, in Kentucky, said …" with the name hung elsewhere by the parse: the
            # speaker named just before the verb
            subjects = [i for i in range(max(0, word.i - _SUBJECTLESS_GAP), word.i) if i in speaker_at]
        found += [speaker_at.get(i) for i in subjects]
    return found


def _reporters(index: DocIndex, gender: str | None, speaker_at: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The people among the recent mentions ``speaker_at`` whose gender fits the pronoun's,
    each once: who may report what a subject of :func:`_reported_by_another` says."""
    return list({
        id(c): c for c in speaker_at.values() if c.label == "PERSON" and _gender_fits(index.gender.get(id(c)), gender)
    }.values())  # fmt: skip


def _reported_by_another(n: _Named, reporters: list[EntityCluster], reporting: list[EntityCluster | None]) -> bool:
    """Whether the subject ``n`` sits in what another person of the pronoun's gender
    (``reporters``, from :func:`_reporters`), named outside quotation marks as a cue verb's
    subject (``reporting``, from :func:`_reporting_subjects`), is reported to have said ("Joe
    Lee, a radio host, recalled that Ruiz was not taken seriously. '…,' he said"): Ruiz is
    what Lee said, no subject taking the floor from him."""
    return any(c is not n.cluster and any(r is c for r in reporting) for c in reporters)


def _named_in_own_clause(index: DocIndex, mention: Span) -> set[int]:
    """People named after a subject pronoun inside the clause it is the subject of ("He said
    Lee was bound by the agreement", "She concludes that voters should back Ruiz"): a pronoun
    cannot stand for a name it commands, so neither Lee nor Ruiz is "he" / "she"."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ not in NOUN_SUBJECT_DEPS:
        return set()
    named = set()
    for part in root.head.children:
        if part.dep_ not in _COMMANDED_DEPS or part.i < root.i:
            continue
        for t in part.subtree:
            if t.i in index.cluster_of and not _in_modifier_clause(t, part):
                named.add(id(index.cluster_of[t.i]))
    return named


def _in_modifier_clause(token, top) -> bool:
    """Whether ``token`` sits in a relative or adverbial clause or a possessive below ``top``
    ("he told Lee at the rally where Ruiz spoke", "He notes that Ruiz's microphone failed":
    news prose lets "he" be Ruiz there)."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "advcl", "conj", "poss"):
            return True
        token = token.head
    return False


def _named_in_own_quotation(index: DocIndex, mention: Span) -> set[int]:
    """People named in the quotation a speaker pronoun introduces or closes ('"… whether
    Senator Lee's message could carry the state, and I think he proved it," he said' is not
    Lee: a speaker does not name himself), the quoted stretch just before or just after it; not
    a name he introduces himself with ("I'm Walter Brandt, and I approved this message",
    :mod:`.self_introductions`)."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or index.in_quote[root.i]:
        return set()
    if not index.context.cue_verb[root.head.i] or not 0 < root.head.i - root.i <= 2:
        return set()  # '…," she may again split with …' is no speaker of the quotation before
    doc, quote_of = index.doc, index.context.quote_of
    own: set[int] = set()
    for step, start in ((-1, mention.start - 1), (1, mention.end)):
        i, skipped = start, 0
        while 0 <= i < len(doc) and quote_of[i] < 0 and skipped <= _QUOTE_GAP:
            if "\n" in doc[i].text_with_ws or not (
                doc[i].is_punct or (step > 0 and doc[i].pos_ in ("VERB", "AUX", "ADV"))
            ):
                break  # '…," he said', 'he said: "…': only marks and the cue between, in one paragraph
            i, skipped = i + step, skipped + 1
        if 0 <= i < len(doc) and quote_of[i] >= 0:
            own.add(quote_of[i])
    if not own:
        return set()
    first = min(index.context.stretch_tokens[k][0] for k in own)
    last = max(index.context.stretch_tokens[k][1] for k in own)
    return {
        id(index.cluster_of[i])
        for i in range(first, last)
        if quote_of[i] in own and i in index.cluster_of and index.cluster_of[i].label == "PERSON"
        and not _addressed(index, i) and not introduces_oneself(index.doc[i])
    }


def _addressee_of_pronoun(index: DocIndex, mention: Span) -> set[int]:
    """'"…," he told Hannity': the person a subject pronoun's own cue verb is said to is
    someone else (a reply to "Hannity asked Trump …" is Trump's)."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ != "nsubj" or not index.context.cue_verb[root.head.i]:
        return set()
    return {
        id(index.cluster_of[c.i])
        for c in root.head.children
        if c.dep_ in ("dobj", "dative") and c.i in index.cluster_of and not index.in_quote[c.i]
    }


def _addressed(index: DocIndex, i: int) -> bool:
    """A name the quotation addresses ("'Billie Lane, you are the queen,' she said"): the
    speaker's own name in words said to her."""
    doc, j = index.doc, i
    while j + 1 < len(doc) and index.cluster_of.get(j + 1) is index.cluster_of[i]:
        j += 1
    return j + 2 < len(doc) and doc[j + 1].text == "," and doc[j + 2].lower_ == "you"


# Tokens (marks, the cue verb) between a speaker pronoun and the quotation it belongs to.
_QUOTE_GAP = 4


def _opening_clause(index: DocIndex, mention: Span) -> set[int]:
    """The tokens of an adverbial clause that opens a speaker pronoun's own sentence before it
    ("If Lee loses the primary, he said he would vote for Ruiz", "Asked whether Ruiz would
    run, she replied"): the people named there are what the speaker speaks of, so they neither
    take the floor from the previous speaker nor count as the sentence's subject. Only for a
    pronoun whose clause is the sentence's own ("…, his answer about whom he would call" hangs
    from a noun: the clause before it is no frame of his words)."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ != "nsubj" or not index.context.cue_verb[root.head.i]:
        return set()
    chain = {root.head.i}
    verb = root.head
    while verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN", "PRON"):
            return set()
        chain.add(verb.i)
    tokens: set[int] = set()
    for t in root.sent:
        if t.i >= root.i:
            break
        word = t
        while word.i != word.head.i and word.i not in chain:
            if word.dep_ == "advcl" and word.head.i in chain and word.right_edge.i < root.i:
                tokens.add(t.i)
                break
            word = word.head
    return tokens
