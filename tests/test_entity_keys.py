"""Corpus-wide entity keys, the corpus_entities table of every tabular format, and the report
grouped by key with its quotes by gender.

Two invented articles, counted by hand:

* ``tariffs-a`` (Harbor Times): entities US (GPE), Ana Pérez (PERSON, female; 2 mentions),
  Acme Inc. (ORG); quotes: 2 by Ana Pérez, 1 by an anonymous official.
* ``tariffs-b`` (Inland Post): United States and U.S. (two GPE entities), Canada, Ana Perez
  (female), Tom Blake (male; 2 mentions), Acme (ORG; 2 mentions), Lee Chan (PERSON, gender
  not stated); quotes: Ana Perez 1, Tom Blake 2, Lee Chan 1, Acme 1.

So ``corpus_entities`` holds (key, label, name, articles, mentions, quotes), most articles
then mentions first: :data:`EXPECTED_CORPUS_ENTITIES`. Quotes by people: 6, of which 3 by
women (Ana Pérez twice, Ana Perez once), 2 by men (Tom Blake), 1 unknown (Lee Chan).
"""

from __future__ import annotations

import csv
import sqlite3

import duckdb
import pyarrow.dataset as ds
import pytest

from newsmine.entity_keys import country_name, entity_key
from newsmine.records import ArticleRecord, Entity, Mention, Quote, Source, Span, Speaker
from newsmine.report import build_report, render_html, render_text
from newsmine.writers import open_writer
from tests.corpus import span

EXPECTED_CORPUS_ENTITIES = [
    ("GPE:united states", "GPE", "United States", 2, 3, 0),
    ("ORG:acme", "ORG", "Acme", 2, 3, 1),
    ("PERSON:ana perez", "PERSON", "Ana Pérez", 2, 3, 3),
    ("PERSON:tom blake", "PERSON", "Tom Blake", 1, 2, 2),
    ("GPE:canada", "GPE", "Canada", 1, 1, 0),
    ("PERSON:lee chan", "PERSON", "Lee Chan", 1, 1, 1),
]


def _quote(text: str, words: str, speaker: str, *, entity_id: str | None, name: str | None,
           kind: str = "person", nth: int = 0, quote_type: str = "indirect") -> Quote:
    return span(Quote, text, words, id="Q", type=quote_type, category="speech", parts=[span(Span, text, words)],
                speaker=span(Speaker, text, speaker, nth, kind=kind, entity_id=entity_id, name=name))


def _article(article_id: str, outlet: str, published: str, text: str, quotes: list[Quote],
             entities: list[Entity]) -> ArticleRecord:
    return ArticleRecord(
        id=article_id, source=Source(path=f"in/{article_id}.txt", format="text"), outlet=outlet, published=published,
        text=text, quotes=[q.model_copy(update={"id": f"Q{i}"}) for i, q in enumerate(quotes, 1)], entities=entities)


def tariffs_a() -> ArticleRecord:
    text = ('Officials in the US said on Monday that talks would resume. "We want a deal this month," said '
            "Ana Pérez, the trade minister. Ms. Pérez said Acme Inc. had been consulted. A senior official said "
            "the talks were hard.")
    quotes = [
        _quote(text, "We want a deal this month,", "Ana Pérez", entity_id="E2", name="Ana Pérez", quote_type="direct"),
        _quote(text, "Acme Inc. had been consulted", "Pérez", entity_id="E2", name="Ana Pérez", nth=1),
        _quote(text, "the talks were hard", "A senior official", entity_id=None, name=None, kind="anonymous"),
    ]
    return _article("tariffs-a", "Harbor Times", "2025-05-01", text, quotes, [
        Entity(id="E1", label="GPE", name="US", mentions=[span(Mention, text, "US")]),
        Entity(id="E2", label="PERSON", name="Ana Pérez", gender="female", gender_evidence=["honorific:Ms."],
               mentions=[span(Mention, text, "Ana Pérez"), span(Mention, text, "Pérez", 1)]),
        Entity(id="E3", label="ORG", name="Acme Inc.", mentions=[span(Mention, text, "Acme Inc.")]),
    ])


