"""Quotes and their attribution: the ``newsmine_quotes_v1`` component.

1. Quotation marks are paired (:mod:`~newsmine.nlp.quote_marks`).
2. Every word that could head a cue proposes contents from the dependency parse and the
   quotations around it (:mod:`~newsmine.nlp.attribution`).
3. A linear model trained on PolNeAR train scores each proposal
   (:mod:`~newsmine.nlp.attribution_model`); each cue keeps its best content, and the
   best-scoring attributions above the threshold are kept, one per content.
4. Speakers are resolved to entities (:mod:`~newsmine.nlp.speakers`).

A quote is ``direct`` when (nearly) all its content is inside quotation marks, ``mixed``
when part of it is, ``indirect`` otherwise. Nested attributions ("officials said the
governor told donors that '…'") give one quote per cue.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import Candidate, DocContext, doc_text, find_candidates, subject_of
from newsmine.nlp.attribution_model import AttributionModel, sigmoid
from newsmine.nlp.doc_attrs import in_excluded, register_extensions
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.not_speech import not_speech
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.results import entities_of
from newsmine.nlp.speakers import SpeakerResolver, add_resolved_references

__all__ = ["QuoteFound", "confidence_features", "cue_category", "cue_lemma", "find_quotes"]

register_extensions()

# Share of a content's characters inside quotation marks from which it is a direct quote.
_DIRECT_SHARE = 0.9
# Share of quoted characters from which a content counts as a quotation for the threshold.
_QUOTED_SHARE = 0.5
# Two attributions whose contents overlap this much (IoU of characters) report the same thing.
_DUPLICATE_IOU = 0.5
# Uncovered quotations of this many words or more are quotes of their own (_orphan_quotations),
# their speaker looked for this many paragraphs back (defaults of the component's settings
# orphan_min_words and orphan_paragraphs).
_ORPHAN_MIN_WORDS = 6
_ORPHAN_PARAGRAPHS = 2
_ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "brief", "ask"})


@dataclass(slots=True)
class QuoteFound:
    type: str  # direct | indirect | mixed
    parts: list[tuple[int, int]]  # content character ranges, in order
    cue: Span | None = None
    speaker: Span | None = None
    addressee: Span | None = None
    speaker_kind: str = "unresolved"
    entity: EntityCluster | None = None
    speaker_name: str | None = None
    speaker_resolution: str = "none"  # how the name was reached (records.SpeakerResolution)
    score: float = 0.0
    category: str = "other"  # speech | writing | thought | stance | other (cue_category)
    confidence: float | None = None  # P(content and speaker right); None without a confidence model
    relation: str = ""  # how the content was found (Candidate.relation: 'child:ccomp', 'quote_run', 'orphan' …)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def noun_phrase(token: Token) -> Span:
    """The speaker as written: the noun phrase of ``token`` without relative clauses or appositions."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "punct", "case") and child.i < left:
            if child.dep_ == "punct" and child.text not in ("-",):
                continue
            left = min(left, child.left_edge.i)
    right = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "case") and child.i == right:
            right = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.i == right and child.lower_ in ("for", "at", "with", "in", "of", "close", "familiar"):
            # "spokesman for the ministry", "sources close to the talks"
            right = child.right_edge.i + 1
        elif child.dep_ == "amod" and child.i == right:  # "sources familiar with ..."
            right = child.right_edge.i + 1
        else:
            break
    while left < token.i and doc[left].is_punct:
        left += 1
    while right > token.i + 1 and doc[right - 1].is_punct:
        right -= 1
    return doc[left:right]


def _addressee_of(verb: Token) -> Span | None:
    """'told Reuters' -> Reuters; 'said in an interview with CNN' is left out."""
    if verb.lemma_.lower() not in _ADDRESSEE_CUES:
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "PRON", "NOUN"):
            return noun_phrase(child)
    return None


def _overlap_iou(a: Candidate, b: Candidate) -> float:
    """Intersection over union of two contents' characters.

    One walk over both lists of parts (each in text order, not overlapping): a quote
    continued over hundreds of paragraphs costs its parts, not their square.
    """
    inter, i, j = 0, 0, 0
    parts_a, parts_b = a.parts, b.parts
    while i < len(parts_a) and j < len(parts_b):
        (s1, e1), (s2, e2) = parts_a[i], parts_b[j]
        inter += max(0, min(e1, e2) - max(s1, s2))
        if e1 <= e2:
            i += 1
        else:
            j += 1
    if not inter:
        return 0.0
    size_a = sum(e - s for s, e in a.parts)
    size_b = sum(e - s for s, e in b.parts)
    return inter / (size_a + size_b - inter)


