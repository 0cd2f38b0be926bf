"""Stage: kb. The actor knowledge base: countries, organisations, persons with roles in time, and
sector words, with a resolver from noun-phrase text to :class:`newsevents.records.ActorRef`.

>>> kb = KnowledgeBase.default()
>>> [a.code for a in kb.resolve_phrase("Hungarian and Romanian officials")]
['HUNGOV', 'ROUGOV']
"""

from newsevents.kb.base import KnowledgeBase
from newsevents.kb.entries import (
    CountryEntry,
    KBError,
    OrgEntry,
    PersonEntry,
    Role,
    SectorEntry,
)

__all__ = [
    "CountryEntry",
    "KBError",
    "KnowledgeBase",
    "OrgEntry",
    "PersonEntry",
    "Role",
    "SectorEntry",
]