def tariffs_b() -> ArticleRecord:
    text = ('The United States and Canada signed the accord. "The U.S. kept its word," said Ana Perez, '
            "adding that she was pleased. Tom Blake of Acme said the deal helps. Mr. Blake added that prices "
            "would fall. Lee Chan, an analyst, said markets were calm. Acme said it welcomed the accord.")
    quotes = [
        _quote(text, "The U.S. kept its word,", "Ana Perez", entity_id="E4", name="Ana Perez", quote_type="direct"),
        _quote(text, "the deal helps", "Tom Blake", entity_id="E5", name="Tom Blake"),
        _quote(text, "prices would fall", "Mr. Blake", entity_id="E5", name="Tom Blake"),
        _quote(text, "markets were calm", "Lee Chan", entity_id="E7", name="Lee Chan"),
        _quote(text, "it welcomed the accord", "Acme", entity_id="E6", name="Acme", kind="organisation", nth=1),
    ]
    return _article("tariffs-b", "Inland Post", "2025-05-02", text, quotes, [
        Entity(id="E1", label="GPE", name="United States", mentions=[span(Mention, text, "United States")]),
        Entity(id="E2", label="GPE", name="U.S.", mentions=[span(Mention, text, "U.S.")]),
        Entity(id="E3", label="GPE", name="Canada", mentions=[span(Mention, text, "Canada")]),
        Entity(id="E4", label="PERSON", name="Ana Perez", gender="female", gender_evidence=["pronoun:she"],
               mentions=[span(Mention, text, "Ana Perez")]),
        Entity(id="E5", label="PERSON", name="Tom Blake", gender="male", gender_evidence=["honorific:Mr."],
               mentions=[span(Mention, text, "Tom Blake"), span(Mention, text, "Blake", 1)]),
        Entity(id="E6", label="ORG", name="Acme", mentions=[span(Mention, text, "Acme"), span(Mention, text, "Acme", 1)]),
        Entity(id="E7", label="PERSON", name="Lee Chan", mentions=[span(Mention, text, "Lee Chan")]),
    ])


# --- the keys ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["US", "U.S.", "USA", "United States", "the United States",
                                  "United States of America", "America", "the U.S."])
def test_every_common_form_of_the_united_states_has_one_key(name):
    assert entity_key("GPE", name) == "GPE:united states"


@pytest.mark.parametrize(("name", "country"), [
    ("Britain", "united kingdom"), ("U.K.", "united kingdom"), ("Burma", "myanmar"), ("Ivory Coast", "cote divoire"),
    ("Côte d’Ivoire", "cote divoire"), ("the Netherlands", "netherlands"), ("Russia", "russia"),
])
def test_countries_are_keyed_by_the_alias_library(name, country):
    assert entity_key("GPE", name) == f"GPE:{country}"


def test_a_renamed_country_shares_its_successors_key():
    assert entity_key("GPE", "Zaire") == entity_key("GPE", "DR Congo")
    assert entity_key("GPE", "Ceylon") == entity_key("GPE", "Sri Lanka")


def test_a_country_tagged_loc_gets_the_same_gpe_key():
    assert entity_key("LOC", "America") == entity_key("GPE", "U.S.") == "GPE:united states"


@pytest.mark.parametrize("name", ["Panama City", "Persian Gulf", "England", "Gaza", "New Mexico", "Iran-Iraq",
                                  "Czechoslovakia"])
def test_places_that_only_contain_or_sit_inside_a_country_keep_their_own_key(name):
    assert country_name(name) is None


def test_nationalities_and_other_labels_are_not_countries():
    assert entity_key("NORP", "American") == "NORP:american"
    assert entity_key("ORG", "U.S.") == "ORG:us"


@pytest.mark.parametrize("name", ["António Guterres", "Antonio Guterres", "ANTÓNIO GUTERRES", "Mr. António Guterres",
                                  "Secretary-General António Guterres", "Dr. Antonio Guterres"])
def test_person_keys_fold_diacritics_case_honorifics_and_titles(name):
    assert entity_key("PERSON", name) == "PERSON:antonio guterres"


def test_person_keys_fold_punctuation_and_middle_initials():
    assert entity_key("PERSON", "Jean-Luc Mélenchon") == entity_key("PERSON", "Jean Luc Melenchon")
    assert entity_key("PERSON", "Conan O'Brien") == entity_key("PERSON", "Conan O’Brien") == "PERSON:conan obrien"
    assert entity_key("PERSON", "Michael R. Bloomberg") == "PERSON:michael bloomberg"
    # leading initials are the name itself, however they are spaced
    assert entity_key("PERSON", "J. K. Rowling") == entity_key("PERSON", "J.K. Rowling") == "PERSON:jk rowling"
    assert entity_key("PERSON", "Guterres") == "PERSON:guterres"  # a surname alone is not guessed into a full name


