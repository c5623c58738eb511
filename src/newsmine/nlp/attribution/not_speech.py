"""The last filter of the decision: what looks like an attribution but reports nobody's
words — titles in quotation marks and the imperatives of page furniture.

- **Titles.** Films, books, albums, shows and articles are written in quotation marks and in
  title case ('opened with "The Night We Crossed the River Alone,"'); a quotation whose
  content words are all capitalised is a title, not speech, outside the headline (headlines
  are often title case throughout, quotations included) — unless a verb of saying, writing
  or naming introduces it ('chanting "Dump Trump"', 'a book titled "…"', 'dubbed "…"'),
  or a colon opens it ('had one message: "Dump Trump."': a lead-in's colon introduces words),
  which PolNeAR counts as attributions. On a quarter of PolNeAR train this drops as many
  title quotations the gold has (stances such as 'likes "…"') as it drops wrong ones.
- **Bylined titles.** A quotation followed by a comma and 'by' and a name is the title of
  a work with its author ('"Museum opens a new wing," by the Times' Jane Roe: …', '"The
  Long Night," by Ann Smith, tells …'): a headline or a book, not words someone said. PolNeAR
  leaves such reading lists out.
- **Page furniture.** Sidebars, related-link bullets and paywall lines address the reader
  with an imperative ('Read more: "…"', 'Watch: …', 'Sign up …'): a cue verb in its base
  form with no subject, opening its sentence, attributes nothing.
- **Causative 'make'.** 'made it difficult to recruit …', 'made his populist politics
  ascendant', 'makes the comments particularly galling': 'make' with a small clause whose
  predicate is an adjective or a noun says what someone brought about, not what anyone said
  or thought ('made clear they have no plans …', 'made no mention of …' stay). Not a
  quotation: quoted words are someone's, whatever the parse makes of them. On PolNeAR
  train (session 30) none of the 9 kept contents of this shape matched a gold content.
- **Asking the reader.** An imperative addressed to the reader after an adverb or a
  conjunction ('Just ask former mayor …', 'But please know that …', 'Never forget that …',
  'Don't believe them', 'Not to mention …'): the writer tells the reader what to do or think,
  nobody is reported. Page furniture (above) is the same shape opening its sentence; in
  quotation marks the imperative is a speaker's words and stays.
- **A possibility, not a report.** 'It is fair to say …', 'it's safe to say …', 'one could
  say …': the writer weighs what could be said, nobody said it. Only 'say' and 'argue' after
  'fair'/'safe' or a generic 'one' with a modal: 'it's hard to imagine …', 'you can bet
  that …' and 'one might think …' are attributions PolNeAR keeps as often as not, and 'it
  remains to be seen whether …' stays a quote with no one behind its 'it' (the speakers'
  ``_expletive_it`` reads it).
- **A bare relative pronoun.** A content that is nothing but the 'that' of a restrictive
  relative clause ('the kinds of programs that Sanders supports', 'a deal that was rejected
  by …') or a free relative's 'what' ('what Obama says … is the baseline'): the clause picks
  out a thing by what someone did with it and reports no words of its own. The 'which' of a
  clause set off by commas ('the allegations, which Mr. Ailes denies, …') adds a report and
  stays: PolNeAR train keeps 13 of 16 such contents, and none of the 15 of the first two kinds.
- **Why a source is anonymous.** '…, who was not authorized to discuss the talks', '…, who
  asked not to be named': the reason an unnamed source gives for staying so, not anything
  the source said. A cue in the infinitive of a negated 'authorized' ('permitted', 'allowed',
  'cleared'), or 'asked' with a negated 'to be named' ('identified', 'quoted'). On PolNeAR
  train (session 37) both such kept contents ('not authorized to discuss the investigation')
  were wrong and none was gold; the 'asked' form does not occur there.
- **A bare reflexive.** A content that is only a reflexive pronoun ('mechanically repeating
  himself', 'to defend himself', 'the bond revealed itself') names the one who acted, not
  anything said: none of the 6 kept on PolNeAR train is gold (one, the first of a list the
  content cut short, is left to the extent rules).
- **Where one writes.** The object of 'for' after 'write' ('Writing for the trade paper
  Drapery, Paul Seguin called …', 'writing for the majority') is the outlet or the side the
  writer writes for, never what was written. PolNeAR train (session 45) keeps no such content.
- **How much was said.** 'Morita himself said little', 'would say nothing': a lone amount
  as the object of the cue tells that little was said, not what. Only the word alone ('said
  little about the plan' keeps its topic, which PolNeAR gives as the content).
- **A courtesy.** 'Thank you, operator, and good morning, everyone.', 'Operator: Thank you.':
  the 'Thank you' that opens a turn of a call or a hearing thanks the one addressed and reports
  nothing ('you' was the content, category stance). Only 'thank' without a subject, opening its
  sentence or its turn, before 'you': 'You thank him for that' and 'Rubio thanked Miami' say
  whom someone thanked, and PolNeAR train annotates the first.
- **A call's operator.** 'Operator: Good morning, and welcome … I would now like to turn the
  call over to …', 'Our next question comes from …': in a transcript of name turns (an
  earnings call), the operator's paragraphs run the call; they report nothing, and their 'I'
  was given to an executive. Only a paragraph opening 'Operator:' where the article has name
  turns.
- **Whom one addresses.** 'addressed the crowd of 40,000', 'addressing the students of …':
  'address' with an audience or a gathering as its object names whom the speaker spoke to,
  not what was said ('addressed the controversy', 'addressed her concerns' stay). On PolNeAR
  train (session 45) the 5 kept contents of this shape were all wrong.
- **Whom one answers to.** 'He reports to a battalion chief, not to me': 'report' with 'to'
  and its object right after the cue says whom one works under, not what was reported ('reported
  to the IRS that his salary was …' keeps its that-clause, 'is reported to have called …' its
  infinitive). Only a content opening right after that 'to', outside quotation marks. PolNeAR
  train (session 55) has no content of this shape, gold or kept (probe55b's interview).
- **How a statement came out.** 'said in a statement carried by state media', 'in a statement
  released by the campaign on Thursday': the participle after a noun of a statement that tells
  who put it out (released, issued, carried, published, posted, distributed, circulated, sent,
  read …) with its 'by' is no content of the statement ('statements affirming …', 'a question
  centered on …' and 'a statement from the union, released on Tuesday' stay). PolNeAR train (session 55): the one kept content of this shape was no gold content.
- **A question put to the reader.** 'Do you support Ben Carson? Like the page:', 'Do you
  agree with the council? Share this story.': a question whose subject is 'you', opening its
  paragraph outside quotation marks, with a call to act after it (an imperative with no subject
  opening the next sentence of the paragraph), asks the reader, nobody is reported. PolNeAR
  train (session 56): 11 kept contents of this shape, one outlet's closing line in 11 articles,
  none gold. An interview's question ('Q: Do you support him?') opens with its turn's label,
  and a question the reader is not asked to act on ('Do you remember 2008? I do.') stays.
- **A chance or an ability.** 'is likely to cement her lead', 'was unable to break into the
  top three', 'are eligible to vote', 'was enough to claim the nomination': a linking verb's
  adjective of likelihood, ability or eligibility with its infinitive says what may happen or
  what someone can do, not what anyone said or thought. PolNeAR train (session 56): 15 kept
  contents of this shape, none gold (its cue holds such an adjective only with a verb of
  saying after it, 'is likely to stress that …', whose own candidate gives the content).
  Stances stay ('eager to', 'reluctant to', 'free to'), and so does 'unlikely' (the one train
  content, 'are unlikely to be impressed by …', is gold).
- **Whose support.** 'has the support of women and older voters': the object of 'of' after
  the cue noun 'support' names those who give it, not anything said. PolNeAR train (session 57,
  noreport57): none of the 8 kept contents of this shape was a gold content. 'in support of the
  plan' names what is supported and stays, as do an owner's support ("the governor's support of
  the levy": the owner gives it; review57c) and 'support for …' (another preposition).
- **A look at something.** 'The advocacy group looked at the number of murders', 'I looked
  over at the clerks', 'avoided looking at me': the object of 'at' after the cue 'look' is what
  someone examined or turned to see, not anything said or thought. PolNeAR train (session 59,
  seen59b): 5 kept contents of this shape, none gold. 'look at them as the enemy' (to regard, a
  view the gold keeps), 'look to', 'look for', 'look forward to', 'looks like …' and 'looks
  weak' (an appearance, which the gold sometimes keeps with no source) stay.
- **A headline telling an event.** 'Drought hits river barges': a headline clause whose cue
  reports nothing and whose source the body writes about only as a thing
  (:mod:`~newsmine.nlp.attribution.headline_events`).
"""

