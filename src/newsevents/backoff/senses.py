"""What the rules' own knowledge says a frame's verb does not mean: the learned backoff reads it.

The classifier reads a sentence's words; it does not know the senses of a verb that the rules
know. Two kinds of that knowledge bind it (data/backoff/settings.yaml names them, the words live
where the rules read them):

* **sense classes** (``refuses``): word lists of the rules (code_rules.yaml, lexicon.yaml) whose
  verbs never tell a type, whatever the sentence's other words say: a crowd that celebrates, cheers
  or dances does not protest (``celebration_verbs``);
* **conditional senses** (``sense_markers``): where every pattern of the verb dictionary that codes
  the verb as a type needs a participant the frame lacks (a context marker the frames stage sets:
  ``armed-subject``, ``person-object``), the verb has that sense only with that participant: forces
  that leave a country withdraw, a president who leaves Paris for Berlin travels. The backoff
  then does not code that type from that verb either.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsevents.backoff.settings import BackoffSettings
from newsevents.code.rules import CodeRules
from newsevents.code.verbframes import VerbFrames
from newsevents.errors import KnowledgeError
from newsevents.lexicon import LEXICON
from newsevents.records import Frame

__all__ = ["Senses"]


def _word_list(name: str, rules: CodeRules) -> frozenset[str]:
    """The words of the list ``name``: a field of the code rules, else a list of the lexicon."""
    own = getattr(rules, name, None)
    if isinstance(own, frozenset):
        return frozenset(str(w).lower() for w in own)
    if name in LEXICON:
        return LEXICON[name]
    raise KnowledgeError(f"backoff settings: refuses names {name!r}, no word list of code_rules.yaml or lexicon.yaml")


class Senses:
    """The senses of a frame's verb the backoff may not read a type from."""

    def __init__(self, settings: BackoffSettings, rules: CodeRules, frames: VerbFrames) -> None:
        self.refused: Mapping[str, dict[str, str]] = {
            type_: {w: name for name in names for w in _word_list(name, rules)}
            for type_, names in settings.refuses.items()
        }
        self.known = settings.known_senses
        self.frames = frames

    def patterns(self, lemma: str, type_: str) -> list[str]:
        """The patterns of the verb dictionary that code ``lemma`` as ``type_``."""
        return [
            text
            for text, code, _ in self.frames.patterns_for(lemma)
            if code is not None and self.frames.code(code).plover == type_
        ]

    def needs_complement(self, frame: Frame, type_: str) -> bool:
        """``complement``: whether the verb dictionary codes the frame's verb as ``type_`` only in
        patterns (none of which matched the frame): the backoff then reads the type from the
        verb's complement, not from the bare verb (stage._complement)."""
        return self.known == "complement" and bool(self.patterns(frame.predicate_lemma.lower(), type_))

    @staticmethod
    def forbidden(patterns: list[str]) -> dict[str, str]:
        """The words ``patterns`` forbid (each with one such pattern)."""
        out: dict[str, str] = {}
        for text in patterns:
            for w in text.split()[1:]:
                if w.startswith("!"):
                    out.setdefault(w[1:], text)
        return out

    def refuses(self, frame: Frame, type_: str) -> str | None:
        """Why the frame's verb cannot tell ``type_`` (None: it can)."""
        lemma = frame.predicate_lemma.lower()
        name = self.refused.get(type_, {}).get(lemma)
        if name is not None:
            return f"'{lemma}' is one of {name}: no {type_}"
        if self.known == "off":
            return None
        known = self.patterns(lemma, type_)
        if self.known == "patterns" and known:
            return f"'{lemma}' is {type_} only as the verb dictionary says ({'; '.join(known[:2])}), not here"
        if self.known in ("patterns", "forbidden", "complement"):
            forbidden = self.forbidden(known)
            for word in frame.context:
                if word.lower() in forbidden:
                    return f"'{lemma}' with '{word}' is no {type_} (the dictionary's '{forbidden[word.lower()]}')"
        return None
