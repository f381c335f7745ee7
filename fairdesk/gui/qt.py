"""The one module that imports the Qt binding; everything else imports from here.

    from fairdesk.gui.qt import QLabel, Qt

Each name is taken from its PySide6 module the first time it is asked for
(PEP 562 module ``__getattr__``), then kept here: making a PySide6 class ready
costs about half a millisecond (``Qt`` itself ~15 ms), and the first paint of
the window needs about two thirds of these names. To add a name, add its line to
its module's tuple below. Type checkers see the real modules (``TYPE_CHECKING``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # noqa: F403
    from PySide6.QtMultimedia import *  # noqa: F403
    from PySide6.QtMultimediaWidgets import *  # noqa: F403
    from PySide6.QtPrintSupport import *  # noqa: F403
    from PySide6.QtWidgets import *  # noqa: F403

    HAVE_MULTIMEDIA: bool

QT_CORE = (
    "QAbstractTableModel",
    "QByteArray",
    "QCoreApplication",
    "QDate",
    "QDateTime",
    "QEasingCurve",
    "QEvent",
    "QEventLoop",
    "QItemSelectionModel",
    "QLibraryInfo",
    "QLocale",
    "QLoggingCategory",
    "QMimeData",
    "QModelIndex",
    "QObject",
    "QPersistentModelIndex",
    "QPoint",
    "QRect",
    "QRectF",
    "QRunnable",
    "QSettings",
    "QSize",
    "QSortFilterProxyModel",
    "QStringListModel",
    "QStandardPaths",
    "QThread",
    "QThreadPool",
    "QTime",
    "QTimer",
    "QTranslator",
    "QUrl",
    "QVariantAnimation",
    "Qt",
    "Signal",
    "Slot",
)

QT_GUI = (
    "QAction",
    "QActionGroup",
    "QBrush",
    "QCloseEvent",
    "QColor",
    "QCursor",
    "QDesktopServices",
    "QFont",
    "QFontDatabase",
    "QFontMetrics",
    "QHideEvent",
    "QIcon",
    "QImage",
    "QInputMethodEvent",
    "QKeyEvent",
    "QKeySequence",
    "QMouseEvent",
    "QPaintEvent",
    "QPainter",
    "QPalette",
    "QPen",
    "QPixmap",
    "QResizeEvent",
    "QShortcut",
    "QShowEvent",
    "QTextOption",
)

QT_WIDGETS = (
    "QAbstractButton",
    "QAbstractItemView",
    "QAbstractSpinBox",
    "QApplication",
    "QButtonGroup",
    "QCheckBox",
    "QComboBox",
    "QCompleter",
    "QDateEdit",
    "QDateTimeEdit",
    "QDialog",
    "QDialogButtonBox",
    "QDoubleSpinBox",
    "QFileDialog",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QInputDialog",
    "QLabel",
    "QLayout",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QMainWindow",
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QPlainTextEdit",
    "QProgressBar",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QScrollArea",
    "QSizePolicy",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStatusBar",
    "QStyle",
    "QStyledItemDelegate",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextEdit",
    "QToolBar",
    "QToolButton",
    "QToolTip",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
)

QT_PRINT_SUPPORT = (
    "QPrintPreviewDialog",
    "QPrinter",
)

QT_MULTIMEDIA = (
    "QCamera",
    "QMediaCaptureSession",
    "QMediaDevices",
    "QSoundEffect",
    "QVideoSink",
)

QT_MULTIMEDIA_WIDGETS = (
    "QVideoWidget",
)

# Webcam scanning is optional: QtMultimedia ships in pyside6-addons (the `camera` extra).
_MODULES = {"PySide6.QtCore": QT_CORE, "PySide6.QtGui": QT_GUI, "PySide6.QtWidgets": QT_WIDGETS,
            "PySide6.QtPrintSupport": QT_PRINT_SUPPORT,
            "PySide6.QtMultimedia": QT_MULTIMEDIA,
            "PySide6.QtMultimediaWidgets": QT_MULTIMEDIA_WIDGETS}
_MODULE_OF = {name: module for module, names in _MODULES.items() for name in names}


def _have_multimedia() -> bool:
    """True when QtMultimedia and its widgets import (pyside6-addons installed)."""
    try:
        importlib.import_module("PySide6.QtMultimedia")
        importlib.import_module("PySide6.QtMultimediaWidgets")
    except ImportError:  # pragma: no cover - depends on the installation
        return False
    return True


def __getattr__(name: str) -> Any:
    """The Qt name ``name`` from its PySide6 module. Raises AttributeError for other names.

    Raises ImportError for a QtMultimedia name when pyside6-addons is not installed.
    """
    if name == "HAVE_MULTIMEDIA":
        value: Any = _have_multimedia()
    elif name in _MODULE_OF:
        value = getattr(importlib.import_module(_MODULE_OF[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF, "HAVE_MULTIMEDIA"})
