"""Attribution candidates over spaCy's dependency parse, and their features.

An attribution is a *cue* (the reporting expression: "said", "told", "according to",
"believes", a colon in a headline), a *content* (what was said, thought or reported) and a
*source* (who). This module proposes, for every word that could head a cue, the contents
the parse allows — its clausal complement, its object or prepositional phrase, the rest of
the clause it hangs from, the quotation next to it (with the quoted sentences that continue
it) — each with the source the grammar gives and a bag of string features. A trained
linear model (:mod:`newsmine.nlp.attribution_model`) scores the candidates; the quotes
component keeps the best content of each cue above a threshold.

Candidate kinds (the ``relation`` feature):

- ``child:<dep>``: the subtree of a dependent of the cue word (``ccomp`` for "said that …",
  ``dobj`` for "called for …", ``prep``/``pobj`` for "warned of …", ``xcomp`` for "wants to …");
- ``rest:<dep>``: the cue word's head clause without the cue's own subtree ("…, he said"
  parsed as a parataxis; "according to X, …");
- ``quote``/``quote_run``: the quotation(s) in or next to the cue's sentence, optionally
  continued by the quoted sentences and paragraphs that follow with no cue of their own;
- ``colon``: what follows "Source: …" in a headline or a short lead-in.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.quote_marks import QuotedStretch, paragraph_bounds

__all__ = ["Candidate", "DocContext", "find_candidates"]

# Dependents of a cue word whose subtree may be the content.
_CONTENT_CHILD_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "prep", "advcl", "oprd", "acomp", "attr", "nsubjpass", "nsubj", "dative", "pcomp", "conj", "npadvmod", "acl"}
)
# Relations of a cue word to its head for which the head's clause minus the cue may be the content.
_REST_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj", "prep", "relcl", "acl", "npadvmod", "dep", "xcomp", "amod", "punct", "advmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_SUBJECT_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp"})
_MAX_CONTENT_TOKENS = 400
_PUNCT_EDGE = frozenset("\"'“”‘’«»,.;:—–-()[]")


@dataclass(slots=True)
class Candidate:
    """One possible attribution: cue, content pieces (character ranges) and source."""

    trigger: Token  # the head word of the cue
    cue: tuple[int, int]  # token range
    parts: list[tuple[int, int]]  # content character ranges, in order
    relation: str
    source: Token | None  # head token of the source noun phrase
    features: list[str] = field(default_factory=list)
    score: float = 0.0
    quoted_share: float = 0.0  # share of the content's characters inside quotation marks

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class DocContext:
    """Per-document lookups shared by every candidate: sentences, paragraphs, quotations."""

    def __init__(self, doc: Doc, stretches: list[QuotedStretch]):
        self.doc = doc
        self.text = doc.text
        self.stretches = stretches
        self.n = len(doc)
        self.sent_bounds: list[tuple[int, int]] = [(s.start, s.end) for s in doc.sents]
        self._sent_starts = [s for s, _ in self.sent_bounds]
        self.paragraphs = paragraph_bounds(self.text)
        self._para_starts = [s for s, _ in self.paragraphs]
        # Token index -> index of the quoted stretch holding it (-1: outside quotes).
        self.quote_of = [-1] * self.n
        self.stretch_tokens: list[tuple[int, int]] = []
        idx = [t.idx for t in doc]
        self._token_starts = idx
        for k, stretch in enumerate(stretches):
            first = bisect_right(idx, stretch.inner_start - 1)
            last = bisect_right(idx, stretch.inner_end - 1)
            self.stretch_tokens.append((first, last))
            for i in range(first, last):
                self.quote_of[i] = k
        self.quoted_chars = _quoted_prefix(len(self.text), stretches)

    def sentence_of(self, i: int) -> int:
        return bisect_right(self._sent_starts, i) - 1

    def paragraph_of_char(self, offset: int) -> int:
        return bisect_right(self._para_starts, offset) - 1

    def quoted_share(self, parts: list[tuple[int, int]]) -> float:
        total = sum(e - s for s, e in parts)
        if total <= 0:
            return 0.0
        inside = sum(self.quoted_chars[e] - self.quoted_chars[s] for s, e in parts)
        return inside / total

    def char_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Character range of tokens [start, end) with edge punctuation and a leading 'that' dropped."""
        doc = self.doc
        while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].text in _PUNCT_EDGE):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text in _PUNCT_EDGE):
            end -= 1
        if end - start > 1 and doc[start].lower_ == "that" and doc[start].dep_ == "mark":
            start += 1
        if end <= start:
            return None
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _quoted_prefix(length: int, stretches: list[QuotedStretch]) -> list[int]:
    """prefix[i] = number of characters before offset i that are inside quotation marks."""
    marks = [0] * (length + 1)
    for stretch in stretches:
        for s, e in stretch.pieces:
            marks[s] += 1
            marks[e] -= 1
    prefix = [0] * (length + 1)
    depth = 0
    total = 0
    for i in range(length):
        depth += marks[i]
        prefix[i] = total
        if depth > 0:
            total += 1
    prefix[length] = total
    return prefix


