"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml`` feeds): one article per item.

The feeds below are invented."""

from __future__ import annotations

import pytest

from newsmine.readers import SkippedFile, list_inputs, read_articles
from newsmine.readers.feeds import article_text_of_html, is_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Lakeside Herald</title><link>https://lakesideherald.example</link><description>News</description>
<item><title>Library hours cut at three branches</title><link>https://lakesideherald.example/library-hours</link>
<guid isPermaLink="false">lh-2025-0415-1</guid>
<dc:creator>Nadia Kowalski</dc:creator><pubDate>Tue, 15 Apr 2025 23:10:00 -0500</pubDate>
<description>Three branch libraries will close on Saturdays.</description>
<content:encoded><![CDATA[<p>Three branch libraries in Lakeside will close on Saturdays from May, the city said.</p>
<p>&ldquo;We had to choose between fewer hours and fewer staff,&rdquo; city librarian Owen Prescott said.<br>
&ldquo;We chose to keep our people.&rdquo;</p><script>track()</script>]]></content:encoded></item>
<item><title>Marathon route changed</title><link>https://lakesideherald.example/marathon</link>
<pubDate>Wed, 16 Apr 2025 10:00:00 +0000</pubDate>
<description><![CDATA[<p>The Lakeside marathon will avoid the Mill Street bridge this year, race director Colm Byrne
said, after engineers closed it to heavy crowds. [&#8230;]</p>]]></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hillcrest Gazette</title><id>urn:hg</id>
<updated>2025-04-17T09:00:00Z</updated>
<entry><title>Recycling centre to open Sundays</title><link href="https://hillcrest.example/recycling"/>
<id>urn:hg:1</id><published>2025-04-17T09:00:00Z</published><updated>2025-04-17T09:00:00Z</updated>
<author><name>Ben Adler</name></author><author><name>Ruth Oyelaran</name></author>
<content type="html">&lt;p&gt;The Hillcrest recycling centre will open on Sundays from next month.&lt;/p&gt;
&lt;p&gt;"Residents asked for it again and again," waste manager Julia Ferreira said.&lt;/p&gt;</content></entry>
</feed>"""


def test_each_item_of_an_rss_feed_is_an_article(tmp_path):
    """Renamed .html, a feed was one 'article' of every item's title, link and date run together."""
    path = tmp_path / "lakeside.rss"
    path.write_text(RSS, encoding="utf-8")
    library, marathon = read_articles([path])
    assert library.id == "lh-2025-0415-1" and marathon.id == "https://lakesideherald.example/marathon"
    assert library.title == "Library hours cut at three branches"
    assert library.url == "https://lakesideherald.example/library-hours"
    assert library.authors == ["Nadia Kowalski"] and library.outlet == "Lakeside Herald"
    assert library.published == "2025-04-15"  # the item's own day (UTC says the 16th)
    assert library.source_format == "feed"
    assert library.text == ("Three branch libraries in Lakeside will close on Saturdays from May, the city said.\n\n"
                            "\u201cWe had to choose between fewer hours and fewer staff,\u201d city librarian Owen "
                            "Prescott said.\n\u201cWe chose to keep our people.\u201d")
    assert library.warnings == []


def test_a_summary_cut_short_is_read_with_a_warning(tmp_path):
    path = tmp_path / "lakeside.rss"
    path.write_text(RSS, encoding="utf-8")
    _, marathon = read_articles([path])
    assert marathon.text.endswith("heavy crowds. [\u2026]")
    assert marathon.warnings == ["the feed gives only a summary of this article, cut short: the rest of the article, "
                                 "and the quotes it holds, are not in this record; read the article at its url"]


def test_each_entry_of_an_atom_feed_is_an_article(tmp_path):
    path = tmp_path / "hillcrest.atom"
    path.write_text(ATOM, encoding="utf-8")
    [entry] = read_articles([path])
    assert entry.id == "urn:hg:1" and entry.authors == ["Ben Adler", "Ruth Oyelaran"]
    assert entry.published == "2025-04-17" and entry.outlet == "Hillcrest Gazette"
    assert entry.text.endswith('"Residents asked for it again and again," waste manager Julia Ferreira said.')


def test_an_xml_file_in_a_folder_is_read_only_when_it_is_a_feed(tmp_path):
    """The near miss: a sitemap or settings file saved beside the articles is no feed."""
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url>'
                                          "</urlset>", encoding="utf-8")
    skipped: list[SkippedFile] = []
    assert [f.path for f in list_inputs([tmp_path], skipped=skipped)] == [str(tmp_path / "feed.xml")]
    assert skipped == [SkippedFile(str(tmp_path / "sitemap.xml"), "unknown type")]


def test_a_file_named_rss_that_is_no_feed_is_one_error_record(tmp_path):
    (tmp_path / "page.rss").write_text("<html><body><p>Not a feed at all.</p></body></html>", encoding="utf-8")
    [article] = read_articles([tmp_path / "page.rss"])
    assert article.failure.type == "MissingText" and "not an RSS or Atom feed" in article.failure.message
    assert article.id == "page.rss:0"