from __future__ import annotations

import re

from newsmine.nlp.attribution.candidate import QUOTATION_SHARE
from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.context import NEGATION_DEPS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.headline_events import tells_what_happened
from newsmine.nlp.attribution.motion_verbs import moves_after_content
from newsmine.nlp.attribution.transcripts import OPERATOR_TURN_RE

__all__ = ["asks_the_reader", "asks_the_reader_a_question", "causes_a_state", "is_bare_relative", "is_the_speaker_itself", "is_title", "judges_a_chance", "looks_at", "names_the_backers", "not_speech", "states_a_possibility"]

# Short words a title leaves in lower case ('The Night We Crossed the River Alone').
_TITLE_LOWER = frozenset("a an the and but or nor for of to in on at by from with as into over per via vs v is".split())
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_TITLE_WORDS = 2
# The predicate of a causative 'make' small clause that states a result ('made it difficult').
_STATE_POS = frozenset({"ADJ", "NOUN"})
# Cue lemmas that keep a title-case quotation: saying, writing, publishing, naming.
_NAMING_CUES = frozenset("""say tell add chant shout sing write post tweet publish call dub title entitle name label
 nickname brand term according accord ask declare""".split())
# Of those, the ones that give a name: the name follows them ('dubbed "…"', 'a book titled "…"',
# 'was named "…"'); a title before such a cue is another clause's ('stunt man in "Once Upon A
# Time in Hollywood," while Laura Dern was named best supporting actress').
_GIVES_A_NAME = frozenset("call dub title entitle name label nickname brand term".split())
# What may stand before an imperative addressed to the reader ('But just ask …', 'Never
# forget …', 'Don't believe …', 'Not to mention …'): adverbs, conjunctions, interjections,
# particles ('not', 'to') and the 'do' of a negated imperative.
_BEFORE_IMPERATIVE_POS = frozenset({"ADV", "CCONJ", "INTJ", "PART"})
_BEFORE_IMPERATIVE_WORDS = frozenset({"please", "do", "don't", "don’t"})
# Adjectives of likelihood, ability or eligibility whose infinitive after a linking verb tells
# what may happen or what one can do ('is likely to win', 'was unable to attend').
_CHANCE_ADJECTIVES = frozenset({"likely", "able", "unable", "capable", "incapable", "eligible", "enough"})
_LINKING_VERBS = frozenset({"be", "seem", "appear", "look", "sound", "become", "remain"})
# The verbs of a page's calls to act, which the parser may tag otherwise ('Like the page:').
_CALL_TO_ACT_VERBS = frozenset({"like", "follow", "share", "subscribe", "comment", "join", "sign", "click"})
# 'It is fair / safe to say …': the writer's judgement of what may be said.
_MAY_BE_SAID_ADJECTIVES = frozenset({"fair", "safe"})
_MAY_BE_SAID_CUES = frozenset({"say", "argue"})
_MODALS = frozenset({"can", "could", "may", "might", "would"})
# What may stand between 'look' and its 'at' ('looked over at', 'looked closely at', 'looked
# back at', 'look again at'): particles and adverbs of direction or manner.
_LOOK_AT_RE = re.compile(r"\s*(?:(?:over|up|down|back|again|closely|carefully|hard|around|across|straight|briefly)\s+)*at\s*$", re.I)
# 'look at them as the enemy': the 'as' of a view after the object (to regard, not to examine).
_AS_VIEW_RE = re.compile(r"\bas\b", re.I)
_LIST_GOES_ON_RE = re.compile(r"\s*,\s*(?:and\s+)?[A-Z]|\s+and\s")
# 'not authorized to discuss …', 'asked not to be named': why a source goes unnamed
_LEAVE_WORDS = frozenset({"authorize", "authorise", "permit", "allow", "clear", "empower"})
_NAMED_WORDS = frozenset({"name", "identify", "quote"})
# Amounts that, alone as a cue's object, say how much was said ('said little'), not what.
_AMOUNTS = frozenset({"little", "much", "nothing"})
# How the parse hangs such an amount on the cue ('said little' is often an adverb).
_AMOUNT_DEPS = frozenset({"dobj", "advmod"})
# The objects of 'address' that are whom one speaks to: audiences and gatherings.
_AUDIENCES = frozenset("""audience audiences crowd crowds rally rallies gathering gatherings meeting meetings gala
 convention conference summit dinner luncheon breakfast forum supporters students graduates members delegates
 congregation assembly troops reporters lawmakers legislators parliament legislature""".split())
