"""Where Accelerator keeps its data, backups and logs.

The defaults follow the platform's conventions (platformdirs); ``--data-dir``
moves everything under one folder, and ``--db`` / ``ACCELERATOR_DB`` pick a
database file or server URL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Accelerator"
DB_ENV = "ACCELERATOR_DB"
DATA_DIR_ENV = "ACCELERATOR_DATA_DIR"
DEFAULT_DB_NAME = "accelerator.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    backups_dir: Path
    logs_dir: Path
    config_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DEFAULT_DB_NAME

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "accelerator.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders for this run: ``data_dir`` (or ``ACCELERATOR_DATA_DIR``) holds all of them."""
    chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root, root / "backups", root / "logs", root)
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(
        data_dir=data,
        backups_dir=data / "backups",
        logs_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def is_url(target: str) -> bool:
    return "://" in target


def resolve_database(db: str | None, paths: AppPaths) -> str:
    """The database to open: ``--db``, else ``ACCELERATOR_DB``, else the default file.

    A path is returned absolute; a URL is returned as given.
    """
    chosen = db or os.environ.get(DB_ENV) or None
    if chosen is None:
        return str(paths.default_database)
    if is_url(chosen):
        return chosen
    return str(Path(chosen).expanduser().resolve())