def choose(candidates: list[Candidate], threshold: float, quoted_threshold: float | None = None) -> list[Candidate]:
    """Each cue's best content; then the best attributions first, one per content.

    A content that is mostly quotation is kept from ``quoted_threshold`` on (default: the
    same threshold): news quotations are nearly always attributed, so the model's doubt about
    them costs less than missing them. A cue left without a content because a better one
    took it gets its best remaining content that overlaps nothing chosen.
    """
    if quoted_threshold is None:
        quoted_threshold = threshold
    best: dict[int, Candidate] = {}
    split: dict[int, Candidate] = {}
    for cand in candidates:
        key = cand.trigger
        if key not in best or cand.score > best[key].score:
            best[key] = cand
        if _is_split_quote(cand) and cand.score >= quoted_threshold:
            split[key] = cand
    for key, quote in split.items():
        # '"X," he said, "Y."': one quote in two parts, not the part the parse hung on the verb.
        if best[key] is not quote and _within(best[key], quote):
            best[key] = quote
    chosen: list[Candidate] = []
    taken = _Intervals()
    for cand in sorted(best.values(), key=lambda c: -c.score):
        if cand.score < _threshold_for(cand, threshold, quoted_threshold):
            continue
        if any(_overlap_iou(cand, other) >= _DUPLICATE_IOU for other in taken.overlapping(cand.start, cand.end)):
            continue
        chosen.append(cand)
        taken.add(cand)
    # A cue whose best content went to a better-scoring cue ('"…," Okafor told the host,
    # noting that …' where both verbs want the that-clause) takes its best content that
    # touches nothing chosen, if that one reaches the threshold too.
    done = {c.trigger for c in chosen}
    others: dict[int, list[Candidate]] = {}
    for cand in candidates:
        if cand.trigger not in done:
            others.setdefault(cand.trigger, []).append(cand)
    for key in sorted(others, key=lambda key: -best[key].score):
        if best[key].score < _threshold_for(best[key], threshold, quoted_threshold):
            continue
        for cand in sorted(others[key], key=lambda c: -c.score):
            if cand.score >= _threshold_for(cand, threshold, quoted_threshold) and not taken.overlapping(cand.start, cand.end):
                chosen.append(cand)
                taken.add(cand)
                break
    chosen.sort(key=lambda c: c.start)
    return chosen


def _threshold_for(cand: Candidate, threshold: float, quoted_threshold: float) -> float:
    return quoted_threshold if cand.quoted_share >= _QUOTED_SHARE else threshold


class _Intervals:
    """Chosen contents by position: the candidates overlapping a range in a bisection, not a
    pass over all of them (an article of thousands of quotes stays linear)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[Candidate] = []
        self._longest = 0

    def add(self, cand: Candidate) -> None:
        k = bisect_right(self._starts, cand.start)
        self._starts.insert(k, cand.start)
        self._items.insert(k, cand)
        self._longest = max(self._longest, cand.end - cand.start)

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [c for c in self._items[lo:hi] if c.end > start]


def _is_split_quote(cand: Candidate) -> bool:
    """Quotations on both sides of their cue, in one sentence or running on."""
    return cand.relation.startswith("quote") and len(cand.parts) > 1 and cand.parts[0][1] <= cand.trigger_char < cand.parts[-1][0]


def _within(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner``'s content lies inside ``outer``'s parts (give or take edge marks)."""
    return all(any(s - 2 <= a and b <= e + 2 for s, e in outer.parts) for a, b in inner.parts)


def score_candidates(candidates: list[Candidate], model: AttributionModel) -> None:
    """Set each candidate's score: the content model's probability, or its fixed score.

    The model is linear, so the weight of the features a cue word's candidates share is
    summed once per cue word.
    """
    content = model.content
    shared_margin: dict[int, float] = {}
    for cand in candidates:
        if cand.fixed_score is not None:
            cand.score = cand.fixed_score
            continue
        key = id(cand.shared)
        base = shared_margin.get(key)
        if base is None:
            base = shared_margin[key] = content.margin(cand.shared)
        cand.score = sigmoid(base + content.margin(cand.features))


