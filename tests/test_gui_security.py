"""The security page as the fire liaison meets it: the matrix, their items overdue first,
an inspection typed from the keyboard, a refused then accepted sign-off, re-inspection."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from fairdesk.core.context import Operator
from fairdesk.core.demo import create_demo_fair
from fairdesk.core.fair import Fair
from fairdesk.core.security import paper, views
from fairdesk.core.security.statuses import CellState
from fairdesk.gui import prefs
from fairdesk.gui.qt import QApplication, QMessageBox, QSettings, QStandardPaths, Qt
from fairdesk.gui.security.inspection_dialog import InspectionDialog, ReinspectDialog
from fairdesk.gui.security.page import SecurityPage
from fairdesk.gui.session import FairSession
from fairdesk.gui.style import SECURITY_CELL_COLOURS
from fairdesk.gui.translation import install_language
from fairdesk.gui.widgets import jobs
from tests.conftest import TESTER
from tests.gui_laptop import open_window, own_laptop


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("security-gui") / "demo.fair"
    create_demo_fair(path, guests=100).close()
    return path


@pytest.fixture
def page(demo_file, tmp_path, qtbot, monkeypatch):
    install_language("zh")
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    prefs.settings().clear()
    shutil.copy(demo_file, tmp_path / "fair.fair")
    session = FairSession()
    session.open(Fair.open(tmp_path / "fair.fair", TESTER))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    p = SecurityPage(session)
    p.shown = shown  # type: ignore[attr-defined]
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.refresh()
    yield p
    jobs.wait_for_jobs()
    session.close()
    prefs.settings().clear()
    install_language("en")  # the session-wide application as other modules expect it


def _fire(page: SecurityPage) -> None:
    page.department.setCurrentIndex(page.department.findData("fire"))
    page.on_department_chosen(page.department.currentIndex())


def test_matrix_shows_every_site_and_department(page, qtmodeltester):
    fair = page.session.fair
    m = views.matrix(fair)
    model = page.matrix_model
    assert model.rowCount() == len(m.sites) and model.columnCount() == len(m.departments) + 2
    assert model.headerData(3, Qt.Orientation.Horizontal) == "消防"
    states = {model.index(r, c).data(Qt.ItemDataRole.UserRole)
              for r in range(model.rowCount()) for c in range(1, model.columnCount() - 1)}
    assert CellState.SIGNED_OFF in states and CellState.OVERDUE in states
    cleared = [model.index(r, model.columnCount() - 1).data() for r in range(model.rowCount())]
    assert "会签完毕" in cleared and "未完成" in cleared
    assert f"{m.cleared_count} 个已由各部门会签完毕" in page.summary.text()
    qtmodeltester.check(model)


def test_a_matrix_cell_opens_the_departments_items_at_the_site(page):
    model = page.matrix_model
    page.on_matrix_cell_activated(model.index(0, 3))  # first site, fire
    assert page.tabs.currentIndex() == 1 and page.department.currentData() == "fire"
    site = page.matrix_model.matrix.sites[0]
    assert {r["site_id"] for r in page.items_model.rows()} == {site.id}


def test_department_is_remembered_and_overdue_comes_first(page):
    _fire(page)
    assert prefs.security_department() == "fire"
    rows = page.items_model.rows()
    assert rows and all(r["department"] == "消防" for r in rows)
    flags = [r["late"] for r in rows]
    assert any(flags) and flags == sorted(flags, reverse=True)  # overdue ones first
    assert page.overdue_banner.text().startswith("本部门逾期")
    page.search.setText("灭火器")
    assert page.items_model.rows() and all("灭火器" in r["title"] for r in page.items_model.rows())


def test_inspection_from_the_keyboard_then_sign_off(page, qtbot):
    _fire(page)
    fair = page.session.fair
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    site = next(s for s in views.sites(fair) if views.matrix(fair).cell(s.id, fire.id).state
                == CellState.READY)
    page.tabs.setCurrentIndex(1)  # My department
    page.site_filter.setCurrentIndex(page.site_filter.findData(site.id))
    page.refresh_items()
    dialog = InspectionDialog(fair, site.id, fire.id, page)
    qtbot.addWidget(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F)  # first item fails: the problem field is next
    assert dialog.focusWidget() is dialog.problem or dialog.rows[0]["answer"] == "fail"
    qtbot.keyClicks(dialog.problem, "Exit 2 blocked")  # QTest types ASCII only
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    for _ in dialog.rows[1:]:
        qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert [r["answer"] for r in dialog.rows] == ["fail", *["pass"] * (len(dialog.rows) - 1)]
    recorded = dialog.save()
    assert recorded is not None and len(recorded.rectifications) == 1
    assert recorded.rectifications[0]["problem"] == "Exit 2 blocked"
    page.on_sign_clicked()  # refused: a rectification is open
    assert page.shown and "未销号整改" in page.shown[-1] and "Exit 2 blocked" in page.shown[-1]
    again = ReinspectDialog(fair, recorded.rectifications[0]["id"], page)
    qtbot.addWidget(again)
    again.passed.setChecked(True)
    again.note.setText("已清理")
    assert again.save()
    page.on_sign_clicked()
    assert views.matrix(fair).cell(site.id, fire.id).state == CellState.SIGNED_OFF
    assert "已于" in page.signoff_label.text()


def test_an_incomplete_inspection_is_refused_in_the_dialog(page, qtbot):
    fair = page.session.fair
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    site = views.sites(fair)[0]
    dialog = InspectionDialog(fair, site.id, fire.id, page)
    qtbot.addWidget(dialog)
    assert dialog.save() is None and "还没有检查结论" in dialog.error.text()


def test_a_new_hotel_on_the_lodging_page_is_offered_as_a_security_site(page, monkeypatch):
    from fairdesk.gui.reception.lodging_page import LodgingPage

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    fair = page.session.fair
    lodging = LodgingPage(page.session)
    changes = fair.reception.create("hotels", name="金海湾酒店")
    lodging.on_hotel_created(changes)
    site = fair.security.list("sites", name="金海湾酒店")
    assert site and site[0]["kind"] == "hotel"
    assert views.items(fair, site_id=site[0]["id"])  # its checklists were issued
    lodging.deleteLater()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_matrix_fits_a_1366_laptop_with_every_heading_whole(page, qtbot):
    """On a borrowed laptop the matrix needs no sideways scroll, and a long department name
    is shown on two lines (its whole name in the tooltip), never clipped mid-word."""
    from fairdesk.gui.security.matrix_model import two_lines

    page.resize(1156, 700)  # the page's share of a 1366-wide window beside the navigation
    page.show()
    qtbot.waitExposed(page)
    view = page.matrix_view
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0, timeout=2000)
    model, header = view.model(), view.horizontalHeader()
    for column in range(1, model.columnCount() - 1):
        shown = model.headerData(column, Qt.Orientation.Horizontal)
        full = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert full in (shown.replace("\n", " "), shown.replace("\n", ""))
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in shown.split("\n"))
        assert widest <= header.sectionSize(column), shown
    assert two_lines("住建/城管/市场监管") == "住建/城管/\n市场监管"
    assert two_lines("Health & food safety") == "Health &\nfood safety"
    assert two_lines("公安") == "公安"


# --- issue 9's "done when", in the real window -----------------------------------------------
FIRE_LIAISON = Operator("赵国栋", "desk-3", "fire-laptop", role="security", department="fire")
SHOTS = os.environ.get("FAIRDESK_SHOTS", "")  # a folder: the walk's screenshots are kept there


def _shot(window, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        QApplication.processEvents()
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _dialog_shot(window, dialog, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    text = "".join(document[n].get_textpage().get_text_range() for n in range(len(document)))
    document.close()
    return text


def _printed(window, qtbot, monkeypatch, target: Path, click) -> str:  # noqa: ANN001
    monkeypatch.setattr("fairdesk.gui.widgets.printing.ask_path", lambda *_a: target)
    monkeypatch.setattr("fairdesk.gui.widgets.printing.QDesktopServices.openUrl",
                        lambda *_a: True)
    click()
    qtbot.waitUntil(lambda: target.exists() and not jobs.RUNNING, timeout=30000)
    if SHOTS:
        import subprocess

        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target),
                        str(Path(SHOTS) / target.stem)], check=True)
    return _pdf_text(target)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                           "This plugin does not support raise")
@pytest.mark.parametrize(("lang", "size"), [("zh", (1366, 768))] + (
    [("zh", (1440, 900)), ("en", (1366, 768)), ("en", (1440, 900))] if SHOTS else []))
def test_the_fire_liaison_walks_the_done_when_in_the_window(
        demo_file, tmp_path, qtbot, monkeypatch, lang, size):  # noqa: ANN001
    """A new fire liaison on the demo fair: finds their overdue items first, inspects a site
    (one failure), prints the rectification notice, re-inspects, signs the site off; the
    committee prints the daily report and the site's fire cell is green (signed off)."""
    from fairdesk.gui.dashboard import DashboardPage

    tag = f"{lang}-{size[0]}"
    with own_laptop(tmp_path, lang=lang):
        window = open_window(qtbot, demo_file, tmp_path / "fair.fair", FIRE_LIAISON, size)
        fair = window.session.fair
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))

        dashboard = window.show_page_of(DashboardPage)
        dashboard.refresh()
        _shot(window, f"walk-{tag}-0-dashboard")
        fire_row = next(r for r in dashboard.security_model.rows() if r["id"] == "fire")
        assert fire_row["overdue"] > 0

        page = window.show_page_of(SecurityPage)
        page.refresh()
        _shot(window, f"walk-{tag}-1-matrix")
        page.tabs.setCurrentIndex(1)
        assert page.department.currentData() == "fire"  # the liaison's own, unasked
        rects = page.rects_model.rows()
        late = [r for r in rects if r["overdue"]]
        assert late and page.overdue_banner.isVisible()
        assert str(len(late)) in page.overdue_banner.text()
        items = page.items_view  # every column in sight, the last one's heading whole
        last = page.items_model.columnCount() - 1
        header = items.horizontalHeader()
        assert items.columnViewportPosition(last) + header.sectionSize(last) \
            <= items.viewport().width()
        assert header.sectionSize(last) >= header.sectionSizeFromContents(last).width()
        _shot(window, f"walk-{tag}-2-my-items")
        page.tabs.setCurrentIndex(2)
        assert page.rects_model.rows()[0]["overdue"]  # overdue first
        view = page.rects_view  # the number, deadline and state in sight without scrolling
        for key in ("number", "site", "due_at", "status", "problem"):
            column = next(i for i, c in enumerate(page.rects_model.columns) if c.key == key)
            assert view.columnViewportPosition(column) + view.columnWidth(column) \
                <= view.viewport().width(), key
        _shot(window, f"walk-{tag}-3-rectifications")

        # the site of the first overdue rectification: inspect it, one item failing
        site_id = late[0]["site_id"]
        fire = next(d for d in views.departments(fair) if d.code == "fire")
        page.tabs.setCurrentIndex(1)
        page.site_filter.setCurrentIndex(page.site_filter.findData(site_id))
        page.on_site_filter_chosen(page.site_filter.currentIndex())
        assert {r["site_id"] for r in page.items_model.rows()} == {site_id}
        dialog = InspectionDialog(fair, site_id, fire.id, page)
        qtbot.addWidget(dialog)
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_F)
        dialog.problem.setText("二号安全出口堆放杂物")
        dialog.action.setText("当日清理，保持畅通")
        dialog.unit.setText("海滨酒店管理有限公司")
        dialog.person.setText("张思远")
        dialog.on_row_field_edited()
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        for _ in dialog.rows[1:]:
            qtbot.keyClick(dialog.table, Qt.Key.Key_P)
        _dialog_shot(window, dialog, f"walk-{tag}-4-inspection")
        recorded = dialog.save()
        assert recorded is not None and len(recorded.rectifications) == 1
        new = recorded.rectifications[0]
        dialog.close()

        # refused: the open rectifications are named
        page.on_sign_clicked()
        assert shown and "二号安全出口堆放杂物" in shown[-1]

        page.tabs.setCurrentIndex(2)
        row = next(i for i, r in enumerate(page.rects_model.rows()) if r["id"] == new["id"])
        page.rects_view.selectRow(row)
        text = _printed(window, qtbot, monkeypatch, tmp_path / f"notice-{tag}.pdf",
                        page.on_notice_clicked)
        assert "整改通知书" in text and f"第 {new['number']} 号" in text
        assert "本通知书一式两份" in text and "二号安全出口堆放杂物" in text
        assert "海滨酒店管理有限公司：" in text  # addressed to the unit the inspector named
        _shot(window, f"walk-{tag}-5-notice-chosen")

        for rect in [r for r in page.rects_model.rows() if r["site_id"] == site_id
                     and r["status"] != "verified"]:
            again = ReinspectDialog(fair, rect["id"], page)
            qtbot.addWidget(again)
            again.passed.setChecked(True)
            again.note.setText("已整改到位，复查合格")
            if rect["id"] == new["id"]:
                _dialog_shot(window, again, f"walk-{tag}-6-reinspection")
            assert again.save(), again.error.text()
            again.close()
        row = next(i for i, r in enumerate(page.rects_model.rows()) if r["id"] == new["id"])
        page.rects_view.selectRow(row)
        text = _printed(window, qtbot, monkeypatch, tmp_path / f"opinion-{tag}.pdf",
                        page.on_opinion_clicked)
        assert "复查意见书" in text and "予以销号" in text

        page.tabs.setCurrentIndex(1)
        page.items_view.selectRow(0)
        page.on_sign_clicked()
        assert views.matrix(fair).cell(site_id, fire.id).state == CellState.SIGNED_OFF
        _shot(window, f"walk-{tag}-7-signed")

        page.tabs.setCurrentIndex(0)
        model = page.matrix_model
        r = r_index = next(i for i, s in enumerate(model.matrix.sites) if s.id == site_id)
        c = 1 + next(i for i, d in enumerate(model.matrix.departments) if d.id == fire.id)
        assert model.index(r, c).data(Qt.ItemDataRole.UserRole) == CellState.SIGNED_OFF
        assert model.index(r, c).data(Qt.ItemDataRole.BackgroundRole).name() == \
            SECURITY_CELL_COLOURS[CellState.SIGNED_OFF].lower()
        view = page.matrix_view  # every site's name whole, no sideways scroll
        widest = max(view.fontMetrics().horizontalAdvance(s.label) for s in model.matrix.sites)
        assert view.columnWidth(0) >= widest and view.horizontalScrollBar().maximum() == 0
        assert model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) == model.matrix.sites[r].label
        _shot(window, f"walk-{tag}-8-matrix-green")

        # the committee's desk prints the daily report: the site's fire cell is signed off
        fair.sign_in(Operator("王主任", "组委会办公室", "committee-laptop", role="committee"))
        text = _printed(window, qtbot, monkeypatch, tmp_path / f"daily-{tag}.pdf",
                        page.on_report_clicked)
        assert ("安保工作日报" if lang == "zh" else "Daily security report") in text
        assert "王主任" in text  # printed by the committee
        report = paper.daily_report(fair)
        row = next(r for r in report.rows if r[0] == model.matrix.sites[r_index].label)
        assert row[1][c - 1] == "✓"
        jobs.wait_for_jobs()
        window.session.close()


