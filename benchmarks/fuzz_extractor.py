"""Wide fuzzing of the extractor: random texts built from news pieces (quotation marks of
every kind, cue words, names, dates, paragraph breaks) and random characters, each run whole
and piece by piece (chunk_chars=40); prints every record that is not ok and every span that
does not point into its text.

    python benchmarks/fuzz_extractor.py SEED COUNT      # e.g. 1 6000: about 4 minutes

The property test in tests/test_properties.py draws a fixed set of 50 texts (derandomized,
so CI is reproducible); run this with new seeds after changing rules, to search far wider.
"""
import random
import sys

from newsmine import Article, Pipeline
from newsmine.records import Status

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
PIECES = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "\n", "\n\n", " ", ", ", ". ", " said ",
          " told ", "According to ", "Maria Reyes", "Reyes", "he", "she", "the minister", "on Tuesday",
          "in May 2024", "Eastmere", "UN", "(", ")", "—", "\r\n", "\t", "\u2028", "😀", " chants of ", "chant",
          " of ", ":", " joined in a chant of ", "their", " seemed to ", " talked with ", " calling himself ",
          "known as", " was blunt: ", "0", "a", "-", "…", " — ", "By Jane Doe\n"]


def random_char() -> str:
    return chr(random.choice([random.randint(32, 126), random.randint(160, 0x2FFF)]))


def random_text() -> str:
    out = []
    for _ in range(random.randint(0, 40)):
        if random.random() < 0.8:
            out.append(random.choice(PIECES))
        else:
            out.append("".join(random_char() for _ in range(random.randint(0, 6))))
    return "".join(out)


def faults(text: str, record) -> list[str]:
    if record.status is not Status.ok:
        return [f"ERROR {text!r}: {record.error.message[:200]}"]
    return [f"SPAN {text!r}: {s}" for s in record.spans() if not (0 <= s.start <= s.end <= len(text)) or text[s.start:s.end] != s.text]


def main() -> None:
    whole = Pipeline()
    in_pieces = Pipeline(whole.nlp, chunk_chars=40)
    found = 0
    for _ in range(N):
        text = random_text()
        if not text.strip():
            continue
        for extractor in (whole, in_pieces):
            [record] = list(extractor.process([Article(id="p", text=text)]))
            for line in faults(text, record):
                found += 1
                print(line)
    print(f"{N} texts, {found} faults")


if __name__ == "__main__":
    main()
