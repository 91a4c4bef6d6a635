"""Accelerator: the record of a business acceleration programme."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("accelerator")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
