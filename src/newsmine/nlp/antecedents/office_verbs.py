"""An office a person is given by a verb rather than a title: 'Rep. Gordon Ashby, the Utah
Republican who chairs the committee, …. "…," the chairman said'.

The article never writes "Chairman Ashby", so no title of his holds "chairman", and "the
chairman" went to the witness named last. A relative clause on the person's name or on its
apposition whose verb names the office ("who chairs", "who directs") gives the person the
office's nouns, as an apposition's noun does (:func:`.cluster_words._appositive_words`).
"""

from __future__ import annotations

from newsmine.nlp.entities import EntityCluster

# A verb of holding an office and the nouns the office is written with.
_OFFICE_OF_VERB = {
    "chair": frozenset({"chairman", "chairwoman", "chair", "chairperson"}),
    "direct": frozenset({"director"}),
}


def office_words_of_verbs(cluster: EntityCluster) -> set[str]:
    """The office nouns of the verbs of the relative clauses ('who chairs the committee') on a
    mention of ``cluster`` or on the mention's apposition, in the present or past tense, with
    a direct object (the body held)."""
    found: set[str] = set()
    for mention in cluster.mentions:
        root = mention.root
        holders = [root, *(c for c in root.children if c.dep_ == "appos" and c.i >= mention.end)]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ != "relcl" or clause.lemma_ not in _OFFICE_OF_VERB:
                    continue
                if any(c.dep_ == "dobj" for c in clause.children) and any(c.lower_ in ("who", "that") for c in clause.lefts):
                    found |= _OFFICE_OF_VERB[clause.lemma_]
    return found
