"""The worker's one question to a source about trust: which originals quoted by this page's
bounces did this mailbox send, and to whom (sync.ports.LooksUpSent)?

Asked once per page after classifying, with the originals' Message-IDs (never a bounce's
own id or its In-Reply-To/References: pointers, not evidence) and the ids the replies that
need evidence answer (sync/planner/rules.py `replies_to_verify`: a reply's In-Reply-To and
References, to learn whether we sent that message to its From). The answer is data for the
planner (sync/planner/trust.py); nothing is decided here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from classifier.origin import Origin
from classifier.records import Classification
from sync.planner.trust import original_key
from sync.ports import looks_up_sent
from sync.records import SentMessage, message_id_key


@dataclass(frozen=True, slots=True, kw_only=True)
class SentEvidence:
    """What the source said about a page's originals."""

    can_tell: bool = False  # False: no such ability, no sent folder, or the lookup is off
    found: Mapping[str, SentMessage] = field(default_factory=dict)  # by message_id_key

    def original(self, c: Classification) -> SentMessage | None:
        """The sent original a classification quotes, if this mailbox sent it."""
        key = original_key(c)
        return self.found.get(key) if key is not None else None

    def answered(self, origin: Origin | None) -> tuple[SentMessage, ...]:
        """The sent messages a reply's In-Reply-To/References name (its `reply_origin`)."""
        if origin is None:
            return ()
        return tuple(m for k in origin.replied_to if (m := self.found.get(message_id_key(k))))


def look_up_sent(source: object, classifications: Sequence[Classification],
                 replies: Sequence[Origin] = ()) -> SentEvidence:
    """Ask `source` about the originals the page's bounces quote and the messages `replies`
    answer. A source error propagates (the caller stops the mailbox as for a failed read, so
    the page is read again later)."""
    asked = any(c.is_bounce for c in classifications) or any(o.replied_to for o in replies)
    if source is None or not looks_up_sent(source) or not asked:
        return SentEvidence()  # a page without bounces or such replies costs nothing
    ids = {k for c in classifications
           if c.is_bounce and c.error is None and (k := original_key(c)) is not None}
    ids.update(message_id_key(k) for o in replies for k in o.replied_to)
    found = source.sent_messages(sorted(i for i in ids if i))  # type: ignore[attr-defined]
    if found is None:
        return SentEvidence()
    return SentEvidence(can_tell=True,
                        found={message_id_key(k): v for k, v in found.items()
                               if isinstance(v, SentMessage)})