def test_the_overdue_banner_counts_the_whole_department_whatever_the_list_shows(page):
    """The top of the liaison's view counts their department's overdue items and
    rectifications; choosing a site (or searching) narrows the list, not that count."""
    fair = page.session.fair
    dept = next(d for d in views.departments(fair) if d.code == "sanitation")
    late = views.overdue(fair, department_id=dept.id)
    items = sum(1 for o in late if o.kind == "item")
    assert items and len(late) > items
    page.department.setCurrentIndex(page.department.findData("sanitation"))
    page.on_department_chosen(page.department.currentIndex())
    calm = next(s for s in views.sites(fair) if views.items(fair, department_id=dept.id,
                                                             site_id=s.id)
                and not any(i.late for i in views.items(fair, department_id=dept.id,
                                                          site_id=s.id)))
    page.site_filter.setCurrentIndex(page.site_filter.findData(calm.id))
    page.on_site_filter_chosen(page.site_filter.currentIndex())
    assert not any(r["late"] for r in page.items_model.rows())
    text = page.overdue_banner.text()
    assert f"检查事项 {items} 项" in text and f"整改 {len(late) - items} 项" in text


def test_the_agenda_page_warns_of_sessions_at_a_venue_security_has_not_cleared(page, qtbot):
    """A session held at a venue not cleared by every department is a warning where the
    sessions are kept (as a hotel with guests is on the lodging page), naming who must sign."""
    from fairdesk.gui.agenda.page import AgendaPage

    agenda = AgendaPage(page.session)
    qtbot.addWidget(agenda)
    agenda.refresh()
    texts = [r["reason"] for r in agenda.problems.model.rows()]
    venue = [t for t in texts if "举办" in t and "前会签完毕" in t]
    assert venue and "未会签：" in venue[0], texts


