"""Expected readings of the eighth round's notices in fixtures/real/ (branch sendmail8; see its
README, "Sendmail 8.17, eighth round"): Sendmail 8.17.1.9 (Debian 12 `sendmail-bin`) writes every
notice, as the sending MTA (a second sendmail per situation on 127.0.0.N refusing it with one cf
feature or access-db entry), as the MSP (submit.cf) or for its own local deliveries (aliases,
smrsh, procmail). Rows of `test_real_servers.CASES`, plus whose fault each refusal is (taxonomy §7;
checked by test_real_servers_scope.py). Read from Sendmail's words and the taxonomy, never from
the classifier."""

from __future__ import annotations

UU = ("userunknown", True, True)  # (reason, hard_bounce, permanent)

SENDMAIL = {
    # --- FEATURE(`ratecontrol') / FEATURE(`conncontrol'): cf/m4/proto.m4 answers from the Connect
    # ruleset with "$#error $@ 4.3.2 $: _RATE_CONTROL_REPLY Connection rate limit exceeded." and
    # "... _CONN_CONTROL_REPLY Too many open connections."; the reply is 452 by default and 421
    # only with the feature's `terminate' argument (cf/feature/ratecontrol.m4, conncontrol.m4).
    # A connection rate of our client over the receiver's limit: speeding, temporary.
    "sendmail-remote-ratecontrol-delay-warning.eml": (True, {"buyer@rate.test": ("speeding", False, False)}),
    # The same 452 until Timeout.queuereturn: Action failed, Status 4.4.7: the retry period ran out:
    # expired, permanent (as sendmail-connection-refused-expired).
    "sendmail-remote-ratecontrol-expired.eml": (True, {"buyer@rate.test": ("expired", False, True)}),
    # `terminate': "421 4.3.2 Connection rate limit exceeded." in the transcript; the DSN has only
    # Status 4.5.0 and an empty "Diagnostic-Code: SMTP; " (sendmail keeps no reply for a 421 at the
    # greeting): the transcript's words: speeding, temporary.
    "sendmail-remote-ratecontrol-terminate-delay-warning.eml": (True, {"buyer@rate2.test": ("speeding", False, False)}),
    # "452 4.3.2 Too many open connections.": the taxonomy's connection wording: toomanyconn.
    "sendmail-remote-conncontrol-delay-warning.eml": (True, {"lead@conn.test": ("toomanyconn", False, False)}),

    # --- FEATURE(`dnsbl'): its default "550 Rejected: <client_addr> listed at <zone>" (5.7.1): our
    # sending IP on a blocklist: blocked.
    "sendmail-remote-dnsbl.eml": (True, {"lead@dnsbl.test": ("blocked", False, True)}),
    # --- access db, the documented `ERROR:D.S.N:### text' form (cf/README "access database") ---
    # From: entry at MAIL: "550 5.7.1 <sales@bounce-lab.test>... Mail from your address is not
    # accepted here": the envelope sender refused: rejected.
    "sendmail-remote-access-sender-error.eml": (True, {"lead@sender2.test": ("rejected", False, True)}),
    # Connect: entry: "550 5.7.1 Your host is not allowed to connect": our sending host: blocked.
    "sendmail-remote-access-connect-error.eml": (True, {"lead@hostblock2.test": ("blocked", False, True)}),
    # The same two entries written ERROR:"5.7.1:550 ..." (quoted whole, so not the D.S.N:### form
    # proto.m4 splits): sendmail answers its default 553 5.3.0 with the text as written, at MAIL
    # ("553 5.3.0 <sales@...>... 5.7.1:550 Mail from your address is not accepted here"; "553 5.3.0
    # 5.7.1:550 Your host is not allowed to connect"): the words decide, as for the twins above.
    "sendmail-remote-access-sender-error-quoted.eml": (True, {"lead@sender.test": ("rejected", False, True)}),
    "sendmail-remote-access-connect-error-quoted.eml": (True, {"lead@hostblock.test": ("blocked", False, True)}),
    # To: entry with FEATURE(`blocklist_recipients'), REJECT: proto.m4's "550 5.2.1 <rcpt>... Mailbox
    # disabled for this recipient": the mailbox is disabled: suspend (taxonomy: "account disabled";
    # the text overrides plain 5.2.1's filtered), soft.
    "sendmail-remote-access-recipient-reject.eml": (True, {"closed@partner.test": ("suspend", False, True)}),
    # To: entry, ERROR:5.7.1:550 "Mailbox closed by the administrator": a closed (disabled) mailbox:
    # suspend, soft.
    "sendmail-remote-access-recipient-error.eml": (True, {"former@partner.test": ("suspend", False, True)}),
    # FEATURE(`badmx') at MAIL: "550 5.1.2 <sales@bounce-lab.test>... Invalid MX record for host
    # bounce-lab.test": OUR envelope sender's domain was refused (its MX points to 127.0.0.1), not the
    # recipient's domain: rejected, soft (5.1.2 names a bad domain, but the domain is the sender's).
    "sendmail-remote-badmx.eml": (True, {"lead@badmx.test": ("rejected", False, True)}),
    # confMAX_RCPTS_PER_MESSAGE 2: the third RCPT got "452 4.5.3 Too many recipients" (the rest went
    # in a later transaction). RFC 3463 X.5.3 "too many recipients"; the taxonomy lists x.5.3 under
    # toomanyconn: toomanyconn, temporary.
    "sendmail-remote-max-rcpts-delay-warning.eml": (True, {"ops@partner.test": ("toomanyconn", False, False)}),

    # --- the MSP and local delivery ---
    # "554 5.4.6 Too many hops 27 (25 max)": a mail loop by the count of Received: headers; the
    # taxonomy's table puts loops under systemerror.
    "sendmail-msp-too-many-hops.eml": (True, {"lead@partner.test": ("systemerror", False, True)}),
    # ":include:/etc/mail/lists/sales-team.list... Cannot open ...: No such file or directory",
    # 550 5.2.4 (mailing list expansion problem): the recipient system's own alias file points at a
    # missing file, a misconfiguration: systemerror, soft (nothing says the address is bad).
    "sendmail-alias-include-missing.eml": (True, {"incl@bounce-lab.test": ("systemerror", False, True)}),
    # A program alias whose program does not exist: "sh: 1: ...: not found", "554 5.3.0 unknown
    # mailer error 127", X-Unix; 127: the delivery program failed: mailererror.
    "sendmail-alias-program-not-found.eml": (True, {"tickets@bounce-lab.test": ("mailererror", False, True)}),
    # smrsh: '"ticket-import" not available for sendmail programs', "554 5.0.0 Service unavailable"
    # (Status 5.5.0, X-Unix; 69): the delivery program was refused by the restricted shell:
    # mailererror (the pipe failed; nothing about the mailbox or the sender).
    "sendmail-alias-program-smrsh-refused.eml": (True, {"tickets@bounce-lab.test": ("mailererror", False, True)}),
    # procmail exited EX_NOUSER: sendmail's "550 5.1.1 <gone@...>... User unknown", X-Unix; 67.
    "sendmail-procmail-ex-nouser.eml": (True, {"gone@bounce-lab.test": UU}),
    # procmail exited EX_TEMPFAIL: "Deferred: local mailer (/usr/bin/procmail) exited with
    # EX_TEMPFAIL", 4.2.0, X-Unix; 75: the local delivery program failed for now: mailererror.
    "sendmail-procmail-ex-tempfail-delay-warning.eml": (True, {"deferme@bounce-lab.test": ("mailererror", False, False)}),
    # "553 5.1.3 @partner.test... User address required" (Final-Recipient: @partner.test): an
    # address with no mailbox part, bad destination address syntax (5.1.3): userunknown, hard.
    "sendmail-user-address-required-msp.eml": (True, {"@partner.test": UU}),
}

