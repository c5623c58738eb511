"""E-mails saved as ``.eml`` files (a newsletter, a press release, a forwarded story): one article each.

The messages below are invented."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from newsmine.readers import list_inputs, read_articles

STORY = (
    "Port authority chief defends dredging plan\n\n"
    "By Yusuf Adeyemi\n\n"
    "The head of the Harbor port authority, Clara Montgomery, defended a plan to dredge the outer channel on "
    "Friday, despite objections from the fishermen who work the bay.\n\n"
    "\u201cWithout dredging, the big container ships will simply go elsewhere,\u201d Montgomery told a meeting of "
    "the harbor board. She said the work would take eighteen months.\n\n"
    "Fishermen\u2019s cooperative spokesman Ewan Fraser said the plan would destroy the crab grounds off Gull "
    "Point. \u201cNobody asked us,\u201d he said.\n"
)


def _message(subject="Harbor Weekly: Port authority chief defends dredging plan", plain: str | None = STORY,
             html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Harbor Weekly <newsletter@harborweekly.example>"
    message["To"] = "desk@factcheck.example"
    message["Subject"] = subject
    message["Date"] = "Sun, 13 Apr 2025 23:30:00 -0700"  # the 14th in UTC: the sender's day counts
    if plain is not None:
        message.set_content(plain, cte="quoted-printable")
        if html is not None:
            message.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        message.set_content(html, subtype="html", cte="base64")
    return bytes(message)


def test_a_newsletter_is_read_as_its_text_with_its_subject_and_day(tmp_path):
    """Renamed .txt (the old advice for an unknown type), the headers and quoted-printable were read
    as prose: title 'From: Harbor Weekly <...>', quotes such as 'he s=' by 'E2=80=9CNobody'."""
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")) + "</body></html>"
    path = tmp_path / "Harbor Weekly 14 April.eml"
    path.write_bytes(_message(plain=STORY, html=html))
    [article] = read_articles([path])
    assert article.failure is None and article.source_format == "text"
    assert article.text == STORY  # the plain part, decoded: no headers, no =E2=80=9C, no soft breaks
    assert article.title == "Harbor Weekly: Port authority chief defends dredging plan"
    assert article.published == "2025-04-13"
    assert article.authors == [] and article.outlet is None  # the sender is not taken for either


def test_an_html_only_newsletter_is_read_as_a_page(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")[2:])
    path = tmp_path / "brief.EML"
    path.write_bytes(_message(subject="Fwd: Dredging plan", plain=None, html=f"<html><body><article>{body}</article></body></html>"))
    [article] = read_articles([path])
    assert article.failure is None and article.source_format == "html"
    assert "\u201cWithout dredging, the big container ships will simply go elsewhere,\u201d" in article.text
    assert article.title == "Dredging plan"  # without Fwd:


def test_a_plain_part_that_only_points_to_the_web_gives_way_to_the_html(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")[2:])
    path = tmp_path / "brief.eml"
    path.write_bytes(_message(plain="View this email in your browser: https://harborweekly.example/view\n",
                              html=f"<html><body><article>{body}</article></body></html>"))
    [article] = read_articles([path])
    assert article.source_format == "html" and "Nobody asked us" in article.text


def test_a_forwarded_story_leaves_the_forwarding_block_out(tmp_path):
    forwarded = ("FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Harbor Weekly "
                 "<newsletter@harborweekly.example>\nDate: Fri, 11 Apr 2025 06:30:00 +0000\n"
                 "Subject: Port authority chief defends dredging plan\nTo: <reader@example.org>\n\n" + STORY)
    path = tmp_path / "fwd.eml"
    path.write_bytes(_message(subject="Fwd: Port authority chief defends dredging plan", plain=forwarded))
    [article] = read_articles([path])
    assert article.text == STORY
    assert article.title == "Port authority chief defends dredging plan"
    assert article.published == "2025-04-11"  # the story's day, not the day it was forwarded


def test_header_like_lines_in_a_story_are_kept(tmp_path):
    """The near miss: a story quoting a memo's From:/Subject: lines has no forwarding block."""
    memo = STORY + "\nThe memo read:\n\nFrom: Clara Montgomery\nSubject: Dredging\n\nWe proceed in June.\n"
    path = tmp_path / "memo.eml"
    path.write_bytes(_message(plain=memo))
    [article] = read_articles([path])
    assert article.text == memo and article.published == "2025-04-13"


