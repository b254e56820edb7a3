"""Haraka's plugins' own refusal texts (the sixteenth round of real servers, tests/classifier/real_cases_round16.py):
what Haraka 3.3.4 (npm) and its haraka-plugin-* packages answer at RCPT or after DATA, quoted by the sending MTA in
its notice with no enhanced status code ("550 <text>", "450 <text>"). Data merged into `classifier.phrases` beside
the other tables; matched like them, lowercase substrings of the whitespace-collapsed diagnostic. Each entry is a
plugin's fixed text, cited by file; none names a user that does not exist."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

# haraka-plugin-access 1.4.0 (index.js, init_config: deny_msg.rcpt, said as "<rcpt> That recipient is not allowed" by
# rcpt_to_access for an address on rcpt_to.access.blacklist or its regex list): the receiver's rule refuses this
# recipient, a rule and no missing mailbox, at RCPT where `classifier.reasons` reads filtered only for named choices
# (real round 16, haraka-access-recipient-not-allowed).
RECIPIENT_RULE = "that recipient is not allowed"

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.BLOCKED: (
        # haraka-plugin-helo.checks 1.1.3 (index.js: valid_hostname, match_re, literal_mismatch, bare_ip, dynamic,
        # rdns_match, forward_dns): the HELO host refused, said to HELO/EHLO, so only the sending MTA's own words
        # ("refused to talk to me") would name the stage; the texts name the HELO themselves (real round 16,
        # haraka-helo-*; taxonomy: blocked, "the sending IP or HELO host was refused").
        "helo host name invalid", "helo host must be a fqdn or address literal", "that helo not allowed here",
        "helo ip literal not in the same /24 as your ip address", "helo ip literal does not match your ip address",
        "invalid address format in helo", "helo is dynamic", "helo host does not match rdns",
        "helo host has no forward dns match", "invalid helo host cannot achieve forward dns match",
    ),
    R.FILTERED: (
        RECIPIENT_RULE,
    ),
    R.POLICYVIOLATION: (
        # haraka-plugin-attachment 1.2.1 (index.js, hook_data_post and the archive check): a file name, extension,
        # content type or archive the site's rules forbid, as amavis's BANNED rows (real round 16,
        # haraka-attachment-disallowed-extension).
        "message contains disallowed file extension", "message contains unacceptable content type",
        "message contains unacceptable attachment", "message contains encrypted archive",
    ),
    R.CONTENTERROR: (
        # haraka-plugin-headers 1.2.0 (index.js, invalid_date: date_future_days / date_past_days): the message's Date:
        # header refused for its value (real round 16, haraka-headers-date-in-future / -too-old).
        "the date header could not be parsed", "the date header is too far in the future", "the date header is too old",
    ),
    R.VIRUSDETECTED: (
        # haraka-plugin-clamd 1.0.6 (index.js, the clamd answer's FOUND: "Message is infected with <name>"): what the
        # scanner found, said after DATA (its own counterpart of the scanner-down text below).
        "message is infected with",
    ),
    R.SYSTEMERROR: (
        # The receiver's own scanner could not run, said as a 4xx after DATA: haraka-plugin-clamd 1.0.6 (index.js,
        # defer_on_error: "Error connecting to virus scanner"), haraka-plugin-rspamd 1.6.1 ("Rspamd scan error",
        # "Rspamd scan timeout"), haraka-plugin-spamassassin ("spamd scan error", "spamd connect timeout", "spamd scan
        # timeout"): its system's trouble, nothing found in the message (real round 16, haraka-clamd-down-*,
        # haraka-rspamd-down-*; as clamsmtp's "451 Local Error").
        "error connecting to virus scanner", "rspamd scan error", "rspamd scan timeout", "spamd scan error",
        "spamd connect timeout", "spamd scan timeout",
    ),
}
