"""The ``kpiguide`` command.

Each module in this package adds its sub-commands to :data:`main` on import; the
modules are discovered, so an engine adds a command by adding a module.  Command
bodies import heavy engines lazily to keep ``kpiguide --help`` fast.
"""

from __future__ import annotations

import importlib
import pkgutil

from kpiguide.cli._common import main

__all__ = ["main"]

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
    if not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")
