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

    @property
    def connection_file(self) -> Path:
        """The shared server this machine opens by default (team mode): one URL, no password."""
        return self.config_dir / "server-url.txt"


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


def saved_connection(paths: AppPaths) -> str | None:
    """The server URL saved with ``accelerator connect`` (or in the window), if any."""
    try:
        text = paths.connection_file.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if is_url(text) else None


def save_connection(paths: AppPaths, url: str | None) -> None:
    """Open ``url`` by default from now on; None: the local file again."""
    if url is None:
        paths.connection_file.unlink(missing_ok=True)
        return
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.connection_file.write_text(url + "\n", encoding="utf-8")


def resolve_database(db: str | None, paths: AppPaths) -> str:
    """The database to open: ``--db``, else ``ACCELERATOR_DB``, else the saved server
    connection, else the default file.

    A path is returned absolute; a URL is returned as given.
    """
    chosen = db or os.environ.get(DB_ENV) or saved_connection(paths)
    if chosen is None:
        return str(paths.default_database)
    if is_url(chosen):
        return chosen
    return str(Path(chosen).expanduser().resolve())
