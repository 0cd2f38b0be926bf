"""A compiled form of the built-in knowledge, kept in the user's cache folder between runs.

Loading the built-in knowledge base (its YAML and TSV files, the imported Phoenix layer, then the
index of every alias its phrase resolver matches against) costs about a CPU-second each process;
unpickling the same objects costs about a third of that. :func:`cached` keeps the pickled result of
a build in ``$NEWSEVENTS_CACHE`` (else ``~/.cache/newsevents``, beside the gazetteer index) under a
name that carries a hash of everything the result can depend on: every shipped data file
(:func:`newsevents.identity.builtin_digest`, the configuration fingerprint's own hash), the source
of every module of the package, the Python version and the pickle protocol. So any change to the
data or the code builds a new file, and a file is never read for another build than its own.

A cache file that cannot be read or unpickled (truncated, written by another Python, removed
meanwhile) is built again and replaced; a cache folder that cannot be written only costs the build
each run. When a new file is written, the other files of its kind are removed but for the three
used last (other checkouts or versions sharing the folder), and those only while used in a month.
Knowledge given with ``--kb`` / ``--frames`` is never cached (it is read each run, as before).

The objects come back as they were built: the tests and the exported events of the gold and test
sets are the same with and without the cache (``NEWSEVENTS_NO_CACHE=1`` turns it off).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

from newsevents import __version__
from newsevents.identity import builtin_digest
from newsevents.resolve.gazetteer import cache_folder

T = TypeVar("T")

PROTOCOL = 5
STALE_SECONDS = 30 * 24 * 3600  # files of a kind unused this long are removed when a new one is written
KEEP_OTHERS = 3  # and of the other files of a kind (other versions of the code or data), the 3 last used

# what unpickling a damaged or foreign file raises (the file is then built again)
_UNREADABLE = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    AttributeError,
    ImportError,
    IndexError,
    TypeError,
    ValueError,
)


@functools.cache
def source_digest() -> str:
    """A hash of the package's version and the source of every one of its modules (computed once)."""
    h = hashlib.sha256(f"{__version__}\0{sys.version}\0{PROTOCOL}\0".encode())
    root = resources.files("newsevents")
    for path in sorted(Path(str(root)).rglob("*.py")):
        data = path.read_bytes()
        h.update(f"{path.relative_to(str(root)).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def cache_path(kind: str) -> Path:
    key = hashlib.sha256(f"{builtin_digest()}\0{source_digest()}".encode()).hexdigest()[:16]
    return cache_folder() / f"{kind}-v1-{key}.pickle"


def cached(kind: str, build: Callable[[], T], expected: type[T]) -> T:
    """What ``build()`` returns, read from the cache file of ``kind`` when there is one for this
    data and code, else built and written there. ``expected``: the type the result must have (a
    file holding anything else is built again)."""
    if os.environ.get("NEWSEVENTS_NO_CACHE"):
        return build()
    path = cache_path(kind)
    enabled = gc.isenabled()
    gc.disable()  # unpickling creates ~10^5 long-lived objects: no collection can free any of them
    try:
        try:
            with path.open("rb") as f:
                value = pickle.load(f)
            if isinstance(value, expected):
                _touch(path)
                return value
        except _UNREADABLE:
            pass
        value = build()
        _write(path, kind, value)  # still without collections: the first would walk every object just built
    finally:
        if enabled:
            gc.enable()
    return value


def _write(path: Path, kind: str, value: object) -> None:
    """Write the cache file atomically (another process may read or write it meanwhile); a folder
    that cannot be written, or a value that cannot be pickled, leaves no file."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        _remove_stale(path, kind)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark the file used now (files unused for a month are removed, see _remove_stale)."""
    try:
        os.utime(path)
    except OSError:
        pass


def _remove_stale(keep: Path, kind: str) -> None:
    """Remove the other files of ``kind`` unused for a month, and all but the KEEP_OTHERS most
    recently used (each change to the code or the data makes a new one, ~13 MB for the knowledge base)."""
    now = time.time()
    others = []
    for other in keep.parent.glob(f"{kind}-v1-*.pickle"):
        if other != keep:
            try:
                others.append((other.stat().st_mtime, other))
            except OSError:  # removed meanwhile by another process
                continue
    others.sort(reverse=True)
    for i, (mtime, other) in enumerate(others):
        if i >= KEEP_OTHERS or now - mtime > STALE_SECONDS:
            other.unlink(missing_ok=True)