# file: why the classifier disagrees (strict xfail, merged into test_real_servers.DISAGREES).
SENDMAIL_DISAGREES = {
    # Cause vs outcome, as postfix-remote-rate-limited-expired: the final notice after the queue
    # lifetime is read by the cause its last reply names.
    "sendmail-remote-ratecontrol-expired.eml":
        "'452 4.3.2 Connection rate limit exceeded.' with Action failed, Status 4.4.7 after Timeout.queuereturn: "
        "read as speeding (the cause), not expired",
    # As postfix-mail-forwarding-loop: the classifier's wording tables follow sisimai, whose
    # NetworkError list holds "too many hops"; the taxonomy's table lists mail loops under systemerror.
    "sendmail-msp-too-many-hops.eml":
        "'554 5.4.6 Too many hops 27 (25 max)' read as networkerror (sisimai's NetworkError wording); the "
        "taxonomy's table puts mail loops under systemerror",
    # The DSN has no Diagnostic-Code; the failed address Sendmail lists is the :include: path with
    # "(expanded from: <incl@...>)" under it, and the words are in the transcript, on the path's
    # line. The classifier takes ")" (the rest of the expanded-from line) as the diagnostic and
    # falls back on 5.2.4's default, filtered. Left: linking the transcript line to the alias is a
    # change to formats/dsn.py's text search, not a wording rule.
    "sendmail-alias-include-missing.eml":
        "no Diagnostic-Code; the transcript's 'Cannot open ... No such file or directory' sits under the "
        ":include: path, so only 5.2.4 (filtered by default) is read; the words name a misconfiguration",
    # Judgement: the only Final-Recipient is "@partner.test", no mailbox at all. The classifier keeps
    # no delivery without a local part and so calls the notice no bounce; the server says a
    # recipient failed (5.1.3). No contact has that address, so nobody is unenrolled either way.
    "sendmail-user-address-required-msp.eml":
        "Final-Recipient '@partner.test' has no local part: the classifier keeps no delivery and reads the "
        "notice as no bounce (is_bounce False); Sendmail says 553 5.1.3 'User address required'",
}