# A verb in these relations shares its head's subject ('wanted to thank you', 'stood and thanked
# them'): it reports whom someone thanked.
_SUBJECT_FROM_HEAD_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp"})
_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves".split())
# Participles after a noun of a statement that tell how it came out ('a statement released by the
# campaign', 'carried by state media'), not what it says.
_ISSUING_PARTICIPLES = frozenset("""release issue carry publish post distribute circulate send email e-mail relay read
 broadcast air put deliver""".split())
# A content at least this much in quotation marks is judged by its quotations.
_QUOTED = 0.8
# What follows a work's title: the comma (in or after the closing quotation mark), 'by' and a
# name ('…," by Jane Roe', '…'', by the Times' …').
# What may join titles in a list: marks, commas, 'and'/'or' ('"The Irishman" and "Once Upon …"').
_LIST_JOINER_RE = re.compile(r"[\s\"'“”‘’,]*(?:(?:and|or)[\s\"'“”‘’,]*)?")
_BYLINE_RE = re.compile(r"[\"'”’]*(,?)[\"'”’]*\s+by\s+(?:the\s+)?[A-Z]")


def is_title(quotation: str) -> bool:
    """Whether a quotation's words are those of a title: every word capitalised but short
    function words, with at least two capitalised words ('The Long Night', 'Songs for the
    Road'); a quoted sentence or phrase has lower-case words."""
    if quotation.rstrip(" ,.'\"’”").endswith(("!", "?")):
        return False  # a chant or a question ('Ted! Ted!', 'What a Super Tuesday!')
    words = _WORD_RE.findall(quotation)
    content = [w for w in words if w.lower() not in _TITLE_LOWER]
    if len(content) < _MIN_TITLE_WORDS:
        return False
    return all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


