"""Build tests/data/own_gold.jsonl from the sample articles and the hand coding below.

The project's own gold for src/newsevents/data/samples/*.txt, in the record shape of
../shared/gold/FORMAT.md. The article text is read from the files, so "text" is byte-identical
to the file content. Run from anywhere:  python tests/data/make_own_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "newsevents" / "data" / "samples"
OUT = Path(__file__).resolve().parent / "own_gold.jsonl"

# Places (coordinates of the real cities).
LUANDA = {"name": "Luanda", "country": "AGO", "lat": -8.8383, "lon": 13.2344}
NAIROBI = {"name": "Nairobi", "country": "KEN", "lat": -1.2864, "lon": 36.8172}
MOMBASA = {"name": "Mombasa", "country": "KEN", "lat": -4.0435, "lon": 39.6682}
ADRE = {"name": "Adre", "country": "TCD", "lat": 13.4667, "lon": 22.2000}
NDJAMENA = {"name": "N'Djamena", "country": "TCD", "lat": 12.1348, "lon": 15.0557}
BRUSSELS = {"name": "Brussels", "country": "BEL", "lat": 50.8503, "lon": 4.3517}
SITTWE = {"name": "Sittwe", "country": "MMR", "lat": 20.1462, "lon": 92.8983}
GAFSA = {"name": "Gafsa", "country": "TUN", "lat": 34.4250, "lon": 8.7842}


def a(country, sector, text, name=None):
    """An actor or recipient entry."""
    d = {"country": country, "sector": sector}
    if text:
        d["text"] = text
    if name:
        d["name"] = name
    return d


def ev(
    id,
    evidence,
    event,
    cameo,
    actor,
    recipient,
    date,
    group,
    *,
    also=(),
    modality="asserted",
    location=None,
    optional=False,
    note=None,
):
    d = {
        "id": id,
        "evidence": evidence,
        "event": event,
        "also": list(also),
        "cameo": list(cameo),
        "actor": actor,
        "recipient": recipient,
        "date": date,
        "modality": modality,
        "location": location,
        "group": group,
        "optional": optional,
    }
    if note:
        d["note"] = note
    return d


EU = a(None, "IGO", "The European Union", "European Union")
UN = a(None, "IGO", "The United Nations", "United Nations")

ARTICLES = {
    "01_ceasefire": {
        "publisher": "Example News",
        "dateline": "LUANDA",
        "not_events": [
            "'supplying weapons to rebels' is the content of an accusation, not an asserted AID event",
            "'according to a joint statement issued after the meeting' is the source of the agreement, not a separate event",
        ],
        "events": [
            ev(
                "e1",
                "Delegations from the Democratic Republic of the Congo and Rwanda met in the Angolan capital on Monday",
                "CONSULT",
                ["04", "040", "043", "044", "045", "046"],
                [a("COD", "GOV", "Democratic Republic of the Congo"), a("RWA", "GOV", "Rwanda")],
                [],
                "2024-03-04",
                "drc-rwanda-talks",
                location=LUANDA,
                note="Monday before the publication day (Tuesday 2024-03-05); reciprocal: both parties are actors, as PLOVER codes 'X and Y met'",
            ),
            ev(
                "e2",
                "The talks, mediated by Angolan Foreign Minister John Doe",
                "CONSULT",
                ["04", "045", "040"],
                [a("AGO", "GOV", "Angolan Foreign Minister John Doe", "John Doe")],
                [a("COD", "GOV", "Democratic Republic of the Congo"), a("RWA", "GOV", "Rwanda")],
                "2024-03-04",
                "angola-mediation",
                location=LUANDA,
                optional=True,
                note="mediation (CAMEO 045) stated in an apposition; date implied by the first paragraph",
            ),
            ev(
                "e3",
                "Both delegations agreed to extend a humanitarian truce by two weeks",
                "AGREE",
                ["03", "030", "057", "05", "08", "087", "0871"],
                [a("COD", "GOV", "Both delegations"), a("RWA", "GOV", "Both delegations")],
                [],
                "2024-03-04",
                "truce-extension",
                also=["RETREAT", "CONCEDE"],
                location=LUANDA,
                note="reciprocal: both parties are actors; reached at Monday's talks in Luanda",
            ),
            ev(
                "e4",
                "the next round of talks would be held in Nairobi on March 19",
                "CONSULT",
                ["04", "040", "044", "046", "036"],
                [a("COD", "GOV", "Democratic Republic of the Congo"), a("RWA", "GOV", "Rwanda")],
                [],
                "2024-03-19",
                "next-round",
                modality="future",
                location=NAIROBI,
                note="announced by the Angolan foreign minister; a future event dated 2024-03-19, not the publication date",
            ),
            ev(
                "e5",
                "The African Union said it would send observers to that meeting",
                "AGREE",
                ["03", "030", "036", "07", "074"],
                [a(None, "IGO", "The African Union", "African Union")],
                [],
                None,
                "au-observers",
                also=["COOPERATE", "AID", "SUPPORT"],
                modality="future",
                optional=True,
            ),
            ev(
                "e6",
                "Congolese officials accused Rwanda of supplying weapons to rebels in North Kivu province",
                "ACCUSE",
                ["11", "110", "112", "1123"],
                [a("COD", "GOV", "Congolese officials")],
                [a("RWA", "GOV", "Rwanda")],
                None,
                "drc-accuses",
                note="no date stated for the accusation",
            ),
            ev(
                "e7",
                "Kigali rejected the accusation",
                "REJECT",
                ["01", "016", "12", "120"],
                [a("RWA", "GOV", "Kigali")],
                [a("COD", "GOV", "Congolese officials")],
                None,
                "rwa-denies",
                also=["ACCUSE"],
                optional=True,
                note="a denial (CAMEO 016), which PLOVER may leave uncoded",
            ),
            ev(
                "e8",
                "The European Union welcomed the extension of the truce",
                "SUPPORT",
                ["05", "050", "051", "01", "019"],
                [EU],
                [a("COD", "GOV", "Democratic Republic of the Congo"), a("RWA", "GOV", "Rwanda")],
                None,
                "eu-welcomes",
                optional=True,
            ),
            ev(
                "e9",
                "called on both governments to pull their troops back from the border",
                "REQUEST",
                ["02", "020", "025", "0256", "10", "100"],
                [EU],
                [a("COD", "GOV", "both governments"), a("RWA", "GOV", "both governments")],
                None,
                "eu-appeal",
            ),
        ],
    },
    "02_protest": {
        "publisher": "Example News",
        "dateline": "NAIROBI",
        "not_events": [
            "'the use of force by the police' is the object of the UN appeal, not a second coercion event",
            "'the Interior Ministry said' and 'witnesses said' are sources, not events",
        ],
        "events": [
            ev(
                "e1",
                "Kenyan police arrested at least 40 people in Nairobi on Tuesday",
                "COERCE",
                ["17", "170", "173"],
                [a("KEN", "COP", "Kenyan police")],
                [a("KEN", "CVL", "at least 40 people")],
                "2025-02-11",
                "arrests",
                location=NAIROBI,
                note="Tuesday of the publication week (publication Thursday 2025-02-13)",
            ),
            ev(
                "e2",
                "thousands of demonstrators marched on parliament to protest against a proposed increase in fuel taxes",
                "PROTEST",
                ["14", "140", "141", "1412"],
                [a("KEN", "CVL", "thousands of demonstrators")],
                [a("KEN", "LEG", "parliament")],
                "2025-02-11",
                "fuel-protest",
                location=NAIROBI,
            ),
            ev(
                "e3",
                "Police fired tear gas and water cannon to disperse the crowds",
                "COERCE",
                ["17", "170", "175"],
                [a("KEN", "COP", "Police")],
                [a("KEN", "CVL", "the crowds")],
                "2025-02-11",
                "tear-gas",
                also=["ASSAULT"],
                location=NAIROBI,
                note="date and place implied by the first paragraph",
            ),
            ev(
                "e4",
                "those arrested would be charged with unlawful assembly",
                "COERCE",
                ["17", "173", "11", "112", "1121"],
                [a("KEN", "GOV", "Interior Minister Jane Doe", "Jane Doe")],
                [a("KEN", "CVL", "those arrested")],
                None,
                "charges",
                also=["ACCUSE"],
                modality="future",
                optional=True,
            ),
            ev(
                "e5",
                "She accused opposition leaders of encouraging the violence",
                "ACCUSE",
                ["11", "110", "112"],
                [a("KEN", "GOV", "She", "Jane Doe")],
                [a("KEN", "OPP", "opposition leaders")],
                "2025-02-12",
                "minister-accuses",
                note="said on Wednesday (previous sentence), 2025-02-12",
            ),
            ev(
                "e6",
                "The opposition coalition denied the charge",
                "REJECT",
                ["01", "016", "12", "120"],
                [a("KEN", "OPP", "The opposition coalition")],
                [a("KEN", "GOV", "Interior Minister Jane Doe", "Jane Doe")],
                None,
                "opposition-denies",
                also=["ACCUSE"],
                optional=True,
            ),
            ev(
                "e7",
                "it would hold another rally in Mombasa on Saturday",
                "PROTEST",
                ["14", "140", "141"],
                [a("KEN", "OPP", "The opposition coalition")],
                [a("KEN", "GOV", "")],
                "2025-02-15",
                "mombasa-rally",
                modality="future",
                location=MOMBASA,
                note="Saturday after the publication day (Thursday 2025-02-13); recipient is the government implicitly",
            ),
            ev(
                "e8",
                "The Law Society of Kenya demanded the immediate release of the detained demonstrators",
                "REQUEST",
                ["10", "100", "105", "1053", "02", "025", "0253"],
                [a("KEN", "CVL", "The Law Society of Kenya", "Law Society of Kenya")],
                [a("KEN", "GOV", "")],
                None,
                "release-demand",
            ),
            ev(
                "e9",
                "The UN human rights office urged the Kenyan authorities to respect the right to peaceful assembly",
                "REQUEST",
                ["02", "020", "024", "0243", "10", "104", "1043"],
                [a(None, "IGO", "The UN human rights office", "United Nations")],
                [a("KEN", "GOV", "the Kenyan authorities")],
                None,
                "un-appeal",
            ),
        ],
    },
    "03_airstrike": {
        "publisher": "Example News",
        "dateline": "N'DJAMENA",
        "not_events": [
            "'More than 20 people were wounded' reports casualties of the same airstrike, not a new event",
        ],
        "events": [
            ev(
                "e1",
                "an airstrike by Sudanese military aircraft on the border town of Adre that killed at least seven civilians",
                "ASSAULT",
                ["19", "190", "195", "18", "180"],
                [a("SDN", "MIL", "Sudanese military aircraft")],
                [a("TCD", "CVL", "at least seven civilians")],
                "2024-02-13",
                "adre-strike",
                location=ADRE,
                note="the strike happened on Tuesday (second paragraph), not on Wednesday, the day of the condemnation",
            ),
            ev(
                "e2",
                "The strike hit a busy market near a refugee camp on Tuesday afternoon",
                "ASSAULT",
                ["19", "190", "195", "18", "180"],
                [a("SDN", "MIL", "Sudanese military aircraft")],
                [a("TCD", "CVL", "a busy market")],
                "2024-02-13",
                "adre-strike",
                location=ADRE,
                optional=True,
            ),
            ev(
                "e3",
                "Chad on Wednesday condemned an airstrike by Sudanese military aircraft",
                "ACCUSE",
                ["11", "110", "111"],
                [a("TCD", "GOV", "Chad")],
                [a("SDN", "MIL", "Sudanese military aircraft")],
                "2024-02-14",
                "chad-condemns",
            ),
            ev(
                "e4",
                "called the attack a grave violation of the country's sovereignty",
                "ACCUSE",
                ["11", "110", "111", "112", "1123"],
                [a("TCD", "GOV", "the Chadian foreign ministry")],
                [a("SDN", "MIL", "")],
                None,
                "chad-condemns",
                optional=True,
            ),
            ev(
                "e5",
                "summoned Sudan's ambassador in N'Djamena",
                "ACCUSE",
                ["11", "114", "111", "04", "040", "16", "160"],
                [a("TCD", "GOV", "the Chadian foreign ministry")],
                [a("SDN", "GOV", "Sudan's ambassador")],
                None,
                "summon",
                also=["CONSULT", "SANCTION"],
                location=NDJAMENA,
                optional=True,
                note="summoning an ambassador has no agreed PLOVER type",
            ),
            ev(
                "e6",
                "Chad reserved the right to respond",
                "THREATEN",
                ["13", "130", "138"],
                [a("TCD", "GOV", "Chad")],
                [a("SDN", "GOV", "")],
                None,
                "chad-warns",
                optional=True,
                note="a vague warning",
            ),
            ev(
                "e7",
                "denied that its aircraft had entered Chadian airspace",
                "REJECT",
                ["01", "016", "12", "120"],
                [a("SDN", "MIL", "A spokesman for the Sudanese army")],
                [a("TCD", "GOV", "")],
                None,
                "sdn-denies",
                also=["ACCUSE"],
                optional=True,
            ),
            ev(
                "e8",
                "The United Nations also condemned the strike",
                "ACCUSE",
                ["11", "110", "111"],
                [UN],
                [a("SDN", "MIL", "the strike")],
                None,
                "un-condemns",
            ),
            ev(
                "e9",
                "called on both countries to exercise restraint",
                "REQUEST",
                ["02", "020", "025", "0256", "10", "100"],
                [UN],
                [a("SDN", "GOV", "both countries"), a("TCD", "GOV", "both countries")],
                None,
                "un-appeal",
            ),
            ev(
                "e10",
                "its teams had evacuated 18 wounded people to the regional hospital in Abeche",
                "AID",
                ["07", "070", "073"],
                [
                    a(
                        None,
                        "NGO",
                        "The International Committee of the Red Cross",
                        "International Committee of the Red Cross",
                    )
                ],
                [a("TCD", "CVL", "18 wounded people")],
                None,
                "icrc-evacuation",
                note="Abeche is the destination of the evacuation, not clearly the place of the event; location not scored",
            ),
        ],
    },
    "04_sanctions": {
        "publisher": "Example News",
        "dateline": "BRUSSELS",
        "not_events": [
            "'the crackdown on opponents of the junta' is the reason for the sanctions, undated background, not coded",
            "'The measures will take effect once they are published' restates the sanctions, not a new event",
        ],
        "events": [
            ev(
                "e1",
                "The European Union on Wednesday imposed sanctions on six Myanmar military officers and two state-owned companies",
                "SANCTION",
                ["16", "160", "163", "17", "172"],
                [EU],
                [a("MMR", "MIL", "six Myanmar military officers"), a("MMR", "BUS", "two state-owned companies")],
                "2024-05-22",
                "eu-sanctions",
                location=BRUSSELS,
                note="decided at the ministers' meeting in Brussels (second paragraph)",
            ),
            ev(
                "e2",
                "freezing their assets and banning the officers from travelling to the bloc",
                "SANCTION",
                ["16", "163", "17", "172"],
                [EU],
                [a("MMR", "MIL", "the officers")],
                "2024-05-22",
                "eu-sanctions",
                also=["COERCE"],
                location=BRUSSELS,
                optional=True,
                note="the travel ban is CAMEO 172, COERCE in the PLOVER crosswalk",
            ),
            ev(
                "e3",
                "EU foreign ministers approved the measures at a meeting in Brussels",
                "SANCTION",
                ["16", "163", "04", "040"],
                [a(None, "IGO", "EU foreign ministers", "European Union")],
                [a("MMR", "MIL", "")],
                None,
                "eu-sanctions",
                also=["CONSULT"],
                location=BRUSSELS,
                optional=True,
            ),
            ev(
                "e4",
                "a UN convoy carrying food and medicine reached Sittwe, the capital of Rakhine state, on Monday",
                "AID",
                ["07", "070", "073"],
                [a(None, "IGO", "a UN convoy", "World Food Programme")],
                [a("MMR", "CVL", "")],
                "2024-05-20",
                "wfp-convoy",
                location=SITTWE,
                note="Monday before the publication day (Wednesday 2024-05-22)",
            ),
            ev(
                "e5",
                "Its 12 trucks delivered enough rice to feed 40,000 people for a month",
                "AID",
                ["07", "070", "073"],
                [a(None, "IGO", "Its 12 trucks", "World Food Programme")],
                [a("MMR", "CVL", "40,000 people")],
                "2024-05-20",
                "wfp-convoy",
                location=SITTWE,
                optional=True,
            ),
            ev(
                "e6",
                "Japan promised a further 5 million dollars in emergency aid for displaced families in Rakhine",
                "AGREE",
                ["03", "030", "031", "033", "07", "071", "073"],
                [a("JPN", "GOV", "Japan")],
                [a("MMR", "CVL", "displaced families in Rakhine")],
                None,
                "japan-pledge",
                also=["AID"],
                note="a pledge (CAMEO 03x): PLOVER AGREE; AID accepted",
            ),
            ev(
                "e7",
                "Myanmar's military government rejected the sanctions as interference in the country's internal affairs",
                "REJECT",
                ["12", "120", "11", "111"],
                [a("MMR", "GOV", "Myanmar's military government")],
                [a(None, "IGO", "", "European Union")],
                None,
                "mmr-rejects",
                also=["ACCUSE"],
            ),
        ],
    },
    "05_resignation": {
        "publisher": "Example News",
        "dateline": "TUNIS",
        "not_events": [
            "'who accepted it and appointed a senior police official as acting minister' is a domestic appointment, not coded",
            "'The European Union's delegation in Tunis said it was following the situation closely' is a statement (CAMEO 01), not coded",
            "'ending 23 years in power' restates the flight of the president",
        ],
        "events": [
            ev(
                "e1",
                "Tunisia's interior minister resigned on Sunday",
                "RETREAT",
                ["08", "083", "0831"],
                [a("TUN", "GOV", "Tunisia's interior minister", "Samir Doe")],
                [],
                "2023-10-08",
                "minister-resigns",
                also=["CONCEDE"],
                note="Sunday before the publication day (Monday 2023-10-09)",
            ),
            ev(
                "e2",
                "Interior Minister Samir Doe submitted his resignation to the president",
                "RETREAT",
                ["08", "083", "0831"],
                [a("TUN", "GOV", "Interior Minister Samir Doe", "Samir Doe")],
                [a("TUN", "GOV", "the president")],
                "2023-10-08",
                "minister-resigns",
                also=["CONCEDE"],
                optional=True,
            ),
            ev(
                "e3",
                "police were accused of using excessive force against students",
                "ACCUSE",
                ["11", "112", "1122"],
                [],
                [a("TUN", "COP", "police")],
                None,
                "police-accused",
                optional=True,
                note="passive without a named accuser",
            ),
            ev(
                "e4",
                "Student unions had demanded his departure",
                "REQUEST",
                ["10", "100", "104", "1041", "02", "024", "0241"],
                [a("TUN", "CVL", "Student unions")],
                [a("TUN", "GOV", "his", "Samir Doe")],
                None,
                "unions-demand",
            ),
            ev(
                "e5",
                "a demonstration in Gafsa on October 3",
                "PROTEST",
                ["14", "140", "141"],
                [a("TUN", "CVL", "")],
                [a("TUN", "GOV", "")],
                "2023-10-03",
                "gafsa-demo",
                location=GAFSA,
                note="a nominal event mention with its own date and place",
            ),
            ev(
                "e6",
                "Opposition parties called for an independent inquiry into the violence",
                "REQUEST",
                ["02", "020", "024", "10", "100", "101"],
                [a("TUN", "OPP", "Opposition parties")],
                [a("TUN", "GOV", "")],
                None,
                "opposition-appeal",
            ),
            ev(
                "e7",
                "the uprising that toppled the country's long-time leader",
                "PROTEST",
                ["14", "140", "145"],
                [a("TUN", "CVL", "")],
                [a("TUN", "GOV", "the country's long-time leader")],
                None,
                "uprising",
                optional=True,
                note="undated background",
            ),
            ev(
                "e8",
                "the then president fled to Saudi Arabia",
                "RETREAT",
                ["08", "083", "0831", "087"],
                [a("TUN", "GOV", "the then president")],
                [],
                "2011-01-14",
                "president-flees",
                also=["CONCEDE"],
                note="a historical event: its date is 2011-01-14, not the publication date",
            ),
            ev(
                "e9",
                "after four weeks of street protests",
                "PROTEST",
                ["14", "140", "141"],
                [a("TUN", "CVL", "")],
                [a("TUN", "GOV", "")],
                None,
                "uprising",
                optional=True,
            ),
        ],
    },
}


def build() -> list[dict]:
    records = []
    for stem, spec in ARTICLES.items():
        path = SAMPLES / f"{stem}.txt"
        text = path.read_bytes().decode("utf-8")
        header = text.split("\n", 1)[0]
        assert header.startswith(" date "), path
        date = header[len(" date ") :].strip()
        for e in spec["events"]:
            assert e["evidence"] in text, (stem, e["id"], e["evidence"])
        records.append(
            {
                "id": stem,
                "source_file": path.name,
                "date": date,
                "publisher": spec["publisher"],
                "dateline": spec["dateline"],
                "text": text,
                "not_events": spec["not_events"],
                "events": spec["events"],
            }
        )
    return records


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
