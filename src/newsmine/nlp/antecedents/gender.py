"""A person's gender: from titles, honorifics and first names, and from the pronouns after them.

Read once per article by :class:`DocIndex` (titles outrank first names; pronouns fill in
whom neither decided, and a name of one word that is a first name, "Hillary", whom the
pronouns left: "Clinton" or "Warren" alone is a surname as often); :func:`_gender_fits` is the
ranking's test of a candidate.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsmine.nlp.antecedents.described_possessives import describes_the_name
from newsmine.nlp.antecedents.named import _Named
from newsmine.nlp.antecedents.previous_people import bound_by_subject, previous_sentence_genders
from newsmine.nlp.attribution import DocContext
from newsmine.nlp.entities import EntityCluster, honorific_gender_at
from newsmine.nlp.entities.names import fold

# Pronouns that vote for the gender of the one person a sentence names: not the object forms
# ("President Lee backed her up" says nothing of Lee), which mostly stand for someone else.
_MALE_VOTES = frozenset({"he", "his", "himself"})
_FEMALE_VOTES = frozenset({"she", "herself"})
# Nouns of an unnamed person of one gender: a sentence holding one ("a man at the next table
# sent his compliments, and Ortiz came out to shake his hand") may mean them by its pronouns.
_MALE_PEOPLE = frozenset({"man", "boy", "father", "husband", "son", "brother"})
_FEMALE_PEOPLE = frozenset({"woman", "girl", "mother", "wife", "daughter", "sister"})


def _gender_fits(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def _gender_from_pronouns(
    context: DocContext, named: list[_Named], in_quote: list[bool], known: dict[int, str]
) -> dict[int, str]:
    """A person's gender from the pronouns of the sentences that name only them ("Terry Lee
    said she would run"), or only them and people whose gender is ``known`` ("Kelly said she
    asked Donald Trump"; a pronoun of that gender then votes for no one): he/his/himself
    against she/herself (``_MALE_VOTES``, ``_FEMALE_VOTES``) after the name, outside
    quotations, kept when one side has at least twice the other's count. A sentence that
    also holds an unnamed man or woman ("a man", "her son") gives no vote of that gender."""
    people_in: dict[int, set[int]] = {}
    first_token: dict[int, int] = {}
    name_ends: dict[int, set[int]] = {}
    roots: dict[tuple[int, int], list[int]] = {}  # (sentence, person) -> the roots of the person's mentions there
    for n in named:
        if n.cluster.label == "PERSON" and not n.in_quote:
            people_in.setdefault(n.sentence, set()).add(id(n.cluster))
            roots.setdefault((n.sentence, id(n.cluster)), []).append(n.token)
            first_token.setdefault(n.sentence, n.token)
            name_ends.setdefault(n.sentence, set()).add(n.token + 1)  # a name's root is its last word
    votes: dict[int, list[int]] = {}
    lower = context.lower
    named_before = previous_sentence_genders(named, known)
    for number, people in people_in.items():
        unknown = [key for key in people if key not in known]
        others = {known[key] for key in people if key in known}
        if len(unknown) != 1 or len(others) > 1:
            continue
        (key,) = unknown
        tally = votes.setdefault(key, [0, 0])
        start, end = context.sent_bounds[number]
        nouns = {lower[i] for i in range(start, end) if not in_quote[i]}
        if nouns & _MALE_PEOPLE:
            others.add("m")
        if nouns & _FEMALE_PEOPLE:
            others.add("f")
        # 'The Republican nominee, businessman Curtis Vail, wasted no time. Within an hour of Okafor's
        # speech, his campaign …': a person of known gender named the sentence before may be meant,
        # unless the person named here is the subject whose clause holds the pronoun ("Okafor said
        # she would concede": hers)
        before = named_before.get(number, set())
        own_roots = roots[(number, key)]
        for i in range(first_token[number], end):
            if in_quote[i] or any(describes_the_name(context.doc, e, i) for e in name_ends[number]):
                continue  # "Ngozi Nwankwo - also his wife -": the "his" is her husband
            if lower[i] not in _MALE_VOTES and lower[i] not in _FEMALE_VOTES:
                continue
            barred = others if bound_by_subject(context.doc, own_roots, i) else others | before
            if lower[i] in _MALE_VOTES and "m" not in barred:
                tally[0] += 1
            elif lower[i] in _FEMALE_VOTES and "f" not in barred:
                tally[1] += 1
    found = {}
    for key, (male, female) in votes.items():
        if male >= 1 and male >= 2 * female:
            found[key] = "m"
        elif female >= 1 and female >= 2 * male:
            found[key] = "f"
    return found


def _gender_from_names(doc: Doc, cluster: EntityCluster, female: frozenset[str], male: frozenset[str]) -> str | None:
    """'m' or 'f' from an honorific before a mention ("Mr. Lee") or a first name of one sex
    only before the surname ("Ana Lee"). A name of one word is left to the pronouns first
    (:func:`_gender_from_lone_name`)."""
    for mention in cluster.mentions:
        gender = honorific_gender_at(doc, mention.start - 1)
        if gender is not None:
            return gender
    return _gender_of_words(cluster.name.lower().split()[:-1], female, male)


def _gender_from_lone_name(cluster: EntityCluster, female: frozenset[str], male: frozenset[str]) -> str | None:
    """'m' or 'f' for a person named by one word only, when that word is a first name of one
    sex ("Hillary", "Jeb"). Weaker than the pronouns of the sentences that name only this
    person, since a lone word is as often a surname that is also a first name: "Clinton",
    "Warren", "Ryan" stand for Hillary Clinton, Elizabeth Warren, Paul Ryan in articles that
    never give the first name."""
    words = cluster.name.lower().split()
    return _gender_of_words(words, female, male) if len(words) == 1 else None


def _gender_of_words(words: list[str], female: frozenset[str], male: frozenset[str]) -> str | None:
    """The sex of the first of ``words`` that is a first name of one sex only. A word is read
    without its diacritics too, as the lists write many names ("maria", "jose"): else the
    first given name of "María José Fernández" was passed over for the second, and she was a
    man to the pronouns."""
    for written in words:
        word = written if written in female or written in male else fold(written)
        if word in female and word not in male:
            return "f"
        if word in male and word not in female:
            return "m"
    return None


# Title words that say a person's gender ("Congresswoman Ada Lee", "Lee, a businessman,").
_FEMALE_TITLE_WORDS = frozenset({"congresswoman", "chairwoman", "spokeswoman", "businesswoman", "councilwoman", "assemblywoman", "lady", "queen", "princess", "duchess", "actress", "mother", "wife", "widow", "daughter", "sister", "grandmother"})  # fmt: skip
_MALE_TITLE_WORDS = frozenset({"congressman", "chairman", "spokesman", "businessman", "councilman", "assemblyman", "king", "prince", "duke", "actor", "father", "husband", "widower", "son", "brother", "grandfather"})  # fmt: skip


def _gender_from_titles(cluster: EntityCluster) -> str | None:
    words = {w for title in cluster.titles for w in title.lower().replace("-", " ").split()}
    female, male = bool(words & _FEMALE_TITLE_WORDS), bool(words & _MALE_TITLE_WORDS)
    if female != male:
        return "f" if female else "m"
    return None
