"""Cross-article clusters: the matching rules, the incremental store, exports, CLI and the B-cubed scorer.

Most tests build coded articles by hand (no model); the tuning-set floors need the model.
"""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import DATA
from newsevents.cli.main import cli
from newsevents.dedupe.cluster_config import default_config, parse_config
from newsevents.dedupe.cluster_features import Features, date_range, features
from newsevents.dedupe.clusters import compare
from newsevents.errors import KnowledgeError
from newsevents.evaluate.clusters import bcubed, evaluate_clusters, is_cluster_gold, score_clusters
from newsevents.records import ActorRef, Article, CodedArticle, Event, EventLocation, Sentence, Source
from newsevents.store.cluster_read import query_clusters
from newsevents.store.clusters import explain, recompute_clusters, update_clusters
from newsevents.store.db import MIGRATIONS, Store
from newsevents.store.export import write_records

CFG = default_config()
PLACES = {
    "Beirut": (33.89, 35.50, "LBN"),
    "Tyre": (33.27, 35.20, "LBN"),
    "Maiduguri": (11.85, 13.16, "NGA"),
    "Gusau": (12.16, 6.66, "NGA"),
    "Geneva": (46.20, 6.15, "CHE"),
}


def _actor(code: str, country: str | None, sector: str | None = None, kb: str | None = None) -> ActorRef:
    return ActorRef(code, code, code, country, sector, kb or (f"country:{country}" if country else None))


def _event(
    aid: str,
    n: int,
    *,
    event: str = "ASSAULT",
    cameo: str = "190",
    actor: tuple[ActorRef, ...] = (),
    recipient: tuple[ActorRef, ...] = (),
    date: str = "2025-04-12",
    precision: str = "day",
    date_text: str | None = "Saturday",
    place: str | None = None,
    modality: str = "asserted",
    pub: str = "2025-04-13",
    publisher: str = "Wire",
) -> Event:
    loc = None
    if place:
        lat, lon, cc = PLACES[place]
        loc = EventLocation(place, place, None, lat, lon, cc, None, "P", "PPL", "city")
    return Event(
        id=Event.make_id(aid, n, 0, 5, cameo),
        article_id=aid,
        sentence_index=n,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        date_text=date_text,
        event=event,
        mode=None,
        context=(),
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_code=4,
        goldstein=-10.0,
        modality=modality,  # type: ignore[arg-type]
        actor=actor,
        recipient=recipient,
        event_loc=loc,
        event_text="struck",
        text="text",
        start_char=0,
        end_char=5,
        source=Source(publisher, None, pub, None),
        confidence=0.9,
        reasons=(),
        coder="test",
        coded_date="2025-01-01",
    )


def _article(aid: str, text: str, *events: Event, pub: str = "2025-04-13", publisher: str = "Wire") -> CodedArticle:
    import datetime as dt

    art = Article(aid, text, dt.date.fromisoformat(pub), publisher=publisher)
    return CodedArticle(art, (Sentence(0, 0, len(text), text),), (), (), (), tuple(events))


ISR = _actor("ISRMIL", "ISR", "MIL")
LBN = _actor("LBN", "LBN")
NGA = _actor("NGAMIL", "NGA", "MIL")
BKH = _actor("NGAREBBKH", "NGA", "REB", "org:boko-haram")


def _strike(aid: str, **kw: Any) -> CodedArticle:
    pub = kw.pop("pub", "2025-04-13")
    publisher = kw.pop("publisher", aid.split("-")[0])
    text = kw.pop("text", f"Report {aid}: Israeli warplanes struck Beirut.")
    ev = _event(
        aid, 0, actor=kw.pop("actor", (ISR,)), recipient=kw.pop("recipient", (LBN,)), pub=pub, publisher=publisher, **kw
    )
    return _article(aid, text, ev, pub=pub, publisher=publisher)


def _store(tmp_path: Path, *articles: CodedArticle, name: str = "c.db") -> Store:
    s = Store(tmp_path / name)
    for a in articles:
        s.write(a, "test", "cfg")
    s.commit()
    update_clusters(s.conn)
    return s


def _assignment(s: Store) -> dict[str, str]:
    return dict(s.conn.execute("SELECT article_id, cluster_id FROM cluster_events").fetchall())


def _f(coded: CodedArticle) -> Any:
    return features(coded.events[0].to_plover(), CFG)


# -- the rules ---------------------------------------------------------------------------------


def test_same_strike_told_differently_merges_and_says_why() -> None:
    a = _f(_strike("reuters-1", place="Beirut"))
    b = _f(
        _strike(
            "afp-1",
            date="2025-04-13",
            precision="publication",
            date_text=None,
            place="Beirut",
            actor=(_actor("ISR", "ISR"),),
        )
    )
    v = compare(a, b, CFG)
    assert v.kind == "merge"
    assert any("same country ISR" in r for r in v.reasons) and any("0 km apart" in r for r in v.reasons)


