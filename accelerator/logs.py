"""Where the program's log goes: a rotating file in the log directory, and the terminal
when asked (``-v``)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from accelerator.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(paths: AppPaths, *, verbose: bool = False) -> None:
    """A rotating log file in the log directory; with ``verbose`` also the terminal.

    Calling it again (a test, a second command in one process) replaces our handlers.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_accelerator", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handlers: list[logging.Handler] = []
    try:
        paths.logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handlers.append(file_handler)
    except OSError as error:
        # No log file is no reason not to run; say so once on the terminal.
        print(f"accelerator: cannot write the log file: {error}", file=sys.stderr)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(console)
    for handler in handlers:
        handler._accelerator = True  # type: ignore[attr-defined]
        root.addHandler(handler)
