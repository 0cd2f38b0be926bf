"""Screenshots of `newsevents serve`'s pages in Debian's chromium (Playwright), for reviewing the UI.

    .venv/bin/python scripts/serve_screenshots.py DB OUT_DIR

Starts the server on a free loopback port, opens /, /events, one event, its article and its
first actor, and writes one full-page PNG per page into OUT_DIR.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from newsevents.serve import create_app


def main(db: str, out: str) -> None:
    app = create_app(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        events = page.request.get(base + "/api/events?limit=1000").json()["events"]
        chosen = next(
            (e for e in events if e["actor"] and e["recipient"] and e["event_loc"] and e["date_text"]),
            next((e for e in events if e["actor"] and e["recipient"]), events[0]),
        )
        code = next(a["code"] for a in chosen["actor"] + chosen["recipient"] if a.get("code"))
        pages = {
            "dashboard": "/",
            "events": "/events",
            "event": f"/events/{chosen['id']}",
            "article": f"/articles/{chosen['article_id']}",
            "actor": f"/actors/{code}",
        }
        for name, url in pages.items():
            page.goto(base + url)
            if name == "dashboard":
                page.wait_for_selector("#map[data-markers]", timeout=20000)
                page.wait_for_timeout(500)
            page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
            print(f"{folder / (name + '.png')}: {url}")
        browser.close()
    server.should_exit = True
    for e in errors:
        print("console error:", e, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
