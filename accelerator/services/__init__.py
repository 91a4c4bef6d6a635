"""The use cases. The window and the command line both call these, and nothing else writes.

``Services`` (the services for one database and one acting user), ``Actor`` and
``SYSTEM`` are imported when first asked for, not with the package: a module that only
names them in annotations, or that needs one light module of the package
(``accelerator.services.written``), does not bring SQLAlchemy and the models with it, so
the sign-in dialog paints before they are imported. Using any service installs the audit
trail on every session (``services.base`` imports ``services.audit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accelerator.services.base import SYSTEM, Actor
    from accelerator.services.container import Services


def __getattr__(name: str) -> Any:
    if name == "Services":
        from accelerator.services.container import Services

        return Services
    if name in ("Actor", "SYSTEM"):
        from accelerator.services import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SYSTEM", "Actor", "Services"]
