"""Federal agencies whose names hold no word of "agency"'s type.

"The Centers for Disease Control and Prevention added the new area …. The agency said in a
separate statement …": "the agency" fits a body whose name holds one of its type words
("Environmental Protection Agency", "Food and Drug Administration", "Secret Service") or
one written as initials ("the FBI"). Some agencies are named by a plural head before "for" or
"of" instead: the "Centers for Disease Control and Prevention", the "National Institutes of
Health", the "Centers for Medicare and Medicaid Services"; written out in full, "the agency"
found nothing (probe54's epidemic). Not "… Services" alone, which companies are named so.
"""

from __future__ import annotations

import re

# "Centers for …", "National Institutes of …": an agency's plural head before its remit.
_AGENCY_NAME_RE = re.compile(r"\b(?:centers|institutes) (?:for|of)\b")

# The fit of such a name to "the agency": as a type word in the name (doc_index gives 2.0 too).
AGENCY_PLURAL_FIT = 2.0


def agency_by_plural_head(head: str, name: str) -> bool:
    """Whether "the ``head``" ("the agency") fits a body named ``name`` by a plural head before
    "for" or "of" ("Centers for Disease Control and Prevention", "National Institutes of
    Health"). Not "the company" or "the group" (no agency's type), nor a name with the head in
    the singular ("Center for American Progress": a think tank) or after it ("Harbor Health
    Centers": clinics)."""
    return head == "agency" and _AGENCY_NAME_RE.search(name.lower()) is not None