def _is_trigger(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ not in ("aux", "auxpass")
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return True
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in lexicons.load("cue_nouns")
    return False


def subject_of(token: Token) -> Token | None:
    """The source the grammar gives a cue word: its subject, the agent of a passive, the
    object of 'according to', the owner of a noun cue ('her criticism'); inherited from the
    governing verb for participles and coordinated verbs ('…, adding that')."""
    if token.lower_ == "according":
        to = token.nbor() if token.i + 1 < len(token.doc) else None
        if to is not None:
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        return next((c for c in token.children if c.dep_ == "pobj"), None)
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                return child
        return None
    seen = 0
    current = token
    while current is not None and seen < 4:
        seen += 1
        passive = False
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.dep_ == "nsubjpass":
                    passive = True
                    break
                if child.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head
                return child
        if passive:
            agent = next((c for c in current.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            return None
        # '"…," said Jane Doe': an inverted subject is sometimes parsed as an object.
        for child in current.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod") and child.ent_type_ in ("PERSON", "ORG") and current.lemma_ == "say":
                return child
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        if current.dep_ in _SUBJECT_INHERITING_DEPS and current.head is not current:
            current = current.head
            continue
        return None
    return None


def _cue_range(token: Token) -> tuple[int, int]:
    """Token range of the cue as written: the word plus its particle/negation ('called for',
    'according to', 'made clear')."""
    doc = token.doc
    start, end = token.i, token.i + 1
    if token.lower_ == "according":
        return start, min(end + 1, len(doc))
    multi = _multiword_cues().get(token.lemma_.lower())
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end:
            end = child.i + 1
        elif multi and child.lower_ in multi and child.i <= end + 1:
            end = child.i + 1
    return start, end


def _multiword_cues() -> dict[str, frozenset[str]]:
    global _MULTI
    if _MULTI is None:
        multi: dict[str, set[str]] = {}
        for entry in lexicons.load("cues"):
            words = entry.split()
            if len(words) > 1:
                multi.setdefault(words[0], set()).add(words[-1])
        _MULTI = {k: frozenset(v) for k, v in multi.items()}
    return _MULTI


_MULTI: dict[str, frozenset[str]] | None = None


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    for k, edge in enumerate(edges):
        if n < edge:
            return k
    return len(edges)


class _Builder:
    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.doc = ctx.doc
        self.cue_lemmas = lexicons.load("cues")
        self.in_headline_end = ctx.paragraphs[0][1] if ctx.paragraphs else 0

    def candidates_for(self, token: Token) -> list[Candidate]:
        ctx = self.ctx
        out: list[Candidate] = []
        cue = _cue_range(token)
        source = subject_of(token)
        seen: set[tuple[int, int]] = set()

        def add(relation: str, start: int, end: int, parts: list[tuple[int, int]] | None = None) -> None:
            if parts is None:
                if end - start > _MAX_CONTENT_TOKENS or end <= start:
                    return
                rng = ctx.char_range(start, end)
                if rng is None:
                    return
                parts = [rng]
            key = (parts[0][0], parts[-1][1])
            if key in seen or key[1] - key[0] < 2:
                return
            # The cue word itself never lies inside its content.
            if any(s <= token.idx < e for s, e in parts):
                return
            seen.add(key)
            out.append(Candidate(token, cue, parts, relation, source))

        for child in token.children:
            dep = child.dep_
            if dep not in _CONTENT_CHILD_DEPS:
                continue
            if child.i in range(*cue):
                continue
            start, end = child.left_edge.i, child.right_edge.i + 1
            if dep == "prep":
                add(f"child:prep:{child.lower_}", start, end)
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    add(f"child:pobj:{child.lower_}", pobj.left_edge.i, pobj.right_edge.i + 1)
            elif dep == "dobj" and cue[1] > token.i + 1:
                add("child:dobj", start, end)
            else:
                add(f"child:{dep}", start, end)
        if token.lower_ == "according":
            to = token.nbor()
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            _ = pobj
        head = token.head
        if token.dep_ in _REST_DEPS and head is not token:
            self._add_rest(token, head, add)
        elif token.dep_ == "ROOT":
            self._add_sentence_rest(token, add)
        self._add_quotes(token, add)
        return out

    def _add_rest(self, token: Token, head: Token, add) -> None:
        h_start, h_end = head.left_edge.i, head.right_edge.i + 1
        t_start, t_end = token.left_edge.i, token.right_edge.i + 1
        if token.lower_ == "according":
            t_start, t_end = token.left_edge.i, token.right_edge.i + 1
        left = (h_start, t_start)
        right = (t_end, h_end)
        best = max(left, right, key=lambda r: r[1] - r[0])
        add(f"rest:{token.dep_}", *best)

    def _add_sentence_rest(self, token: Token, add) -> None:
        """'"…," he said' with the quote parsed apart: the sentence without the cue's subject and verb."""
        ctx = self.ctx
        s_start, s_end = ctx.sent_bounds[ctx.sentence_of(token.i)]
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        core_start = min(token.i, subject.left_edge.i if subject is not None else token.i)
        core_end = max(token.i + 1, subject.right_edge.i + 1 if subject is not None else token.i + 1)
        left, right = (s_start, core_start), (core_end, s_end)
        best = max(left, right, key=lambda r: r[1] - r[0])
        add("rest:sent", *best)

    def _add_quotes(self, token: Token, add) -> None:
        """The quotation(s) the cue introduces or follows, and their continuation."""
        ctx = self.ctx
        if ctx.quote_of[token.i] >= 0 or not ctx.stretches:
            return
        sent = ctx.sentence_of(token.i)
        s_start, s_end = ctx.sent_bounds[sent]
        in_sentence = [k for k, (a, b) in enumerate(ctx.stretch_tokens) if a < s_end and s_start < b]
        relation = "quote"
        if not in_sentence:
            prev_k = self._stretch_before(s_start)
            next_k = self._stretch_after(s_end, token)
            if prev_k is not None:
                in_sentence = [prev_k]
                relation = "quote_prev"
            elif next_k is not None:
                in_sentence = [next_k]
                relation = "quote_next"
            else:
                return
        stretches = ctx.stretches
        parts = [p for k in in_sentence for p in stretches[k].pieces]
        add(relation, 0, 0, parts)
        # The run: quoted sentences of the same paragraph after the cue's sentence, and
        # following paragraphs that are a quotation, as long as no other cue intervenes.
        last = in_sentence[-1]
        run = list(parts)
        k = last + 1
        para = ctx.paragraph_of_char(stretches[last].end)
        while k < len(stretches):
            nxt = stretches[k]
            between_start = stretches[k - 1].end
            if self._other_cue_between(between_start, nxt.start, token):
                break
            next_para = ctx.paragraph_of_char(nxt.start)
            if next_para != para:
                p_start, p_end = ctx.paragraphs[next_para]
                if next_para != para + 1 or self.ctx.text[p_start:nxt.start].strip():
                    break
                if self._has_own_cue(nxt, p_end):
                    break
            run.extend(nxt.pieces)
            para = ctx.paragraph_of_char(nxt.end)
            k += 1
        if len(run) > len(parts):
            add(relation + "_run", 0, 0, run)

    def _stretch_before(self, s_start: int) -> int | None:
        """The quotation that ends right before a sentence ('"…" ¶ He said.' or '"…" He said.')."""
        ctx = self.ctx
        for k in range(len(ctx.stretches) - 1, -1, -1):
            a, b = ctx.stretch_tokens[k]
            if b <= s_start:
                gap = ctx.text[ctx.stretches[k].end : self.doc[s_start].idx] if s_start < ctx.n else ""
                return k if len(gap.strip(" \n.,")) == 0 and s_start - b <= 2 else None
        return None

    def _stretch_after(self, s_end: int, token: Token) -> int | None:
        """The quotation opening right after a sentence ending in a colon ('He said: ¶ "…"')."""
        ctx = self.ctx
        if s_end - 1 >= ctx.n:
            return None
        last = self.doc[s_end - 1]
        colon = last.text == ":" or (s_end - 2 >= 0 and self.doc[s_end - 2].text == ":")
        if not colon:
            return None
        for k, (a, b) in enumerate(ctx.stretch_tokens):
            if a >= s_end - 1:
                return k if a - s_end <= 2 else None
        return None

    def _other_cue_between(self, start_char: int, end_char: int, token: Token) -> bool:
        """Whether a reporting verb with its own subject stands outside quotes in [start, end)."""
        ctx = self.ctx
        doc = self.doc
        i = bisect_right(ctx._token_starts, start_char - 1)
        while i < ctx.n and doc[i].idx < end_char:
            t = doc[i]
            if t.i != token.i and ctx.quote_of[i] < 0 and t.pos_ == "VERB" and t.lemma_.lower() in self.cue_lemmas:
                if any(c.dep_ in _SUBJECT_DEPS for c in t.children):
                    return True
            i += 1
        return False

    def _has_own_cue(self, stretch: QuotedStretch, para_end: int) -> bool:
        """A paragraph opening with a quotation that has its own cue ('"…," she added.')."""
        return self._other_cue_between(stretch.end, para_end, stretch_token_sentinel(self.doc))


def stretch_token_sentinel(doc: Doc) -> Token:
    """A token that is never a cue of interest (used where no cue should be skipped)."""
    return doc[0]


def find_candidates(ctx: DocContext) -> list[Candidate]:
    """All candidates of a document, with features."""
    builder = _Builder(ctx)
    result = []
    for token in ctx.doc:
        if _is_trigger(token):
            for cand in builder.candidates_for(token):
                cand.quoted_share = ctx.quoted_share(cand.parts)
                cand.features = features(ctx, cand)
                result.append(cand)
    result.extend(_colon_candidates(ctx))
    return result


def _colon_candidates(ctx: DocContext) -> list[Candidate]:
    """'Newspaper: Defense secretary used …' / 'Trump: "…"': a short lead-in before a colon."""
    doc = ctx.doc
    out = []
    for s_start, s_end in ctx.sent_bounds:
        limit = min(s_end, s_start + 8)
        for i in range(s_start + 1, limit):
            tok = doc[i]
            if tok.text != ":" or ctx.quote_of[i] >= 0:
                continue
            left = doc[s_start:i]
            if any(t.pos_ == "VERB" for t in left) or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in left):
                break
            rng = ctx.char_range(i + 1, s_end)
            if rng is None:
                break
            head = left.root
            cand = Candidate(tok, (i, i + 1), [rng], "colon", head)
            cand.quoted_share = ctx.quoted_share(cand.parts)
            cand.features = features(ctx, cand)
            out.append(cand)
            break
    return out


def features(ctx: DocContext, cand: Candidate) -> list[str]:
    """String features of a candidate for the linear model."""
    t = cand.trigger
    doc = ctx.doc
    lemma = t.lemma_.lower() if cand.relation != "colon" else ":"
    rel = cand.relation
    rel_short = rel.split(":")[0] + (":" + rel.split(":")[1] if rel.startswith(("child", "rest")) else "")
    content_tokens = _token_span(ctx, cand.start, cand.end)
    n_tokens = content_tokens[1] - content_tokens[0]
    length = _bucket(n_tokens, (3, 5, 8, 13, 21, 34, 55, 89))
    quoted = cand.quoted_share
    qb = "none" if quoted == 0 else "some" if quoted < 0.5 else "most" if quoted < 0.9 else "all"
    src = cand.source
    if src is None:
        src_kind = "none"
    elif src.pos_ == "PRON":
        src_kind = "pron:" + src.lower_ if src.lower_ in ("i", "we", "it", "you", "they", "he", "she", "who") else "pron"
    elif src.ent_type_:
        src_kind = "ent:" + src.ent_type_
    elif src.lemma_.lower() in lexicons.load("anonymous"):
        src_kind = "anon"
    else:
        src_kind = src.pos_
    in_quote = ctx.quote_of[t.i] >= 0
    position = "before" if t.idx < cand.start else "after" if t.idx >= cand.end else "inside"
    first = doc[content_tokens[0]] if content_tokens[0] < ctx.n else None
    first_word = first.lower_ if first is not None and first.lower_ in _FIRST_WORDS else (first.pos_ if first is not None else "-")
    has_verb = any(doc[i].pos_ in ("VERB", "AUX") for i in range(content_tokens[0], min(content_tokens[1], content_tokens[0] + 60)))
    n_sents = ctx.sentence_of(max(content_tokens[1] - 1, content_tokens[0])) - ctx.sentence_of(content_tokens[0]) + 1
    headline = ctx.paragraph_of_char(t.idx) == 0
    neg = any(c.dep_ == "neg" for c in t.children)
    lex = lemma in lexicons.load("cues")
    root = _content_root(doc, content_tokens)
    root_kind = (root.ent_type_ or root.pos_) if root is not None else "-"
    feats = [
        "bias",
        f"lem={lemma}",
        f"rel={rel_short}",
        f"relfull={rel}",
        f"lem|rel={lemma}|{rel_short}",
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"rel|dep={rel_short}|{t.dep_}",
        f"rel|tag={rel_short}|{t.tag_}",
        f"src={src_kind}",
        f"rel|src={rel_short}|{src_kind}",
        f"lem|src={lemma}|{src_kind != 'none'}",
        f"len={length}",
        f"rel|len={rel_short}|{length}",
        f"q={qb}",
        f"rel|q={rel_short}|{qb}",
        f"lem|q={lemma}|{qb}",
        f"inq={in_quote}",
        f"rel|inq={rel_short}|{in_quote}",
        f"lem|inq={lemma}|{in_quote}",
        f"posn={position}",
        f"rel|posn={rel_short}|{position}",
        f"first={first_word}",
        f"rel|first={rel_short}|{first_word}",
        f"lem|first={lemma}|{first_word}",
        f"verb={has_verb}",
        f"rel|verb={rel_short}|{has_verb}",
        f"sents={min(n_sents, 4)}",
        f"rel|sents={rel_short}|{min(n_sents, 4)}",
        f"head={headline}",
        f"rel|head={rel_short}|{headline}",
        f"neg={neg}",
        f"lem|neg={lemma}|{neg}",
        f"lex={lex}",
        f"lex|rel={lex}|{rel_short}",
        f"root={root_kind}",
        f"rel|root={rel_short}|{root_kind}",
        f"lem|rel|verb={lemma}|{rel_short}|{has_verb}",
        f"parts={min(len(cand.parts), 4)}",
    ]
    return feats


_FIRST_WORDS = frozenset({"that", "to", "for", "of", "on", "about", "as", "the", "a", "an", "he", "she", "it", "they", "we", "i", "if", "whether", "how", "what", "why", "with", "in", "his", "her", "there", "this"})


def _token_span(ctx: DocContext, start_char: int, end_char: int) -> tuple[int, int]:
    starts = ctx._token_starts
    return bisect_right(starts, start_char) - 1 if starts else 0, bisect_right(starts, end_char - 1)


def _content_root(doc: Doc, token_range: tuple[int, int]) -> Token | None:
    start, end = token_range
    if start >= end:
        return None
    span: Span = doc[start:end]
    return span.root