def test_lookalike_strikes_stay_apart() -> None:
    beirut = _f(_strike("a-1", place="Beirut"))
    tyre = _f(_strike("b-1", place="Tyre"))  # the same day, 70 km away
    week_later = _f(_strike("c-1", place="Beirut", date="2025-04-20"))
    for other, why in ((tyre, "km apart"), (week_later, "do not meet")):
        v = compare(beirut, other, CFG)
        assert v.kind == "apart" and any(why in r for r in v.reasons), v.reasons


def test_talks_on_different_days_apart_and_planned_meeting_linked() -> None:
    arm, aze = _actor("ARMGOV", "ARM", "GOV"), _actor("AZEGOV", "AZE", "GOV")
    kw: dict[str, Any] = {"event": "CONSULT", "cameo": "040", "actor": (arm,), "recipient": (aze,), "place": "Geneva"}
    first = _f(_strike("t-1", date="2025-03-17", **kw))
    second = _f(_strike("t-2", date="2025-03-20", **kw))
    told_back = _f(_strike("t-3", date="2025-03-17", **{**kw, "actor": (aze,), "recipient": (arm,)}))
    planned = _f(
        _strike("t-4", date="2025-03-17", modality="future", event="AGREE", cameo="036", actor=(arm,), recipient=(aze,))
    )
    assert compare(first, second, CFG).kind == "apart"
    assert compare(first, told_back, CFG).kind == "merge"  # who met whom, told both ways
    assert compare(first, planned, CFG).kind == "link"


def test_third_party_and_conflicting_recipient_keep_events_apart() -> None:
    ind, jpn, kor = _actor("INDGOV", "IND", "GOV"), _actor("JPNGOV", "JPN", "GOV"), _actor("KORGOV", "KOR", "GOV")
    kw: dict[str, Any] = {"event": "CONSULT", "cameo": "040", "actor": (ind,)}
    assert (
        compare(_f(_strike("m-1", recipient=(jpn,), **kw)), _f(_strike("m-2", recipient=(kor,), **kw)), CFG).kind
        == "apart"
    )
    rus = _actor("RUS", "RUS")
    assert compare(_f(_strike("x-1")), _f(_strike("x-2", recipient=(rus,))), CFG).kind == "apart"


def test_family_attack_and_toll_and_sector_groups() -> None:
    attack = _f(_strike("k-1", cameo="195", place="Maiduguri", actor=(NGA,), recipient=(BKH,)))
    toll = _f(
        _strike(
            "k-2",
            cameo="180",
            place="Maiduguri",
            actor=(_actor("NGAGOV", "NGA", "GOV"),),
            recipient=(_actor("NGAREB", "NGA", "REB"),),
        )
    )
    assert compare(attack, toll, CFG).kind == "merge"
    traders = _f(
        _strike("k-3", cameo="195", place="Maiduguri", actor=(NGA,), recipient=(_actor("NGABUS", "NGA", "BUS"),))
    )
    assert compare(attack, traders, CFG).kind == "apart"


def test_vague_dates_widen_the_range() -> None:
    d = date_range("2025-03-10", "day", "last week", "2025-03-17", CFG)
    assert d[1] - d[0] == CFG.vague_words["week"]
    p = date_range("2025-03-13", "publication", None, "2025-03-13", CFG)
    assert p[1] - p[0] == CFG.publication_before
    m = date_range("2025-02", "month", None, None, CFG)
    assert m[1] - m[0] == 27


def test_malformed_config_is_a_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="dates"):
        parse_config(
            "near_duplicates: {shingle_words: 3, num_perm: 8, bands: 2, rows: 4, threshold: 0.7, seed: 1}\n"
            "families: {}\nlinks: {}\nsector_groups: {}\ntext_similarity: 0.5\n",
            "bad.yaml",
        )
    with pytest.raises(KnowledgeError, match="bands x rows"):
        parse_config(
            "near_duplicates: {shingle_words: 3, num_perm: 8, bands: 3, rows: 4, threshold: 0.7, seed: 1}", "bad.yaml"
        )


# -- the store ---------------------------------------------------------------------------------


