"""The speaker as written, from a source token: :func:`noun_phrase` (the noun phrase
without relative clauses or appositions), :func:`addressee_of` (whom a cue addresses:
"told Reuters") and :func:`relative_antecedent` (a relative pronoun's antecedent).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.firm_names import firm_name_end
from newsmine.nlp.attribution.sources.words import _ADDRESSEE_CUES, _DASHES


def noun_phrase(token: Token) -> Span:
    """The speaker as written: the noun phrase of ``token`` without relative clauses or appositions."""
    from newsmine.nlp.entities.word_lists import cut_honorific_apostrophe  # the entities import attribution

    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "punct", "case") and child.i < left:
            if child.dep_ == "punct" and child.text not in ("-",):
                continue
            left = min(left, child.left_edge.i)
    right = firm_name_end(token) or token.i + 1  # 'according to Hart, Lowe & Co.': one speaker
    for child in token.rights:
        if child.dep_ in ("compound", "case") and child.i == right:
            right = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.i == right and child.lower_ in ("for", "at", "with", "in", "of", "close", "familiar"):
            # "spokesman for the ministry", "sources close to the talks"
            right = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.i == right and child.lower_ == "to" and _named_object(child):
            # "An aide to the senator, Mark Tiller, said" parsed with the name in apposition to
            # "senator": the phrase runs to the name, which says who the aide is
            right = child.right_edge.i + 1
        elif child.dep_ == "amod" and child.i == right:  # "sources familiar with ..."
            right = child.right_edge.i + 1
        else:
            break
    for k in range(token.i - 1, left - 1, -1):
        if doc[k].text in _DASHES and (doc[k].whitespace_ or (k > 0 and doc[k - 1].whitespace_)):
            left = k + 1  # 'CLEVELAND - Donald Trump': a spaced dash ends a dateline, it is no part of a name
            break
    while left < token.i and doc[left].is_punct:
        left += 1
    while right > token.i + 1 and doc[right - 1].is_punct and not cut_honorific_apostrophe(doc[right - 1]):
        right -= 1
    if right < len(doc) and cut_honorific_apostrophe(doc[right]):
        right += 1  # "the Dato'": the apostrophe the tokenizer cut off, which the parse hangs apart
    if right < len(doc) and doc[right].text == ")" and _opens_a_parenthesis(doc[left:right]):
        right += 1  # "Gov. Ada Moss (D) and …": the party's parenthesis closed, not "Ada Moss (D"
    return doc[left:right]


def _opens_a_parenthesis(phrase: Span) -> bool:
    """Whether ``phrase`` holds a "(" it does not close: the parse hangs a party's "(D)" on
    the name but its ")" elsewhere, so a phrase built from the name's letter ("D" the head of the
    conjunction: loose_conjuncts, session 65) ended inside it."""
    depth = 0
    for token in phrase:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0


def _named_object(preposition: Token) -> bool:
    """Whether the preposition's object has a name in apposition after a comma ("to the
    senator, Mark Tiller")."""
    return any(
        name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
        for obj in preposition.children if obj.dep_ == "pobj" for name in obj.rights
    )  # fmt: skip


def addressee_of(verb: Token) -> Span | None:
    """'told Reuters' -> Reuters; 'said in an interview with CNN' is left out."""
    if verb.lemma_.lower() not in _ADDRESSEE_CUES:
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "PRON", "NOUN"):
            phrase = noun_phrase(child)
            if phrase[-1].dep_ == "case":
                # 'told the BBC's Today programme' parsed as two objects, 'the BBC's' and
                # 'Today programme': the possessor is no addressee of its own, the programme is.
                for later in verb.rights:
                    possessed = noun_phrase(later) if later.dep_ == "dobj" and later.i > child.i else None
                    if possessed is not None and possessed.start == phrase.end:
                        return verb.doc[phrase.start : possessed.end]
            for name in child.rights:
                if name.dep_ == "appos" and name.left_edge.i == phrase.end and name.pos_ == "PROPN":
                    # 'told state broadcaster Khabar 24', 'told the newspaper Le Monde': the
                    # name right after the description (no comma) is the addressee's
                    return verb.doc[phrase.start : name.right_edge.i + 1]
            return phrase
    return None


def relative_antecedent(ctx: DocContext, source: int) -> int:
    """A relative pronoun's antecedent ('said Capt. Ines Duarte, who …'); else ``source``.

    Token-level, for a source handed on to the next quotation; the speaker resolver maps the
    pronoun of a quote's own speaker to its antecedent noun phrase (:func:`newsmine.nlp.speakers.pronouns._antecedent`)."""
    head = ctx.head[source]
    if ctx.lower[source] in ("who", "which", "that") and ctx.dep[head] == "relcl":
        return ctx.head[head]
    return source
