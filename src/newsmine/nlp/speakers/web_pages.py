"""A page of a website speaks for the website's owner: 'Check out the Sanders campaign website,
and you'll find … One exception is a page on health care … The health care page doesn't mention
…, just as a page on climate says nothing …' (extra-desc, desc54b).

"page" is no document noun (news pages are newspapers': "the front page of the Herald"), so a
web page was no one's. When a website or site was named in the page's sentence or the few
before, with an owner a document rule finds ("the agency's site"), the page is that owner's; a
campaign's website ("the Sanders campaign website") the campaign's, as the gold names it. Nothing else: a page with its own owner or "of" phrase ("his
Facebook page", "the front page of the Herald") is left to the other rules, and a page with no
website named just before stays no one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.speakers.documents import _document_author
from newsmine.nlp.speakers.resolution import Resolution
from newsmine.nlp.speakers.words import _CAMPAIGN_NOUNS

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["owner_of_web_page"]

_PAGE_NOUNS = frozenset({"page", "pages", "webpage", "webpages"})
_SITE_NOUNS = frozenset({"website", "websites", "site", "web site"})
# How many sentences before the page's the website may be named.
_SITE_SENTENCES = 4


def owner_of_web_page(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The owner of the latest website named near before the mention's page, else None."""
    root = mention.root
    if root.lower_ not in _PAGE_NOUNS:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in root.children):
        return None  # "his Facebook page", "the front page of the Herald": owned in its own words
    ctx, doc, in_quote = resolver.index.context, resolver.doc, resolver.index.in_quote
    first = ctx.sent_bounds[max(0, ctx.sent_of[root.i] - _SITE_SENTENCES)][0]
    for i in range(mention.start - 1, first - 1, -1):
        if ctx.lower[i] not in _SITE_NOUNS or in_quote[i] or doc[i].pos_ != "NOUN":
            continue
        site = doc[i]
        campaign = next((c for c in site.lefts if c.dep_ in ("compound", "nmod") and c.lower_ in _CAMPAIGN_NOUNS), None)
        if campaign is not None:
            return _campaign_of_site(resolver, site, campaign)
        found = _document_author(resolver, doc[site.left_edge.i : i + 1])
        if found is None or found.kind not in ("person", "organisation") or not found.name:
            return None
        return Resolution(found.kind, found.cluster, found.name, "description")
    return None


def _campaign_of_site(resolver: SpeakerResolver, site: Token, campaign: Token) -> Resolution | None:
    """"the Sanders campaign website" (the parse hangs "Sanders" and "campaign" both on
    "website"): the campaign's ("Sanders campaign"), not the candidate's; "its campaign
    website" and a website of a campaign no name shows are no one's here."""
    owners = [t for t in site.lefts if t.i < campaign.i and t.dep_ in ("compound", "nmod") and t.text[:1].isupper()]
    owners += [t for t in campaign.lefts if t.dep_ in ("compound", "nmod", "poss") and t.text[:1].isupper()]
    if not owners:
        return None
    owner = max(owners, key=lambda t: t.i)
    surname = owner.text.removesuffix("'s")
    return Resolution("organisation", None, f"{surname} campaign", "description")