def test_clusters_counts_mentions_roles_and_rerun_changes_nothing(tmp_path: Path) -> None:
    tellings = [
        _strike("lorient-1", place="Beirut", pub="2025-04-12", text="An Israeli strike hit Beirut on Saturday."),
        _strike("reuters-1", place="Beirut", text="Israeli warplanes struck Beirut's suburbs on Saturday."),
        _strike(
            "afp-1",
            date="2025-04-13",
            precision="publication",
            date_text=None,
            text="Israel bombed a building in Beirut, killing five.",
        ),
        _strike("aljazeera-1", place="Beirut", pub="2025-04-20", text="Israel struck Beirut on April 12."),
        _strike("tyre-1", place="Tyre", date="2025-04-14", pub="2025-04-14", text="A drone struck a car near Tyre."),
    ]
    s = _store(tmp_path, *tellings)
    got = _assignment(s)
    assert len({got[a] for a in ("lorient-1", "reuters-1", "afp-1", "aljazeera-1")}) == 1
    assert got["tyre-1"] != got["lorient-1"]
    first_event = tellings[0].events[0].id
    assert got["lorient-1"] == "cl-" + first_event.removeprefix("ev-")  # id from the first event
    (c,) = [c for c in query_clusters(s.conn) if c["cluster_id"] == got["lorient-1"]]
    assert (c["num_articles"], c["num_sources"], c["num_mentions"]) == (4, 4, 4)
    assert c["date"] == "2025-04-12" and c["place"] == "Beirut"
    assert (c["first_seen"], c["last_seen"]) == ("2025-04-12", "2025-04-20")
    roles = {m["article_id"]: m["role"] for m in c["mentions"]}
    assert roles == {
        "lorient-1": "lead",
        "reuters-1": "follow-up",
        "afp-1": "follow-up",
        "aljazeera-1": "retrospective",
    }
    dump = [list(s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")) for t in ("clusters", "cluster_mentions")]
    run = update_clusters(s.conn)
    assert run.events == 0 and run.new_clusters == 0
    assert dump == [list(s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")) for t in ("clusters", "cluster_mentions")]
    s.close()


def test_incremental_equals_all_at_once_and_bridging_merges(tmp_path: Path) -> None:
    only_actor = _strike("a-1", recipient=(), place="Beirut")
    only_recipient = _strike("b-1", actor=(), place="Beirut")
    bridge = _strike("c-1", place="Beirut")
    s = _store(tmp_path, only_actor, only_recipient, name="inc.db")
    before = _assignment(s)
    assert before["a-1"] != before["b-1"]  # nothing in common yet
    s.write(bridge, "test", "cfg")
    s.commit()
    run = update_clusters(s.conn)
    after = _assignment(s)
    assert run.merged == 1 and len(set(after.values())) == 1
    assert after["c-1"] == before["a-1"]  # the merged cluster keeps the oldest id
    reasons = json.loads(s.conn.execute("SELECT reasons FROM cluster_events WHERE article_id = 'c-1'").fetchone()[0])
    assert any(r.startswith("bridges") for r in reasons)
    assert (
        s.conn.execute("SELECT merged_into FROM clusters WHERE id = ?", (before["b-1"],)).fetchone()[0] == after["c-1"]
    )
    s.close()
    once = _store(tmp_path, only_actor, only_recipient, bridge, name="once.db")
    assert _assignment(once) == after
    once.close()


def test_near_duplicate_is_linked_to_its_original(tmp_path: Path) -> None:
    text = (
        "Israeli warplanes struck a building in the southern suburbs of Beirut on Saturday, killing four people "
        "and wounding eleven others, the Lebanese health ministry said in a statement."
    )
    original = _strike("wire-1", place="Beirut", text=text)
    copy = _strike(
        "paper-1",
        date="2025-04-13",
        precision="publication",
        place=None,
        text=text.replace("in a statement", "in a statement on Sunday"),
    )
    s = _store(tmp_path, original, copy)
    dup = s.conn.execute(
        "SELECT original_id, similarity FROM article_duplicates WHERE article_id = 'paper-1'"
    ).fetchone()
    assert dup[0] == "wire-1" and dup[1] >= CFG.near.threshold
    got = _assignment(s)
    assert got["paper-1"] == got["wire-1"]
    (c,) = list(query_clusters(s.conn))
    assert {m["article_id"]: m["duplicate_of"] for m in c["mentions"]} == {"wire-1": None, "paper-1": "wire-1"}
    s.close()


def test_identical_copies_are_linked_but_not_indexed_again(tmp_path: Path) -> None:
    # Syndicated copies word for word: each is linked to the original, but only the original's LSH
    # bands are stored, so a new copy reads one stored article, not every earlier copy.
    text = "Israeli warplanes struck a building in the southern suburbs of Beirut on Saturday, killing four people."
    copies = [_strike(f"paper{i}-1", text=text) for i in range(5)]
    s = _store(tmp_path, _strike("wire-1", text=text), *copies[:2])
    s.write(copies[2], "test", "cfg")
    s.write(copies[3], "test", "cfg")
    s.commit()
    update_clusters(s.conn)  # a second batch: its copies find the original through the stored bands
    dups = dict(s.conn.execute("SELECT article_id, original_id FROM article_duplicates").fetchall())
    assert dups == {f"paper{i}-1": "wire-1" for i in range(4)}
    indexed = {r[0] for r in s.conn.execute("SELECT DISTINCT article_id FROM article_bands")}
    assert indexed == {"wire-1"}
    # a near (not identical) copy is indexed: a later article may agree with it more
    s.write(_strike("paper9-1", text=text.replace("four people", "four people and wounding ten")), "test", "cfg")
    s.commit()
    update_clusters(s.conn)
    assert {r[0] for r in s.conn.execute("SELECT DISTINCT article_id FROM article_bands")} == {"wire-1", "paper9-1"}
    s.close()


def test_recoded_article_leaves_its_cluster(tmp_path: Path) -> None:
    s = _store(tmp_path, _strike("a-1", place="Beirut"), _strike("b-1", place="Beirut"))
    (c,) = list(query_clusters(s.conn))
    assert c["num_articles"] == 2
    s.write(_article("b-1", "Nothing happened today.", pub="2025-04-13"), "test", "cfg")
    s.commit()
    run = update_clusters(s.conn)
    assert run.removed == 1
    (c,) = list(query_clusters(s.conn))
    assert c["num_articles"] == 1 and {m["article_id"] for m in c["mentions"]} == {"a-1"}
    # signed again: the old bands (found from the old signature) are gone, the new ones stored
    bands = [r[0] for r in s.conn.execute("SELECT key FROM article_bands WHERE article_id = 'b-1'")]
    assert len(bands) == CFG.near.bands == len(set(bands))
    # and the removed event's candidate blocks (found from its stored features) with it
    stale = "SELECT count(*) FROM cluster_blocks WHERE event_id NOT IN (SELECT event_id FROM cluster_events)"
    assert s.conn.execute(stale).fetchone()[0] == 0
    s.close()


@pytest.mark.parametrize("rows_at_once", [65_536, 5])
def test_signatures_are_datasketch_s_minhash(rows_at_once: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch's signatures (shingles hashed in one pass, permuted together, a few texts at a time) are
    datasketch's default MinHash (sha1_hash32, affine32) of each text, for the configured and other
    permutations and seeds."""
    from datasketch import MinHash

    from newsevents.dedupe.clusters import shingles
    from newsevents.store import near_dups
    from newsevents.store.near_dups import SIGNATURE_DTYPE, Signer

    monkeypatch.setattr(near_dups, "_ROWS_AT_ONCE", rows_at_once)

    texts = [
        "Israeli warplanes struck Beirut on Saturday, killing four.",
        "Two words",
        "",
        "Überall in İstanbul: protesters marched again on Sunday, police said, and again on Monday.",
        "Israeli warplanes struck Beirut on Saturday, killing four.",
        " ".join(f"w{i}" for i in range(3000)),
    ]
    for num_perm, seed in ((CFG.near.num_perm, CFG.near.seed), (128, 7), (16, 0)):
        cfg = dataclasses.replace(CFG, near=dataclasses.replace(CFG.near, num_perm=num_perm, seed=seed))
        signer = Signer(sqlite3.connect(":memory:"), cfg)
        got = signer.signatures(texts)
        for text, hv in zip(texts, got, strict=True):
            ref = MinHash(num_perm=num_perm, seed=seed)
            ref.update_batch(list(shingles(text, cfg.near.shingle_words)))
            assert hv.dtype == SIGNATURE_DTYPE == ref.hashvalues.dtype
            assert (hv == ref.hashvalues).all(), text[:30]
            assert (signer.signature(text) == hv).all()


def test_bands_migration_keeps_an_old_database_s_near_duplicates(tmp_path: Path) -> None:
    """Migration 7 rebuilds the LSH band table keyed by band; an article signed before it is still
    found as the original of a copy stored after it."""
    text = (
        "Nigerian troops repelled an attack by Boko Haram fighters on a military base near Maiduguri on "
        "Saturday, killing dozens of the insurgents, the army said in a statement on Sunday."
    )
    db = tmp_path / "old.db"
    s = Store(db)
    s.conn.executescript(
        "DROP TABLE article_bands; CREATE TABLE article_bands (key TEXT NOT NULL, article_id TEXT NOT NULL); "
        "CREATE INDEX article_bands_key ON article_bands(key); "
        "CREATE INDEX article_bands_article ON article_bands(article_id); "
        "CREATE INDEX cluster_blocks_event ON cluster_blocks(event_id); "
        "DELETE FROM schema_migrations WHERE version = 7;"
    )
    s.write(_strike("wire-1", actor=(NGA,), recipient=(BKH,), place="Maiduguri", text=text), "test", "cfg")
    s.commit()
    update_clusters(s.conn)
    assert s.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0] == CFG.near.bands
    s.close()
    with Store(db) as s:  # migrated when opened for writing
        assert s.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0] == CFG.near.bands
        copy = _strike("paper-1", actor=(NGA,), recipient=(BKH,), place="Maiduguri", text=text + " More later.")
        s.write(copy, "test", "cfg")
        s.commit()
        assert update_clusters(s.conn).duplicates == 1
        assert [tuple(r) for r in s.conn.execute("SELECT original_id FROM article_duplicates")] == [("wire-1",)]


def test_exports_carry_cluster_id_and_cli_lists_clusters(tmp_path: Path) -> None:
    s = _store(tmp_path, _strike("a-1", place="Beirut"), _strike("b-1", place="Beirut"), _strike("c-1", place="Tyre"))
    records = list(s.query_events())
    assert all(r["cluster_id"] for r in records) and len({r["cluster_id"] for r in records}) == 2
    buf = io.StringIO()
    write_records(records, "csv", buf)
    assert buf.getvalue().splitlines()[0].endswith(",cluster_id")
    decision = explain(s.conn, _strike("d-1", place="Beirut").events[0].to_plover())
    assert decision.cluster_id == records[0]["cluster_id"] or decision.cluster_id in {r["cluster_id"] for r in records}
    assert any("Beirut and Beirut" in r for r in decision.reasons)
    s.close()
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    out = runner.invoke(cli, ["export", "--db", db, "--format", "clusters", "-o", "-"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 2 and sorted(r["num_articles"] for r in rows) == [1, 2]
    assert all(m["article_id"] and m["role"] for r in rows for m in r["mentions"])
    table = runner.invoke(cli, ["events", "--db", db, "--clusters"])
    assert table.exit_code == 0 and "Beirut" in table.stdout and "Tyre" in table.stdout
    csv_out = runner.invoke(cli, ["events", "--db", db, "--clusters", "--format", "csv", "--event", "ASSAULT"])
    assert csv_out.stdout.splitlines()[0].startswith("cluster_id,event") and len(csv_out.stdout.splitlines()) == 3


def test_old_database_migrates_and_readonly_old_database_has_no_cluster_ids(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)")
    version, name, sql = MIGRATIONS[0][:3]
    con.executescript(sql)
    con.execute("INSERT INTO schema_migrations VALUES (?, ?, 'x')", (version, name))
    con.commit()
    con.close()
    with Store(old, readonly=True) as ro:
        assert list(ro.query_events()) == [] and list(query_clusters(ro.conn)) == []
    with Store(old) as s:
        assert s.schema_version() == MIGRATIONS[-1][0] >= 3
        assert s.conn.execute("SELECT count(*) FROM clusters").fetchone()[0] == 0


# -- scoring -----------------------------------------------------------------------------------


def test_bcubed_by_hand() -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    assert bcubed(gold, dict(gold)) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(gold, {"a": "x", "b": "x", "c": "x", "d": "y"})
    # a, b, c in one cluster: precision a=b=2/3, c=1/3, d=1; recall a=b=1, c=d=1/2
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) and r == pytest.approx(0.75)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_score_clusters_counts_merged_distractors_and_whole_events() -> None:
    from newsevents.evaluate.clusters import GoldCluster

    gold = [GoldCluster("e1", ("a", "b"), False, None), GoldCluster("d1", ("c",), True, None)]
    s = score_clusters(gold, {"a": "x", "b": "x", "c": "x"})
    assert s.distractors_merged == 1 and s.events_whole == 1 and s.precision < 1
    s = score_clusters(gold, {"a": "x", "b": "y", "c": "z"})
    assert s.distractors_merged == 0 and s.events_whole == 0 and s.precision == 1


def test_tuning_set_shape() -> None:
    gold = DATA / "clusters" / "gold.jsonl"
    assert is_cluster_gold(gold) and not is_cluster_gold(DATA / "own_gold.jsonl")
    recs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()[1:]]
    articles = [json.loads(line) for line in (DATA / "clusters" / "articles.jsonl").read_text().splitlines()]
    events = [r for r in recs if not r["distractor"]]
    assert len(articles) >= 60 and len(events) >= 15 and sum(r["distractor"] for r in recs) >= 12
    assert sorted(a for r in recs for a in r["articles"]) == sorted(a["id"] for a in articles)
    held = DATA / "clusters" / "gold_heldout.jsonl"
    assert is_cluster_gold(held)
    held_ids = [json.loads(line)["id"] for line in (DATA / "clusters" / "articles_heldout.jsonl").open()]
    assert not set(held_ids) & {a["id"] for a in articles}


@pytest.mark.model
def test_tuning_set_floors(pipeline: object) -> None:
    s = evaluate_clusters(DATA / "clusters" / "gold.jsonl", pipeline)  # type: ignore[arg-type]
    assert s.f1 >= 0.98 and s.precision >= 1.0 and s.recall >= 0.96, s.as_dict()
    assert s.distractors_merged == 0 and s.events_whole >= 15


@pytest.mark.model
def test_heldout_set_floors(pipeline: object) -> None:
    # written after the rules were tuned, measured blind first (F1 0.835, one distractor merged); the
    # date slack and the organisation-abroad rule came from it
    s = evaluate_clusters(DATA / "clusters" / "gold_heldout.jsonl", pipeline)  # type: ignore[arg-type]
    assert s.f1 >= 0.89 and s.precision >= 1.0 and s.recall >= 0.81, s.as_dict()
    assert s.distractors_merged == 0 and s.events_whole >= 3


@pytest.mark.model
def test_second_heldout_set_floors(pipeline: object) -> None:
    # written in the second session without looking at the tuning articles, measured once (F1 0.868,
    # 2 of 5 events whole, no distractor merged); nothing was tuned on it
    s = evaluate_clusters(DATA / "clusters" / "gold_heldout2.jsonl", pipeline)  # type: ignore[arg-type]
    assert s.f1 >= 0.86 and s.precision >= 1.0 and s.recall >= 0.76, s.as_dict()
    assert s.distractors_merged == 0 and s.events_whole >= 2


@pytest.mark.model
def test_batch_size_and_reingest_do_not_change_clusters(
    tmp_path: Path, pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsevents.run import code_inputs

    articles = str(DATA / "clusters" / "articles.jsonl")
    config = pipeline.config

    def run(name: str, batch: int) -> tuple[dict[str, str], list[list[tuple[Any, ...]]]]:
        monkeypatch.setattr(pipeline, "config", dataclasses.replace(config, batch_size=batch))
        p = pipeline
        with Store(tmp_path / name) as s:
            code_inputs([articles], s, p)
            clusters = [
                [tuple(r) for r in s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3")]
                for t in ("clusters", "cluster_mentions", "cluster_links", "article_duplicates")
            ]
            again = code_inputs([articles], s, p)
            assert again.articles == 0
            assert [
                [tuple(r) for r in s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3")]
                for t in ("clusters", "cluster_mentions", "cluster_links", "article_duplicates")
            ] == clusters
            return _assignment(s), clusters

    small, big = run("small.db", 4), run("big.db", 64)
    assert small == big


@pytest.mark.model
def test_analyze_with_db_says_which_cluster_and_why(tmp_path: Path) -> None:
    s = _store(tmp_path, _strike("a-1", place="Beirut"), _strike("b-1", place="Beirut"))
    (cluster,) = [c["cluster_id"] for c in query_clusters(s.conn)]
    s.close()
    runner = CliRunner()
    text = "Israeli warplanes struck Beirut's southern suburbs on Saturday, killing four people."
    res = runner.invoke(
        cli, ["analyze", "-", "--json", "--date", "2025-04-13", "--db", str(tmp_path / "c.db")], input=text
    )
    assert res.exit_code == 0, res.output
    (x,) = json.loads(res.stdout)["clusters"]
    assert x["cluster_id"] == cluster and not x["stored"]
    assert any("Beirut and Beirut" in r for r in x["reasons"])
    plain = runner.invoke(cli, ["analyze", "-", "--date", "2025-04-13", "--db", str(tmp_path / "c.db")], input=text)
    assert f"would join {cluster}" in plain.stdout


# -- running aggregates against a recompute from the members -------------------------------------------

NGA_ARMY = _actor("NGAMIL", "NGA", "MIL", "org:nigerian-army")
_AGG_TABLES = (
    ("clusters", "id"),
    ("cluster_mentions", "event_id, sentence_index, start_char, end_char"),
    ("cluster_tallies", "cluster_id, kind, key"),
    ("cluster_links", "cluster_id, other_id"),
)


def aggregate_steps() -> list[list[CodedArticle]]:
    """Batches that move every aggregate: a later article published earlier (a new lead), a publisher told
    twice, an article with two events in one cluster, a retrospective, a month made precise by a later day
    (a new best date: the roles change), a place told twice, a bridging merge, a re-coded article leaving."""
    nga = {"actor": (NGA_ARMY,), "recipient": (BKH,)}
    two = _article(
        "daily-1",
        "Israeli jets struck Beirut on Saturday. Israel hit Beirut again that night.",
        _event("daily-1", 0, actor=(ISR,), recipient=(LBN,), place="Beirut", pub="2025-04-14", publisher="daily"),
        _event("daily-1", 1, actor=(ISR,), recipient=(LBN,), cameo="195", pub="2025-04-14", publisher="daily"),
        pub="2025-04-14",
        publisher="daily",
    )
    return [
        [
            _strike("wire-1", place="Beirut", pub="2025-04-13"),
            _strike("tyre-1", place="Tyre", date="2025-04-14", pub="2025-04-14"),
            _strike("month-1", date="2025-04-01", precision="month", date_text="in April", pub="2025-04-20", **nga),
        ],
        [
            _strike("early-1", pub="2025-04-12"),
            _strike("wire-2", place="Beirut", pub="2025-04-25", publisher="wire"),
            _strike("month-2", date="2025-04-18", place="Maiduguri", pub="2025-04-19", **nga),
        ],
        [
            two,
            _strike("afp-1", date="2025-04-13", precision="publication", date_text=None, pub="2025-04-13"),
            _strike("month-3", date="2025-04-18", place="Maiduguri", pub="2025-04-30", publisher="month", **nga),
        ],
        [
            _strike("only-actor-1", recipient=(), place="Gusau", date="2025-05-02", pub="2025-05-02", actor=(NGA,)),
            _strike("only-recipient-1", actor=(), place="Gusau", date="2025-05-02", pub="2025-05-03", recipient=(BKH,)),
        ],
        [_strike("bridge-1", place="Gusau", date="2025-05-02", pub="2025-05-01", actor=(NGA,), recipient=(BKH,))],
        [_article("tyre-1", "Nothing happened today.", pub="2025-04-14"), _strike("wire-3", pub="2025-04-26")],
        [  # re-coded: its first event kept (the same id), a second one new in the same cluster
            _article(
                "wire-3",
                "Report wire-3: Israeli warplanes struck Beirut. Israel bombed Beirut.",
                _event("wire-3", 0, actor=(ISR,), recipient=(LBN,), pub="2025-04-26", publisher="wire"),
                _event("wire-3", 1, actor=(ISR,), recipient=(LBN,), cameo="195", pub="2025-04-26", publisher="wire"),
                pub="2025-04-26",
                publisher="wire",
            )
        ],
    ]


def aggregate_rows(conn: Any) -> list[list[tuple[Any, ...]]]:
    return [[tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY {o}")] for t, o in _AGG_TABLES]


def test_running_aggregates_equal_a_recompute_after_every_batch(tmp_path: Path) -> None:
    """After each batch, every cluster row, tally and mention (its role) is what a recompute from all the
    members gives; a cluster stored without tallies (before migration 8) is recomputed when touched."""
    runs: dict[str, list[Any]] = {}
    for name in ("kept", "dropped"):
        runs[name] = []
        with Store(tmp_path / f"{name}.db") as s:
            for i, step in enumerate(aggregate_steps()):
                for coded in step:
                    s.write(coded, "test", "cfg")
                s.commit()
                if name == "dropped" and i == 2:  # as if stored before migration 8
                    with s.conn:
                        s.conn.execute("DELETE FROM cluster_tallies")
                run = update_clusters(s.conn, [c.article.id for c in step])
                got = aggregate_rows(s.conn)
                if name == "kept":
                    assert recompute_clusters(s.conn) >= 3
                    assert aggregate_rows(s.conn) == got, f"batch {i}: the aggregates drift from a recompute"
                runs[name].append((dataclasses.asdict(run), [got[0], got[1], got[3]]))  # untouched: no tallies
    assert runs["kept"] == runs["dropped"]
    runs_ = [r for r, _ in runs["kept"]]
    assert runs_[4]["merged"] == 1 and runs_[5]["removed"] == 1 and runs_[6]["joined"] == 1
    with Store(tmp_path / "kept.db") as s:
        by_id = {c["cluster_id"]: c for c in query_clusters(s.conn)}
        beirut = next(c for c in by_id.values() if "wire-1" in {m["article_id"] for m in c["mentions"]})
        roles = {(m["article_id"], m["sentence_index"]): m["role"] for m in beirut["mentions"]}
        assert roles[("early-1", 0)] == "lead" and roles[("wire-1", 0)] == "follow-up"
        assert roles[("wire-2", 0)] == "retrospective" and ("daily-1", 1) in roles
        assert (beirut["num_articles"], beirut["num_sources"], beirut["num_events"]) == (6, 4, 8)
        month = next(c for c in by_id.values() if "month-1" in {m["article_id"] for m in c["mentions"]})
        assert month["date"] == "2025-04-18" and month["place"] == "Maiduguri"
        assert {m["article_id"]: m["role"] for m in month["mentions"]}["month-3"] == "retrospective"


def test_features_kept_in_memory_are_those_stored(tmp_path: Path) -> None:
    """An event's features are kept in memory when it is clustered (the next batches' candidates do not
    read them back): they equal what its stored JSON parses to, notes taken from the sentence included."""
    from newsevents.store import cluster_match

    sentence = _article(
        "tibu-1",
        "Rebels attacked a police station in Beirut on Saturday, killing three.",
        _event("tibu-1", 0, place="Beirut", actor=(ISR,), recipient=(LBN,)),
        dataclasses.replace(_event("tibu-1", 0, cameo="1823", precision="publication", date_text=None), start_char=6),
    )
    with Store(tmp_path / "kept.db") as s:
        for step in [*aggregate_steps(), [sentence]]:
            for coded in step:
                s.write(coded, "test", "cfg")
            s.commit()
            update_clusters(s.conn, [c.article.id for c in step])
        db = str(s.conn.execute("PRAGMA database_list").fetchone()[2])
        rows = s.conn.execute("SELECT seq, event_id, features FROM cluster_events").fetchall()
        kept = [(cluster_match._PARSED.get((db, seq, eid)), feats) for seq, eid, feats in rows]
    assert len(kept) >= 8 and all(f is not None for f, _ in kept)
    assert any(f is not None and f.notes for f, _ in kept)  # a place or date taken from the sentence
    for f, feats in kept:
        assert f == Features.from_json(json.loads(feats))


def test_one_batch_clusters_as_one_article_a_batch(tmp_path: Path) -> None:
    """A batch's candidates are read once and its own events added in memory (store/cluster_index.py):
    clustering articles in one batch stores what clustering them one a batch stores, a bridging merge
    in the middle of the batch (the next articles see the merged cluster's events under the kept id)
    and a near-duplicate of an article of the same batch included."""
    steps = aggregate_steps()[:5]
    copy = _strike("copy-1", place="Gusau", date="2025-05-02", pub="2025-05-03", actor=(NGA,), recipient=(BKH,))
    late = _strike("late-1", place="Gusau", date="2025-05-02", pub="2025-05-04", actor=(NGA,), recipient=(BKH,))
    after_merge = [*[a for step in steps for a in step], late, _strike("late-2", place="Beirut", pub="2025-04-14")]
    twin_text = "Report bridge-1: Israeli warplanes struck Beirut."  # bridge-1's text: a copy
    after_merge.append(dataclasses.replace(copy, article=dataclasses.replace(copy.article, text=twin_text)))
    tables = [*_AGG_TABLES, ("cluster_events", "event_id"), ("article_duplicates", "article_id")]
    got = []
    for name, batches in (("one.db", [after_merge]), ("each.db", [[a] for a in after_merge])):
        with Store(tmp_path / name) as s:
            runs = []
            for batch in batches:
                for coded in batch:
                    s.write(coded, "test", "cfg")
                s.commit()
                runs.append(update_clusters(s.conn, [c.article.id for c in batch]))
            assert sum(r.merged for r in runs) == 1 and sum(r.duplicates for r in runs) == 1
            got.append([[tuple(r) for r in s.conn.execute(f"SELECT * FROM {t} ORDER BY {o}")] for t, o in tables])
    assert got[0] == got[1]


def test_candidate_index_reads_a_batch_once_adds_its_events_and_moves_merged_rows(tmp_path: Path) -> None:
    from newsevents.store.cluster_index import CandidateIndex, Row
    from newsevents.store.clusters import _Clusterer

    s = _store(tmp_path, _strike("a-1", recipient=(), place="Beirut"), _strike("b-1", actor=(), place="Beirut"))
    a, b = (_assignment(s)[x] for x in ("a-1", "b-1"))
    queries: list[str] = []
    s.conn.set_trace_callback(queries.append)
    f = _f(_strike("c-1", place="Beirut"))
    pairs = _Clusterer(s.conn, CFG).pairs(f)
    index = CandidateIndex(s.conn)
    index.fetch(pairs)
    assert [r.article_id for r in index.candidates(pairs, f.date_lo, f.date_hi, "c-1")] == ["a-1", "b-1"]
    assert [r.cluster_id for r in index.candidates(pairs, f.date_lo, f.date_hi, "c-1")] == [a, b]
    assert index.candidates(pairs, f.date_lo + 3, f.date_hi + 3, "c-1") == []  # the dates do not meet
    assert [r.article_id for r in index.candidates(pairs, f.date_lo, f.date_hi, "a-1")] == ["b-1"]
    assert sum(q.startswith("SELECT") for q in queries) == 1  # read once
    index.add(Row(99, "ev-c", f.date_lo, f.date_hi, "c-1", b), pairs)
    index.move(b, a)  # b merged into a: its stored and its new rows
    assert [(r.article_id, r.cluster_id) for r in index.candidates(pairs, f.date_lo, f.date_hi, "d-1")] == [
        ("a-1", a),
        ("b-1", a),
        ("c-1", a),
    ]
    assert index.summaries[a][:2] == (f.date_lo, f.date_hi) and index.seqs[a] < index.seqs[b]
    s.close()


def test_a_place_inferred_from_the_actor_does_not_tell_reports_apart() -> None:
    # one copy places EU sanctions at the EU's seat (no place in its text), another in the target's
    # country: the inferred seat is no evidence of a different event
    def rec(rid: str, place: str, country: str, why: str) -> dict[str, Any]:
        return {
            "id": rid,
            "article_id": f"a-{rid}",
            "event": "SANCTION",
            "cameo": "163",
            "date": "2025-03-14",
            "date_precision": "day",
            "event_loc": {"resolved_place": place, "country_code": country, "lat": 50.0, "lon": 4.0},
            "reasons": [why],
        }

    seat = features(rec("e1", "Brussels", "BEL", "no place; the seat of 'EU' (IGOEU): 'Brussels'"), CFG)
    told = features(rec("e2", "Belarus", "BLR", "location 'Belarus' in a locative phrase"), CFG)
    assert seat.place is None and told.place is not None
    other = features(rec("e3", "Brussels", "BEL", "location 'Brussels' in a locative phrase"), CFG)
    assert other.place is not None and other.place.country == "BEL"
