"""``revtrack rules add|list|remove``: ignore rules kept in the database, audited.

Each command parses its options and calls :mod:`revtrack.rule_store`; the
store is imported inside the functions so that ``revtrack diff`` on two files
never loads the database layer.
"""

from __future__ import annotations

import json

import typer

from .common import check_choice, handle_errors

rules_app = typer.Typer(help="Ignore rules stored in the database (global or per story); every change is audited.",
                        no_args_is_help=True)

DB_HELP = "Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db)."


def add(
    pattern: str = typer.Argument(..., help="A regular expression, e.g. 'Updated \\d+ (minutes|hours) ago'."),
    story: str = typer.Option(None, "--story", help="Apply to this stored story only (default: every story)."),
    why: str = typer.Option(None, "--why", help="Why the text is noise, kept with the rule and in the audit log."),
    by: str = typer.Option(None, "--by", help="Who adds it (default: the OS user)."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Store an ignore rule. A regex that does not compile or that would match whole paragraphs is refused (exit 2)."""
    from ..rule_store import add_rule
    from ..rules import compile_rule
    from ..store import open_store

    compile_rule(pattern)  # refuse a bad rule before opening (or creating) any database
    with open_store(db, create=False) as store:
        rule = add_rule(store, pattern, story=story, why=why, by=by)
    scope = f"story {rule.story}" if rule.story else "every story"
    typer.echo(f"rule {rule.id} added for {scope}: {rule.pattern}")


def list_(
    story: str = typer.Option(None, "--story", help="Only the rules that apply to this story (global and its own)."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    defaults: bool = typer.Option(False, "--defaults", help="Also list the built-in default rules."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """List stored ignore rules (id, scope, pattern, why, who added them and when)."""
    check_choice(format, ("text", "json"), "--format")
    from ..rule_store import list_rules
    from ..rules import DEFAULT_RULES
    from ..store import open_store

    with open_store(db, create=False) as store:
        rules = list_rules(store, story)
    shown = (list(DEFAULT_RULES) if defaults else []) + rules
    if format == "json":
        typer.echo(json.dumps([r.to_dict() for r in shown], indent=2, ensure_ascii=False))
        return
    if not shown:
        typer.echo("no stored ignore rules (the built-in defaults still apply: revtrack rules list --defaults)")
        return
    for r in shown:
        rid = "default" if r.default else str(r.id)
        scope = r.story or "global"
        who = f"  [{r.added_by}, {r.added_at}]" if r.added_by else ""
        why = f"  # {r.why}" if r.why else ""
        typer.echo(f"{rid:>7}  {scope:<16} {r.pattern}{why}{who}")


def remove(
    rule_id: int = typer.Argument(..., metavar="ID", help="The rule's id (revtrack rules list)."),
    by: str = typer.Option(None, "--by", help="Who removes it (default: the OS user)."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Delete a stored ignore rule; the audit log keeps it (rule.removed)."""
    from ..rule_store import remove_rule
    from ..store import open_store

    with open_store(db, create=False) as store:
        rule = remove_rule(store, rule_id, by=by)
    typer.echo(f"rule {rule.id} removed: {rule.pattern}")


rules_app.command("add")(handle_errors(add))
rules_app.command("list")(handle_errors(list_))
rules_app.command("remove")(handle_errors(remove))


def register(app: typer.Typer) -> None:
    app.add_typer(rules_app, name="rules")
