"""Google (Gmail / Workspace) notices about the *sender*: sending limits, a blocked or
suspended sending account, a message Gmail itself refused as suspicious. The recipient's
address is fine, so these are scope `sender` (shared/api/gmail.md §9, taxonomy §7)."""

from __future__ import annotations

from classifier.records import Reason
from classifier.text import without_names

# (wording, reason) — the first that matches wins.
SENDER_NOTICES: tuple[tuple[str, Reason], ...] = (
    ("daily user sending limit exceeded", Reason.SPEEDING),
    ("daily sending quota exceeded", Reason.SPEEDING),
    ("limit for sending", Reason.SPEEDING),
    ("reached a gmail sending limit", Reason.SPEEDING),
    ("sending limit", Reason.SPEEDING),
    ("sending quota", Reason.SPEEDING),
    # Gmail's Greek "You have reached a limit for sending mail" (Gmail Help 22839, hl=el).
    ("όριο αποστολής αλληλογραφίας", Reason.SPEEDING),
    ("exceeded the maximum recipients", Reason.SPEEDING),
    ("5.4.5", Reason.SPEEDING),
    ("your account has been disabled", Reason.SECURITYERROR),
    ("account has been suspended", Reason.SECURITYERROR),
    ("account is suspended", Reason.SECURITYERROR),
    ("blocked from sending", Reason.SECURITYERROR),
    ("sending has been blocked", Reason.SECURITYERROR),
    ("message was blocked because", Reason.SPAMDETECTED),
    ("message has been blocked", Reason.SPAMDETECTED),
    ("suspicious", Reason.SPAMDETECTED),
    ("spam", Reason.SPAMDETECTED),
)


def is_google_notice(from_: str, reporting_mta: str) -> bool:
    return "googlemail.com" in from_ or "@google.com" in from_ or "googlemail.com" in reporting_mta \
        or "gmail.com" in from_


def sender_notice(text: str) -> Reason | None:
    """The reason of a Google notice about the sender, or None if it is about the recipient."""
    # The notice names the recipient and hosts: "spam" in an address is no spam refusal.
    low = " ".join(without_names(text.lower()).split())
    for wording, reason in SENDER_NOTICES:
        if wording in low:
            return reason
    return None