def test_the_template_form_shows_site_kinds_in_words(page):
    page.tabs.setCurrentIndex(3)
    row = next(r for r in page.templates.model.rows() if r["site_kinds"] == "hotel,venue")
    form = page.templates.open_form(row["id"])
    assert form.editors["site_kinds"].value() == "接待酒店、会场"
    form.editors["site_kinds"].widget.setText("接待酒店、会场、考察点")
    form.on_save_clicked()
    after = page.session.fair.get("checklist_templates", row["id"])
    assert after["site_kinds"] == "hotel,venue,visit" and after["version"] == row["version"] + 1


def test_templates_are_listed_in_the_security_orders_order(page):
    """公安 first, as in the matrix and the security order, not 消防 (its code sorts first)."""
    page.tabs.setCurrentIndex(3)
    shown = list(dict.fromkeys(r["department_code"] for r in page.templates.model.rows()))
    assert shown == ["police", "traffic", "fire", "petitions", "work_safety", "health",
                     "sanitation"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_withdrawing_a_sign_off_in_the_window_asks_why_and_is_audited(page, monkeypatch):
    from fairdesk.gui.qt import QInputDialog

    fair = page.session.fair
    page.show()
    page.tabs.setCurrentIndex(1)
    _fire(page)
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    signed = next(s for s in views.sites(fair)
                  if views.matrix(fair).cell(s.id, fire.id).state == CellState.SIGNED_OFF)
    page.site_filter.setCurrentIndex(page.site_filter.findData(signed.id))
    page.on_site_filter_chosen(page.site_filter.currentIndex())
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("  ", True))
    page.on_withdraw_clicked()  # no reason: refused in a sentence, still signed
    assert page.shown and "原因" in page.shown[-1]
    assert views.matrix(fair).cell(signed.id, fire.id).state == CellState.SIGNED_OFF
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("厨房改造，需重新检查", True))
    page.on_withdraw_clicked()
    assert views.matrix(fair).cell(signed.id, fire.id).state != CellState.SIGNED_OFF
    assert "尚未会签" in page.signoff_label.text() or "not signed" in page.signoff_label.text()
    audit = fair.rows("SELECT * FROM audit_log WHERE entity = 'site_signoffs'"
                      " AND action = 'update' ORDER BY rowid DESC LIMIT 1")
    assert audit and "厨房改造，需重新检查" in audit[0]["after"]


