"""Alembic environment: use the connection revtrack hands over (or the URL, for the alembic CLI)."""

from alembic import context
from sqlalchemy import create_engine

# Outside a migration run (e.g. pytest's doctest collection importing this file) there is no config.
config = getattr(context, "config", None)
connection = config.attributes.get("connection") if config is not None else None


def _run(conn) -> None:
    # render_as_batch lets later migrations ALTER tables on SQLite (copy-and-move).
    context.configure(connection=conn, target_metadata=None, render_as_batch=True, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
elif config is not None:  # pragma: no cover - only when a developer runs the alembic CLI by hand
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
        _run(conn)
