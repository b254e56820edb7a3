"""Lists 63, third batch (written after the second run, expectations committed before it runs): aliases and lists
failing in the words their own programs write: sendmail's alias loop, qmail-local's Delivered-To loop, Mailman 2's
mail wrapper refused by the MTA's group (its 'Group mismatch error'), and Postfix's reject_unverified_recipient
refusing the prospect's alias at RCPT because the forward target's host said no such user (the prospect's own
address then fails: hard), with a removed list alias under sendmail as the hard control."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, hard, pf_remote, soft
from tests.classifier.review_holdout50_layouts import POSTFIX_SRC, QMAIL_SRC, postfix, qmail
from tests.classifier.review_multi57_layouts import SENDMAIL_SRC, block, sendmail

P = "d.mensah@quarrybrook-supply.com"
T2 = "d.mensah@quarrybrook-old.example"
LST = "lists.harbourline-logistics.com"
SM_LOOP = "sendmail alias.c ('aliasing/forwarding loop broken (%d aliases deep; %d max)', status 5.4.6)"
SM_UNKNOWN = "sendmail's own '550 5.1.1 <%s>... User unknown' (parseaddr / local mailer, no alias left)"
QM_LOOP = "qmail-local.c ('This message is looping: it already has my Delivered-To line. (#5.4.6)')"
MM2_GID = ("GNU Mailman 2.1 src/common.c check_caller ('Group mismatch error.  Mailman expected the %s wrapper script "
           "to be executed as group \"%s\", but the system's %s server executed the %s script as group \"%s\".'); "
           "Postfix local(8) 'Command died with status %d: \"%s\". Command output: %s'")
PF_UNVERIFIED = ("Postfix smtpd_check.c reject_unverified_recipient ('Recipient address rejected: undeliverable "
                 "address: %s', the address verification's own reason, unverified_recipient_reject_code 450/550)")

THIRD_ROWS = [
    ("l63c-sm-alias-loop", f"{SENDMAIL_SRC}; {SM_LOOP}",
     sendmail("d1", fatal=[(P, f"554 5.4.6 {P}... aliasing/forwarding loop broken (11 aliases deep; 10 max)", None)],
              transcript=f"554 5.4.6 {P}... aliasing/forwarding loop broken (11 aliases deep; 10 max)\n",
              blocks=[block(P, "failed", "5.4.6", f"554 5.4.6 {P}... aliasing/forwarding loop broken (11 aliases "
                            "deep; 10 max)")], orig_to=P, host="mail.quarrybrook-supply.com"), soft(P, (), ANY)),
    ("l63c-qmail-delivered-to-loop", f"{QMAIL_SRC}; {QM_LOOP}",
     qmail("d2", P, detail="This message is looping: it already has my Delivered-To line. (#5.4.6)",
           host="mail.quarrybrook-supply.com"), soft(P, (), ANY)),
    ("l63c-pf-mailman2-group-mismatch", f"{POSTFIX_SRC}; {MM2_GID}",
     postfix("d3", f"sales@{LST}", reason="Command died with status 2: \"/usr/lib/mailman/mail/mailman post sales\". "
             "Command output: Group mismatch error.  Mailman expected the mail wrapper script to be executed as group "
             "\"list\", but the system's mail server executed the mail script as group \"nobody\".  Try tweaking the "
             "mail server to run the script as group \"list\", or re-run configure,  providing the command line option "
             "`--with-mail-gid=nobody'.", status="5.3.0", remote=None, host=LST), soft(f"sales@{LST}", (), ANY)),
    ("l63c-pf-unverified-alias-target-unknown", f"{POSTFIX_SRC}; {PF_UNVERIFIED}",
     pf_remote("d4", P, f"550 5.1.1 <{P}>: Recipient address rejected: undeliverable address: host "
               f"mx.quarrybrook-old.example[203.0.113.5] said: 550 5.1.1 <{T2}>: Recipient address rejected: User "
               "unknown in virtual mailbox table (in reply to RCPT TO command)", "5.1.1", "mx.quarrybrook-supply.com"),
     hard(P)),
    ("l63c-pf-unverified-alias-target-deferred", f"{POSTFIX_SRC}; {PF_UNVERIFIED} (the verification itself deferred)",
     pf_remote("d5", P, f"450 4.1.1 <{P}>: Recipient address rejected: unverified address: host "
               "mx.quarrybrook-old.example[203.0.113.5] said: 451 4.3.0 Temporary lookup failure (in reply to RCPT "
               "TO command)", "4.1.1", "mx.quarrybrook-supply.com", action="delayed"), [(P, False, (), ANY, True)]),
    ("l63c-sm-removed-list-alias-control", f"{SENDMAIL_SRC}; {SM_UNKNOWN}",
     sendmail("d6", fatal=[(f"fleet@{LST}", f"550 5.1.1 <fleet@{LST}>... User unknown", None)],
              transcript=f"... while talking to {LST}.:\n>>> RCPT To:<fleet@{LST}>\n<<< 550 5.1.1 <fleet@{LST}>... "
              f"User unknown\n550 5.1.1 <fleet@{LST}>... User unknown\n",
              blocks=[block(f"fleet@{LST}", "failed", "5.1.1", f"550 5.1.1 <fleet@{LST}>... User unknown", remote=LST)],
              orig_to=f"fleet@{LST}"), hard(f"fleet@{LST}")),
]

ROWS = THIRD_ROWS
