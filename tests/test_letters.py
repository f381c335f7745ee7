"""Invitation letters: text in both languages, one A4 page per guest, fonts embedded."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from fairdesk.base.errors import FairdeskError
from fairdesk.reports.guests.letter_text import salutation, span_en, span_zh
from fairdesk.reports.guests.letters import LetterCancelled, letters_for, render_letters

A4 = (595.2756, 841.8898)


@pytest.fixture
def guests(fair) -> list[str]:
    fair.set_settings(**{"fair.name": "2026中国（南海）投资贸易洽谈会",
                         "fair.name_en": "2026 China (Nanhai) Investment and Trade Fair",
                         "fair.venue": "南海国际会展中心", "fair.venue_en": "Nanhai Expo Centre",
                         "fair.city": "南海市", "fair.city_en": "Nanhai",
                         "fair.starts_on": "2026-05-18", "fair.ends_on": "2026-05-20"})
    unit = fair.guests.create("inviting_units", name="南山县", contact="李明",
                              phone="0898-1234567").ids()[0]
    zh = fair.guests.add_guest(name="张伟", gender="M", category="vip", country="CN",
                               organisation="中国建筑第三工程局", inviting_unit_id=unit)
    en = fair.guests.add_guest(name="Hans Müller", gender="M", category="investor",
                               country="DE", organisation="Siemens AG")
    return [zh.ids("guests")[0], en.ids("guests")[0]]


def _pages(path: Path) -> list[tuple[str, tuple[float, float]]]:
    pdf = pdfium.PdfDocument(str(path))
    out = [(page.get_textpage().get_text_range(), tuple(page.get_size())) for page in pdf]
    pdf.close()
    return out


def test_one_letter_per_guest_in_their_language(fair, guests, tmp_path):
    letters = letters_for(fair, guests, today=date(2026, 4, 1))
    path = render_letters(letters, tmp_path / "letters.pdf")
    pages = _pages(path)
    assert len(pages) == 2
    zh_text, en_text = pages[0][0], pages[1][0]
    codes = [fair.get("guests", g)["ref_code"] for g in guests]
    assert "尊敬的张先生：" in zh_text and "邀请函" in zh_text
    assert "回执编号" in zh_text and "".join(zh_text.split()).count("回执") >= 2
    assert "2026中国（南海）投资贸易洽谈会" in zh_text and "2026年5月18日至20日" in zh_text
    assert codes[0] in zh_text and "南山县" in zh_text and "参加" in zh_text
    assert "Dear Mr Müller" in en_text and "REPLY SLIP" in en_text
    assert "2026 China (Nanhai) Investment and Trade Fair" in en_text
    assert "18–20 May 2026" in en_text and codes[1] in en_text
    assert "Attending" in en_text and "Undecided" in en_text
    for _text, size in pages:
        assert size == pytest.approx(A4, abs=0.01)


def test_fonts_are_embedded(fair, guests, tmp_path):
    path = render_letters(letters_for(fair, guests), tmp_path / "letters.pdf")
    raw = path.read_bytes()
    assert raw.count(b"/FontFile2") >= 1
    assert b"/BaseFont /Helvetica" not in raw
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)


def test_progress_and_cancel(fair, guests, tmp_path):
    seen = []
    letters = letters_for(fair, guests)
    render_letters(letters, tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(LetterCancelled):
        render_letters(letters, tmp_path / "b.pdf", should_cancel=lambda: True)
    assert not (tmp_path / "b.pdf").exists()
    with pytest.raises(FairdeskError):
        render_letters([], tmp_path / "c.pdf")


def test_words():
    assert span_zh("2026-05-30", "2026-06-01") == "2026年5月30日至6月1日"
    assert span_en("2026-05-30", "2026-06-01") == "30 May – 1 June 2026"
    from fairdesk.reports.guests.letter_text import LetterData
    assert salutation(LetterData("x", "R", "zh", "王芳", gender="F")) == "尊敬的王女士："
    assert salutation(LetterData("x", "R", "en", "Anna Schmidt", honorific="Dr")) == \
        "Dear Dr Schmidt,"
    assert salutation(LetterData("x", "R", "en", "张伟", gender="M")) == "Dear Mr Zhang,"
    assert salutation(LetterData("x", "R", "en", "Sir Christopher Montgomery-Whitfield",
                                 gender="M")) == "Dear Sir Christopher,"
    assert salutation(LetterData("x", "R", "en", "محمد بن سلمان", gender="M")) == \
        "Dear Mr محمد بن سلمان,"
    assert salutation(LetterData("x", "R", "zh", "赵六")) == "尊敬的赵六："


@pytest.mark.parametrize(("language", "name", "fields", "said"), [
    ("en", "Christopher Montgomery", {"gender": "M"}, "Dear Mr Montgomery,"),
    ("en", "Sir Christopher Montgomery", {"gender": "M", "honorific": "Mr."},
     "Dear Sir Christopher,"),
    ("en", "Mr. John Smith", {"honorific": "Mr."}, "Dear Mr Smith,"),
    ("en", "Hans Müller", {"title": "Professor of Economics", "gender": "M"},
     "Dear Professor Müller,"),
    ("en", "Khalid Al Falasi", {"gender": "M"}, "Dear Mr Al Falasi,"),
    ("en", "张伟", {"honorific": "先生"}, "Dear Mr Zhang,"),
    ("en", "欧阳娜娜", {"honorific": "教授"}, "Dear Professor Ouyang,"),
    ("en", "渡邉さくら", {"name_roman": "Watanabe Sakura", "gender": "F"},
     "Dear Ms Watanabe,"),
    ("en", "محمد بن سلمان", {}, "Dear محمد بن سلمان,"),
    ("en", "", {"gender": "M"}, "Dear Sir or Madam,"),
    ("zh", "王伟", {"gender": "M"}, "尊敬的王先生："),
    ("zh", "王伟", {"title": "海滨市商务局局长", "gender": "M"}, "尊敬的王局长："),
    ("zh", "李娜", {"honorific": "Dr.", "gender": "F"}, "尊敬的李博士："),
    ("zh", "欧阳娜娜", {"gender": "F"}, "尊敬的欧阳女士："),
    ("zh", "阿卜杜热西提·艾合买提江", {"gender": "M"}, "尊敬的阿卜杜热西提·艾合买提江先生："),
    ("zh", "Anna Schmidt", {"honorific": "Ms."}, "尊敬的 Anna Schmidt 女士："),
    ("zh", "محمد بن سلمان", {}, "尊敬的 محمد بن سلمان："),
    ("zh", "", {}, "尊敬的嘉宾："),
])
def test_salutation_by_title_honorific_and_language(language, name, fields, said):
    """Issue 15, point 3: "Dear Mr Sir Christopher Montgomery-…", "Dear Mr ,"."""
    from fairdesk.reports.guests.letter_text import LetterData

    assert salutation(LetterData("x", "R", language, name, **fields)) == said


def test_letters_do_not_load_qt():
    code = ("import sys, fairdesk.reports.guests.letters, fairdesk.reports.guests.reply_slip;"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).parent.parent)
    assert out.stdout.strip() == "False", out.stderr


@pytest.mark.parametrize(("utc_now", "letter_date", "reply_by"), [
    ("2026-05-03T15:00:00+00:00", "2026-05-03", "2026-05-04"),  # 23:00 in Beijing
    ("2026-05-03T17:00:00+00:00", "2026-05-04", ""),  # 01:00 the next day: the due day itself
])
def test_letter_dates_are_the_fairs_day_not_the_laptops(fair, guests, monkeypatch, utc_now,
                                                        letter_date, reply_by):
    from datetime import datetime

    import fairdesk.reports.guests.letters as letters

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime.fromisoformat(utc_now).astimezone(tz)

    monkeypatch.setattr(letters, "datetime", Clock)
    data = letters_for(fair, guests[:1])[0]
    assert (data.letter_date, data.reply_by) == (letter_date, reply_by)


def test_english_letter_names_the_units_english_name(fair):
    from fairdesk.reports.guests.letters import letters_for

    unit = fair.guests.create("inviting_units", name="市商务局",
                              name_en="Municipal Bureau of Commerce").items[0].record_id
    guest = fair.guests.create("guests", name="James Miller", category="investor", country="US",
                               inviting_unit_id=unit).items[0].record_id
    local = fair.guests.create("guests", name="王芳", category="investor", country="CN",
                               inviting_unit_id=unit).items[0].record_id
    english, chinese = letters_for(fair, [guest, local])
    assert english.unit_name == "Municipal Bureau of Commerce"
    assert chinese.unit_name == "市商务局"
