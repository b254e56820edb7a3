"""Lists 63, second part: aliases, .forward, SRS, procmail / Sieve and catch-all relays (see review_lists63.py for the
aim and the census). The failed recipient of an expanded alias or forward is the target the notice names (its
Final-Recipient / X-Failed-Recipients); the prospect's own address is a recipient only where it fails itself (an
unknown local part, a forwarding loop, a delivery program's failure, its own Sieve reject). Expectations committed
before the first run."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, UU, ex_remote, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import POSTFIX_SRC, SELLER, exim as exim1, postfix as postfix1
from tests.classifier.review_lists63_layouts import (EX_LOCAL, EX_PARENT, GMAIL_FWD_AUTH, PF_EXP, PF_LOCAL, PF_RELAY,
                                                     SIEVE_REJ, SRS, sieve_reject)
from tests.classifier.review_multi57_layouts import (EXIM_SRC, SENDMAIL_SRC, block, exim, exim_entry, postfix, report,
                                                     sendmail)

P = "d.mensah@quarrybrook-supply.com"       # the prospect's address, an alias / forward
T = "dmensah.home@fastmail.example"         # its forward target elsewhere
T2 = "d.mensah@quarrybrook-old.example"     # a forward target at a former domain
G = "sales@quarrybrook-supply.com"          # a group alias expanded to people
UU550 = "550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table"
NOSUCH_G = ("550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 "
            "double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more "
            "information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser x9si123.7 - gsmtp")
DMARC = ("550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires "
         "all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication results: 550-5.7.26 "
         "DKIM = did not pass 550-5.7.26 SPF [example.com] with ip: [203.0.113.9] = did not pass 550 5.7.26 "
         "https://support.google.com/mail/answer/81126#authentication x9si123.8 - gsmtp")


def said(mx: str, reply: str) -> str:
    return f"host {mx}[203.0.113.5] said: {reply} (in reply to RCPT TO command)"


def one(rid, final, orcpt, reply, status, mx, action="failed"):
    first = reply.split(" (in reply")[0]
    return postfix(rid, [(final, orcpt, said(mx, reply), action, status, mx, first)], orig_to=orcpt,
                   delay=action == "delayed")


FORWARD_ROWS = [
    # Postfix: an alias / .forward expanded to a target elsewhere; the target is the failed recipient.
    ("l63-pf-forward-target-gmail-nosuchuser", PF_EXP,
     one("f1", "d.mensah.qb@gmail.com", P, NOSUCH_G, "5.1.1", "gmail-smtp-in.l.google.com"),
     hard("d.mensah.qb@gmail.com")),
    ("l63-pf-forward-target-full", PF_EXP,
     one("f2", T, P, f"552 5.2.2 <{T}>: Recipient address rejected: Mailbox full", "5.2.2", "in1-smtp.fastmail.example"),
     soft(T, ("mailboxfull",), ANY)),
    ("l63-pf-forward-target-domain-gone", f"{PF_EXP}; Postfix smtp(8) 'Host or domain name not found'",
     postfix("f3", [(T2, P, "Host or domain name not found. Name service error for name=quarrybrook-old.example "
                     "type=MX: Host not found", "failed", "5.4.4", None, None)], orig_to=P), [(T2, True, ("hostunknown",), "recipient", False)]),
    ("l63-pf-forward-target-dmarc-after-forward", f"{PF_EXP}; {GMAIL_FWD_AUTH}",
     one("f4", "d.mensah.qb@gmail.com", P, DMARC, "5.7.26", "gmail-smtp-in.l.google.com"),
     soft("d.mensah.qb@gmail.com", (), ANY)),
    ("l63-pf-forward-target-disabled", f"{PF_EXP}; Google 'Gmail SMTP errors' 550-5.2.1 (account disabled)",
     one("f5", "dm.quarry@gmail.com", P, "550-5.2.1 The email account that you tried to reach is disabled. 550 5.2.1 "
         "https://support.google.com/mail/?p=DisabledUser x9si123.9 - gsmtp", "5.2.1", "gmail-smtp-in.l.google.com"),
     soft("dm.quarry@gmail.com", (), ANY)),
    ("l63-pf-group-alias-two-members-one-fails", f"{PF_EXP} (a group alias expanded to people: one unknown, one full)",
     postfix("f6", [("k.lind@quarrybrook-supply.com", G, said("lmtp.quarrybrook-supply.com", UU550.format(
         a="k.lind@quarrybrook-supply.com")), "failed", "5.1.1", "lmtp.quarrybrook-supply.com",
         UU550.format(a="k.lind@quarrybrook-supply.com")),
         ("r.ode@quarrybrook-supply.com", G, said("lmtp.quarrybrook-supply.com", "452 4.2.2 <r.ode@quarrybrook-supply."
          "com>: Mailbox full"), "failed", "4.2.2", "lmtp.quarrybrook-supply.com",
          "452 4.2.2 <r.ode@quarrybrook-supply.com>: Mailbox full")], orig_to=G),
     hard("k.lind@quarrybrook-supply.com") + soft("r.ode@quarrybrook-supply.com", ("mailboxfull",), ANY)),
    ("l63-pf-forward-target-delay", PF_EXP,
     one("f7", T, P, "451 4.3.0 <" + T + ">: Temporary lookup failure", "4.3.0", "in1-smtp.fastmail.example",
         action="delayed"), later(T)),
    # The prospect's own address failing at its forwarder: a loop, a delivery program (procmail), an unknown part.
    ("l63-pf-local-forwarding-loop", PF_LOCAL,
     postfix1("f8", P, reason=f"mail forwarding loop for {P}", status="5.4.6", remote=None), soft(P, (), ANY)),
    ("l63-pf-procmail-cantcreat", PF_LOCAL,
     postfix1("f9", P, reason="Command died with status 73: \"/usr/bin/procmail\". Command output: procmail: Couldn't "
              "create \"/var/spool/mail/dmensah\"", status="5.3.0", remote=None), soft(P, (), ANY)),
    ("l63-pf-local-unknown-user-control", PF_LOCAL,
     postfix1("f10", "j.ferro@quarrybrook-supply.com", reason="unknown user: \"j.ferro\"", status="5.1.1", remote=None),
     hard("j.ferro@quarrybrook-supply.com")),
    # sendmail: '(expanded from: <alias>)' under the target's failure.
    ("l63-sm-expanded-target-unknown", f"{SENDMAIL_SRC} ('    (expanded from: <alias>)')",
     sendmail("f11", fatal=[(T2, f"550 5.1.1 <{T2}>... User unknown", P)],
              transcript=f"... while talking to mx.quarrybrook-old.example.:\n>>> RCPT To:<{T2}>\n<<< 550 5.1.1 <{T2}>"
              f"... User unknown\n550 5.1.1 <{T2}>... User unknown\n",
              blocks=[block(T2, "failed", "5.1.1", f"550 5.1.1 <{T2}>... User unknown",
                            remote="mx.quarrybrook-old.example", orcpt=P)], orig_to=P), hard(T2)),
    ("l63-sm-expanded-target-spam", f"{SENDMAIL_SRC}; the target's filter refusing the forwarded copy as spam",
     sendmail("f12", fatal=[(T, "554 5.7.1 Message rejected as spam", P)],
              transcript="... while talking to in1-smtp.fastmail.example.:\n>>> DATA\n<<< 554 5.7.1 Message rejected as "
              "spam\n554 5.7.1 Message rejected as spam\n",
              blocks=[block(T, "failed", "5.7.1", "554 5.7.1 Message rejected as spam",
                            remote="in1-smtp.fastmail.example", orcpt=P)], orig_to=P), soft(T, (), ANY)),
    # Exim: the redirect router's child fails; the parent is named under it.
    ("l63-exim-arrow-target-unknown", EX_PARENT,
     exim("f13", [(T2, exim_entry(T2, "host mx.quarrybrook-old.example [203.0.113.5]\nSMTP error from remote mail "
                                  f"server after RCPT TO:<{T2}>:\n550 5.1.1 <{T2}>: User unknown", parent=P,
                                  arrow=True))], failed=[T2], orig_to=P), hard(T2)),
    ("l63-exim-generated-from-target-full", EX_PARENT,
     exim("f14", [(T, exim_entry(T, "host in1-smtp.fastmail.example [203.0.113.6]\nSMTP error from remote mail server "
                                 f"after RCPT TO:<{T}>:\n552 5.2.2 <{T}>: Mailbox full", parent=P))],
          failed=[T], orig_to=P), soft(T, ("mailboxfull",), ANY)),
    ("l63-exim-arrow-target-dmarc", f"{EX_PARENT}; {GMAIL_FWD_AUTH}",
     exim("f15", [("d.mensah.qb@gmail.com", exim_entry("d.mensah.qb@gmail.com", "host gmail-smtp-in.l.google.com "
                   "[142.250.27.26]\nSMTP error from remote mail server after end of data:\n" + DMARC, parent=P,
                   arrow=True))], failed=["d.mensah.qb@gmail.com"], orig_to=P),
     soft("d.mensah.qb@gmail.com", (), ANY)),
    ("l63-exim-unrouteable-own-address", EX_LOCAL,
     exim1("f16", "p.quist@quarrybrook-supply.com", detail="Unrouteable address"), hard("p.quist@quarrybrook-supply.com")),
    ("l63-exim-mail-loop-own-address", EX_LOCAL,
     exim1("f17", P, detail="Too many \"Received\" headers - suspected mail loop"), soft(P, (), ANY)),
    ("l63-exim-pipe-procmail", EX_LOCAL,
     exim1("f18", P, detail="Child process of procmail_pipe transport returned 73 (could mean unable to create output "
           "file) from command:\n      /usr/bin/procmail"), soft(P, (), ANY)),
    # SRS: the target's host bounces to the forwarder's SRS0 address, which hands the report back to us.
    ("l63-srs-target-unknown-relayed-back", SRS,
     report("f19", frm="MAILER-DAEMON@in1-smtp.fastmail.example (Mail Delivery System)",
            to="SRS0=Hq3c=TT=example.com=seller@fwd.quarrybrook-supply.com", subject="Undelivered Mail Returned to "
            "Sender", text="This is the mail system at host in1-smtp.fastmail.example.\n\nI'm sorry to have to inform "
            "you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            f"                   The mail system\n\n<{T}>: host lmtp.fastmail.example[10.2.0.4] said: 550 5.1.1 "
            f"<{T}>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n",
            reporting="in1-smtp.fastmail.example",
            blocks=[block(T, "failed", "5.1.1", f"550 5.1.1 <{T}>: Recipient address rejected: User unknown",
                          remote="lmtp.fastmail.example", orcpt=P)], orig_to=P, sender=SELLER,
            headers="X-Original-To: SRS0=Hq3c=TT=example.com=seller@fwd.quarrybrook-supply.com\nDelivered-To: "
            f"{SELLER}\n"), hard(T)),
    # A recipient's own Sieve 'reject': the prospect lives and refused this mail.
    ("l63-sieve-reject-prospect", SIEVE_REJ,
     sieve_reject("f20", P, "I do not accept unsolicited sales email at this address."), soft(P, (), ANY)),
    # A catch-all relay in front of the real mail store.
    ("l63-pf-catchall-relay-backend-unknown", f"{POSTFIX_SRC}; {PF_RELAY}",
     pf_remote("f21", "m.okafor@quarrybrook-supply.com", "550 5.1.1 <m.okafor@quarrybrook-supply.com>: Recipient "
               "address rejected: User unknown in local recipient table", "5.1.1", "store.quarrybrook-supply.com"),
     hard("m.okafor@quarrybrook-supply.com")),
    ("l63-pf-catchall-relay-backend-timeout", f"{POSTFIX_SRC}; {PF_RELAY}",
     postfix1("f22", "a.berg@quarrybrook-supply.com", reason="connect to store.quarrybrook-supply.com[10.1.2.3]:25: "
              "Connection timed out", status="4.4.1", remote=None, action="delayed"),
     later("a.berg@quarrybrook-supply.com")),
    ("l63-exim-forward-target-remote-550-control", f"{EXIM_SRC} (a forward at the hosting's Exim, the target only)",
     ex_remote("f23", T2, f"550 5.1.1 <{T2}>: Recipient address rejected: User unknown", "mx.quarrybrook-old.example"),
     [(T2, True, UU, "recipient", False)]),
]

ROWS = FORWARD_ROWS