# Rows the classifier reads as no bounce at all (so no returned Message-ID either): the same strict xfail
# in test_real_servers' Message-ID test.
READ_AS_NO_BOUNCE = frozenset({"sendmail-user-address-required-msp.eml"})

S, RC = "sender", "recipient"
# file: {failed recipient: scope}: our client's rate, connections, IP, HELO-less host entry, envelope
# sender, sender domain's MX and message shape are the sender's side; a disabled mailbox, the
# recipient system's aliases and local delivery the recipient's.
SENDMAIL_SCOPE = {
    "sendmail-remote-ratecontrol-delay-warning.eml": {"buyer@rate.test": S},
    "sendmail-remote-ratecontrol-expired.eml": {"buyer@rate.test": S},
    "sendmail-remote-ratecontrol-terminate-delay-warning.eml": {"buyer@rate2.test": S},
    "sendmail-remote-conncontrol-delay-warning.eml": {"lead@conn.test": S},
    "sendmail-remote-dnsbl.eml": {"lead@dnsbl.test": S},
    "sendmail-remote-access-sender-error.eml": {"lead@sender2.test": S},
    "sendmail-remote-access-connect-error.eml": {"lead@hostblock2.test": S},
    "sendmail-remote-access-sender-error-quoted.eml": {"lead@sender.test": S},
    "sendmail-remote-access-connect-error-quoted.eml": {"lead@hostblock.test": S},
    "sendmail-remote-access-recipient-reject.eml": {"closed@partner.test": RC},
    "sendmail-remote-access-recipient-error.eml": {"former@partner.test": RC},
    "sendmail-remote-badmx.eml": {"lead@badmx.test": S},
    "sendmail-remote-max-rcpts-delay-warning.eml": {"ops@partner.test": S},
    "sendmail-alias-include-missing.eml": {"incl@bounce-lab.test": RC},
    "sendmail-alias-program-not-found.eml": {"tickets@bounce-lab.test": RC},
    "sendmail-alias-program-smrsh-refused.eml": {"tickets@bounce-lab.test": RC},
    "sendmail-procmail-ex-nouser.eml": {"gone@bounce-lab.test": RC},
    "sendmail-procmail-ex-tempfail-delay-warning.eml": {"deferme@bounce-lab.test": RC},
}
