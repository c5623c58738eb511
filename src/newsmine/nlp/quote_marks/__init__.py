"""Find quoted stretches of text by pairing quotation marks.

Works on the raw text (no parse needed) and copes with what news text really holds:

- straight (``"``), curly (``“ ”``, ``„``, ``« »``) and doubled single (``''``, the
  convention of some newspaper archives) double marks, mixed in one article; the typewriter
  pair of two grave accents and two apostrophes (````…''``, text archives and converted TeX)
  opens with the accents (see :func:`.double_marks._typewriter_opens`);
- a quote running over several paragraphs: by convention each paragraph opens with a
  mark and only the last one closes, so an unclosed quote continues when the next
  paragraph opens with a mark;
- unbalanced marks: an unclosed quote ends at the end of its paragraph, so one stray mark
  never swallows the rest of the article; nor does a mark left unclosed by a typo swallow the
  next paragraph's quotation when another named speaker is credited right after it (see
  :func:`.unclosed_quotes._credits_another`), nor a next paragraph that is a credited run of
  its own ('"C," Sexton said. "D."') after a paragraph that credits a speaker too (see
  :func:`.unclosed_quotes._credits_its_own`);
- a paragraph set off under a lead-in that ends with a verb of speech or writing and a colon
  ("Shah wrote:", "In a speech last July, he said:") is a quotation though no mark opens it:
  a post, a letter or a speech quoted as a block (see :func:`.block_quotes._introduced_block`);
- a quotation nested in another with the same curly marks ('“… he calls “hell” …”');
- a curly mark typed the wrong way round, read by where it stands: an opening mark after
  a word and before a space closes ('“It’s unusual,“ said …'), a closing mark after a
  space and before a letter opens; an invisible format character (U+202A opening pasted
  social-media comments, a zero-width space) stands where a space would;
- single marks (``‘ ’`` or straight ``'``) are only used inside a double-quoted stretch
  (nested quotes) and otherwise ignored: they double as apostrophes — except in an article
  written in the British style, with single marks around its quotes ("‘We cannot afford it,’
  said Moore.", "'We cannot afford it,' said Moore.") and double ones few or none (those nested
  in a single quotation not counted): there an opening mark opens and a closing one that is
  no apostrophe closes, and a double-quoted stretch outside them is a quote too (see
  :func:`.single_marks._single_marks`, :func:`.single_marks._pair_single_paragraph`);
  and, past the headline, in a paragraph with no double mark whose single-quoted quotation
  closes after a comma before its cue ("‘…,’ she said. ‘…’" pasted into American copy, see
  :func:`.single_marks._single_quoted_paragraph`).

A straight mark (``"`` or ``''``) opens when it follows a space, the paragraph start or an
opening bracket/dash/colon and precedes a non-space; otherwise it closes, unless nothing is
open in its paragraph and it is glued to a letter after it (a dropped space:
'about"joint operations …"', see :func:`.double_marks._glued_straight_opens`).

Linear in the length of the text.

The package (``quote_marks.py`` until session 50, split by what it holds):

- :mod:`.stretches`: :class:`QuotedStretch` and :func:`find_quoted`, paragraph by paragraph;
- :mod:`.bounds`: :func:`paragraph_bounds`, the paragraphs it reads;
- :mod:`.double_marks`: which double marks open or close, and how a paragraph's pair;
- :mod:`.single_marks`: the single-mark style and single-quoted paragraphs and sentences;
- :mod:`.unclosed_quotes`: when an unclosed quotation stops at another speaker's or at a
  credited run of its own;
- :mod:`.block_quotes`: a block quoted under a lead-in and colon;
- :mod:`.display_lines`: :func:`pull_quotes`.
"""

from newsmine.nlp.quote_marks.bounds import paragraph_bounds
from newsmine.nlp.quote_marks.display_lines import pull_quotes
from newsmine.nlp.quote_marks.stretches import QuotedStretch, find_quoted

__all__ = ["QuotedStretch", "find_quoted", "paragraph_bounds", "pull_quotes"]
