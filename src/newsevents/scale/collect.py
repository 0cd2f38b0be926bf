"""Pausing Python's cyclic garbage collector while a process loads what it keeps for its whole life.

Loading the pipeline (the stage modules, the knowledge base, the verb frames, the spaCy model) makes
about a million objects that live as long as the process: no collection can free any of them, and
each one the collector starts while they are being made scans those made since the last. With
collections paused, loading costs about 0.5 CPU-seconds less (measured with ``gc.callbacks``, 2026-12-03;
docs/scale.md). Paused means a first threshold of 0, not ``gc.disable()``: libraries that turn the
collector off and on around their own work (srsly, which spaCy loads its model with) would switch it
back on half-way.
"""

from __future__ import annotations

import gc

_saved: list[tuple[int, int, int]] = []


def pause_collections() -> None:
    """No automatic collection until :func:`resume_collections` (nested pauses resume at the outermost)."""
    _saved.append(gc.get_threshold())
    gc.set_threshold(0)


def resume_collections() -> None:
    """The thresholds of before the first pause still open (nothing when none is)."""
    if _saved:
        gc.set_threshold(*_saved[0])
        _saved.clear()


def paused() -> bool:
    return gc.get_threshold()[0] == 0
