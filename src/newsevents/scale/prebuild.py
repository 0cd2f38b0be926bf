"""The first run on a new machine: compile the gazetteer index in another process meanwhile.

The gazetteer's index is compiled from installed packages the first time it is needed (about
7 CPU-seconds, see docs/gazetteer.md) and kept in the cache folder. ``newsevents code`` starts
that compilation in a child process as soon as it starts, while it loads the knowledge base, the
verb frames and the spaCy model itself, and waits for it only before the first article: on a
machine with a second core the first run costs little more than later ones (docs/scale.md). When
the child fails, nothing is lost: the pipeline compiles the index itself on first use, as before,
and reports its own error.
"""

from __future__ import annotations

import subprocess
import sys

from newsevents.resolve.gazetteer import default_index_path

_BUILD = "from newsevents.resolve.gazetteer import Gazetteer; Gazetteer.default()"


class IndexBuild:
    """The compilation of the default gazetteer index in a child process, when it is missing."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        if not default_index_path().exists():
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _BUILD], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )

    @property
    def started(self) -> bool:
        return self._proc is not None

    def done(self) -> bool:
        """Whether :meth:`wait` would return at once."""
        return self._proc is None or self._proc.poll() is not None

    def wait(self) -> None:
        """Until the child is done (at once when none was started)."""
        if self._proc is not None:
            self._proc.wait()
            self._proc = None