def test_hotels_made_sites_on_the_security_page_get_their_checklists(page):
    fair = page.session.fair
    fair.reception.create("hotels", name="金海湾酒店")
    page.refresh()
    assert "金海湾酒店" in page.hotels_note.text() and not page.add_hotels_button.isHidden()
    page.on_add_hotels_clicked()
    site = fair.security.list("sites", name="金海湾酒店")[0]
    assert views.items(fair, site_id=site["id"])  # issued at once, not a row of dashes
    page.refresh()
    assert page.add_hotels_button.isHidden()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_enter_on_a_matrix_cell_opens_it_as_a_double_click_does(page, qtbot):
    page.show()
    qtbot.waitExposed(page)
    view = page.matrix_view
    view.setFocus()
    view.setCurrentIndex(page.matrix_model.index(1, 3))  # second site, fire
    qtbot.keyClick(view, Qt.Key.Key_Return)
    site = page.matrix_model.matrix.sites[1]
    assert page.tabs.currentIndex() == 1 and page.department.currentData() == "fire"
    assert {r["site_id"] for r in page.items_model.rows()} == {site.id}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_enter_after_typing_the_problem_goes_to_the_next_item_not_save(page, qtbot):
    """F, type what is wrong, Enter: back on the list at the next item, nothing saved and
    no refusal; the rest by one key each."""
    fair = page.session.fair
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    site = views.sites(fair)[0]
    dialog = InspectionDialog(fair, site.id, fire.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F)
    assert dialog.focusWidget() is dialog.problem
    qtbot.keyClicks(dialog.problem, "Exit 2 blocked")
    qtbot.keyClick(dialog.problem, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.recorded is None and not dialog.error.text()
    assert dialog.focusWidget() is dialog.table and dialog.current() == 1
    for _ in dialog.rows[1:]:
        qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert [r["answer"] for r in dialog.rows] == ["fail", *["pass"] * (len(dialog.rows) - 1)]
    assert dialog.rows[0]["problem"] == "Exit 2 blocked"


def test_a_re_inspection_shows_the_earlier_ones_and_takes_its_time(page, qtbot):
    """Not passed first (its note kept), then passed at the time typed in: the dialog lists
    the earlier re-inspection, the history keeps both."""
    from fairdesk.core.security import inspections

    fair = page.session.fair
    rect = next(r for r in views.rectifications(fair, open_only=True)
                if not inspections.history(fair, r.id))
    first = ReinspectDialog(fair, rect.id, page)
    qtbot.addWidget(first)
    assert "此前未复查过" in first.history.text()
    first.note.setText("灭火器仍未更换")
    first.at.setDateTime(first.at.dateTime().fromString("2026-05-17 09:00", "yyyy-MM-dd HH:mm"))
    assert first.save()
    again = ReinspectDialog(fair, rect.id, page)
    qtbot.addWidget(again)
    assert "2026-05-17 09:00" in again.history.text() and "灭火器仍未更换" in again.history.text()
    again.passed.setChecked(True)
    again.at.setDateTime(again.at.dateTime().fromString("2026-05-17 16:30", "yyyy-MM-dd HH:mm"))
    assert again.save()
    done = [(h["at"][:16], h["passed"]) for h in inspections.history(fair, rect.id)]
    assert done == [("2026-05-17T09:00", 0), ("2026-05-17T16:30", 1)]


def test_template_import_and_export_in_the_window_say_what_they_did(page, tmp_path, monkeypatch):
    from fairdesk.gui.qt import QFileDialog

    out = tmp_path / "templates.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    page.on_export_clicked()
    assert out.exists() and page.shown[-1].startswith("已导出 33 条模板")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(out), ""))
    page.on_import_clicked()
    assert page.shown[-1] == "模板：新增 0 条，修改 0 条，未变 33 条。"
    gone = tmp_path / "no-such-folder" / "templates.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(gone), ""))
    page.on_export_clicked()  # a sentence, not a traceback
    assert page.shown[-1].startswith(f"无法写入 {gone}")


