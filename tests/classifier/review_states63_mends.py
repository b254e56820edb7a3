"""States 63's mends, each with rows that failed before it (run failing first, with the mend reverted) and controls
that read the same before and after (tests/classifier/test_review_states63.py runs them with the measurement).

1. Exchange Online's "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException" is OUR
   mailbox's sending quota under a "mailbox full" lead (it read mailboxfull, the recipient's scope): the exception's
   name is the sender's quota in classifier/wordings.SENDER_QUOTA (any notice: the Exchange 2010 row and the
   measurement's Exchange Online row) and a speeding rule before "quotaexceeded" in classifier/remote/microsoft.py
   (a reply from a Microsoft host: the smarthost row). Controls: the recipient's own full
   mailbox in the same STOREDRV shape (Deliver, QuotaExceededException), Dovecot's "Quota exceeded (mailbox for user is
   full)".
2. classifier/phrases.py's suspend words take "blocked / locked / disabled / suspended for inactivity" (a mailbox
   stopped for disuse; "blocked for inactivity" read filtered). Controls: a connection closed for inactivity (a
   timeout, temporary), our own login locked for inactivity, a message blocked for its content."""

from __future__ import annotations

from tests.classifier.review_holdout50 import FULL, S, SUSP, ex_remote, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC, SENDMAIL_SRC, sendmail
from tests.classifier.review_holdout51_layouts import EX2007_SRC, exch2007
from tests.classifier.review_states63 import EXO_522, EXO_TAB, GINACT

SUBMIT = ("554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process "
          "message due to a permanent exception with message Cannot submit message.")
SUBMIT_SRC = f"{EXO_TAB} (5.2.2 submission quota: the sender's limit of recipients per day, by its exception's name)"
IDLE = "Postfix src/smtpd/smtpd.c / Exim smtp_in.c idle timeouts (the connection dropped after no command: temporary)"
MS_LOCK = "Microsoft SMTP AUTH client submission (535 5.7.x: the signing-in account refused; ours)"

ROWS = [
    ("st63m-postfix-o365-submission-quota", f"{POSTFIX_SRC} (our smarthost smtp.office365.com); {SUBMIT_SRC}",
     pf_remote("m1", "procure@delta-kran.de", SUBMIT, "5.2.2", "smtp.office365.com", command="end of DATA"),
     soft("procure@delta-kran.de", (), S)),
    ("st63m-exch2010-submission-quota", f"{EX2007_SRC}; {SUBMIT_SRC} (Exchange 2010's transport, its own user)",
     exch2007("m2", "t.lund@nordvik-shipping.no", explain="Your message wasn't delivered because you've exceeded "
              "your sending limit.", diag=SUBMIT, status="5.2.2"), soft("t.lund@nordvik-shipping.no", (), S)),
    ("st63m-ctl-postfix-storedrv-deliver-full", f"{POSTFIX_SRC}; {EXO_522} (the recipient's mailbox: Deliver)",
     pf_remote("m3", "a.ruiz@contoso-freight.com", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceeded"
               "Exception.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
               "5.2.2", "contoso-freight-com.mail.protection.outlook.com", command="end of DATA"),
     soft("a.ruiz@contoso-freight.com", FULL)),
    ("st63m-ctl-exim-dovecot-quota-full", f"{EXIM_SRC}; Dovecot LDA/LMTP quota_exceeded_message default",
     ex_remote("m4", "s.berg@fjordline-tech.no", "552 5.2.2 <s.berg@fjordline-tech.no> Quota exceeded (mailbox for "
               "user is full)", "mail.fjordline-tech.no", command="end of data"), soft("s.berg@fjordline-tech.no", FULL)),
    ("st63m-exim-recipient-blocked-for-inactivity", f"{EXIM_SRC}; composed after {GINACT}",
     ex_remote("m5", "d.hughes@pinewood-estates.co.uk", "550 5.7.1 <d.hughes@pinewood-estates.co.uk>: recipient "
               "blocked for inactivity (no login for 24 months)", "mx.pinewood-estates.co.uk"),
     soft("d.hughes@pinewood-estates.co.uk", SUSP)),
    ("st63m-sendmail-address-locked-for-inactivity", f"{SENDMAIL_SRC}; composed after {GINACT}",
     sendmail("m6", "info@kastanje-bouw.nl", remote="mx.kastanje-bouw.nl", status="5.0.0",
              rcpt_reply="550 <info@kastanje-bouw.nl>... This address was locked for inactivity"),
     soft("info@kastanje-bouw.nl", SUSP)),
    ("st63m-ctl-postfix-connection-idle-delay", f"{POSTFIX_SRC} (delay warning); {IDLE}",
     pf_remote("m7", "r.kaur@maple-dental.ca", "421 4.4.2 mx.maple-dental.ca Error: connection closed for inactivity",
               "4.4.2", "mx.maple-dental.ca", action="delayed"), later("r.kaur@maple-dental.ca")),
    ("st63m-ctl-postfix-our-login-locked-for-inactivity", f"{POSTFIX_SRC} (our relay's login); {MS_LOCK}",
     pf_remote("m8", "hr@solstice-travel.ie", "535 5.7.8 Authentication failed: your account was locked for "
               "inactivity, contact your administrator", "5.7.8", "smtp.example-relay.net", command="MAIL FROM"),
     soft("hr@solstice-travel.ie", (), S)),
    ("st63m-ctl-exim-message-blocked-content", f"{EXIM_SRC}; spam-verdict wording (a message blocked for its content)",
     ex_remote("m9", "c.dunne@solstice-travel.ie", "550 5.7.1 Message blocked for suspicious content",
               "mx.solstice-travel.ie", command="end of data"), soft("c.dunne@solstice-travel.ie")),
]
