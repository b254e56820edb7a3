"""Fixtures: a state store per backend (a SQLite file, or a fresh PostgreSQL schema dropped
afterwards), a local CRM seeded with contacts on the pinned clock, and a config for the CLI
tests."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.local import LocalCrm
from sync.store import StateStore, open_store
from tests.cli import LOCAL, ROOT
from tests.sync.helpers import CONTACTS, Clock, local_crm

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
_PG_PROBLEM: list[str | None] = []


def pg_problem() -> str | None:
    """None when the server answers, else why the PostgreSQL variants are skipped."""
    if not _PG_PROBLEM:
        try:
            import psycopg

            with psycopg.connect(PG_URL, connect_timeout=3):
                _PG_PROBLEM.append(None)
        except Exception as exc:  # noqa: BLE001 - any failure means "skip, with the reason"
            _PG_PROBLEM.append(f"PostgreSQL at {PG_URL} unreachable: {exc}")
    return _PG_PROBLEM[0]


@contextlib.contextmanager
def backend_url(backend: str) -> Iterator[str]:
    """A URL naming an empty store: SQLite relative to base_dir, or a new PG schema."""
    if backend == "sqlite":
        yield "sqlite:///state/state.db"
        return
    problem = pg_problem()
    if problem:
        pytest.skip(problem)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


BACKENDS = [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def url(backend: str) -> Iterator[str]:
    with backend_url(backend) as u:
        yield u


@pytest.fixture
def store(url: str, tmp_path: Path) -> Iterator[StateStore]:
    s = open_store(url, base_dir=tmp_path)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def clock() -> Clock:
    """The pinned clock: a fixed start, moved only by the test."""
    return Clock()


@pytest.fixture
def crm(tmp_path: Path, clock: Clock) -> Iterator[LocalCrm]:
    """The real local CRM seeded with `CONTACTS`, stamping edits by the pinned clock."""
    c = local_crm(tmp_path, CONTACTS, clock=clock.crm_time)
    yield c
    c.close()


@pytest.fixture
def local_config(tmp_path: Path) -> Path:
    """A config for the CLI tests (tests/cli.py `LOCAL`): the example contacts, an empty
    Maildir."""
    shutil.copy(ROOT / "examples" / "contacts.csv", tmp_path / "contacts.csv")
    (tmp_path / "mail").mkdir()
    path = tmp_path / "bounce-sync.toml"
    path.write_text(LOCAL)
    return path
