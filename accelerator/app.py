"""The entry point of ``main.py``: the same as the ``accelerator`` command.

The command line (``accelerator.cli``) is the composition root below this: it finds where
data lives, sets up the log (``accelerator.logs``), opens the database and runs a command
or the window. Nothing in the package imports this module.
"""

from __future__ import annotations

import sys

from accelerator.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main())
