"""Amazon SES notifications delivered by email (SNS topic subscriptions): a JSON document with
`notificationType` / `eventType` Bounce, Complaint, Delivery or DeliveryDelay, optionally wrapped in an SNS envelope."""

from __future__ import annotations

import json

from classifier.formats import Fact, clean, find_reply, find_status
from classifier.parse import Mail

NAME = "amazonses"
HINTS = ("amazonses", "amazonaws")
_SUPPRESSION = ("suppressed", "onaccountsuppressionlist")


def _document(text: str) -> dict | None:
    # SNS's own continuation ("!\n "), and any line breaks or tab folds a mail system added between
    # the document's tokens (JSON allows blanks there, not raw tabs inside a string).
    text = text.replace("!\n ", "").replace("\n", " ").replace("\t", " ")
    for key in ('{"notificationType"', '{"eventType"', '{"Type"'):
        i = text.find(key)
        # SNS mails the notification as the message's text itself ("Email" subscriptions: the
        # JSON message; "Email-JSON": its envelope), so the document opens the text. Found further
        # down it is quoted in a person's mail ("> {...}" in a reply), which is no notification.
        if i < 0 or text[:i].strip():
            continue
        try:
            doc, _ = json.JSONDecoder().raw_decode(text[i:])
        except ValueError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("Message"), str):  # SNS envelope
            try:
                doc = json.loads(doc["Message"])
            except ValueError:
                return None
        return doc if isinstance(doc, dict) else None
    return None


def _recipient(r: dict, action: str, remote: object, reason: str | None) -> Fact:
    """One bouncedRecipients / delayedRecipients entry (emailAddress, status, diagnosticCode)."""
    diag = clean(str(r.get("diagnosticCode") or "")).removeprefix("smtp; ")
    status = str(r.get("status") or "") or find_status(diag)
    return Fact(address=str(r.get("emailAddress", "")), action=action, status=status or None,
                reply_code=find_reply(diag), diagnostic=diag, remote_mta=(remote or None), reason=reason)


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if "notificationType" not in mail.text and "eventType" not in mail.text:
        return None
    doc = _document(mail.text)
    if not doc:
        return None
    kind = str(doc.get("notificationType") or doc.get("eventType") or "").lower()
    facts = []
    if kind == "bounce":
        bounce = doc.get("bounce") or {}
        # SES's own suppression lists (bounceSubType Suppressed / OnAccountSuppressionList, with a
        # 5.1.1 status): SES did not try the address. Sisimai 5's via-amazonses.go reads them
        # `suppressed`, which the taxonomy keeps soft (section 3); the alias reads it filtered.
        suppressed = "suppressed" if str(bounce.get("bounceSubType") or "").lower() in _SUPPRESSION else None
        facts += [_recipient(r, r.get("action") or "failed", bounce.get("remoteMtaIp"), suppressed)
                  for r in bounce.get("bouncedRecipients") or []]
    elif kind == "deliverydelay":
        # Event publishing's DeliveryDelay: SES could not deliver yet and retries until the event's expirationTime
        # (delayType MailboxFull, TransientCommunicationFailure, ...): each delayedRecipients entry a delay, never a
        # failure (review delay63: read as no bounce at all, the delay lost).
        delay = doc.get("deliveryDelay") or {}
        facts += [_recipient(r, "delayed", None, None) for r in delay.get("delayedRecipients") or []]
    elif kind == "complaint":
        complaint = doc.get("complaint") or {}
        ftype = complaint.get("complaintFeedbackType") or "abuse"
        for r in complaint.get("complainedRecipients") or []:
            facts.append(Fact(address=str(r.get("emailAddress", "")), reason="feedback", feedback_type=ftype))
    elif kind == "delivery":
        delivery = doc.get("delivery") or {}
        for a in delivery.get("recipients") or []:
            facts.append(Fact(address=str(a), action="delivered", reason="delivered",
                              diagnostic=clean(str(delivery.get("smtpResponse") or ""))))
    facts = [f for f in facts if "@" in f.address]
    return tuple(facts) or None
