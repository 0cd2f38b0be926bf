"""A small event database for the server's tests, coded from articles written for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsevents.records import Article

HOSTILE_ID = "t-hostile"
ARTICLES = [
    Article(
        id="t-kenya",
        title="Arrests in Nairobi",
        text=(
            "Kenyan police arrested 30 protesters in Nairobi on Tuesday. "
            "The government of Uganda condemned the arrests on Wednesday. "
            "Kenya's president met the foreign minister of Tanzania in Mombasa on Thursday."
        ),
        pub_date=dt.date(2025, 3, 14),
        publisher="Test Wire",
    ),
    Article(
        id="t-kharkiv",
        title="Shelling",
        text=(
            "Russian forces shelled the Ukrainian city of Kharkiv on Sunday. "
            "Ukraine asked the European Union for more air defence systems. "
            "Germany promised to send humanitarian aid to Ukraine."
        ),
        pub_date=dt.date(2024, 6, 3),
        publisher="Test Wire",
    ),
    Article(
        id="t-border",
        title="Border clash",
        text=(
            "Indian troops exchanged fire with Pakistani soldiers along the border on Friday. "
            "China called on India and Pakistan to show restraint. "
            "Pakistan accused India of violating the ceasefire."
        ),
        pub_date=dt.date(2023, 11, 20),
        publisher="Test Wire",
    ),
    Article(
        id=HOSTILE_ID,
        title="<script>document.title='pwned-title'</script>",
        text=(
            "France accused Mali of harassing its diplomats in Bamako on Monday "
            "<script>document.title='pwned'</script>. "
            "Mali expelled the French ambassador <img src=x onerror=\"document.title='pwned-img'\"> on Tuesday."
        ),
        pub_date=dt.date(2022, 2, 1),
        publisher="<b>Bold</b> Wire",
    ),
]


def build(path: Path, pipeline: object) -> Path:
    write(path, pipeline, ARTICLES)
    return path


def write(path: Path, pipeline: object, articles: list[Article]) -> None:
    """Code ``articles`` and store them as `newsevents code` would."""
    from newsevents.code.coder import CODER
    from newsevents.identity import fingerprint
    from newsevents.pipeline import Pipeline
    from newsevents.store.clusters import update_clusters
    from newsevents.store.db import Store

    assert isinstance(pipeline, Pipeline)
    with Store(path) as store:
        for coded in pipeline.pipe(articles):
            store.write(coded, CODER, fingerprint(pipeline.res))
        store.commit()
        update_clusters(store.conn)
        store.commit()


class LiveServer:
    """uvicorn in a thread on a free loopback port."""

    def __init__(self, app: object) -> None:
        import socket
        import threading

        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        import time

        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("the test server did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
