"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from accelerator.errors import AcceleratorError
from accelerator.paths import AppPaths

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Application", text)


def run(paths: AppPaths, target: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Accelerator")
    app.setOrganizationName("Accelerator")
    app.setApplicationDisplayName("Accelerator")

    from accelerator.services import Services
    from accelerator.services.database import prepare_database

    try:
        if target == str(paths.default_database):
            paths.data_dir.mkdir(parents=True, exist_ok=True)
        services = Services(prepare_database(target))
    except AcceleratorError as error:
        log.warning("cannot open %s: %s", target, error)
        QMessageBox.critical(
            None,
            _tr("Cannot open the database"),
            _tr("Accelerator cannot open {target}.\n\n{error}").format(target=target, error=error),
        )
        return 1

    from accelerator.ui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.db.dispose()
