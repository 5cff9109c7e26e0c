"""Ignore rules kept in the store: global or for one story, every change audited.

The rules themselves (:class:`~revtrack.rules.Rule`, validation, applying
them) live in :mod:`revtrack.rules`, which knows nothing of databases; this
module keeps them in the ``rules`` table (migration 0003) and records each
addition and removal as an audit event (``rule.added``, ``rule.removed``) in
the same transaction, with the pattern in the payload, so the audit log
shows which rules were in force at any time.

    >>> import tempfile, os
    >>> from revtrack.store import open_store
    >>> store = open_store(os.path.join(tempfile.mkdtemp(), "news.db"))
    >>> _ = store.add_version("belgorod", "Updated 5 minutes ago\\n\\nOne.", by="desk")
    >>> add_rule(store, r"ADVERTISEMENT", story="belgorod", why="page furniture", by="editor").id
    1
    >>> [r.pattern for r in rules_for(store, "belgorod")], rules_for(store, "other")
    (['ADVERTISEMENT'], [])
    >>> remove_rule(store, 1, by="editor").pattern
    'ADVERTISEMENT'
    >>> store.close()

:meth:`revtrack.store.Store.comparison` applies the rules for the story
compared (global ones, then the story's) on top of the built-in defaults.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .audit import append_event, default_actor
from .errors import RevtrackError
from .rules import Rule, compile_rule

__all__ = ["add_rule", "list_rules", "remove_rule", "rules_for"]

_COLUMNS = "id, pattern, story, why, added_at, added_by"


def _rule(row) -> Rule:
    rid, pattern, story, why, added_at, added_by = row
    try:
        rule = compile_rule(pattern, story=story, why=why, id=rid)
    except RevtrackError:
        # A rule stored by another version of revtrack that this one refuses:
        # keep it visible (list/remove) but never let it match anything.
        rule = Rule(pattern=pattern, story=story, why=why, id=rid, regex=None)
    return Rule(pattern=rule.pattern, story=story, why=why, id=rid, regex=rule.regex, added_at=added_at, added_by=added_by)


def list_rules(store, story: str | None = None) -> list[Rule]:
    """Stored rules, oldest first: all of them, or (``story`` given) the global ones and that story's."""
    if story is None:
        rows = store.query(f"SELECT {_COLUMNS} FROM rules ORDER BY id")
    else:
        rows = store.query(f"SELECT {_COLUMNS} FROM rules WHERE story IS NULL OR story = :s ORDER BY id", {"s": story})
    return [_rule(r) for r in rows]


def rules_for(store, story: str | None) -> list[Rule]:
    """The stored rules that apply to ``story``: global ones and the story's own, compiled."""
    return [r for r in list_rules(store, story) if r.regex is not None]


def add_rule(store, pattern: str, *, story: str | None = None, why: str | None = None, by: str | None = None) -> Rule:
    """Validate ``pattern`` (:func:`~revtrack.rules.compile_rule`), store it and audit it; returns it with its id."""
    from sqlmodel import select

    from .models import RuleRow, StoryRow

    rule = compile_rule(pattern, story=story, why=why)
    actor = by or default_actor()
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.write() as s:
        if story is not None and s.get(StoryRow, story) is None:
            raise RevtrackError(f"{story}: no stored story by that name; rules for a story need the story first "
                                "(leave out --story for a global rule)")
        same = s.exec(select(RuleRow).where(RuleRow.pattern == pattern, RuleRow.story == story)
                      if story is not None else
                      select(RuleRow).where(RuleRow.pattern == pattern, RuleRow.story.is_(None))).first()
        if same is not None:
            where = f"for {story}" if story else "globally"
            raise RevtrackError(f"ignore rule {pattern!r} is already stored {where} (rule {same.id})")
        row = RuleRow(pattern=pattern, story=story, why=why, added_at=now, added_by=actor)
        s.add(row)
        s.flush()
        append_event(s, "rule.added", story=story, actor=actor,
                     payload={"rule": row.id, "pattern": pattern, "why": why, "scope": story or "global"})
        rid = row.id
    return Rule(pattern=pattern, story=story, why=why, id=rid, regex=rule.regex, added_at=now, added_by=actor)


def remove_rule(store, rule_id: int, *, by: str | None = None) -> Rule:
    """Delete stored rule ``rule_id`` and audit it; returns the rule as it was."""
    from .models import RuleRow

    actor = by or default_actor()
    with store.write() as s:
        row = s.get(RuleRow, rule_id)
        if row is None:
            raise RevtrackError(f"rule {rule_id}: no such stored rule (see revtrack rules list)")
        gone = _rule((row.id, row.pattern, row.story, row.why, row.added_at, row.added_by))
        append_event(s, "rule.removed", story=row.story, actor=actor,
                     payload={"rule": row.id, "pattern": row.pattern, "why": row.why, "scope": row.story or "global"})
        s.delete(row)
    return gone
