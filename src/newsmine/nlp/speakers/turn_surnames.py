"""A transcript turn whose speaker the transcript names in full ('MIRA OSEI, HOST: …', then
'OSEI: …'): the full name is the turn's, whatever entity the resolver would take its words in
capitals for. A name in capitals that the recogniser did not tag is resolved like any unknown
capitalised word: the host's turn went to the role tagged beside her name (an organisation
'HOST') and, after a guest's clip ('SEN. LINA CORR …: …' then 'OSEI: Senator Corr there.'), to
the guest (probe51d)."""

from __future__ import annotations

from newsmine.nlp.speakers.resolution import Resolution

__all__ = ["contradicts_full_name"]

# A turn named by a description ('THE PRESIDENT: …') is resolved by the title rules, not by a name.
_DETERMINERS = frozenset({"the", "a", "an"})


def contradicts_full_name(resolution: Resolution, surname: str, fullest: dict[str, str]) -> bool:
    """Whether ``resolution``, the entity the resolver read a turn's name as, is not the person
    the transcript writes in full for the turn's ``surname`` (its last word): the transcript
    writes that surname in full somewhere (two words or more, not a description), and the
    surname is in none of the words of the resolved entity's name. A surname no turn writes in
    full is left as it is."""
    if resolution.cluster is None or resolution.kind not in ("person", "organisation"):
        return False
    surname = surname.strip(".").lower()
    full = fullest.get(surname, "").split()
    if len(full) < 2 or full[0].lower() in _DETERMINERS:
        return False
    return surname not in (resolution.cluster.name or "").lower().replace("-", " ").split()