def test_a_photo_that_is_not_one_is_refused_when_chosen(page, qtbot, tmp_path):
    from io import BytesIO

    from PIL import Image

    fair = page.session.fair
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    dialog = InspectionDialog(fair, views.sites(fair)[0].id, fire.id, page)
    qtbot.addWidget(dialog)
    fake = tmp_path / "exit.jpg"
    fake.write_text("not a photo")
    dialog.take_photo(fake)
    assert dialog.photo is None and "JPEG" in dialog.photo_label.text()
    real = BytesIO()
    Image.new("RGB", (1200, 900), "grey").save(real, "JPEG")
    (tmp_path / "exit2.jpg").write_bytes(real.getvalue())
    dialog.take_photo(tmp_path / "exit2.jpg")
    assert dialog.photo and dialog.photo_label.text() == "exit2.jpg"


def test_a_route_added_on_the_sites_tab_gets_its_checklists(page):
    """Sites are not only reception's hotels: a liaison adds a route in the window and its
    items are issued at once; it is a row of the matrix."""
    fair = page.session.fair
    page.tabs.setCurrentIndex(4)
    assert page.sites.model.rowCount() == len(views.sites(fair))
    form = page.sites.open_form(None)
    form.record_saved.connect(page.sites.record_created.emit)
    form.editors["name"].set_value("机场至会展中心贵宾线路")
    form.editors["kind"].set_value("route")
    form.on_save_clicked()
    route = fair.security.list("sites", name="机场至会展中心贵宾线路")[0]
    issued = views.items(fair, site_id=route["id"])
    assert issued and {i.department for i in issued} >= {"公安", "交通"}
    assert page.shown[-1] == f"已向 1 个点位下发 {len(issued)} 项检查事项。"
    assert route["id"] in {s.id for s in views.matrix(fair).sites}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_refused_inspection_puts_the_cursor_where_it_is_wanting(page, qtbot):
    fair = page.session.fair
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    dialog = InspectionDialog(fair, views.sites(fair)[0].id, fire.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    dialog.table.selectRow(0)
    assert dialog.save() is None and "还没有检查结论" in dialog.error.text()
    assert dialog.current() == 2 and dialog.focusWidget() is dialog.table  # first unanswered
    for _ in dialog.rows[2:-1]:
        qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F)  # the last fails, no problem written
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    assert dialog.save() is None and "请写明发现的问题" in dialog.error.text()
    assert dialog.current() == len(dialog.rows) - 1 and dialog.focusWidget() is dialog.problem