def test_an_email_without_text_is_an_error_record(tmp_path):
    message = EmailMessage()
    message["Subject"] = "Scan"
    message.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="scan.pdf")
    (tmp_path / "scan.eml").write_bytes(bytes(message))
    [article] = read_articles([tmp_path / "scan.eml"])
    assert article.failure.type == "NoArticleText" and article.id == "scan"


def test_a_folder_s_newsletters_are_read(tmp_path):
    """Before, they were counted among the files of unknown type, not read."""
    (tmp_path / "a.eml").write_bytes(_message())
    assert [f.format for f in list_inputs([tmp_path])] == ["email"]


def test_a_newsletter_with_a_large_attachment_is_read(tmp_path):
    """An e-mail's size is mostly its attachments: the 10-bytes-a-character limit of a page refused a
    newsletter with a photo as 'surely over --max-chars'."""
    message = EmailMessage()
    message["Subject"] = "Dredging plan"
    message.set_content(STORY)
    message.add_attachment(b"\xff\xd8\xff" + bytes(20_000), maintype="image", subtype="jpeg", filename="harbor.jpg")
    (tmp_path / "photo.eml").write_bytes(bytes(message))
    [article] = read_articles([tmp_path / "photo.eml"], max_chars=2_000)
    assert article.failure is None and article.text == STORY


REPLY = ("Dear Ms Adeyemi,\n\nOur statement is below.\n\n"
         "\u201cThe channel work will start in June and end by the autumn of next year,\u201d said Clara Montgomery, "
         "head of the Harbor port authority.\n\nPress office, Harbor port authority\n\n"
         "-----Original Message-----\nFrom: Yusuf Adeyemi\nSent: Friday, April 11, 2025 4:02 PM\n"
         "Subject: Dredging plan: a question\n\nWhen will the dredging of the outer channel start?\n")


def test_a_reply_is_its_own_text_not_the_message_it_quotes(tmp_path):
    """review47b: Outlook quotes the message a reply answers under "-----Original Message-----",
    the line it writes for forwards too. Read as a forward, a press office's reply lost its
    statement: the record was the reporter's question, dated the day it was asked."""
    path = tmp_path / "reply.eml"
    path.write_bytes(_message(subject="RE: Dredging plan: a question", plain=REPLY))
    [article] = read_articles(path)
    assert "said Clara Montgomery" in article.text and "Original Message" not in article.text
    assert "When will the dredging" not in article.text
    assert article.published == "2025-04-13" and article.title == "Dredging plan: a question"


def test_a_forward_outlook_marks_as_original_message_is_still_the_story_below(tmp_path):
    # near miss: the same block under a forward's subject opens the story forwarded
    forward = "FYI, see below.\n\n-----Original Message-----\nFrom: Harbor Weekly\nSent: Friday, April 11, 2025\n" \
              "Subject: Port authority chief defends dredging plan\n\n" + STORY
    path = tmp_path / "forward.eml"
    path.write_bytes(_message(subject="FW: Port authority chief defends dredging plan", plain=forward))
    [article] = read_articles(path)
    assert article.text == STORY and article.title == "Port authority chief defends dredging plan"


@pytest.mark.parametrize("date_line", ["Date: Fri, Apr 11, 2025 at 4:02 PM",  # Gmail's forwarded block
                                       "Date: 11 April 2025 at 16:02:00 BST"])  # Apple Mail's
def test_a_forward_takes_the_day_its_block_gives_as_mail_programs_write_it(tmp_path, date_line):
    """review47b: Gmail's and Apple Mail's forwarded-block dates are no RFC 2822 dates, and a
    story forwarded from either had no published day."""
    forward = ("---------- Forwarded message ---------\nFrom: Harbor Weekly\n" + date_line + "\n"
               "Subject: Port authority chief defends dredging plan\n\n" + STORY)
    path = tmp_path / "forward.eml"
    path.write_bytes(_message(subject="Fwd: Port authority chief defends dredging plan", plain=forward))
    [article] = read_articles(path)
    assert article.text == STORY and article.published == "2025-04-11"


def test_a_sent_line_that_is_no_date_gives_no_day(tmp_path):
    # near miss: a Sent: line without a date ("yesterday") gives none, as before
    forward = ("-----Original Message-----\nFrom: Harbor Weekly\nSent: yesterday\n"
               "Subject: Port authority chief defends dredging plan\n\n" + STORY)
    path = tmp_path / "forward.eml"
    path.write_bytes(_message(subject="FW: Port authority chief defends dredging plan", plain=forward))
    [article] = read_articles(path)
    assert article.text == STORY and article.published is None
