"""The hundred-and-sixty-fifth review's second batch (review_notices165.py holds the first and the layouts): controls
on the mends the first batch led to, written after them and before running them. All HAND-MADE; sources per row.
test_review_notices165.py runs them with the first batch."""

from __future__ import annotations

from tests.classifier.review_notices165 import (FULL, GW_UNDEL, KIM, KIM_N, LEAD, LEAD_N, MS, MS_FAIL, MS_LANG, OW_REJ,
                                                gw, hard, ms, ms_entry, notice, ow, rej, soft)

ROWS: list[tuple] = []

# ---- Second batch (written after the first mends, before running it): controls on them ---------------------------
# explanations.recipients_rejected_stage (InterMail's "recipients ... rejected by a remote mail server" read as RCPT):
# a content refusal and a temporary unknown under the same heading must not turn hard.
AFTER = " (second batch, written after the mends: a control on them)"
ROWS += [
    ow("c-rejected-content", AFTER + " (the remote server refused the CONTENT under the same heading: not hard)",
        OW_REJ + rej(LEAD, "554 5.7.1 Message content rejected by policy"), soft(LEAD)),
    ow("c-rejected-temporarily-unknown", AFTER + " (a 4xx 'temporarily unknown' under the same heading: not hard)",
        OW_REJ + rej(LEAD, f"450 4.1.1 <{LEAD}>: Recipient address temporarily unknown, try again later"),
        soft(LEAD)),
    ow("c-rejected-no-such-user-kim-ok", AFTER + " (two rejected, lead's unknown, kim's a policy refusal)",
        OW_REJ + rej(LEAD, "550 No such user here") + "\n" + rej(KIM, "550 5.7.1 Access denied by policy"),
        hard(LEAD) + soft(KIM), to=f"{LEAD_N}, {KIM_N}"),
]
# older_servers.LOCAL_VERDICTS (GroupWise's post office, InterMail's unknown destination list): our own sender said
# missing, and the words only in a help sentence, must not turn the recipient hard.
ROWS += [
    gw("c-sender-not-in-post-office", AFTER + " (our own account said not found in OUR post office: not the "
        "recipient's absence)", GW_UNDEL + "\tlead (Sender account seller not found in the post office; contact your "
        "administrator)\n", [(LEAD, False, (), "", False)]),
    gw("c-disk-space-server", AFTER + " (the post office's own disk out of space: systemfull, soft)",
        GW_UNDEL + "\tlead (Post office has insufficient disk space)\n", soft(LEAD)),
]
# recipients._labelled_entry's recap "To:" (no recipient in a recap of the original's headers): a recap followed by
# the failed list naming the same address stays hard; a recap whose To names only the delivered one stays clean.
ROWS += [
    ("r165-recap-then-list", MS + AFTER + " (Exchange 2003's recap shape: 'Your message' / To / Subject / Sent, then "
     "'did not reach the following recipient(s):')",
     notice("r165-recap-then-list", f"Your message\n\n  To:      {LEAD}\n  Subject: Quick question\n  Sent:    Thu, 3 "
            f"Dec 2026 10:00:00 +0000\n\ndid not reach the following recipient(s):\n\n{LEAD} on Thu, 3 Dec 2026 "
            f"10:05:00 +0000\n    The e-mail account does not exist at the organization this message was sent to.\n"
            f"    <mail.example.com #5.1.1>\n", to=LEAD), hard(LEAD)),
    ms("recap-two-kim-unknown-lead-full", AFTER + " (the recap names both; each failed for its own reason)",
        MS_FAIL + ms_entry(LEAD, f"552 5.2.2 <{LEAD}>... Mailbox over quota")
        + ms_entry(KIM, f"550 5.1.1 <{KIM}>... User Unknown"), soft(LEAD, FULL) + hard(KIM), to=f"{LEAD_N}, {KIM_N}"),
]
# intros.passed_inline ("Delivered: lead") and DELIVERED_SAID's groupware success sentences: a negated or failed
# heading keeps its name failed; a negated success sentence stays a bounce.
ROWS += [
    gw("c-not-delivered-inline", AFTER + " ('Not delivered: lead' is a failure heading)",
        "Message status report\n\nNot delivered: lead (User not found in post office)\nDelivered: kim\n", hard(LEAD),
        to=f"{LEAD_N}, {KIM_N}"),
    gw("c-delivered-then-failed-inline", AFTER + " ('Delivered, then returned: lead' failed)",
        "Message status report\n\nDelivered, then returned: lead (User not found in post office)\n", hard(LEAD)),
    gw("c-was-not-delivered-following", AFTER + " ('was not delivered to the following:' is a failure)",
        "Message status - Undeliverable\n\nThe message that you sent was not delivered to the following:\n\tlead "
        "(User not found in post office)\n", hard(LEAD)),
    ms("c-de-not-delivered", AFTER + MS_LANG + " (German 'wurde nicht erfolgreich ... zugestellt': a failure)",
        "Ihre Nachricht wurde nicht erfolgreich an die folgenden Empfänger zugestellt:\n\n"
        + ms_entry(LEAD, f"550 5.1.1 <{LEAD}>... User Unknown", "Der Remote-SMTP-Server hat die Adresse abgelehnt",
                    labels=("Empfängeradresse", "Ursprüngliche Adresse", "Grund", "Diagnosecode", "Remote-System")),
        hard(LEAD), lang="de", subject="Zustellungsbenachrichtigung: Zustellung fehlgeschlagen"),
]
