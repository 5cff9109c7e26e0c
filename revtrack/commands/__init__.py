"""CLI command groups; each module has ``register(app)``.

Command modules import heavy layers (the store, HTML templates) inside the
command functions, never at module level.
"""

from . import audit, diff, store, html, pages, notes, lineage, rules, stats, editorial

COMMAND_MODULES = [diff, store, audit, html, pages, notes, lineage, rules, stats, editorial]
