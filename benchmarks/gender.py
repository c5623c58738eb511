"""How many people's gender the articles state, in a records file (the figures in README.md,
"People's gender").

    newsmine extract ../shared/benchmarks/polnear/dev/text --output dev.jsonl
    python benchmarks/gender.py dev.jsonl

Counts PERSON entities by ``gender`` and by the kind of ``gender_evidence`` (pronoun,
honorific, guessed), and how many quotes are by women, men and people of unknown gender.
"""

from __future__ import annotations

import json
import sys
from collections import Counter


def main(path: str) -> None:
    people: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            gender_of = {}
            for entity in record["entities"]:
                if entity["label"] != "PERSON":
                    continue
                gender_of[entity["id"]] = entity["gender"]
                people[entity["gender"]] += 1
                evidence.update({item.split(":")[0] for item in entity["gender_evidence"]})
            for quote in record["quotes"]:
                speaker = quote["speaker"] or {}
                if speaker.get("entity_id") in gender_of:
                    quotes[gender_of[speaker["entity_id"]]] += 1
    print(json.dumps({"people": sum(people.values()), "by_gender": dict(people), "with_evidence_of_kind": dict(evidence),
                      "quotes_by_people_by_gender": dict(quotes)}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