def test_keys_drop_a_trailing_possessive():
    # a name as the text wrote it ("Ana Perez's office said", "the Harbour Trust' plan") keys as the name
    assert entity_key("PERSON", "Ana Perez's") == entity_key("PERSON", "Ana Perez’s") == "PERSON:ana perez"
    assert entity_key("ORG", "Harbour Trust’") == "ORG:harbour trust"


@pytest.mark.parametrize("name", ["Acme", "Acme Inc.", "Acme Corp.", "The Acme Company", "ACME, Inc."])
def test_organisation_keys_drop_the_and_company_forms(name):
    assert entity_key("ORG", name) == "ORG:acme"


def test_an_acronym_takes_its_expansion_only_when_the_article_gives_it():
    assert entity_key("ORG", "WHO", ["WHO", "World Health Organization"]) == "ORG:world health organization"
    assert entity_key("ORG", "WHO", ["WHO"]) == "ORG:who"
    assert entity_key("ORG", "Procter & Gamble Co.") == "ORG:procter and gamble"
    # Keys are remembered, an organisation's with its mentions: the next article decides anew.
    assert entity_key("ORG", "WHO", ("WHO", "World Health Organization")) == "ORG:world health organization"
    assert entity_key("ORG", "WHO", iter(["WHO"])) == "ORG:who"


def test_records_without_keys_get_them_in_the_tables(tmp_path):
    """Hand-built records (as older runs wrote them) have no key: the writers make them."""
    assert all(entity.key is None for entity in tariffs_a().entities)
    _write(tmp_path / "r.duckdb", [tariffs_a(), tariffs_b()])
    with duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True) as db:
        keys = dict(db.execute("SELECT article_id || '/' || entity_id, entity_key FROM entities").fetchall())
        speaker_keys = db.execute("SELECT article_id, quote_id, speaker_key FROM quotes ORDER BY 1, 2").fetchall()
    assert keys["tariffs-a/E1"] == keys["tariffs-b/E1"] == keys["tariffs-b/E2"] == "GPE:united states"
    assert keys["tariffs-a/E2"] == keys["tariffs-b/E4"] == "PERSON:ana perez"
    assert speaker_keys[2] == ("tariffs-a", "Q3", None)  # an anonymous source has no key
    assert speaker_keys[3] == ("tariffs-b", "Q1", "PERSON:ana perez")


def test_extract_keys_the_entities_of_two_articles_alike(pipeline):
    first = pipeline.analyze("The US will cut tariffs on steel, officials in Washington said on Monday.", id="one")
    second = pipeline.analyze("Trade with the United States fell sharply last year, Canada's statistics agency said.",
                              id="two")
    keys = {(record.id, entity.key) for record in (first, second) for entity in record.entities}
    assert ("one", "GPE:united states") in keys and ("two", "GPE:united states") in keys
    assert all(entity.key for record in (first, second) for entity in record.entities)


# --- corpus_entities in every tabular format ---------------------------------------------------

def _write(target, records, format=None, mode="new"):
    writer = open_writer(str(target), format=format, mode=mode)
    for record in records:
        writer.write(record)
    writer.close()


