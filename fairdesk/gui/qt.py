"""The one module that imports the Qt binding; everything else imports from here."""

import sys

from PySide6.QtCore import (  # noqa: F401
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEasingCurve,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QThread,
    QThreadPool,
    QTime,
    QTimer,
    QTranslator,
    QUrl,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction,
    QActionGroup,
    QBrush,
    QCloseEvent,
    QColor,
    QCursor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QHideEvent,
    QIcon,
    QImage,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextOption,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

# Webcam scanning is optional: QtMultimedia ships in pyside6-addons (the `camera` extra).
try:
    from PySide6.QtMultimedia import (  # noqa: F401
        QCamera,
        QMediaCaptureSession,
        QMediaDevices,
        QSoundEffect,
        QVideoSink,
    )
    from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: F401

    HAVE_MULTIMEDIA = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_MULTIMEDIA = False


def _keep_singletons_alive() -> None:
    """Work around a reference-count bug of PySide6 6.12 on Python 3.11.

    Every call of a Qt method that returns nothing drops a reference to ``None``
    (and a signal emit one to ``True``/``False``) without having taken it: correct
    only where those objects are immortal (Python 3.12+, PEP 683). On 3.11 Python
    aborts with "deallocating None" after a few thousand calls (a few repaints of
    a custom-painted widget). Giving the three a reference count no session can
    exhaust makes them immortal here as well; it changes nothing else.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_singletons_alive()
