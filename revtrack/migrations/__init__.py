"""Alembic migrations for the revtrack database, run programmatically by :func:`revtrack.store.open_store`.

There is no ``alembic.ini``: the store builds an Alembic ``Config`` pointing at
this directory and hands it its own connection, so migrations work from an
installed package in any working directory.  A new migration goes in
``versions/`` and ``revtrack.store.SCHEMA_HEAD`` must name it (a test checks).
"""