def _corpus_entities(target, format) -> list[tuple]:
    if format == "duckdb":
        with duckdb.connect(str(target), read_only=True) as db:
            return db.execute("SELECT * FROM corpus_entities").fetchall()
    if format == "sqlite":
        with sqlite3.connect(target) as db:
            return db.execute("SELECT * FROM corpus_entities").fetchall()
    if format == "parquet":
        table = ds.dataset(target / "corpus_entities").to_table()
        return [tuple(row.values()) for row in table.to_pylist()]
    with open(target / "corpus_entities.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["entity_key", "label", "name", "articles", "mentions", "quotes"]
    return [(*row[:3], *map(int, row[3:])) for row in rows[1:]]


@pytest.mark.parametrize(("name", "format"), [("r.duckdb", "duckdb"), ("r.db", "sqlite"), ("pq", "parquet"), ("csv", "csv")])
def test_corpus_entities_count_articles_mentions_and_quotes_per_key(tmp_path, name, format):
    _write(tmp_path / name, [tariffs_a(), tariffs_b()], format=format)
    assert _corpus_entities(tmp_path / name, format) == EXPECTED_CORPUS_ENTITIES


@pytest.mark.parametrize(("name", "format"), [("r.duckdb", "duckdb"), ("r.db", "sqlite"), ("pq", "parquet"), ("csv", "csv")])
def test_corpus_entities_stay_right_when_runs_append_and_replace_articles(tmp_path, name, format):
    target = tmp_path / name
    _write(target, [tariffs_a()], format=format)
    assert _corpus_entities(target, format) == [("PERSON:ana perez", "PERSON", "Ana Pérez", 1, 2, 2),
                                                ("GPE:united states", "GPE", "US", 1, 1, 0),
                                                ("ORG:acme", "ORG", "Acme Inc.", 1, 1, 0)]
    _write(target, [tariffs_b()], format=format, mode="append")
    _write(target, [tariffs_b()], format=format, mode="append")  # the same article again replaces itself
    assert _corpus_entities(target, format) == EXPECTED_CORPUS_ENTITIES


# --- the speakers view: by key, not by each article's spelling ----------------------------------

def _speakers_view(target, format) -> list[tuple]:
    query = "SELECT outlet, speaker, speaker_key, speaker_kind, quotes, articles FROM speakers ORDER BY quotes DESC, speaker"
    if format == "duckdb":
        with duckdb.connect(str(target), read_only=True) as db:
            return db.execute(query).fetchall()
    with sqlite3.connect(target) as db:
        return db.execute(query).fetchall()


@pytest.mark.parametrize(("name", "format"), [("r.duckdb", "duckdb"), ("r.db", "sqlite")])
def test_speakers_view_counts_one_person_spelled_two_ways_as_one_row(tmp_path, name, format):
    """The README's 'who is quoted most, per outlet' recipe reads this view: grouped by each
    article's name, "Ana Pérez" (2 quotes) and "Ana Perez" (1) of one outlet were two rows."""
    second = tariffs_b()
    second.outlet = "Harbor Times"  # both articles from one outlet
    _write(tmp_path / name, [tariffs_a(), second], format=format)
    rows = _speakers_view(tmp_path / name, format)
    assert ("Harbor Times", "Ana Pérez", "PERSON:ana perez", "person", 3, 2) in rows
    assert not [row for row in rows if row[1] == "Ana Perez"]


@pytest.mark.parametrize(("name", "format"), [("r.duckdb", "duckdb"), ("r.db", "sqlite")])
def test_speakers_view_keeps_other_people_and_unnamed_sources_apart(tmp_path, name, format):
    """Near miss: different keys stay different rows, an outlet's rows stay its own, and an
    unnamed source (no key) is counted under the words naming it."""
    _write(tmp_path / name, [tariffs_a(), tariffs_b()], format=format)
    rows = {(outlet, speaker): (key, quotes) for outlet, speaker, key, _kind, quotes, _articles
            in _speakers_view(tmp_path / name, format)}
    assert rows[("Harbor Times", "Ana Pérez")] == ("PERSON:ana perez", 2)
    assert rows[("Inland Post", "Ana Pérez")] == ("PERSON:ana perez", 1)  # the corpus's name in every outlet
    assert rows[("Inland Post", "Tom Blake")] == ("PERSON:tom blake", 2)
    assert rows[("Inland Post", "Lee Chan")] == ("PERSON:lee chan", 1)
    assert rows[("Harbor Times", "A senior official")] == (None, 1)


# --- the report --------------------------------------------------------------------------------

@pytest.fixture()
def tariffs_report(tmp_path):
    path = tmp_path / "tariffs.jsonl"
    path.write_text("".join(record.model_dump_json() + "\n" for record in (tariffs_a(), tariffs_b())), encoding="utf-8")
    return build_report(path)


def test_report_groups_speakers_and_entities_by_key(tariffs_report):
    speakers = {row.name: (row.quotes, row.articles, row.outlets) for row in tariffs_report.top_speakers}
    assert speakers["Ana Pérez"] == (3, 2, 2) and "Ana Perez" not in speakers
    assert [(row.name, row.mentions, row.articles) for row in tariffs_report.top_entities["GPE"]] == [
        ("United States", 3, 2), ("Canada", 1, 1)]
    assert {t.label: t.entities for t in tariffs_report.entity_types} == {"GPE": 2, "ORG": 1, "PERSON": 3}


def test_report_shares_quotes_by_people_by_gender(tariffs_report):
    gender = tariffs_report.gender
    assert (gender.female, gender.male, gender.unknown) == (3, 2, 1)
    by_outlet = {share.outlet: (share.female, share.male, share.unknown) for share in tariffs_report.gender_by_outlet}
    assert by_outlet == {"Inland Post": (1, 2, 1), "Harbor Times": (2, 0, 0)}

    text = render_text(tariffs_report)
    assert "Quotes by gender (women: 50.0% of 6 quotes by people" in text
    all_row = next(line for line in text.splitlines() if line.strip().startswith("all outlets"))
    assert all_row.split()[2:] == ["6", "50.0%", "33.3%", "16.7%"]
    html = render_html(tariffs_report)
    assert 'id="gender"' in html and "50.0%" in html and "33.3%" in html and "16.7%" in html
    assert '<b id="women-share">50.0%</b>' in html


def test_report_on_tables_without_keys_says_to_extract_again(tmp_path):
    """A DuckDB output of table layout 3 (before entity keys) is refused with what to do."""
    from newsmine.errors import UsageError

    target = tmp_path / "old.duckdb"
    _write(target, [tariffs_a()])
    with duckdb.connect(str(target)) as db:
        db.execute("DROP VIEW corpus_entities")
        db.execute("ALTER TABLE entities DROP COLUMN entity_key")
    with pytest.raises(UsageError, match="older newsmine.*run extract again"):
        build_report(target)


# --- the report: a speaker known by a surname alone --------------------------------------------

def _brief(article_id: str, text: str, speaker: str, words: str) -> ArticleRecord:
    """A wire brief naming its speaker by surname only: the entity's name is the surname."""
    return _article(article_id, "Inland Post", "2025-05-03", text,
                    [_quote(text, words, speaker, entity_id="E1", name=speaker)],
                    [Entity(id="E1", label="PERSON", name=speaker, mentions=[span(Mention, text, speaker)])])


def test_report_says_a_surname_alone_is_counted_apart_from_the_full_name_ending_in_it(tmp_path):
    brief = _brief("tariffs-c", "Pérez said the accord would hold.", "Pérez", "the accord would hold")
    path = tmp_path / "tariffs.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in (tariffs_a(), tariffs_b(), brief)), encoding="utf-8")
    report = build_report(path)
    assert report.surname_notes == [
        "Pérez: a surname alone, counted apart from Ana Pérez, the one full name of the corpus ending in it "
        "(the same person? README: Counting who is quoted)"]
    assert "  note: Pérez: a surname alone" in render_text(report)
    assert "Note: Pérez: a surname alone" in render_html(report)


def test_report_says_nothing_of_a_surname_no_full_name_ends_in(tmp_path):
    # Near miss: "Okafor" alone, with no full name of the corpus ending in it; Blake's full name
    # is ranked as it is, and no note is made for full names.
    brief = _brief("tariffs-c", "Okafor said the accord would hold.", "Okafor", "the accord would hold")
    path = tmp_path / "tariffs.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in (tariffs_a(), tariffs_b(), brief)), encoding="utf-8")
    assert build_report(path).surname_notes == []


def test_surname_notes_list_every_full_name_a_surname_may_be():
    from newsmine.report.surnames import surname_only_notes

    people = [("PERSON:robert kane jr", "Robert Kane Jr."), ("PERSON:robert kane sr", "Robert Kane Sr."),
              ("PERSON:kane", "Kane"), ("PERSON:lisa brandt", "Lisa Brandt"), ("ORG:kane", "Kane")]
    notes = surname_only_notes([("Kane", "PERSON:kane"), ("Lisa Brandt", "PERSON:lisa brandt"), ("Kane", "ORG:kane")],
                               people)
    assert notes == ["Kane: a surname alone, counted apart from the full names ending in it: Robert Kane Jr., "
                     "Robert Kane Sr."]


def test_name_form_notes_pair_a_full_middle_name_and_a_suffix_with_the_plain_name_once():
    from newsmine.report.surnames import name_form_notes

    people = [("PERSON:margaret hollis", "Margaret Hollis"), ("PERSON:margaret lynn hollis", "Margaret Lynn Hollis"),
              ("PERSON:robert kane", "Robert Kane"), ("PERSON:robert kane jr", "Robert Kane Jr."),
              ("PERSON:tom brandt", "Tom Brandt"), ("PERSON:lisa brandt", "Lisa Brandt"), ("PERSON:hollis", "Hollis")]
    ranked = [("Margaret Hollis", "PERSON:margaret hollis"), ("Tom Brandt", "PERSON:tom brandt"),
              ("Robert Kane Jr.", "PERSON:robert kane jr"), ("Margaret Lynn Hollis", "PERSON:margaret lynn hollis"),
              ("Hollis", "PERSON:hollis")]
    # Near misses: Tom and Lisa Brandt share a surname only; a surname alone has no first name.
    assert name_form_notes(ranked, people) == [
        "Margaret Hollis: counted apart from Margaret Lynn Hollis (a middle name or a Jr./Sr. written in some "
        "articles only, or another person: check their titles)",
        "Robert Kane Jr.: counted apart from Robert Kane (a middle name or a Jr./Sr. written in some articles only, "
        "or another person: check their titles)",
    ]
