"""The SMTP stage a notice states for a recipient at a LATER mention of its address, where the first mention's lines
state none; and the stage of the final refusal in a transcript where the exchange naming the address was a temporary
refusal at an earlier host (`transcript_stage`).

A human part that names the failed address twice (a summary in the sender's language listing it, then the MTA's own
paragraph "<r>: host x said: 550 ... (in reply to RCPT TO command)") was read only after its first mention
(`dsn.lines_about`), and a stage-less DSN reply then lost the stage the text gives (forecast67: a 5xx "Recipient not
found" read filtered, a lost hard). Only the stage is taken from the later mention, and only where the first mention,
the Diagnostic-Code and a transcript give none; a mention in the returned message's headers says nothing
(`lines_about` skips those)."""

from __future__ import annotations

from collections.abc import Callable

from classifier.formats import smtp_command, transcript, transcript_command
from classifier.lowercase_once import lower_once
from classifier.text import names

# Mentions read after the first: a summary and the MTA's paragraph make two; more is a list of others' or quotes.
_MENTIONS = 3


def later_command(notice: str, address: str, others: tuple[str, ...],
                  lines_about: Callable[..., str]) -> str | None:
    """The command stated in the explanation that follows a mention of `address` after its first, if any."""
    low, key = lower_once(notice), address.lower()  # (the notice's lowercase, made once per message)
    i = low.find(key)
    for _ in range(_MENTIONS):
        i = low.find(key, i + 1) if i >= 0 else -1
        if i < 0:
            return None
        start = low.rfind("\n", 0, i) + 1
        if command := smtp_command(lines_about(notice[start:], address, 12, others)):
            return command
    return None


def transcript_stage(notice: str, address: str) -> str | None:
    """`transcript_command`'s stage for `address`, but where the exchange naming it got a 4xx (a temporary refusal at a
    host the MTA then left for the next, Sendmail's "... while talking to mx1" / ">>> RCPT To:<a>" / "<<< 451 ...") and
    a later exchange got a 5xx naming no other address ("... while talking to mx2" / ">>> DATA" / "<<< 550 ..."): the
    final refusal's stage (audit67b: the 451's RCPT made a stage-less "550 No such user" after DATA hard)."""
    exchanges = transcript(notice)
    for n, ex in enumerate(exchanges):
        if not (names(ex.argument, address) or names(ex.reply, address)):
            continue
        if ex.reply[:1] == "4":
            for later in exchanges[n + 1:]:
                said = f"{later.argument} {later.reply}"
                if later.reply[:1] == "5" and ("@" not in said or names(said, address)):
                    return later.command
        break
    return transcript_command(notice, address)
