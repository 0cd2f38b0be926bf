"""The words of a sentence the learned backoff reads, from the parse the pipeline already made.

A sentence becomes a set of feature strings (no second parse, no model of its own):

* ``w:LEMMA``   every content word (noun, verb, adjective; names left out: they are who, not what);
* ``v:LEMMA``   the verbs that head a clause, with a particle (``v:call_off``);
* ``r:LEMMA``   the sentence's root;
* ``vo:VERB_OBJ`` a clause verb and the head of its object (a name as its entity label:
  ``vo:expel_NORP``), ``vp:VERB_PREP`` a verb and a preposition it governs;
* ``s:HEAD``    the head of a clause verb's subject (``s:police``; a name as its entity label);
* ``neg``, ``neg:VERB`` a negated clause; ``mod:WORD`` a modal (will, could, may ...);
* ``ent:LABEL`` the kinds of entities the sentence names (GPE, NORP, ORG, PERSON);
* ``at:only``, ``at:first``, ``at:later`` where the sentence stands: an article of one sentence, the
  first of several, a later one (a story's later sentences tell background more often);
  ``quote`` a sentence with quotation marks;
* word classes (data/backoff/word_clusters.tsv.gz: clusters of word vectors, derived offline by
  scripts/derive_word_clusters.py), so that a word never seen in training still says what the
  words of its class taught: ``wc:CLASS`` a content word's class, ``vc:CLASS`` a clause verb's,
  ``voc:VERB_CLASS`` a clause verb and its object's class (``summon`` + the class of envoys),
  ``vco:CLASS_CLASS`` the verb's class and its object's, ``vpc:CLASS_PREP`` the verb's class and a
  preposition it governs.

The training script (scripts/train_backoff.py) and the stage read sentences through this one
function, so the model sees at run time what it was trained on.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newsevents.errors import KnowledgeError
from newsevents.parse.tree import span_at, tokens

__all__ = ["sentence_features", "span_of", "word_class"]

CLASSES_FILE = "backoff/word_clusters.tsv.gz"

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
QUOTES = frozenset({'"', "“", "”", "``", "''"})
ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def span_of(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """The tokens of the characters ``start_char``..``end_char`` (a sentence of the pipeline)."""
    return span_at(doc, start_char, end_char)


@functools.cache
def _classes() -> dict[str, str]:
    """The shipped word classes (lemma -> class), read once."""
    raw = resources.files("newsevents").joinpath("data", *CLASSES_FILE.split("/")).read_bytes()
    out: dict[str, str] = {}
    try:
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if line and not line.startswith("#"):
                word, cls = line.split("\t")
                out[word] = cls
    except (OSError, ValueError) as e:
        raise KnowledgeError(f"{CLASSES_FILE}: not a word-class table ({type(e).__name__}: {e})") from e
    return out


def word_class(lemma: str) -> str | None:
    """The class of a lower-case lemma (None for a word the table does not hold)."""
    return _classes().get(lemma)


_word_class = word_class


def _no_class(lemma: str) -> None:
    return None


def _word(tok: Token) -> str:
    """A word as the model sees it: a name by its entity label, else its lower-case lemma."""
    if tok.ent_type_ in ENTITY_LABELS or tok.pos_ == "PROPN":
        return tok.ent_type_ or "PROPN"
    return tok.lemma_.lower()


def sentence_features(span: Span, index: int = 0, count: int = 1, classes: bool = False) -> set[str]:
    """The feature strings of one sentence (see the module's docstring): ``index`` is its place
    among the article's ``count`` sentences; ``classes``: with the word classes (a model trained
    with them says so in its ``meta``; the shipped one is not, and the table is then never read)."""
    word_class = _word_class if classes else _no_class
    out: set[str] = {"at:only" if count == 1 else "at:first" if index == 0 else "at:later"}
    words = tokens(span.doc)[span.start : span.end]  # the span's tokens, made once per document
    if any(t.text in QUOTES for t in words):
        out.add("quote")
    for tok in words:
        if tok.is_punct or tok.is_space:
            continue
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in ENTITY_LABELS:
            out.add(f"ent:{tok.ent_type_}")
        if tok.dep_ == "neg":
            out.add("neg")
            out.add(f"neg:{tok.head.lemma_.lower()}")
        if tok.tag_ == "MD":
            out.add(f"mod:{lemma}")
        if tok.pos_ in CONTENT_POS and not tok.is_stop and not tok.like_num and lemma.isalpha():
            out.add(f"w:{lemma}")
            if (wc := word_class(lemma)) is not None:
                out.add(f"wc:{wc}")
        if tok.pos_ != "VERB" or tok.dep_ not in CLAUSE_DEPS:
            continue
        prt = next((c.lemma_.lower() for c in tok.children if c.dep_ == "prt"), None)
        verb = f"{lemma}_{prt}" if prt else lemma
        out.add(f"v:{verb}")
        vc = word_class(lemma)
        if vc is not None:
            out.add(f"vc:{vc}")
        if tok.dep_ == "ROOT":
            out.add(f"r:{verb}")
        for c in tok.children:
            if c.dep_ in OBJECT_DEPS:
                out.add(f"vo:{verb}_{_word(c)}")
                oc = word_class(_word(c))
                if oc is not None:
                    out.add(f"voc:{verb}_{oc}")
                    if vc is not None:
                        out.add(f"vco:{vc}_{oc}")
            elif c.dep_ in SUBJECT_DEPS:
                out.add(f"s:{_word(c)}")
                if c.dep_ == "nsubjpass":
                    out.add(f"vpass:{verb}")
            elif c.dep_ == "prep":
                out.add(f"vp:{verb}_{c.lemma_.lower()}")
                if vc is not None:
                    out.add(f"vpc:{vc}_{c.lemma_.lower()}")
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN":
                    out.add(f"vpo:{verb}_{c.lemma_.lower()}_{obj.lemma_.lower()}")
    return out
