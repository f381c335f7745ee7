"""Small fixtures: an in-memory fair, a fair file on disk, a temp data dir."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FAIRDESK_LANG", "zh")

from fairdesk.base.i18n import set_language  # noqa: E402
from fairdesk.core.context import Operator  # noqa: E402
from fairdesk.core.fair import Fair  # noqa: E402

DATA = Path(__file__).parent / "data"
TESTER = Operator("测试员", "desk-1", "test-laptop")


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_language("zh")


@pytest.fixture
def fair() -> Fair:
    f = Fair.memory(TESTER, **{"fair.name": "测试投洽会"})
    yield f
    f.close()


def demo_fair_file(factory: pytest.TempPathFactory, folder: str, guests: int,
                   seed: int = 14) -> Path:
    """A demo fair made once for a module (copy it before opening it to write)."""
    from fairdesk.core.demo import create_demo_fair

    path = factory.mktemp(folder) / "demo.fair"
    create_demo_fair(path, guests=guests, seed=seed, operator=TESTER).close()
    return path


@pytest.fixture
def fair_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.fair"
    Fair.create(path, TESTER).close()
    return path


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    """Once a test has run a worker, cycles are collected only on the GUI thread's timer
    (see fairdesk.gui.widgets.collector): collect here too, so a test that runs no event
    loop does not inherit the last one's garbage."""
    yield
    if not gc.isenabled():
        gc.collect()


@pytest.fixture(autouse=True)
def _backups_beside_the_fair():
    """The window points backups at the laptop's data folder (a global): never across tests."""
    from fairdesk.core import backups

    backups.set_root(None)
    yield
    backups.set_root(None)