def test_the_inspection_form_names_the_items_in_the_windows_language(page, qtbot):
    from fairdesk.base.i18n import set_language

    fair = page.session.fair
    fire = next(d for d in views.departments(fair) if d.code == "fire")
    set_language("en")
    try:
        dialog = InspectionDialog(fair, views.sites(fair)[0].id, fire.id, page)
        qtbot.addWidget(dialog)
        first = dialog.rows[0]
        assert first["title_en"] and dialog.model.index(0, 0).data() == first["title_en"]
    finally:
        set_language("zh")


def test_how_long_before_the_guests_a_site_must_be_cleared_is_a_fair_setting(page):
    """The committee sets it in the fair settings; the roster's warnings follow it."""
    from fairdesk.core.reception.conflicts import find_conflicts
    from fairdesk.gui.fair_settings import FairSettingsDialog

    fair = page.session.fair
    before = find_conflicts(fair, ["hotel_not_cleared"])[0]
    dialog = FairSettingsDialog(fair, page)
    assert dialog.clear_hours.value() == 24
    assert dialog.save().items == []  # nothing changed, nothing written
    dialog.clear_hours.setValue(48)
    dialog.save()
    assert fair.setting("security.clear_hours") == 48
    after = find_conflicts(fair, ["hotel_not_cleared"])[0]
    first = str(before.message).split("首位 ")[1][:16]
    assert first in str(after.message) and str(after.message) != str(before.message)
    from datetime import datetime, timedelta
    by = (datetime.fromisoformat(first) - timedelta(hours=48)).strftime("%Y-%m-%d %H:%M")
    assert f"安保应在 {by} 前会签完毕" in str(after.message)


