"""The signing page as the desk's clerk meets it: filters and the totals bar, a project
marked signed, the running order dragged and its flags, counties' bars, printing, the
import preview, and the dashboard's card saying what it shows."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document

from fairdesk.core.demo import create_demo_fair
from fairdesk.core.fair import Fair
from fairdesk.core.signing import ceremony
from fairdesk.core.signing.summary import signing_summary
from fairdesk.gui.qt import QMessageBox, QModelIndex, QSettings, QStandardPaths, Qt
from fairdesk.gui.session import FairSession
from fairdesk.gui.signing.page import SigningPage
from fairdesk.gui.translation import install_language
from fairdesk.gui.widgets import jobs
from tests.conftest import TESTER
from tests.signing_lists import write_messy_list


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("signing-gui") / "demo.fair"
    create_demo_fair(path, guests=200).close()
    return path


@pytest.fixture
def page(demo_file, tmp_path, qtbot, monkeypatch):
    install_language("zh")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    shutil.copy(demo_file, tmp_path / "fair.fair")
    session = FairSession()
    session.open(Fair.open(tmp_path / "fair.fair", TESTER))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    p = SigningPage(session)
    p.shown = shown  # type: ignore[attr-defined]
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.refresh()
    yield p
    jobs.wait_for_jobs()
    session.close()
    install_language("en")


def _choose(box, code: str) -> None:
    box.setCurrentIndex(box.findData(code))


def test_filters_and_search_drive_the_table_and_its_totals(page, qtmodeltester):
    model = page.projects_model
    everything = model.rowCount()
    assert everything == page.session.fair.count("signing_projects")
    counted = page.session.fair.count("signing_projects", "status != 'cancelled'")
    assert f"{counted} 个项目" in page.totals_bar.text()  # cancelled ones listed, not summed
    _choose(page.filters["capital"], "foreign")
    foreign = [model.row_at(r) for r in range(model.rowCount())]
    assert foreign and all(r["capital"] == "foreign" for r in foreign)
    counted = sum(r["status"] != "cancelled" for r in foreign)
    assert f"{counted} 个项目" in page.totals_bar.text() and "内资 0.00" in page.totals_bar.text()
    page.search.setText(foreign[0]["investor"][:4])
    assert 0 < model.rowCount() <= len(foreign)
    page.search.setText("")
    _choose(page.filters["capital"], "")
    assert model.rowCount() == everything
    assert model.headerData(0, Qt.Orientation.Horizontal) == "项目"
    qtmodeltester.check(model)


def test_marking_a_project_signed_freezes_it_and_updates_the_totals(page, qtbot):
    _choose(page.filters["status"], "ready")
    page.projects_view.selectRow(0)
    project = page.current_project()
    assert page.parties.model.rowCount() == 2  # investor and local party
    before = signing_summary(page.session.fair).total.projects
    with qtbot.waitSignal(page.session.fair_changed):
        page.on_signed_clicked()
    row = page.session.fair.get("signing_projects", project)
    assert row["status"] == "signed" and row["total_cny_fen"] is not None
    assert signing_summary(page.session.fair).total.projects in (before, before + 1)  # intents
    # the filter shows ready projects: the one just signed has left the table
    assert project not in [page.projects_model.row_at(r)["id"]
                           for r in range(page.projects_model.rowCount())]


def test_the_running_order_is_dragged_and_shows_its_problems(page, qtmodeltester):
    page.tabs.setCurrentIndex(1)
    page.session_box.setCurrentIndex(1)  # the county session, where the demo left problems
    model = page.order_model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    flagged = {r["project"]: r for r in rows if r["_problems"]}
    assert any("尚未报到" in " ".join(r["_problems"]) for r in flagged.values())
    assert any(r["_severity"] == "error" for r in flagged.values())
    red = next(r for r in range(model.rowCount()) if model.row_at(r)["_severity"] == "error"
               and model.row_at(r)["_problems"])
    colour = model.index(red, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#c62828"
    assert "须处理" in page.issues_label.text()
    first, second = rows[0]["id"], rows[1]["id"]
    # what the view does on a drop: the first row dropped below the third
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    order = [model.row_at(r)["id"] for r in range(model.rowCount())]
    assert order[:3] == [second, rows[2]["id"], first]
    assert model.row_at(0)["time"].startswith(rows[0]["time"][:5])  # times follow the order
    # a project not yet placed, dragged from the list beside the order to the second place
    waiting = page.unplaced_model
    assert waiting.rowCount() > 0
    project = waiting.row_at(0)["id"]
    data = waiting.mimeData([waiting.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    slot = page.session.fair.signing.list("ceremony_slots", project_id=project)[0]
    assert slot["session_id"] == page.current_session() and slot["position"] == 2
    assert model.row_at(1)["id"] == slot["id"] and model.rowCount() == len(rows) + 1
    assert project not in [waiting.row_at(r)["id"] for r in range(waiting.rowCount())]
    qtmodeltester.check(model)
    qtmodeltester.check(waiting)


def test_counties_show_bars_against_targets_and_press_text(page):
    assert not page.counties.bars  # read when the tab is first shown
    page.tabs.setCurrentIndex(2)
    summary = signing_summary(page.session.fair)
    county = summary.counties[0]
    bar = page.counties.bars[(county.label, "projects")]
    assert bar.text() == f"{county.signed.projects} / {county.target_projects}"
    assert "全市合计" in [k[0] for k in page.counties.bars]
    assert "共签约项目" in page.counties.press.toPlainText()


def test_printing_the_running_order_script_and_cards(page, tmp_path, qtbot):
    page.tabs.setCurrentIndex(1)
    out = tmp_path / "order.pdf"
    worker = page.printing.print_running_order(path=out)
    with qtbot.waitSignal(worker.ended, timeout=20000):
        pass
    text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(str(out)))
    assert "签约仪式程序" in text
    docx = tmp_path / "mc.docx"
    worker = page.printing.print_script(".docx", path=docx)
    with qtbot.waitSignal(worker.ended, timeout=20000):
        pass
    order = ceremony.running_order(page.session.fair, page.current_session())
    assert order.slots[0].name in "\n".join(p.text for p in Document(str(docx)).paragraphs)
    cards = tmp_path / "cards.pdf"
    worker = page.printing.print_table_cards(path=cards)
    with qtbot.waitSignal(worker.ended, timeout=20000):
        pass
    assert len(pdfium.PdfDocument(str(cards))) >= len(order.slots)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_import_preview_names_the_bad_row_and_imports_the_good(page, tmp_path):
    fair = page.session.fair
    for name in ("东港区", "西山县"):
        fair.guests.create("inviting_units", name=name, kind="county")
    path = write_messy_list(tmp_path / "list.xlsx", bad_amount=True)
    dialog = page.printing.import_list(path)
    assert not dialog.import_button.isEnabled() and dialog.skip_button.isEnabled()
    rows = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]
    bad = next(r for r in rows if r["_problems"])
    assert bad["line"] == 7 and "abc" in bad["reason"]
    before = fair.count("signing_projects")
    dialog.apply(skip=True, rejects=tmp_path / "rejects.xlsx")
    assert fair.count("signing_projects") == before + 3
    assert (tmp_path / "rejects.xlsx").exists() and "新增项目 3 个" in dialog.result.text()
    assert dialog.cancel_button.text() == "关闭"  # done: nothing left to cancel
    dialog.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_page_fits_a_laptop_screen_in_both_languages(page, tmp_path, qtbot):
    for lang in ("zh", "en"):
        install_language(lang)
        page = SigningPage(page.session)  # built in the language, as the window does
        qtbot.addWidget(page)
        page.refresh()
        for width, height in ((1366, 768), (1440, 900)):
            page.resize(width, height)
            page.show()
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                qtbot.wait(10)  # the layout follows the texts set on showing the tab
                image = page.grab()
                assert image.width() == width
                image.save(str(tmp_path / f"signing-{lang}-{width}-{tab}.png"))


def test_the_project_form_takes_amounts_as_a_clerk_types_them(page):
    from fairdesk.gui.signing.page import PROJECT_FIELDS
    from fairdesk.gui.widgets.record_form import RecordForm

    fair = page.session.fair
    county = fair.guests.list("inviting_units", kind="county")[0]["id"]
    form = RecordForm(fair.signing, "signing_projects", fields=PROJECT_FIELDS, parent=page,
                      values={"name": "临港氢能项目", "county_id": county, "sector": "energy",
                              "contract_type": "contract", "currency": "CNY",
                              "status": "planned"})
    form.editor("total_investment_cents").widget.setText("3.5亿")
    form.editor("contract_amount_cents").widget.setText("abc")
    form.on_save_clicked()
    assert "不是金额" in form.field_error("contract_amount_cents")
    form.editor("contract_amount_cents").widget.setText("2,000万")
    form.on_save_clicked()
    row = fair.rows("SELECT * FROM signing_projects WHERE name = '临港氢能项目'")[0]
    assert (row["total_investment_cents"], row["contract_amount_cents"]) == (
        350_000_000_00, 20_000_000_00)
    assert row["capital"] == "domestic"  # derived: the investor's country left as China
    edit = RecordForm(fair.signing, "signing_projects", row["id"], fields=PROJECT_FIELDS,
                      parent=page)
    assert edit.editor("total_investment_cents").widget.text() == "350,000,000.00"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_import_window_takes_the_lists_county_and_explains_skipped_rows(page, tmp_path):
    """A county's own list often names no county: the clerk chooses it in the window (the
    command line's --county), and the rows are checked again with it."""
    fair = page.session.fair
    for name in ("东港区", "西山县"):
        fair.guests.create("inviting_units", name=name, kind="county")
    dialog = page.printing.import_list(write_messy_list(tmp_path / "list.xlsx"))
    rows = {r["line"]: r for r in (dialog.model.row_at(i) for i in range(dialog.model.rowCount()))}
    assert "所属县区" in rows[7]["reason"] and not dialog.import_button.isEnabled()
    assert rows[8]["reason"] == "合计行或说明行"
    _choose(dialog.county_box, fair.guests.list("inviting_units", name="东港区")[0]["id"])
    rows = [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]
    assert not any(r["_problems"] for r in rows) and dialog.import_button.isEnabled()
    dialog.import_button.click()
    chip = fair.rows("SELECT u.name FROM signing_projects p JOIN inviting_units u"
                     " ON u.id = p.county_id WHERE p.name = '东港区集成电路封装项目'")
    assert [r["name"] for r in chip] == ["东港区"]
    dialog.close()