def _orphan_quotations(
    ctx: DocContext,
    candidates: list[Candidate],
    chosen: list[Candidate],
    min_words: int = _ORPHAN_MIN_WORDS,
    paragraphs_back: int = _ORPHAN_PARAGRAPHS,
) -> list[Candidate]:
    """``chosen`` plus a quote for each quoted sentence no chosen content touches.

    News quotations are nearly always someone's words, and PolNeAR annotates them: of the
    quotations of six words or more that the cue-driven choice leaves uncovered on PolNeAR
    train, 276 are part of a gold attribution and 60 are not. Each gets, in this order: the
    best candidate covering it that overlaps nothing chosen (its cue's best content was
    another); else the verb right after it with its subject ('"…," the editorial thundered.');
    else the speaker of the nearest attribution ending before it within the two paragraphs
    before ('Brandt said. ¶ "The rest of the gap …"'), with no cue; else no speaker.
    """
    taken = _Intervals()
    for cand in chosen:
        taken.add(cand)
    covering: dict[int, list[Candidate]] = {}
    for cand in candidates:
        if cand.relation.startswith("quote"):
            for start, _ in cand.parts:
                k = ctx.quote_of[ctx.token_at_char(start)]
                if k >= 0:
                    covering.setdefault(k, []).append(cand)
    out = list(chosen)
    with_source = sorted((c for c in chosen if c.source >= 0), key=lambda c: c.end)
    before = 0  # with_source[:before] end before the current quotation
    last: Candidate | None = None  # the attribution with a source ending last before it
    text = ctx.text
    for k, stretch in enumerate(ctx.stretches):
        while before < len(with_source) and with_source[before].end <= stretch.start:
            if last is None or with_source[before].end >= last.end:
                last = with_source[before]
            before += 1
        if len(text[stretch.inner_start : stretch.inner_end].split()) < min_words:
            continue
        if taken.overlapping(stretch.inner_start, stretch.inner_end):
            continue
        pick = next(
            (c for c in sorted(covering.get(k, ()), key=lambda c: -c.score) if not taken.overlapping(c.start, c.end)),
            None,
        )
        if pick is None:
            trigger, source = _verb_after_quotation(ctx, k)
            cue = (trigger, trigger + 1) if trigger >= 0 else (0, 0)
            if source < 0 and last is not None:
                para = ctx.paragraph_of_char(stretch.start)
                if para - paragraphs_back <= ctx.paragraph_of_char(last.end) <= para:
                    source = _antecedent(ctx, last.source)
            pick = Candidate(trigger, stretch.start, cue, list(stretch.pieces), "orphan", source, quoted_share=1.0)
        out.append(pick)
        taken.add(pick)
        if pick.source >= 0:
            last = pick
    out.sort(key=lambda c: c.start)
    return out


def _antecedent(ctx: DocContext, source: int) -> int:
    """A relative pronoun's antecedent ('said Capt. Ines Duarte, who …'); else ``source``.

    Token-level, for a source handed on to the next quotation; the speaker resolver maps the
    pronoun of a quote's own speaker to its antecedent noun phrase (``speakers._antecedent``)."""
    head = ctx.head[source]
    if ctx.lower[source] in ("who", "which", "that") and ctx.dep[head] == "relcl":
        return ctx.head[head]
    return source


def _verb_after_quotation(ctx: DocContext, k: int) -> tuple[int, int]:
    """'"…," the editorial thundered.': the first verb after quotation ``k`` in its paragraph and
    sentence, with its subject outside the quotation, as (verb, subject); else (-1, -1)."""
    first, last = ctx.stretch_tokens[k]
    j = last
    while j < ctx.n and ctx.punct[j] and j - last < 3:
        j += 1
    if j >= ctx.n or ctx.para_of[j] != ctx.para_of[max(first, last - 1)]:
        return -1, -1
    for i in range(j, min(ctx.n, j + 8)):
        if ctx.pos[i] == "VERB" and ctx.quote_of[i] < 0:
            source = subject_of(ctx, i)
            return (i, source) if source >= 0 and ctx.quote_of[source] < 0 else (-1, -1)
        if ctx.punct[i] and ctx.lower[i] in (".", "!", "?", "“", '"'):
            break
    return -1, -1


