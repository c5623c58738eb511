"""How much corpus-wide entity keys merge on a set of records.

    newsmine extract ../shared/benchmarks/timebank/input.jsonl --output tb.jsonl
    python benchmarks/entity_keys.py tb.jsonl [--show 15]

Counts the corpus's entities by (label, name), as they were told apart before keys, and by
``entities.entity_key``, and lists the keys that gather the most distinct names, so that each
merge can be checked by eye. Keys are made again from each entity's label, name and mentions
with the code of this checkout (as extract makes them), so the records need not be re-extracted.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from newsmine.entity_keys import entity_key
from newsmine.records import ArticleRecord


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("records", help="a JSON Lines output of newsmine extract")
    parser.add_argument("--show", type=int, default=15, help="keys with the most names to list")
    args = parser.parse_args()
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    entities = 0
    with open(args.records, encoding="utf-8") as handle:
        for line in handle:
            record = ArticleRecord.model_validate_json(line)
            for entity in record.entities:
                key = entity_key(entity.label, entity.name, [m.text for m in entity.mentions])
                names[key].add((entity.label, entity.name))
                articles[key].add(record.id)
                entities += 1
    pairs = {pair for group in names.values() for pair in group}
    merged = {key: group for key, group in names.items() if len(group) > 1}
    print(f"{entities:,} entities; {len(pairs):,} distinct (label, name); {len(names):,} keys; "
          f"{len(merged):,} keys gather more than one (label, name), {sum(map(len, merged.values())):,} of them")
    for key, group in sorted(merged.items(), key=lambda item: (-len(item[1]), -len(articles[item[0]]), item[0]))[:args.show]:
        shown = "; ".join(f"{label} {name}" for label, name in sorted(group))
        print(f"  {key} ({len(articles[key])} articles): {shown}")


if __name__ == "__main__":
    main()