def test_the_running_order_lists_each_problem_with_its_reason(page):
    page.tabs.setCurrentIndex(1)
    page.session_box.setCurrentIndex(1)
    text = page.issues_label.text()
    assert text.startswith("1 项须处理，2 项待确认：")
    assert "第 2 项：缺少投资方签约人。" in text and "尚未报到" in text


# --- the "done when", walked in the real window ---------------------------------------------
def _drop(view, data, row: int) -> None:
    """What a mouse drop does: enter, move and drop over the middle of ``row``."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    point = view.visualRect(view.model().index(row, 3)).center()
    move, none = Qt.DropAction.MoveAction, Qt.KeyboardModifier.NoModifier
    left = Qt.MouseButton.LeftButton
    for event in (QDragEnterEvent(point, move, data, left, none),
                  QDragMoveEvent(point, move, data, left, none),
                  QDropEvent(QPointF(point), move, data, left, none)):
        QApplication.sendEvent(view.viewport(), event)


def _pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    text = "".join(p.get_textpage().get_text_range() for p in doc)
    doc.close()
    return text


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                           "This plugin does not support raise")
def test_done_when_a_new_signing_clerk_walks_the_desk_in_the_window(
        demo_file, tmp_path, qtbot, monkeypatch):
    """Import a county's messy list (preview, rejects), fix the rejects, set the exchange
    rate, build the running order by dragging, see the signatory who has not arrived, print
    the running order and the MC's script (and open the .docx), hand the leaders a summary
    whose county lines add up to its total."""
    import openpyxl

    from fairdesk.gui.qt import QFileDialog, QInputDialog
    from tests.gui_laptop import open_window, own_laptop

    with own_laptop(tmp_path, lang="zh"):
        window = open_window(qtbot, demo_file, tmp_path / "walk.fair")
        page = window.show_page_of(SigningPage)
        fair = window.session.fair
        east = fair.guests.create("inviting_units", name="东港区", kind="county").ids()[0]
        fair.guests.create("inviting_units", name="西山县", kind="county")
        before = fair.count("signing_projects")

        # the county's messy list: the preview names the bad row; the good rows go in
        rejects = tmp_path / "rejects.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(rejects), ""))
        dialog = page.printing.import_list(write_messy_list(tmp_path / "east.xlsx",
                                                            bad_amount=True))
        _choose(dialog.county_box, east)
        bad = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())
               if dialog.model.row_at(r)["_problems"]]
        assert [r["line"] for r in bad] == [7] and "“abc”" in bad[0]["reason"]
        dialog.skip_button.click()
        assert fair.count("signing_projects") == before + 3 and rejects.exists()
        dialog.close()

        # the rejects fixed in Excel, imported as they are
        book = openpyxl.load_workbook(rejects)
        for cell in book.active[2]:
            if cell.value == "abc":
                cell.value = "8亿"
        book.save(rejects)
        dialog = page.printing.import_list(rejects)
        _choose(dialog.county_box, east)
        dialog.import_button.click()
        assert fair.count("signing_projects") == before + 4
        dialog.close()

        # the exchange rate: projects signed keep their value, the others follow
        signed_before = signing_summary(fair).total.total_fen
        monkeypatch.setattr(QInputDialog, "getItem",
                            lambda *_a, **_k: ("USD  7.10", True))
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("7.20", True))
        shown = page.totals_bar.text()
        page.printing.rates_button.click()
        assert str(fair.rates["USD"]) == "7.20"
        assert signing_summary(fair).total.total_fen == signed_before
        # the projects not yet signed in dollars are valued anew: the totals bar follows
        qtbot.waitUntil(lambda: page.totals_bar.text() != shown)

        # the running order of the county session, built by dragging
        page.tabs.setCurrentIndex(1)
        page.session_box.setCurrentIndex(1)
        waiting, order = page.unplaced_model, page.order_model
        chip = next(r for r in range(waiting.rowCount())
                    if waiting.row_at(r)["name"] == "东港区集成电路封装项目")
        _drop(page.order_view, waiting.mimeData([waiting.index(chip, 0)]), 0)
        assert order.row_at(0)["project"] == "东港区集成电路封装项目"
        moved = order.row_at(0)["id"]
        _drop(page.order_view, order.mimeData([order.index(0, 0)]), 3)  # before the 4th
        assert [order.row_at(r)["id"] for r in range(order.rowCount())].index(moved) == 2
        times = [order.row_at(r)["time"] for r in range(order.rowCount())]
        assert times == sorted(times)  # the times follow the order

        # the signatory who has not arrived, flagged with the reason
        late = next(order.row_at(r) for r in range(order.rowCount())
                    if any("尚未报到" in p for p in order.row_at(r)["_problems"]))
        assert late["_severity"] == "warning" and "尚未报到" in page.issues_label.text()

        # printed: the running order, the MC's script as PDF and as .docx
        outs = {}
        for key, start in (("order", lambda p: page.printing.print_running_order(path=p)),
                           ("script", lambda p: page.printing.print_script(".pdf", path=p)),
                           ("docx", lambda p: page.printing.print_script(".docx", path=p)),
                           ("summary", lambda p: page.printing.print_summary(".pdf", path=p)),
                           ("book", lambda p: page.printing.print_summary(".xlsx", path=p))):
            outs[key] = tmp_path / f"{key}.{ {'docx': 'docx', 'book': 'xlsx'}.get(key, 'pdf')}"
            with qtbot.waitSignal(start(outs[key]).ended, timeout=30000):
                pass
        assert "东港区集成电路封装项目" in _pdf_text(outs["order"])
        assert "尚未报到" in _pdf_text(outs["order"])
        words = "\n".join(p.text for p in Document(str(outs["docx"])).paragraphs)
        assert "东港区集成电路封装项目" in words and "主持词" in words
        assert "东港区集成电路封装项目" in _pdf_text(outs["script"]).replace("\r\n", "")

        # the leaders' summary: the county lines add up to the city's total as printed
        ws = openpyxl.load_workbook(outs["book"]).worksheets[0]
        lines = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
        lines = [v for v in lines if v[0] and isinstance(v[5], (int, float))]
        *counties, city = lines
        assert city[0] == "全市合计"
        for column in (2, 5, 8, 9, 10):  # signed, total, foreign, domestic, contract
            assert round(sum(Decimal(str(v[column])) for v in counties), 2) == \
                Decimal(str(city[column]))
        assert f"{Decimal(str(city[5])):.2f}" in _pdf_text(outs["summary"])
        jobs.wait_for_jobs()
        window.session.close()


def test_letters_of_intent_are_counted_by_the_committees_choice_on_the_totals_tab(page):
    """The fair's setting has its box: ticked, the signed letters of intent join the totals
    (audited as a setting); the counties' bars say the summary's numbers, adding up."""
    fair = page.session.fair
    page.tabs.setCurrentIndex(2)
    before = signing_summary(fair)
    assert before.intents.projects and not page.counties.intents_box.isChecked()
    page.counties.intents_box.setChecked(True)
    after = signing_summary(fair)
    assert after.intents_counted and after.total.projects == (before.total.projects
                                                             + before.intents.projects)
    assert fair.rows("SELECT 1 FROM audit_log WHERE entity = 'fair_settings'"
                     " AND entity_id = 'signing.count_intents'")
    bars = page.counties.bars
    total = bars[("全市合计", "total")].text().split(" / ")[0]
    lines = [bar.text().split(" / ")[0] for (name, key), bar in bars.items()
             if key == "total" and name != "全市合计"]
    assert sum(Decimal(x) for x in lines) == Decimal(total)
    assert "已计入上列总额" in page.counties.note.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_english_projects_table_names_projects_and_counties_in_english(page, qtbot):
    install_language("en")
    english = SigningPage(page.session)  # built in the language, as the window does
    qtbot.addWidget(english)
    english.resize(1366, 768)
    english.refresh()
    english.show()
    model = english.projects_model
    row = model.row_at(0)
    assert row["name_en"] and model.index(0, 0).data() == row["name_en"]
    assert model.index(0, 1).data() == row["county_en"]
    for box in english.filters.values():  # "All counties", not "All count"
        text = box.currentText()
        assert box.width() > box.fontMetrics().horizontalAdvance(text) + 20, text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                           "This plugin does not support raise")
def test_the_dashboards_signing_card_says_its_figure_whole_on_a_laptop(demo_file, tmp_path,
                                                                        qtbot, lang):
    """"签约总投资" / "Total invested", the unit and the share of the target, none cut at
    1366 px ("完成目标 42" had lost its %, "Signed total inves" its end)."""
    from tests.gui_laptop import open_window, own_laptop

    with own_laptop(tmp_path, lang=lang):
        window = open_window(qtbot, demo_file, tmp_path / "dash.fair")
        card = window.page_stack.page_at(0).cards["signing"]
        qtbot.waitUntil(lambda: card.note.text() != "")
        assert card.label.text() == {"zh": "签约总投资", "en": "Total invested"}[lang]
        assert card.note.text().endswith("%") and ("亿元" if lang == "zh" else "¥100M") \
            in card.note.text()
        for label in (card.label, card.note):
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
        window.session.close()
