"""The generic rules' reading read once more, where what stands around the reply says more than its words.

`engine._delivery` asks it only of a reading the generic rules made (no format's, provider's or sender notice's):
each step here needs something the rules never see (our own names, the reporting host, the recipient's address)
and turns one reason into another; none reads the words from scratch. The names are asked lazily: most replies
take none of the steps."""

from __future__ import annotations

from collections.abc import Callable

from classifier import lexicon, ours, reasons, sendmail_lines
from classifier.formats import Fact
from classifier.records import Reason


def read_again(reason: Reason, fact: Fact, *, people: Callable[[], frozenset[str]],
               own_addresses: Callable[[], frozenset[str]], from_inside: Callable[[], bool]) -> Reason:
    """`reason` as the generic rules read `fact`'s reply, read again. `people`: our sender as a person
    (ours.our_people); `own_addresses`: our addresses (ours.own_names' first); `from_inside()`: the
    report comes from a host of the recipient's own domain."""
    if reason is Reason.HASMOVED and fact.diagnostic and (
            plain := ours.without_our_leavers(fact.diagnostic, people)) is not None:
        # "<Name> left <Company>" naming OUR sender (review 72): read again without the name.
        reason = reasons.reason_for(status=fact.status, reply_code=fact.reply_code, diagnostic=plain,
                                    action=fact.action, command=fact.smtp_command)
    if reason is Reason.USERUNKNOWN and fact.diagnostic and lexicon.program_names_another_user(
            fact.diagnostic, fact.address):
        reason = Reason.MAILERERROR  # the program's own account missing ("mail: nobody: no such user", review 86)
    if reason is Reason.FILTERED and fact.diagnostic and sendmail_lines.statusless(fact.status, fact.diagnostic):
        if sendmail_lines.names_recipient_unknown(fact.diagnostic, fact.address):
            reason = Reason.USERUNKNOWN  # sendmail's "<recipient>... User unknown" line (review old36)
        elif sendmail_lines.names_ours_unknown(fact.diagnostic, own_addresses()):
            reason = Reason.REJECTED  # ...naming our sender: the server's check of it (audit 37)
    if reason in reasons.READ_AGAIN_FROM_INSIDE and from_inside():
        reason = reasons.reported_from_inside(reason, fact.diagnostic, remote_reply=bool(fact.remote_mta))
    return reason
