"""The fast path for English (read/language.py, docs/languages.md): plainly English texts skip the
detector, and it never decides a text the detector would call another language."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from newsevents.errors import KnowledgeError
from newsevents.read import language

FOREIGN = {
    "fr": "Le président de la République a reçu mardi à l'Élysée le Premier ministre libanais pour évoquer la crise "
    "politique qui paralyse le pays depuis plusieurs mois. Selon un communiqué, les deux dirigeants ont appelé à "
    "la formation rapide d'un gouvernement capable de mener les réformes demandées par les bailleurs de fonds.",
    "de": "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen mehrere Unternehmen beschlossen, die nach Angaben "
    "des Auswärtigen Amts an der Umgehung des Waffenembargos beteiligt waren. Der Außenminister sagte in Berlin, man "
    "werde den Druck auf die Verantwortlichen weiter erhöhen, falls die Angriffe nicht aufhörten.",
    "es": "El Gobierno colombiano y la guerrilla acordaron este jueves en La Habana un alto el fuego bilateral que "
    "entrará en vigor la próxima semana, informaron fuentes oficiales. El presidente dijo que el acuerdo es un paso "
    "decisivo hacia la paz y pidió a los grupos armados que se sumen a las negociaciones.",
    "it": "Il ministro degli Esteri ha convocato ieri l'ambasciatore russo alla Farnesina dopo le dichiarazioni del "
    "Cremlino sul sostegno italiano all'Ucraina. Secondo fonti diplomatiche, il colloquio è durato meno di "
    "mezz'ora e si è concluso senza alcuna intesa tra le parti.",
    "pt": "O presidente brasileiro anunciou nesta segunda-feira a retirada das tropas da fronteira com a Venezuela, "
    "depois de uma reunião com os ministros da Defesa e das Relações Exteriores em Brasília. Segundo o governo, a "
    "medida foi tomada para reduzir as tensões na região.",
    "nl": "De Nederlandse regering heeft dinsdag besloten de ambassadeur van Iran te ontbieden na de arrestatie van "
    "twee Nederlandse burgers in Teheran. Volgens de minister van Buitenlandse Zaken is er geen enkele reden voor "
    "hun aanhouding en moeten zij onmiddellijk worden vrijgelaten.",
    "pl": "Prezydent Polski spotkał się w środę w Warszawie z sekretarzem generalnym NATO, aby omówić wzmocnienie "
    "wschodniej flanki sojuszu. Po rozmowie obaj politycy zapowiedzieli rozmieszczenie dodatkowych wojsk na "
    "granicy z Białorusią.",
    "tr": "Dışişleri Bakanı salı günü Ankara'da yaptığı açıklamada, Türkiye'nin bölgedeki çatışmanın sona ermesi için "
    "arabuluculuk yapmaya hazır olduğunu söyledi. Bakan, tarafları derhal ateşkes ilan etmeye ve müzakere masasına "
    "dönmeye çağırdı.",
    "id": "Presiden Indonesia pada hari Senin menerima kunjungan Perdana Menteri Australia di Istana Merdeka, "
    "Jakarta, untuk membahas kerja sama keamanan dan perdagangan. Kedua pemimpin sepakat untuk memperkuat patroli "
    "bersama di perairan perbatasan kedua negara.",
}

QUOTING = (
    "Le Premier ministre britannique a déclaré jeudi à Londres que « the United Kingdom will stand with its "
    "allies », avant de rencontrer le président français. Les deux dirigeants ont discuté de la guerre en Ukraine "
    "et de l'aide militaire à Kiev."
)

ENGLISH = [
    "Rebels fired mortar rounds at the presidential palace on Sunday and the army said it had pushed them back "
    "from the outskirts of the capital after a night of heavy fighting.",
    "The foreign ministers of the two countries met in Geneva on Tuesday and agreed to resume talks on the "
    "disputed border, a spokesman said.",
    "Police detained dozens of opposition supporters who had gathered outside the election commission to "
    "demand a recount, witnesses said.",
]


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_other_languages_are_left_to_the_detector(code: str) -> None:
    assert not language.plainly_english(FOREIGN[code])
    assert language.detect_language(FOREIGN[code]) == code


def test_a_foreign_article_quoting_english_is_left_to_the_detector() -> None:
    assert not language.plainly_english(QUOTING)
    assert language.detect_language(QUOTING) == "fr"


@pytest.mark.parametrize("text", ENGLISH)
def test_plain_english_takes_the_fast_path(text: str) -> None:
    assert language.plainly_english(text)
    assert language.detect_language(text) == "en"


def test_short_texts_are_not_decided_by_the_fast_path() -> None:
    assert not language.plainly_english("The talks and the vote.")


def _detector_says(text: str) -> str:
    """The detector's answer by detect_language's rule, without the fast path."""
    table = language.language_table()
    values = language._detector().compute_language_confidence_values(text[: language.SAMPLE_CHARS])
    top = values[0]
    code = table.names.get(top.language.name, "en")
    english = next((v.value for v in values if table.names.get(v.language.name) == "en"), 0.0)
    return "en" if code == "en" or top.value < language.SURE or english > language.UNLIKELY else code


def test_the_fast_path_agrees_with_the_detector_on_the_bundled_and_test_texts() -> None:
    texts = [p.read_text(encoding="utf-8") for p in resources.files("newsevents").joinpath("data/samples").iterdir()]
    data = Path(__file__).parent / "data"
    for name in ("heldout_news.jsonl", "own_gold.jsonl", "cameo_sentences.jsonl"):
        texts += [json.loads(line)["text"] for line in (data / name).read_text(encoding="utf-8").splitlines() if line]
    fast = [t for t in texts if language.plainly_english(t[: language.SAMPLE_CHARS])]
    assert len(fast) >= len(texts) // 2
    assert [t[:60] for t in fast if _detector_says(t) != "en"] == []


def test_the_markers_file_refuses_a_bad_row(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "english_markers.txt").write_text("word\tkind\nthe\tonly\nthe\tshared\n", encoding="utf-8")
    monkeypatch.setattr(language.resources, "files", lambda _pkg: tmp_path)
    language.english_markers.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="row 3"):
            language.english_markers()
    finally:
        language.english_markers.cache_clear()
