"""Shared fixtures: model-loading tests share one pipeline per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "src" / "newsevents" / "data" / "samples"


@pytest.fixture(scope="session")
def pipeline() -> Iterator[object]:
    from newsevents.pipeline import Pipeline

    p = Pipeline()
    p.warm_up()
    yield p


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # The gazetteer index is built once per test session, never in the user's home.
    cache = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(cache))
