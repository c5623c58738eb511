"""The language check every input goes through (newsmine.language, Pipeline._prepare).

Session 47 (lang47, newuser47a's finding 6): a German text given to ``analyze``, or Spanish
``.txt`` and JSON articles, came back ``ok`` with nonsense people ("Hafen" and "Mai" as
PERSON), while web pages alone were checked. Every text is now checked once, in the
pipeline, and English near misses (short briefs, long quotes in another language, foreign
names, ALL-CAPS wire copy, tables) stay analysed. Every text here is invented.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsmine import Article
from newsmine.cli import app
from newsmine.language import SAMPLE_CHARS, detect_language
from newsmine.readers import ReadOptions, read_articles
from newsmine.records import Status

GERMAN = (
    "Der Gemeinderat von Lindholm hat am Freitag beschlossen, die alte Hafenmole bis Ende Mai zu sperren. "
    "Die Reparaturen seien dringend, sagte Bürgermeisterin Greta Vossberg nach der Sitzung. Fischer und "
    "Fährbetreiber müssen in dieser Zeit den Anleger im Nachbarort nutzen."
)
SPANISH = (
    "El ayuntamiento de Villaseca aprobó el martes un plan para cerrar el centro histórico al tráfico los fines "
    "de semana. «Queremos calles para caminar», dijo la concejala Inés Carvajal a los periodistas. Los "
    "comerciantes del mercado temen perder clientes durante las obras."
)
FRENCH = (
    "Le conseil municipal de Saint-Aubin a voté jeudi la fermeture du vieux pont pendant trois mois. « Les travaux "
    "ne peuvent plus attendre », a déclaré l'adjoint au maire, Paul Ternier. Les bus scolaires emprunteront une "
    "déviation par la route du port."
)
ENGLISH = (
    "The Lindholm council voted on Friday to close the old harbour wall until the end of May for repairs. "
    '"The work cannot wait another winter," Mayor Greta Vossberg said after the meeting.'
)
# An English story that opens with a long quote in Spanish: py3langid reads the whole as
# Spanish (0.99), its narration as English.
SPANISH_QUOTE = (
    '"No vamos a permitir que cierren la fábrica, porque aquí trabajan nuestras familias desde hace cuarenta años, '
    'y si la empresa se marcha a otro país el pueblo entero se quedará sin futuro y sin escuela para los niños," '
    "shouted a union leader outside the plant in Zaragoza on Tuesday. Workers blocked the gates after the carmaker "
    "said it would move production abroad."
)
FOREIGN_NAMES = (
    "Jürgen Müller, Søren Kierkegaard Nielsen, José Luis Rodríguez Zapatero, Françoise Lefèvre, Zbigniew Brzeziński "
    "and Giuseppe Bianchi signed the letter to the commission on Monday, with Małgorzata Kowalczyk and Björn Åström."
)
WIRE_CAPS = (
    "TOKYO (Reuters) - JAPAN'S NIKKEI SHARE AVERAGE ROSE 1.2 PERCENT ON MONDAY AS EXPORTERS GAINED "
    "AFTER THE YEN WEAKENED AGAINST THE DOLLAR, TRADERS SAID."
)
TABLE = "Team P W D L Pts\nArsenal 10 8 1 1 25\nChelsea 10 7 2 1 23\nLiverpool 10 6 3 1 21\nEverton 10 2 2 6 8"


# --- the detector --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (SPANISH, "es"), (FRENCH, "fr"),
                                                (GERMAN.upper(), "de"), (ENGLISH, "en")])
def test_news_paragraphs_are_told_apart(text, language):
    assert detect_language(text) == language


def test_an_english_story_opening_with_a_long_spanish_quote_is_english():
    # Without leaving quotes out, the whole reads as Spanish (0.99) and the story was skipped.
    assert detect_language(SPANISH_QUOTE) == "en"


def test_a_hard_wrapped_spanish_quote_is_left_out_too():
    import textwrap

    assert detect_language(textwrap.fill(SPANISH_QUOTE, 64)) == "en"


def test_a_quote_runs_over_wrapped_lines_but_not_over_a_blank_line():
    # Near miss: an unclosed quote ends with its paragraph (a quote running on into the next
    # paragraph opens it again), so the next paragraph's narration is still read.
    from newsmine.language import _QUOTED_RE

    assert _QUOTED_RE.sub("|", 'she said "we\nwill" then') == "she said | then"
    assert _QUOTED_RE.sub("|", 'she said "we will\n\nsaid" then') == 'she said "we will\n\nsaid" then'


def test_a_spanish_article_with_its_quotes_left_out_is_still_spanish():
    # Near miss: the narration outside «…» is Spanish too.
    text = ("El alcalde de Villaseca inauguró el lunes la nueva línea de autobuses. «Es un día histórico para los "
            "vecinos», afirmó ante cientos de personas. La obra costó doce millones de euros y duró dos años.")
    assert detect_language(text) == "es"


def test_a_quote_only_text_is_read_whole():
    # Near miss: with everything quoted, no narration is left to read; the quote says the language.
    assert detect_language('"' + GERMAN + '"') == "de"


@pytest.mark.parametrize("text", [
    "Ferry strike ends after six days, union says",  # a short brief: under 8 words
    "Bundesbank says Germany's economy will shrink again next year",
    "Que sera sera, said the manager after the club lost to Atlético on penalties",
    FOREIGN_NAMES,
    WIRE_CAPS,
    TABLE,
])
def test_short_english_briefs_names_wire_copy_and_tables_are_never_another_language(text):
    assert detect_language(text) in {"en", None}


def test_the_detector_reads_a_bounded_prefix():
    # A German text after 3,000 characters of English is not read: the cost stays flat.
    assert detect_language(ENGLISH * (SAMPLE_CHARS // len(ENGLISH) + 1) + GERMAN * 50) == "en"


# --- the pipeline: every input alike ------------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (SPANISH, "es"), (FRENCH, "fr")])
def test_plain_text_in_another_language_is_recorded_but_not_analysed(pipeline, text, language):
    record = pipeline.analyze(text, id="other")
    assert record.status is Status.skipped and record.error.type == "OtherLanguage"
    assert record.language == language and f"({language})" in record.error.message
    assert record.entities == [] and record.quotes == [] and record.text == text


@pytest.mark.parametrize("text", [ENGLISH, SPANISH_QUOTE, FOREIGN_NAMES, WIRE_CAPS])
def test_english_near_misses_are_analysed(pipeline, text):
    record = pipeline.analyze(text)
    assert record.status is Status.ok and record.language in {"en", None}


def test_an_english_text_records_its_language(pipeline):
    assert pipeline.analyze(ENGLISH).language == "en"


def test_a_short_english_brief_is_analysed_with_its_language_unknown(pipeline):
    record = pipeline.analyze("Ferry strike ends, union says.")
    assert record.status is Status.ok and record.language is None


def test_the_callers_language_wins_over_the_detector(pipeline):
    [record] = pipeline.process([Article(id="told", text=GERMAN, language="en")])
    assert record.status is Status.ok and record.language == "en"
    [record] = pipeline.process([Article(id="told", text=ENGLISH, language="de")])
    assert record.status is Status.skipped and record.language == "de"


def test_other_languages_analyses_every_text_and_still_records_its_language(pipeline):
    from newsmine import Pipeline

    anyway = Pipeline(pipeline.nlp, other_languages=True)
    record = anyway.analyze(GERMAN)
    assert record.status is Status.ok and record.language == "de" and record.entities


def test_a_multi_language_model_analyses_every_text(pipeline, monkeypatch):
    # spaCy's "xx" pipelines read any language: nothing is skipped for them.
    monkeypatch.setattr(pipeline.nlp, "lang", "xx", raising=False)
    record = pipeline.analyze(GERMAN)
    assert record.status is Status.ok and record.language == "de"


def test_json_lines_and_text_files_in_other_languages_are_checked(tmp_path, pipeline):
    (tmp_path / "hafen.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "villaseca", "text": SPANISH}) + "\n" + json.dumps({"id": "lindholm", "text": ENGLISH}) + "\n",
        encoding="utf-8")
    records = {r.id: r for r in pipeline.process(read_articles([tmp_path]))}
    assert {i: (r.status.value, r.language) for i, r in records.items()} == {
        "hafen": ("skipped", "de"), "villaseca": ("skipped", "es"), "lindholm": ("ok", "en")}


def test_csv_rows_and_warc_pages_in_other_languages_are_checked(tmp_path, pipeline):
    import csv
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with (tmp_path / "rows.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([["pont", FRENCH], ["harbour", ENGLISH]])
    pages = {"https://example.org/hafen": GERMAN, "https://example.org/harbour": (ENGLISH + " ") * 4}
    with (tmp_path / "crawl.warc.gz").open("wb") as handle:
        warc = WARCWriter(handle, gzip=True)
        for url, text in pages.items():
            html = f"<html><body><article><h1>News</h1><p>{text}</p></article></body></html>"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            warc.write_record(warc.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=http))
    paths = [tmp_path / "rows.csv", tmp_path / "crawl.warc.gz"]
    records = {r.id: r for r in pipeline.process(read_articles(paths, ReadOptions(min_words=5)))}
    assert {i: (r.status.value, r.language) for i, r in records.items()} == {
        "pont": ("skipped", "fr"), "harbour": ("ok", "en"),
        "https://example.org/hafen": ("skipped", "de"), "https://example.org/harbour": ("ok", "en")}


def test_the_run_summary_counts_other_language_articles_and_the_switch_is_in_the_manifest(tmp_path):
    (tmp_path / "hafen.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "pont.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "harbour.txt").write_text(ENGLISH, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(output), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "2 recorded but not analysed: OtherLanguage 2" in result.output
    languages = {json.loads(line)["id"]: json.loads(line)["language"] for line in output.read_text().splitlines()}
    assert languages == {"hafen": "de", "pont": "fr", "harbour": "en"}
    again = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(output), "--workers", "1", "--resume",
                                     "--other-languages"])
    assert again.exit_code == 2 and "--other-languages false (this run: true)" in again.output


# --- plainly English text is told without py3langid's model (session 47, the lead) -------------
# The model costs 0.7 CPU s to load in every process (5 % of a 100-article run's extraction), so
# English prose is recognised by words other Latin-script languages do not use, and only other
# texts load the model.

DUTCH = (
    "De gemeenteraad van Zandvoort heeft dinsdag besloten om de oude pier tot het einde van mei te sluiten. "
    "Volgens de burgemeester is het werk dringend nodig, omdat de palen zijn aangetast door de storm van vorig "
    "jaar. Vissers en veerdiensten moeten in die periode gebruikmaken van de steiger in het naburige dorp."
)
DANISH_WITH_TITLES = (
    "Byrådet i Havnby besluttede tirsdag at lukke den gamle mole indtil udgangen af maj, skriver The Guardian og "
    "The New York Times. Ifølge borgmesteren er arbejdet nødvendigt, for pælene blev beskadiget af stormen sidste "
    "år. Fiskere og færger skal i den periode bruge anløbsbroen i nabobyen."
)
GERMAN_WITH_TITLES = (
    "Laut The Wall Street Journal und The New York Times hat der Konzern am Montag seine Zahlen vorgelegt. Der "
    "Umsatz stieg um zwölf Prozent, während der Gewinn wegen hoher Energiekosten deutlich sank, sagte ein "
    "Sprecher der Börse in Frankfurt am Main am Abend."
)
# Dutch whose own "had" is English's, naming a company that opens with "Just" and an English paper:
# read as English without the detector before review48 (the fast path counted "had", "Just", "The").
DUTCH_WITH_HAD_AND_NAMES = (
    "Maaltijdbezorger Just Eat Takeaway had vorig jaar een verlies van 1,6 miljard euro, maakte het bedrijf "
    "woensdag bekend. Topman Jitse Groen had eerder gezegd dat Just Eat Takeaway dit jaar winst wil maken. "
    "Volgens de Britse krant The Times had het bedrijf in Londen moeite om nieuwe klanten te vinden. Het "
    "aandeel van Just Eat Takeaway daalde in Amsterdam met 8 procent."
)
# Danish whose own "have" and "just" are English words, about a band called The Who.
DANISH_WITH_HAVE_AND_A_BAND = (
    "Det britiske band The Who skal spille i Royal Arena til sommer, og billetterne blev udsolgt på en time. "
    "Bandet vil have et nyt album klar til efteråret, siger manageren. Pete Townshend vil just have sin sidste "
    "turné, og han skal have en ny guitar. Koncerten bliver den første i Danmark siden 2016, og arrangørerne "
    "forventer at have mange tusinde gæster fra hele landet."
)
ENGLISH_REPORT = (
    "The harbour board said on Tuesday that it would close the old pier until the end of May, because the "
    "storm had damaged its piles. Fishermen who use the pier said they were not told about the plan, and the "
    "ferry company said it could move its boats to the next village."
)


def test_plain_english_prose_is_told_without_loading_the_detectors_model():
    from newsmine.language import _identifier

    _identifier.cache_clear()
    assert detect_language(ENGLISH_REPORT) == "en"
    assert _identifier.cache_info().currsize == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (DUTCH, "nl"),
        (DANISH_WITH_TITLES, "da"),
        (GERMAN_WITH_TITLES, "de"),
        (DUTCH_WITH_HAD_AND_NAMES, "nl"),
        (DANISH_WITH_HAVE_AND_A_BAND, "da"),
    ],
)
def test_other_languages_naming_english_titles_still_go_to_the_detector(text, language):
    # Near misses: "The" in a newspaper's name, Dutch "is", Danish "for" are no sign of English.
    from newsmine.language import _plainly_english

    assert not _plainly_english(text)
    assert detect_language(text) == language


def test_english_prose_opening_each_sentence_with_a_capital_still_takes_the_fast_path():
    # Near miss of counting lower-case words only: English prose has its "the", "and", "said" in
    # lower case between the capitals.
    from newsmine.language import _plainly_english

    text = (
        "The Council met on Monday. They said the Budget was late. Their Chair told reporters that the "
        "Plan would be ready after the Summer, and that it would cost more than the last one."
    )
    assert _plainly_english(text)
