"""The bundled sample articles against their hand-checked expectations.

``data/samples/`` holds original articles written for newsmine in news style (plain text,
CRLF text, HTML, JSON, JSON Lines); ``data/expected/<record id>.json`` lists the
must-have facts a person checked by reading the article: metadata, entities (label, titles,
mentions, references, the gender the article states), date values, and quotes (a snippet of
the content -> speaker as written, the entity it resolves to, kind, type, cue lemma, addressee). Facts, not whole-output goldens:
the extractor may find more than what is listed, never less or different.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.records import ArticleRecord
from tests.conftest import REPO, SAMPLES

EXPECTED = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted((REPO / "data" / "expected").glob("*.json"))}


@pytest.fixture(scope="module")
def sample_records_path(tmp_path_factory):
    """The JSON Lines file of every sample, produced by the CLI as a user runs it."""
    output = tmp_path_factory.mktemp("samples") / "records.jsonl"
    result = CliRunner().invoke(app, ["extract", str(SAMPLES), "--output", str(output)])
    assert result.exit_code == 0, result.output
    return output


@pytest.fixture(scope="module")
def sample_records(sample_records_path):
    """Records of every sample, by record id."""
    records = [json.loads(line) for line in sample_records_path.read_text(encoding="utf-8").splitlines()]
    return {record["id"]: record for record in records}


def test_the_readme_report_excerpt_is_what_report_prints_on_the_samples(sample_records_path):
    """The README shows `newsmine report` on data/samples; its "Quote sources" table must be
    what the command prints today (it went stale for sessions once: 11 anonymous quotes shown
    where the tool printed 12). When extraction moves a sample's quotes, rerun the command and
    paste the new table."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("Quote sources (anonymous:")
    excerpt = readme[start : readme.index("\n\n", start)]
    result = CliRunner().invoke(app, ["report", str(sample_records_path), "--top", "5"])
    assert result.exit_code == 0, result.output
    assert excerpt in result.output


@pytest.mark.parametrize(("lead", "options"), [
    ("On `data/samples`, with `--top 5`", ["--top", "5"]),
    ("and, with `--top 2 --examples 2`", ["--top", "2", "--examples", "2"]),
])
def test_every_line_of_the_readme_report_excerpts_is_a_line_report_prints(sample_records_path, lead, options):
    """The README's other report excerpts on data/samples went stale unseen (an outlet's writing
    share and an unresolved speaker's words, sessions old), since only "Quote sources" was checked.
    Each line of them ("..." marks a cut) must be a line the command prints."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(lead):].split("```\n", 2)[1]
    result = CliRunner().invoke(app, ["report", str(sample_records_path), *options])
    assert result.exit_code == 0, result.output
    printed = set(result.output.splitlines())
    shown = [line for line in block.splitlines() if line.strip() not in ("", "...")]
    assert len(shown) > 8
    assert [line for line in shown if line not in printed] == []


def test_every_sample_article_has_an_expectation_and_a_record(sample_records):
    assert set(sample_records) == set(EXPECTED)
    assert len(EXPECTED) >= 6


@pytest.mark.slow
def test_every_sample_record_validates_against_the_committed_schema(sample_records):
    schema = json.loads((REPO / "schemas" / "article-record.schema.json").read_text(encoding="utf-8"))
    for record in sample_records.values():
        jsonschema.validate(record, schema)
        assert record["status"] == "ok", record["error"]


def test_every_span_offset_indexes_the_record_text(sample_records):
    checked = 0
    for record in sample_records.values():
        for span in ArticleRecord.model_validate(record).spans():
            assert record["text"][span.start : span.end] == span.text, (record["id"], span)
            checked += 1
    assert checked > 100


def test_plain_text_record_text_is_exactly_the_decoded_file(sample_records):
    raw = (SAMPLES / "election-night.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    assert sample_records["election-night"]["text"] == raw


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_sample_metadata(sample_records, record_id):
    record, expected = sample_records[record_id], EXPECTED[record_id]["metadata"]
    for key, value in expected.items():
        actual = record["source"]["url"] if key == "url" else record[key]
        assert actual == value, f"{record_id}: {key}"


_PRONOUNS = {"he", "she", "they", "him", "her", "his", "them", "it"}


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_sample_entities(sample_records, record_id):
    record, expected = sample_records[record_id], EXPECTED[record_id]
    by_name = {entity["name"]: entity for entity in record["entities"]}
    for fact in expected["entities"]:
        assert fact["name"] in by_name, f"{record_id}: no entity named {fact['name']!r}; got {sorted(by_name)}"
        entity = by_name[fact["name"]]
        assert entity["label"] == fact["label"], f"{record_id}: {fact['name']}"
        titles = [t.lower() for t in entity["titles"]]
        for title in fact.get("titles_include", []):
            assert any(title.lower() in t for t in titles), f"{record_id}: {fact['name']} titles {entity['titles']}"
        mentions = [m["text"] for m in entity["mentions"]]
        for mention in fact.get("mentions_include", []):
            assert mention in mentions, f"{record_id}: {fact['name']} mentions {mentions}"
        references = [r["text"] for r in entity["references"]]
        for reference in fact.get("references_include", []):
            assert reference in references, f"{record_id}: {fact['name']} references {references}"
        if "gender" in fact:
            assert entity["gender"] == fact["gender"], f"{record_id}: {fact['name']} gender {entity['gender']} {entity['gender_evidence']}"
        # Mentions hold names only: counting mentions counts names, never pronouns.
        assert not {m.lower() for m in mentions} & _PRONOUNS, f"{record_id}: {fact['name']} mentions {mentions}"
    mentioned = {m["text"] for entity in record["entities"] for m in entity["mentions"]}
    for text in expected["not_entities"]:
        assert text not in mentioned, f"{record_id}: {text!r} (byline) must not be an entity"


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_sample_dates(sample_records, record_id):
    record = sample_records[record_id]
    for fact in EXPECTED[record_id]["dates"]:
        matches = [d for d in record["dates"] if fact["text"] in d["text"]]
        assert matches, f"{record_id}: no date expression {fact['text']!r}; got {[d['text'] for d in record['dates']]}"
        assert any(d["value"] == fact["value"] and d["kind"] == fact["kind"] for d in matches), (
            f"{record_id}: {fact} vs {[(d['text'], d['value'], d['kind']) for d in matches]}"
        )


def _quote_matches(quote, fact) -> list[str]:
    """What differs between a quote record and an expected fact (empty: it matches)."""
    problems = []
    speaker = quote["speaker"] or {}
    if "speaker_text" in fact and fact["speaker_text"] not in (speaker.get("text") or ""):
        problems.append(f"speaker {speaker.get('text')!r}")
    if "speaker_name" in fact and speaker.get("name") != fact["speaker_name"]:
        problems.append(f"speaker name {speaker.get('name')!r}")
    if "kind" in fact and speaker.get("kind") != fact["kind"]:
        problems.append(f"kind {speaker.get('kind')!r}")
    if "type" in fact and quote["type"] != fact["type"]:
        problems.append(f"type {quote['type']!r}")
    if "cue_lemma" in fact and (quote["cue"] or {}).get("lemma") != fact["cue_lemma"]:
        problems.append(f"cue {(quote['cue'] or {}).get('lemma')!r}")
    if "addressee" in fact and fact["addressee"] not in ((quote["addressee"] or {}).get("text") or ""):
        problems.append(f"addressee {quote['addressee']!r}")
    return problems


@pytest.mark.parametrize("record_id", sorted(EXPECTED))
def test_sample_quotes(sample_records, record_id):
    record = sample_records[record_id]
    failures = []
    for fact in EXPECTED[record_id]["quotes"]:
        snippets = [fact["snippet"], *fact.get("also", [])]
        candidates = [q for q in record["quotes"] if all(s in q["text"] for s in snippets)]
        if not candidates:
            failures.append(f"no quote holds {snippets}")
            continue
        problems = [_quote_matches(q, fact) for q in candidates]
        if all(problems):
            failures.append(f"{fact['snippet']!r}: {problems}")
    for text in EXPECTED[record_id]["no_quote_contains"]:
        if any(text in q["text"] for q in record["quotes"]):
            failures.append(f"{text!r} must not be quoted")
    assert not failures, f"{record_id}:\n" + "\n".join(failures)
