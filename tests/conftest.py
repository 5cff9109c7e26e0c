import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


# --- one database fixture for the store, audit and CLI suites -----------------------------
#
# Every test that takes ``db_url`` runs twice: against a fresh SQLite file and against a
# fresh schema on the PostgreSQL server named by $REVTRACK_TEST_PG (``.ci/run`` starts one
# and sets it).  Without that variable the PostgreSQL half is skipped, saying why.

PG_ENV = "REVTRACK_TEST_PG"


def _pg_schema_url(base: str, schema: str) -> str:
    """``base`` with libpq ``options`` putting ``schema`` first on the search path."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@contextmanager
def _fresh_pg_schema(base: str):
    """Create a schema of its own for one test on the server at ``base``; drop it afterwards."""
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        yield _pg_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


def _pg_base(what: str) -> str:
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{what}: set {PG_ENV}=postgresql+psycopg://USER:PASS@localhost/DB (.ci/run does)")
    return base


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A database (SQLite path or PostgreSQL URL) no other test has touched; dropped afterwards."""
    if request.param == "sqlite":
        yield str(tmp_path / "revtrack.db")
        return
    with _fresh_pg_schema(_pg_base("PostgreSQL half skipped")) as url:
        yield url


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL schema only, for tests about PostgreSQL itself (e.g. concurrency)."""
    with _fresh_pg_schema(_pg_base("needs PostgreSQL")) as url:
        yield url
