"""Expected readings of the nineteenth round's notices in fixtures/real/ (branch real19; see its README,
"Nineteenth round"): smtp-server 3.21.7 (npm, nodemailer's) as the RECEIVING server behind Postfix 3.7.11 with its
built-in replies not taken before (a malformed recipient address, too many connected clients, too many recipients,
a handler that throws); python-slimta 5.0.5 (PyPI) as a receiving edge (its own size refusal) and as a SENDING MTA
whose queue writes its OWN bounces (slimta.bounce.Bounce: "Delivery failed for:", "Destination host responded:", a
delivery-status part with no Final-Recipient, Action or Status; " (Too many retries)" appended by the queue when
its backoff gives up); and Schleuder 4.0.3 (Debian's encrypting list manager) as a Postfix pipe(8) transport
refusing posts in its own words (locales/en.yml). Rows of `test_real_servers.CASES` and whose fault each refusal
is (taxonomy §7). Written from the servers' words, their sources and the taxonomy BEFORE the classifier was run on
the files."""

from __future__ import annotations

UU = ("userunknown", True, True)
EXPIRED = ("expired", False, True)
TOO_BIG = ("mesgtoobig", False, True)
# A list's rule refused the post after receiving it, for who sent it (taxonomy: filtered, "refused after DATA or by
# a recipient-side filter"; real_cases_round15's LIST_RULE for Sympa's same refusals), soft.
LIST_RULE = ("filtered", False, True)
# A security requirement the message did not meet (taxonomy: securityerror, "a security or authentication
# requirement was not met"): the list takes only OpenPGP-encrypted, or only OpenPGP-signed, posts.
OPENPGP = ("securityerror", False, True)

