"""The configuration an article is coded under, as one short fingerprint.

The store keys idempotency on it (with the article's title, text and publication date and the
coder's version): an article stored under another fingerprint is recoded and its events
replaced. The fingerprint hashes

* the package version and the spaCy version;
* the spaCy model's name and version (read from the installed package's metadata, or the model
  folder's ``meta.json``; the model itself is not loaded);
* the content of every built-in knowledge, frame and rule file: every file under
  ``newsevents/data`` except the sample articles (verb_frames.yaml, code_rules.yaml, kb/*,
  cameo_codes.tsv, gazetteer_aliases.tsv, geo/*, ...);
* the content of the user's ``--kb`` and ``--frames`` files, in the order given (later files
  win ties), by content, not by name: renaming a file recodes nothing.

GeoNames dumps added with ``newsevents gazetteer import`` are not part of it (they live in the
user's cache, outside any run's configuration).

This module imports no pipeline stage: it reads the configuration (:class:`Configured`), not
the loaded resources.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Protocol

from newsevents import __version__
from newsevents.errors import KnowledgeError

#: Folders under newsevents/data that hold no knowledge (example inputs).
NOT_KNOWLEDGE = frozenset({"samples"})
LENGTH = 16  # hex digits of the fingerprint


class Configured(Protocol):
    """What the fingerprint reads (newsevents.pipeline.Resources has these)."""

    model: str
    kb_files: tuple[str, ...]
    frame_files: tuple[str, ...]
    backoff: bool


def fingerprint(res: Configured) -> str:
    """The fingerprint of the configuration ``res`` describes (16 hex digits)."""
    return config_fingerprint(res.model, res.kb_files, res.frame_files, backoff=res.backoff)


def config_fingerprint(
    model: str, kb_files: Iterable[str] = (), frame_files: Iterable[str] = (), backoff: bool = True
) -> str:
    """The fingerprint of a configuration; a pipeline without the learned backoff (on by default
    since backoff12) has another."""
    parts: dict[str, object] = {
        "newsevents": __version__,
        "spacy": _spacy_version(),
        "model": [model, model_version(model)],
        "builtin": builtin_digest(),
        "kb": [_file_digest(Path(f), "knowledge-base") for f in kb_files],
        "frames": [_file_digest(Path(f), "verb-frame") for f in frame_files],
    }
    if backoff:
        parts["backoff"] = "on"
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:LENGTH]


def model_version(model: str) -> str:
    """The installed model package's version, else the version in a model folder's meta.json, else
    "unknown" (then only the name counts)."""
    from spacy.util import get_package_version

    version = get_package_version(model)
    if version:
        return version
    meta = Path(model).expanduser() / "meta.json"
    if meta.is_file():
        try:
            return str(json.loads(meta.read_text(encoding="utf-8")).get("version", "unknown"))
        except (OSError, UnicodeDecodeError, ValueError):
            return "unknown"
    return "unknown"


def _spacy_version() -> str:
    import spacy

    return str(spacy.__version__)


@functools.cache
def builtin_digest() -> str:
    """A hash of every shipped data file (names and contents), computed once per process."""
    h = hashlib.sha256()
    for name, data in _data_files(resources.files("newsevents").joinpath("data"), ""):
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def _data_files(folder: Traversable, prefix: str) -> Iterator[tuple[str, bytes]]:
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        name = f"{prefix}{item.name}"
        if item.is_dir():
            if item.name not in NOT_KNOWLEDGE and item.name != "__pycache__":
                yield from _data_files(item, name + "/")
        elif not item.name.endswith((".py", ".pyc")):
            yield name, item.read_bytes()


def _file_digest(path: Path, what: str) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read {what} file: {e}") from e
