"""Shared fixtures: model-loading tests share one pipeline per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from newsevents.kb import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "src" / "newsevents" / "data" / "samples"
# /work/shared (development gold, dictionaries) sits beside the checkout; a fresh clone has none.
SHARED = ROOT.parent / "shared"


def shared_file(relative: str) -> Path:
    """A file under ../shared, or a clean skip when the folder (or the file) is not beside the checkout.

    Every test that reads ../shared goes through this helper (or the ``shared`` fixture), so the
    README's test command passes on a fresh clone and CI, which has ../shared, still runs them."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not beside the checkout (../shared)")
    return path


@pytest.fixture
def shared() -> Callable[[str], Path]:
    """``shared("gold/seed.jsonl")``: the path, or a skip when ../shared is missing."""
    return shared_file


@pytest.fixture(scope="session")
def pipeline() -> Iterator[object]:
    from newsevents.pipeline import Pipeline

    p = Pipeline()
    p.warm_up()
    yield p


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The built-in knowledge base (``KnowledgeBase.default()``, loaded once per process)."""
    from newsevents.kb import KnowledgeBase

    return KnowledgeBase.default()


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # The gazetteer index is built once per test session, never in the user's home.
    cache = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(cache))