ROUND19 = {
    # --- smtp-server 3.21.7 (npm) behind Postfix 3.7.11 ("host ... said: ... (in reply to X command)"; its replies
    # carry no enhanced code except where it adds one itself) ---
    # Default (strict since 3.16) address parsing: smtp-connection.js _parseAddressCommand refuses a local part
    # with consecutive dots, and handler_RCPT answers "501 Error: Bad recipient address syntax"
    # (MAILBOX_SYNTAX_ERROR); Postfix sent the CRM's lead..smith@ quoted, as RFC 5321 asks ("lead..smith"@), Status
    # 5.0.0. The words are RFC 3463 X.1.3's ("Bad destination mailbox address syntax"), which the taxonomy maps to
    # userunknown: the site will never take this address as written (the judgement of round 9's
    # exim-remote-restricted-characters): userunknown, hard. The recipient as the sender wrote it
    # (Original-Recipient, RFC 3464 §2.3.1, the address a CRM holds).
    "smtp-server-recipient-address-syntax.eml": (True, {"lead..smith@nodesyntax.test": UU}),
    # maxClients 1, another client's session held open: the greeting "421 mx.nodebusy.test Too many connected
    # clients, try again in a moment" (smtp-connection.js connectionReady), Postfix "refused to talk to me",
    # Status 4.0.0: the receiver's concurrency limit: toomanyconn (taxonomy: "too many connections / concurrency
    # limit"), temporary; then Action: failed at the queue lifetime: expired (the standing judgement of a
    # transient cause's expiry: postfix-remote-rate-limited-expired, round 18's Twisted 451).
    "smtp-server-too-many-clients-delay-warning.eml": (True, {"lead@nodebusy.test": ("toomanyconn", False, False)}),
    "smtp-server-too-many-clients-expired.eml": (True, {"lead@nodebusy.test": EXPIRED}),
    # An onRcptTo handler that throws (a bug in the service built on smtp-server): the command runner catches it and
    # answers "451 Error: internal server error" at RCPT: the receiver's own failure: systemerror, temporary; then
    # expired at the queue lifetime (as above).
    "smtp-server-internal-server-error-delay-warning.eml": (True, {"lead@nodebug.test": ("systemerror", False, False)}),
    "smtp-server-internal-server-error-expired.eml": (True, {"lead@nodebug.test": EXPIRED}),
    # maxRecipients 1, four recipients in one message: every RCPT after the first of a transaction gets "452 Error:
    # too many recipients" (TOO_MANY_RECIPIENTS); Postfix sent the rest in later sessions, one each, and lead@ was
    # still waiting at the warning (delivered later, no final notice). Sendmail's "452 4.5.3 Too many recipients"
    # is toomanyconn in real_cases_sendmail (the taxonomy lists x.5.3 there): toomanyconn, temporary.
    "smtp-server-too-many-recipients-delay-warning.eml": (True, {"lead@node-rcpt.test": ("toomanyconn", False, False)}),
    # --- python-slimta 5.0.5 as the receiving edge (SmtpEdge max_size=20000) behind Postfix without SIZE ---
    # edge/smtp.py HAVE_DATA: MessageTooBig -> "552 5.3.4 Message exceeded size limit" after end of DATA, Status
    # 5.3.4: mesgtoobig.
    "slimta-edge-message-too-big.eml": (True, {"lead@slimbig.test": TOO_BIG}),
    # --- python-slimta 5.0.5's own bounces (queue/__init__.py _perm_fail -> bounce_factory = slimta.bounce.Bounce:
    # "Subject: Undelivered Mail Returned to Sender", "Delivery failed for:\n- <addresses>", "Destination host
    # responded:\n<code> <message>", Remote-MTA and Diagnostic-Code only; delivered through our Postfix). Every one
    # is final: slimta deletes the message once it bounces (_perm_fail, _retry_later) ---
    # The next hop (a Postfix smtpd) refused at RCPT: "550 5.1.1 <ghost@partner.test>: Recipient address rejected:
    # User unknown in relay recipient table": userunknown, hard.
    "slimta-own-bounce-recipient-unknown.eml": (True, {"ghost@partner.test": UU}),
    # ghost@, lead@ and nobody@partner.test in one message: lead@ delivered, the two refusals differ in their
    # address so the queue's _split_by_reply sends one bounce per reply; this one names only ghost@.
    "slimta-own-bounce-mixed-recipients.eml": (True, {"ghost@partner.test": UU}),
    # The next hop deferred every try ("450 4.7.1 <busy@partner.test>: Recipient address rejected: Mailbox busy, try
    # again later") until the backoff gave up: _retry_later appends " (Too many retries)" and bounces: the retries
    # ran out, delivery given up (taxonomy: expired, "the retry period ran out"; as Exim's "retry timeout
    # exceeded"), permanent (the message is gone).
    "slimta-own-bounce-deferred-too-many-retries.eml": (True, {"busy@partner.test": EXPIRED}),
    # Nothing listening at the next hop: smtp/reply.py's connection_failed, "451 4.3.0 Connection failed (Too many
    # retries)": expired, permanent (the same); both recipients of the second file share the one reply.
    "slimta-own-bounce-connection-failed.eml": (True, {"lead@dead.test": EXPIRED}),
    "slimta-own-bounce-connection-failed-two-recipients.eml": (True, {"lead@dead.test": EXPIRED,
                                                                      "buyer@dead.test": EXPIRED}),
    # The next hop (smtp-server, size 20000) refused slimta's MAIL FROM with SIZE=: "552 5.0.0 Error: message
    # exceeds fixed maximum message size 20000": mesgtoobig.
    "slimta-own-bounce-message-too-big.eml": (True, {"big@nodebig.test": TOO_BIG}),
    # --- Schleuder 4.0.3 behind Postfix's pipe(8) ("Command died with status 1: "/usr/bin/schleuder". Command
    # output: Error: <text>  Kind regards, Your Schleuder system.", Status 5.3.0, Diagnostic-Code x-unix): cli.rb
    # `work` calls Thor's fatal with the error Runner returned; the texts are locales/en.yml's errors.* ---
    # errors.list_not_found, "No list found with this address: 'nolist@lists.test'": the address does not exist
    # (as sympa-list-unknown): userunknown, hard.
    "schleuder-no-list.eml": (True, {"nolist@lists.test": UU}),
    # errors.message_sender_not_subscribed (receive_from_subscribed_emailaddresses_only), "Only subscribed addresses
    # may send messages to this address.": the list's rule about who sent it (as sympa-send-private-not-subscriber).
    "schleuder-subscribers-only.eml": (True, {"members@lists.test": LIST_RULE}),
    # errors.message_not_from_admin (receive_admin_only), "Only admins may send messages to this address.": the
    # same kind of rule (as sympa-send-closed, a list nobody outside may post to).
    "schleuder-admins-only.eml": (True, {"admins@lists.test": LIST_RULE}),
    # errors.message_unencrypted (receive_encrypted_only), "Messages to this address must be encrypted conforming
    # to OpenPGP.", and errors.message_unsigned (receive_signed_only), "Messages to this address must be
    # OpenPGP-signed.": securityerror.
    "schleuder-encrypted-only.eml": (True, {"team@lists.test": OPENPGP}),
    "schleuder-signed-only.eml": (True, {"signed@lists.test": OPENPGP}),
    # errors.message_too_big (max_message_size_kb: 10), "Your message was too big. Allowed are up to 10KB.":
    # mesgtoobig (no 5.2.3 here, unlike Sympa's max_size notice, which the taxonomy's code made exceedlimit).
    "schleuder-message-too-big.eml": (True, {"small@lists.test": TOO_BIG}),
}