def cue_category(lemma: str | None, direct: bool) -> str:
    """What a cue reports (``lexicons/cue_categories.txt``): the cue's lemma looked up whole
    ('make clear'), then by its first word ('call for' -> 'call'). Quotation marks report
    someone's words, so a direct quote with no cue word or an unlisted one ('"…," she
    fumed') is speech; any other unlisted cue is "other"."""
    table = lexicons.load_sections("cue_categories")
    if lemma:
        found = table.get(lemma) or table.get(lemma.split()[0])
        if found:
            return found
    return "speech" if direct else "other"


# Cues whose words are not inflected forms of a verb: kept as written.
_FIXED_CUES = frozenset({"according to", "as per"})


def cue_lemma(cue: Span) -> str:
    """The cue's lemma, words joined by a space ('made clear' -> 'make clear')."""
    written = " ".join(t.lower_ for t in cue)
    return written if written in _FIXED_CUES else " ".join(t.lemma_.lower() for t in cue)


def _category(cand: Candidate, cue: Span | None, kind: str) -> str:
    lemma = cand.relation if cand.relation in ("colon", "dash") else cue_lemma(cue) if cue is not None else None
    return cue_category(lemma, kind == "direct")


def _quote_type(candidate: Candidate) -> str:
    if candidate.quoted_share >= _DIRECT_SHARE:
        return "direct"
    return "mixed" if candidate.quoted_share > 0 else "indirect"


def find_quotes(
    doc: Doc,
    model: AttributionModel | None = None,
    entities: list[EntityCluster] | None = None,
    *,
    orphan_min_words: int = _ORPHAN_MIN_WORDS,
    orphan_paragraphs: int = _ORPHAN_PARAGRAPHS,
) -> list[QuoteFound]:
    """The quotes of ``doc``, their speakers resolved to ``entities`` (default: those the
    entities component left on ``doc``), to which the pronouns and descriptions resolved are
    added as references."""
    model = model or AttributionModel.default()
    entities = entities_of(doc) if entities is None else entities
    text = doc_text(doc)
    ctx = DocContext(doc, find_quoted(text), text)
    candidates = find_candidates(ctx, model.cue)
    score_candidates(candidates, model)
    quotes = []
    chosen = choose(candidates, model.content.threshold, model.quoted_threshold)
    chosen = _orphan_quotations(ctx, candidates, chosen, orphan_min_words, orphan_paragraphs)
    for cand in chosen:
        if in_excluded(doc, cand.start, cand.end) or not_speech(ctx, cand):
            continue
        cue = doc[cand.cue[0] : cand.cue[1]] if cand.trigger >= 0 else None
        speaker = noun_phrase(doc[cand.source]) if cand.source >= 0 else None
        addressee = _addressee_of(doc[cand.trigger]) if cand.trigger >= 0 else None
        kind = _quote_type(cand)
        category = _category(cand, cue, kind)
        found = QuoteFound(kind, list(cand.parts), cue, speaker, addressee, score=cand.score, category=category)
        found.relation = cand.relation
        quotes.append(found)
    resolver = SpeakerResolver(doc, entities, ctx)
    resolutions = []
    for quote in quotes:
        if quote.speaker is not None:
            resolution = resolver.resolve(quote.speaker)
            resolutions.append(resolution)
            quote.speaker_kind = resolution.kind
            quote.entity = resolution.cluster
            quote.speaker_name = resolution.name
            quote.speaker_resolution = resolution.how
        if model.confidence is not None:
            quote.confidence = round(model.confidence.probability(confidence_features(quote)), 3)
    add_resolved_references(resolutions)
    return quotes


def confidence_features(quote: QuoteFound) -> list[str]:
    """What the confidence model looks at: the content model's score (in tenths), how the
    content was found, its type, and what the speaker resolved to."""
    tenth = min(int(quote.score * 10), 9)
    kind = quote.relation.split(":")[0].removesuffix("_run")
    speaker = "none" if quote.speaker is None else quote.speaker_kind
    named = quote.entity is not None
    return [
        "bias",
        f"score={tenth}",
        f"rel={kind}",
        f"type={quote.type}",
        f"speaker={speaker}",
        f"named={named}",
        f"type|speaker={quote.type}|{speaker}",
        f"rel|score={kind}|{tenth}",
    ]