@pytest.mark.parametrize(("head", "feed"), [
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', True),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', True),
    (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', False),
    (b'<?xml version="1.0"?><settings><feedback>on</feedback></settings>', False),
])
def test_a_feed_is_told_by_its_root_element(head, feed):
    assert is_feed(head) is feed


def test_item_html_becomes_paragraphs():
    assert article_text_of_html("<p>One  two.</p><p>Three</p>four<ul><li>a</li><li>b</li></ul>") == (
        "One two.\n\nThree\n\nfour\n\na\n\nb")
    assert article_text_of_html("Plain summary, no markup.") == "Plain summary, no markup."


def test_a_sharded_run_s_glob_reads_an_xml_file_only_when_it_is_a_feed(tmp_path):
    from newsmine.shards import expand_inputs

    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset></urlset>', encoding="utf-8")
    skipped: list[SkippedFile] = []
    assert list(expand_inputs([str(tmp_path / "*.xml")], skipped)) == [str(tmp_path / "feed.xml")]
    assert skipped == [SkippedFile(str(tmp_path / "sitemap.xml"), "unknown type")]


def test_a_feed_larger_than_one_article_may_be_is_read(tmp_path):
    """A feed holds many articles: the 10-bytes-a-character limit of one page refused a feed of
    many short items as 'surely over --max-chars'."""
    items = "".join(f"<item><title>Item {n}</title><link>https://x.example/{n}</link><description>The council met "
                    f"again on day {n} and said little.</description></item>" for n in range(40))
    path = tmp_path / "big.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>{items}</channel></rss>',
                    encoding="utf-8")
    assert path.stat().st_size > 10 * 500
    articles = list(read_articles([path], max_chars=500))
    assert len(articles) == 40 and all(article.failure is None for article in articles)
    oversized = list(read_articles([path], max_chars=100))  # over 50 bytes a character: refused, saying why
    assert [article.failure.type for article in oversized] == ["InputTooLarge"]
    assert "the feed is over 5,000 bytes, and it is read whole" in oversized[0].failure.message


def test_an_item_s_authors_are_its_named_authors(tmp_path):
    """An <author> of an e-mail address alone names nobody; one dc:creator may name two."""
    items = ("<item><title>A</title><author>desk@lakesideherald.com</author><description>Text.</description></item>"
             "<item><title>B</title><author>desk@lakesideherald.com (Ana Ruiz)</author><description>Text.</description>"
             "</item><item><title>C</title><dc:creator>Tom Reed and Ana Ruiz</dc:creator><description>Text."
             "</description></item>")
    path = tmp_path / "authors.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
                    f"<title>Lakeside Herald</title>{items}</channel></rss>", encoding="utf-8")
    assert [article.authors for article in read_articles([path])] == [[], ["Ana Ruiz"], ["Tom Reed", "Ana Ruiz"]]
    assert all(article.warnings == [] for article in read_articles([path]))


def _numbered_feed(title: str, items: list[tuple[str, str | None]]) -> str:
    """An RSS feed of ``(guid, link)`` items, each a sentence of invented news."""
    entries = "".join(
        f"<item><title>Story {guid}</title>{f'<link>{link}</link>' if link else ''}<guid>{guid}</guid>"
        f"<description>The council of {title} met on Monday about the ferry timetable.</description></item>"
        for guid, link in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'


def test_items_numbered_alike_in_two_feeds_keep_ids_of_their_own(tmp_path):
    """review47b: guids are often a site's row numbers ('1', '48213'). Two feeds' items numbered
    alike had one id: the run warned "drop the earlier copies" (a different article), and SQLite
    output kept one of the two."""
    (tmp_path / "kellport.rss").write_text(_numbered_feed("Kellport", [("1", "https://kellport.example/ferry"),
                                                                       ("2", None)]), encoding="utf-8")
    (tmp_path / "lakeside.rss").write_text(_numbered_feed("Lakeside", [("1", "https://lakeside.example/ferry"),
                                                                       (" 2 ", None)]), encoding="utf-8")
    articles = list(read_articles([tmp_path / "kellport.rss", tmp_path / "lakeside.rss"]))
    assert [article.id for article in articles] == ["https://kellport.example/ferry", "kellport.rss:2",
                                                    "https://lakeside.example/ferry", "lakeside.rss:2"]
    # feedparser makes a guid the link of an item without one: "2" was the record's url
    assert [article.url for article in articles] == ["https://kellport.example/ferry", None, "https://lakeside.example/ferry", None]


def test_a_guid_that_names_its_item_stays_the_id(tmp_path):
    # near misses: words, a tag: URI, a URL and a year-and-number guid are ids of their own, link or not
    guids = ["ferry-timetable", "tag:kellport.example,2026:48213", "https://kellport.example/?p=48213", "2026-48213"]
    (tmp_path / "kellport.rss").write_text(_numbered_feed("Kellport", [(guid, "https://kellport.example/story")
                                                                       for guid in guids]), encoding="utf-8")
    assert [article.id for article in read_articles(tmp_path / "kellport.rss")] == guids