def test_the_english_window_shows_english_requirements_and_notice_numbers(page, qtbot):
    """In English the liaison's list, the inspection form and the templates give each
    requirement in English (the whole in a tooltip) and a notice as "No. 2026-7"; the
    template form edits the English requirement, and a new version is the result."""
    install_language("en")
    fair = page.session.fair
    page.refresh()
    _fire(page)
    page.tabs.setCurrentIndex(1)
    items = page.items_model
    column = next(i for i, c in enumerate(items.columns) if c.key == "detail")
    row = items.row_at(0)
    english = fair.get("checklist_items", row["id"])["detail_en"]
    assert english and items.index(0, column).data() == english
    assert items.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == english
    dialog = InspectionDialog(fair, row["site_id"], row["department_id"], page)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 1).data() == dialog.rows[0]["detail_en"] != ""
    page.tabs.setCurrentIndex(2)
    numbers = [page.rects_model.index(r, 0).data() for r in range(page.rects_model.rowCount())]
    assert numbers and all(n.startswith("No. 2026-") for n in numbers), numbers
    page.tabs.setCurrentIndex(3)
    tpl = page.templates.model.rows()[0]
    form = page.templates.open_form(tpl["id"])
    assert form.editors["requirement_en"].value() == tpl["requirement_en"] != ""
    form.editors["requirement_en"].set_value("Posts manned around the clock")
    form.on_save_clicked()
    after = fair.get("checklist_templates", tpl["id"])
    assert after["requirement_en"] == "Posts manned around the clock"
    assert after["version"] == tpl["version"] + 1
    issued = fair.rows("SELECT detail_en FROM checklist_items WHERE template_id = ?", [tpl["id"]])
    assert issued and {r["detail_en"] for r in issued} == {tpl["requirement_en"]}