def _titles(text: str, parts: list[tuple[int, int]]) -> bool:
    """Whether a content's parts are titles: each one, or each capitalised and one of them a
    title of two words or more ('movies "The Irishman" and "Once Upon A Time in Hollywood"':
    'The Irishman' alone is one capitalised word, as a quoted name or scare word can be)."""
    if all(is_title(text[start:end]) for start, end in parts):
        return True
    if len(parts) < 2 or not any(is_title(text[start:end]) for start, end in parts):
        return False
    if not all(_LIST_JOINER_RE.fullmatch(text[end:start]) for (_, end), (start, _) in zip(parts, parts[1:])):
        return False  # 'a "Party of Trump" campaign dubbing GOP candidates as "Retrumplicans"'
    words = [w for start, end in parts for w in _WORD_RE.findall(text[start:end]) if w.lower() not in _TITLE_LOWER]
    return bool(words) and all(w[0].isupper() for w in words)


def _introduced_by_a_naming_cue(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue says, writes or gives the name that the quotation is
    ('chanting "Dump Trump"', 'a book titled "…"'); a cue that gives a name only before the
    quotation, not after it."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] not in _NAMING_CUES:
        return False
    return ctx.lemma[i] not in _GIVES_A_NAME or ctx.idx[i] < cand.parts[0][0]


def has_byline(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` (its content, the quotation marks left out or
    not) is followed by a comma, 'by' and a name: a work's title and its author."""
    m = _BYLINE_RE.match(text, end)
    return bool(m) and (m.group(1) == "," or text[end - 1 : end] == ",")


def causes_a_state(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue is a causative 'make' and its content the small clause
    it heads, an adjective or noun with its own subject ('made it difficult to recruit',
    'made the place more creative'): what the cue's subject caused, not what it reported."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "make" or ctx.pos[i] != "VERB" or cand.quoted_share >= QUOTATION_SHARE:
        return False  # (a quotation is someone's words, whatever the parse makes of them)
    first = ctx.token_at_char(cand.parts[0][0])
    for c in ctx.children[i]:
        if ctx.dep[c] == "ccomp" and ctx.pos[c] in _STATE_POS and ctx.child(c, SUBJECT_DEPS) >= 0 and ctx.left[c] == first:
            return True
    return False


def asks_the_reader(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue is an imperative addressed to the reader: a base-form
    verb heading its sentence with no subject, outside quotation marks, with nothing before
    it but adverbs, conjunctions, interjections and a negation ('So just ask …', 'But please
    know that …', 'Don't believe …', 'Not to mention …')."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.tag[i] != "VB" or ctx.dep[i] != "ROOT" or ctx.quote_of[i] >= 0:
        return False
    if ctx.child(i, SUBJECT_DEPS) >= 0 or ctx.child(i, frozenset({"expl"})) >= 0:
        return False
    first = ctx.sent_bounds[ctx.sent_of[i]][0]
    return all(
        ctx.punct[j] or ctx.pos[j] in _BEFORE_IMPERATIVE_POS or ctx.lower[j] in _BEFORE_IMPERATIVE_WORDS or ctx.dep[j] == "neg"
        for j in range(first, i)
    )


def _calls_to_act(ctx: DocContext, first: int) -> bool:
    """Whether the sentence opening at token ``first`` is a call to act: a base-form verb
    heading it with no subject, nothing but punctuation before it ('Share this story.'), or
    one of the verbs of a page's calls to act that the parser takes for something else ('Like
    the page:', 'like' parsed as a preposition)."""
    j = first
    while j < ctx.n and ctx.punct[j]:
        j += 1
    if j >= ctx.n or ctx.dep[j] != "ROOT" or ctx.quote_of[j] >= 0 or ctx.child(j, SUBJECT_DEPS) >= 0:
        return False
    return ctx.tag[j] == "VB" or ctx.lower[j] in _CALL_TO_ACT_VERBS


def asks_the_reader_a_question(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue asks the reader a question and a call to act follows ('Do
    you support Ben Carson? Like the page:'): its subject 'you', its sentence a question
    opening its paragraph outside quotation marks, the paragraph's next sentence an imperative
    with no subject."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.quote_of[i] >= 0 or cand.quoted_share >= QUOTATION_SHARE:
        return False
    s = ctx.child(i, SUBJECT_DEPS)
    if s < 0 or ctx.lower[s] != "you":
        return False
    sent = ctx.sent_of[i]
    first, end = ctx.sent_bounds[sent]
    if ctx.lower[end - 1] != "?" or sent + 1 >= len(ctx.sent_bounds):
        return False
    if any(ctx.lower[j] == ":" for j in range(first, i)):
        return False  # ('Q: Do you …?', 'Ruiz: Do you …?': a turn's question)
    para = ctx.paragraph_of_char(ctx.idx[first])
    if ctx.text[ctx.paragraphs[para][0] : ctx.idx[first]].strip() or ctx.paragraph_of_char(ctx.idx[end]) != para:
        return False  # (a question after other words, or closing its paragraph)
    return _calls_to_act(ctx, end)


def judges_a_chance(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is a linking verb's adjective of likelihood, ability or
    eligibility with its infinitive ('is likely to win', 'was unable to attend', 'are eligible
    to vote'): what may happen or what one can do, not anything said or thought."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] not in _LINKING_VERBS or cand.quoted_share >= QUOTATION_SHARE:
        return False
    a = ctx.token_at_char(cand.parts[0][0])
    if ctx.head[a] != i or ctx.dep[a] != "acomp" or ctx.lower[a] not in _CHANCE_ADJECTIVES:
        return False
    return any(ctx.dep[c] == "xcomp" and _heads_an_infinitive(ctx, c) for c in ctx.children[a])


def _heads_an_infinitive(ctx: DocContext, c: int) -> bool:
    """Whether token ``c`` heads an infinitive: a base-form verb ('likely to win'), or a past
    participle after a passive 'be' ('likely to be set by the courts', review56b: the parse
    heads a passive infinitive with its participle)."""
    return ctx.tag[c] == "VB" or (ctx.tag[c] == "VBN" and ctx.child(c, {"auxpass"}) >= 0)


def states_a_possibility(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue says what could be said rather than reporting it: 'it is
    fair / safe to say …', 'one could say / argue …'."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.quote_of[i] >= 0 or ctx.lemma[i] not in _MAY_BE_SAID_CUES:
        return False
    # 'it's fair to say', 'it is safe to argue': the infinitive hangs from the adjective or,
    # as the parser mostly has it, from 'be' beside the adjective
    h = ctx.head[i]
    if ctx.dep[i] == "xcomp" and (
        ctx.lemma[h] in _MAY_BE_SAID_ADJECTIVES or any(ctx.dep[c] == "acomp" and ctx.lemma[c] in _MAY_BE_SAID_ADJECTIVES for c in ctx.children[h])
    ):
        return True
    # 'one could say', 'one might argue'
    s = ctx.child(i, SUBJECT_DEPS)
    return s >= 0 and ctx.lower[s] == "one" and any(ctx.dep[c] == "aux" and ctx.lower[c] in _MODALS for c in ctx.children[i])


def _single_word(ctx: DocContext, cand: Candidate) -> int:
    """The token of a one-word content outside quotation marks ('that', 'himself'), or -1."""
    if len(cand.parts) != 1 or cand.quoted_share >= QUOTATION_SHARE:
        return -1
    # Only up to the content's end: a scan to the end of the document, for every candidate,
    # cost some 10 ms an article (quadratic in its length).
    words: list[int] = []
    for j in range(ctx.token_at_char(cand.start), ctx.n):
        if ctx.idx[j] >= cand.end:
            break
        if not ctx.punct[j]:
            words.append(j)
            if len(words) > 1:
                return -1
    return words[0] if words else -1


def is_bare_relative(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is one word, the 'that' of a restrictive relative
    clause or a free relative's 'what', outside quotation marks."""
    j = _single_word(ctx, cand)
    if j < 0:
        return False
    if ctx.lower[j] == "that":
        return ctx.dep[ctx.head[j]] == "relcl" and ctx.tag[j] in ("WDT", "IN")
    return ctx.lower[j] == "what" and ctx.tag[j] == "WP"


def is_the_speaker_itself(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is one reflexive pronoun ('repeating himself', 'to
    defend himself', 'revealed itself'): it names the one who acted, not what was said."""
    j = _single_word(ctx, cand)
    if j < 0 or ctx.lower[j] not in _REFLEXIVES:
        return False
    # 'referring to herself, Mr. Bannon and …': the first of a list the content cut short (the
    # parser often leaves the names unattached), an extent's miss, not a reflexive alone
    return not _LIST_GOES_ON_RE.match(ctx.text, cand.end)


def says_an_amount(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is one amount word, the cue's object ('said little',
    'would say nothing'): how much was said, not what."""
    j = _single_word(ctx, cand)
    return j >= 0 and ctx.lower[j] in _AMOUNTS and ctx.dep[j] in _AMOUNT_DEPS and ctx.head[j] == cand.trigger


def addresses_an_audience(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content opens with the audience 'address' has as its object
    ('addressed the crowd of 40,000', 'addressing a rally'), outside quotation marks."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "address" or cand.quoted_share >= QUOTATION_SHARE:
        return False
    return any(
        ctx.dep[c] == "dobj" and c > i and ctx.lemma[c] in _AUDIENCES and ctx.idx[ctx.left[c]] <= cand.start <= ctx.idx[c]
        for c in ctx.children[i]
    )


def answers_to(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is the object of the 'to' right after a cue 'report'
    ('He reports to a battalion chief'): whom one works under, outside quotation marks."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "report" or ctx.pos[i] != "VERB" or cand.quoted_share >= QUOTATION_SHARE:
        return False
    if cand.cue[1] >= ctx.n:
        return False
    after_cue = ctx.idx[cand.cue[1] - 1] + len(ctx.doc[cand.cue[1] - 1])
    return ctx.text[after_cue : cand.start].strip().lower() == "to"


def tells_how_it_came_out(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content opens with a past participle hung on the cue noun that
    tells how a statement came out and who put it out ('a statement carried by state media',
    'released by the campaign'), outside quotation marks. Without its 'by' ('A statement from
    the union, released on Tuesday, …') the quote stays: the statement it brings in is the one a
    later 'the statement said' speaks for (review49's misfires)."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.pos[i] != "NOUN" or cand.quoted_share >= QUOTATION_SHARE:
        return False
    return any(
        ctx.dep[c] == "acl" and ctx.tag[c] == "VBN" and ctx.lemma[c] in _ISSUING_PARTICIPLES and ctx.idx[c] == cand.start
        and any(ctx.dep[a] == "agent" for a in ctx.children[c])  # who put it out: 'by the campaign'
        for c in ctx.children[i]
    )


def thanks_as_a_courtesy(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue is the courtesy 'Thank you' opening a sentence or a
    transcript's turn ('Thank you, operator, and good morning, everyone.', 'Operator: Thank
    you.'): 'thank' with no subject of its own, heading its clause, 'you' right after it and
    nothing but punctuation, or a turn's name and its colon, before it in its sentence."""
    i = cand.trigger
    if not 0 <= i < ctx.n - 1 or ctx.lemma[i] != "thank" or ctx.lower[i + 1] != "you":
        return False
    if ctx.dep[i] in _SUBJECT_FROM_HEAD_DEPS:
        return False  # 'wanted to thank you', 'stood and thanked them': whom someone thanked
    first = ctx.sent_bounds[ctx.sent_of[i]][0]
    colon = max((j for j in range(first, i) if ctx.lower[j] == ":"), default=first - 1)
    # a turn's name may be parsed as the subject ('Operator: Thank you.'), across the colon
    if any(ctx.dep[c] in SUBJECT_DEPS and c > colon for c in ctx.children[i]):
        return False  # 'You thank him for that': whom someone thanked
    return all(ctx.punct[j] for j in range(colon + 1, i))


def in_operator_turn(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue stands in a conference call's 'Operator: …' paragraph, in
    a transcript of name turns ('Operator: … I would now like to turn the call over to …')."""
    if not ctx.name_turns():
        return False
    at = ctx.idx[cand.trigger] if 0 <= cand.trigger < ctx.n else cand.start
    return bool(OPERATOR_TURN_RE.match(ctx.text, ctx.paragraphs[ctx.paragraph_of_char(at)][0]))


def withholds_a_name(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue gives the reason a source is unnamed: the infinitive of a
    negated 'authorized' ('was not authorized to discuss …') or 'asked' with a negated 'to be
    named' ('asked not to be named')."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.quote_of[i] >= 0:
        return False
    h = ctx.head[i]
    if ctx.dep[i] == "xcomp" and ctx.lemma[h] in _LEAVE_WORDS and ctx.child(h, NEGATION_DEPS) >= 0:
        return True
    return ctx.lemma[i] in ("ask", "request") and any(
        ctx.dep[c] == "xcomp" and ctx.lemma[c] in _NAMED_WORDS and ctx.child(c, NEGATION_DEPS) >= 0 for c in ctx.children[i]
    )


def writes_for(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is what 'write' is for ('Writing for the trade paper …')."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "write" or cand.cue[1] >= ctx.n:
        return False
    after_cue = ctx.idx[cand.cue[1] - 1] + len(ctx.doc[cand.cue[1] - 1])
    return ctx.text[after_cue : cand.start].strip().lower() == "for"


def names_the_backers(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is the object of 'of' after the cue noun 'support' ('the
    support of women'): who gives the support, outside quotation marks; not in
    'in support of …' nor after an owner ("the governor's support of the levy", review57c):
    what is supported."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "support" or ctx.pos[i] != "NOUN" or cand.quoted_share > 0:
        return False
    if ctx.dep[i] == "pobj" and ctx.lower[ctx.head[i]] == "in":
        return False  # 'in support of the plan': what is supported
    if any(ctx.dep[c] == "poss" for c in ctx.children[i]):
        return False  # "the governor's support of the levy": the owner gives it, 'of' names what is supported
    first = ctx.token_at_char(cand.start)
    return any(
        ctx.dep[prep] == "prep" and ctx.lower[prep] == "of" and prep < first <= ctx.right[prep]
        for prep in ctx.children[i]
    )


def looks_at(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's content is the object of 'at' right after the cue 'look' ('looked
    at the number of murders', 'looked over at the clerks', 'avoided looking at me'), outside
    quotation marks: what someone examined or turned to see. 'look at them as the enemy' (a
    view: an 'as' in the content or right after it) stays."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "look" or cand.quoted_share >= QUOTATION_SHARE or cand.cue[1] > ctx.n:
        return False
    cue_end = ctx.idx[cand.cue[1] - 1] + len(ctx.doc[cand.cue[1] - 1])
    if cand.start < cue_end or not _LOOK_AT_RE.fullmatch(ctx.text, cue_end, cand.start):
        return False
    after = ctx.text[cand.parts[-1][1] : cand.parts[-1][1] + 4]
    return not (_AS_VIEW_RE.search(ctx.text, cand.start, cand.parts[-1][1]) or _AS_VIEW_RE.match(after.lstrip()))


def _after_a_colon(text: str, start: int) -> bool:
    """Whether a colon comes right before ``start`` (its quotation mark and spaces between):
    a lead-in introducing the quotation ('had one message: "Dump Trump."'), not a title's
    place (PolNeAR train: two title-case quotations after a colon, a slogan and a show both
    attributed by the gold)."""
    return text[max(0, start - 4) : start].rstrip(" \xa0\"“").endswith(":")


def not_speech(ctx: DocContext, cand: Candidate) -> bool:
    """Whether a chosen candidate reports no words: a title, a bylined title, page furniture,
    an imperative asking the reader, a possibility weighed by the writer, a bare relative or
    reflexive pronoun, what a causative 'make' brought about, why a source goes unnamed, the
    outlet one writes for, how much was said, whom one addresses or answers to, how a statement came out, a courtesy 'Thank you', a call operator's turn, a question put to the reader, a linking verb's chance or ability ('is likely to …'), a look at something ('looked at the data'), whose support ('the support of women'), a headline telling an
    event (:mod:`~newsmine.nlp.attribution.headline_events`) or the writer's clause before a verb of
    motion (:mod:`~newsmine.nlp.attribution.motion_verbs`)."""
    i = cand.trigger
    if causes_a_state(ctx, cand) or asks_the_reader(ctx, cand) or states_a_possibility(ctx, cand) or is_bare_relative(ctx, cand) or is_the_speaker_itself(ctx, cand):
        return True
    if withholds_a_name(ctx, cand) or writes_for(ctx, cand) or says_an_amount(ctx, cand) or addresses_an_audience(ctx, cand):
        return True
    if answers_to(ctx, cand) or tells_how_it_came_out(ctx, cand):
        return True
    if thanks_as_a_courtesy(ctx, cand) or in_operator_turn(ctx, cand) or asks_the_reader_a_question(ctx, cand):
        return True
    if judges_a_chance(ctx, cand) or names_the_backers(ctx, cand) or looks_at(ctx, cand):
        return True
    if tells_what_happened(ctx, cand) or moves_after_content(ctx, cand):
        return True
    if cand.quoted_share >= _QUOTED and has_byline(ctx.text, cand.parts[-1][1]):
        return True
    if cand.quoted_share >= _QUOTED and ctx.paragraph_of_char(cand.start) > 0 and not _introduced_by_a_naming_cue(ctx, cand):
        if _titles(ctx.text, cand.parts) and not _after_a_colon(ctx.text, cand.parts[0][0]):
            return True
    if 0 <= i < ctx.n and ctx.tag[i] == "VB" and ctx.child(i, SUBJECT_DEPS) < 0:
        first = ctx.sent_bounds[ctx.sent_of[i]][0]
        if all(ctx.punct[j] or ctx.lower[j] in ("*", "•", "-") for j in range(first, i)):
            return True
    return False