# file: why the classifier disagrees (strict xfails; a fix XPASSes). First run (before any mend): 6 of 19 right.
# Mended this round (test_real_round19.py): smtp-server's "Bad recipient address syntax" (filtered: Postfix's text
# names the quoted "lead..smith"@, so the reply's RCPT stage was lost; formats/dsn.lines_about now finds the
# quoted form, and mta_wordings' "bad recipient address" reads it at RCPT); its "Too many connected clients" (read
# expired, the fallback for a delay) in classifier/smtp_server_wordings.py; slimta's " (Too many retries)" (onhold, temporary) as expired and final in
# classifier/slimta_wordings.py; Schleuder's catalog verdicts (mailererror, all six) in
# classifier/schleuder_wordings.py, read by reasons._x_unix. Left, each a standing judgement:
_CAUSE = ("'{text}' with Action: failed after the queue lifetime: read as {got} (the cause its last reply names), not "
          "expired: the standing cause-vs-outcome judgement (postfix-remote-rate-limited-expired, round 18's Twisted "
          "451); soft and permanent either way")
ROUND19_DISAGREES = {
    "smtp-server-too-many-clients-expired.eml": _CAUSE.format(
        text="refused to talk to me: 421 ... Too many connected clients, try again in a moment", got="toomanyconn"),
    "smtp-server-internal-server-error-expired.eml": _CAUSE.format(text="451 Error: internal server error",
                                                                   got="systemerror"),
    "slimta-own-bounce-deferred-too-many-retries.eml":
        "slimta's '450 4.7.1 <busy@partner.test>: Recipient address rejected: Mailbox busy, try again later (Too many "
        "retries)': read as blocked, our host refused (4.7.1, the default code of Postfix access(5)'s DEFER at the next "
        "hop, read before any word); expected expired, as the other '(Too many retries)' bounces: the retries ran out "
        "on a reply that only said 'try again later'. The same cause-vs-outcome call, with a cause the words do not "
        "name; soft and permanent either way (the scope differs too: blocked is the sender's)",
}
ROUND19_READ_AS_NO_BOUNCE: frozenset = frozenset()

S, RC = "sender", "recipient"
# file: {failed recipient: scope} (taxonomy §7). The sender's: a recipient count per transaction (as
# sendmail-remote-max-rcpts), a list's rule about who posts, a list's demand that our message be encrypted or
# signed (our side must change what it sends). The recipient's: a malformed or unknown address, a list that does
# not exist, the receiver's own failure, its size limits, and its limit on connected clients over all clients (the
# receiver's load, round 9's judgement for postscreen's "All screening ports are busy"). Left out: the expiries,
# slimta's "(Too many retries)" bounces and Schleuder's admins-only list (judgement calls no rule here needs).
ROUND19_SCOPE = {
    "smtp-server-recipient-address-syntax.eml": {"lead..smith@nodesyntax.test": RC},
    "smtp-server-too-many-clients-delay-warning.eml": {"lead@nodebusy.test": RC},
    "smtp-server-internal-server-error-delay-warning.eml": {"lead@nodebug.test": RC},
    "smtp-server-too-many-recipients-delay-warning.eml": {"lead@node-rcpt.test": S},
    "slimta-edge-message-too-big.eml": {"lead@slimbig.test": RC},
    "slimta-own-bounce-recipient-unknown.eml": {"ghost@partner.test": RC},
    "slimta-own-bounce-mixed-recipients.eml": {"ghost@partner.test": RC},
    "slimta-own-bounce-message-too-big.eml": {"big@nodebig.test": RC},
    "schleuder-no-list.eml": {"nolist@lists.test": RC},
    "schleuder-subscribers-only.eml": {"members@lists.test": S},
    "schleuder-encrypted-only.eml": {"team@lists.test": S},
    "schleuder-signed-only.eml": {"signed@lists.test": S},
    "schleuder-message-too-big.eml": {"small@lists.test": RC},
}
_LIST_RULE = ("Schleuder's '{text}' read as the recipient's: the list's own rule, which classifier/severity.py reads as "
              "the recipient's unless its words name the sending client; what the list refuses is our sender or what it "
              "sent ({why}), so the sender's (judgement, as sympa-send-private-not-subscriber, round 15); the "
              "address itself is fine either way")
ROUND19_SCOPE_DISAGREES = {
    "schleuder-subscribers-only.eml": _LIST_RULE.format(
        text="Only subscribed addresses may send messages to this address.", why="not a subscriber"),
    "schleuder-encrypted-only.eml": _LIST_RULE.format(
        text="Messages to this address must be encrypted conforming to OpenPGP.", why="a message not encrypted"),
    "schleuder-signed-only.eml": _LIST_RULE.format(
        text="Messages to this address must be OpenPGP-signed.", why="a message not signed"),
    # (smtp-server's maxClients greeting, counted over all clients, read the recipient side's load since audit 35:
    # classifier/severity.py _ALL_CLIENTS; a sender scope paged and paused our mailbox for a stranger's busy server.)
}
