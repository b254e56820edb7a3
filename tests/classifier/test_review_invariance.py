"""The review rows, carried and laid out otherwise, read the same (metamorphic tests over the
hand-made review rows, tests/classifier/review_*.py; transforms in variants.py).

Each row is a notice its reviewer wrote from a server's own words. What a gateway, a client or
another writer does to such a notice (its prose in capitals, lower or title case; its lines
broken at 72, 66, 60, 50 or 40 columns, flush or folded with a blank or a tab; blank lines
doubled; trailing blanks; tab indents; CRLF or LF; quoted-printable, base64 or 8bit text; another
boundary, Date, Message-ID, host name, Subject tag; the notice forwarded as an attachment...)
changes no failed recipient, reason, hard/soft, whose fault, or the original's Message-ID: the
reading must stay the untransformed row's (the classifier's own reading, right or wrong: the
rows' own tests hold it to the reviewer's expectation).

The whole grid (every row under every transform: 25,000 rows x 42, some 800,000 messages) takes
15 to 20 minutes on two cores; the test runs each transform on every twentieth row (offset by
transform: each row under two transforms) and on every row a run of the whole grid found a
changed reading for, under the transforms that found them. (Every tenth row until session 30:
100 s of CPU, a tenth of the suite's; the whole grid is run after every round of mends.)
`python -m tests.classifier.test_review_invariance` runs the whole grid and prints what changes.
"""

from __future__ import annotations

import functools

import pytest

from tests.classifier.invariance import reading
from tests.classifier.invariance_known_late import KNOWN_LATE, UNFAIR_LATE
from tests.classifier.review_invariance_found import FOUND_BY, FOUND_ROWS
from tests.classifier.variants import TRANSFORMS, review_rows

ROWS = review_rows()
KEYS = list(ROWS)
STRIDE = 20

# Review 86: its leaver rows that another person left (hard), re-cased the same way.
_LEFT86 = tuple(f"86_more:r86-left-other-{r}" for r in (
    "shares-company-word", "shares-first-name-comma", "shares-surname-comma", "longer-surname", "middle-name",
    "first-name-of-via", "last-two-of-three", "first-two-of-three", "first-two-of-three-via"))

# (transform, row) pairs where the transform changes the message's meaning or breaks it: not run.
UNFAIR: dict[tuple[str, str], str] = {
    ("diag_multiline", "notices87_more:r87-left-dr-surname-of-comma-name"): (
        "the transform breaks the reply at the sentence end it takes 'Dr.' for and repeats the reply code there: "
        "'Dr. 550 5.7.1 Brown left ...' cuts the title from the name (session 41's grid)"),
    **{(name, "notices7:global-delivery-status-base64"): (
        "the row's status part is already base64 (message/global-delivery-status may be encoded, RFC 6533 §6.2); "
        "the transform encodes the part's body as written, so the result is base64 of base64, no report")
       for name in ("b64_status", "qp_status")},
    **{(name, "notices50_edges:h-base64-delivery-status"): (
        "the row's status part is already base64 (review 50: a gateway re-encoding every part); encoded again it "
        "is base64 of base64, no report") for name in ("b64_status", "qp_status")},
    # Review layouts42's status part already quoted-printable (RFC 6533 6.2): encoded again it is no report (a sample
    # shift by audit 43b's rows brought it under the transform; main reads it so too).
    **{(name, "layouts42_more:l42b-gl-status-quoted-printable"): "the row's status part is already quoted-printable "
       "(RFC 6533 6.2): encoded again, the 'jos=c3=a9' of its QP is read as written" for name in ("b64_status",
                                                                                                "qp_status")},
    **{(name, "layouts42_more:l42b-gl-status-base64"): "the row's status part is already base64 (RFC 6533 6.2): "
       "encoded again it is base64 of base64, no report (found by a whole-grid run of session 39's rows)"
       for name in ("b64_status", "qp_status")},
    # Review 53: the status parts already in base64 or quoted-printable: encoded again they are no report,
    # and re-cased their base64 is other bytes.
    **{(name, f"notices53_more:r53-enc-{r}"): "the row's status part is already encoded (review 53): encoded again "
       "it is no report" for name in ("b64_status", "qp_status")
       for r in ("b64-blank-two", "qp-blank-two", "b64-blank-delay", "qp-blank-delay", "b64-global-two", "b64-two",
                 "qp-two", "b64-two-blank-lines")},
    **{(name, f"notices53_more:r53-enc-{r}"): "the row's status part is base64 (review 53): re-cased, other bytes"
       for name in ("lower_notice", "upper_notice", "title_notice")
       for r in ("b64-blank-two", "b64-blank-delay", "b64-global-two", "b64-two", "b64-two-blank-lines")},
    **UNFAIR_LATE,  # audit 61's status parts already encoded (invariance_known_late.py)
    # Review 43: SES's SNS notification is a JSON document whose keys ("notificationType") and values
    # ("Bounce") are case-sensitive; the notice's text re-cased is no SES notification any more.
    **{(t, f"notices43:r43-ses-{r}"): "SES's JSON notification re-cased: its keys and values are case-sensitive"
       for t in ("upper_notice", "lower_notice", "title_notice")
       for r in ("suppressed-global", "on-account-suppression-list", "general-user-unknown",
                 "transient-mailbox-full", "transient-message-too-large", "transient-attachment-rejected")},
    # Review 57's Postfix notice written WITHOUT the blank line Postfix puts between recipients' entries
    # (bounce_notify_util.c): re-flowing its paragraph joins the second entry's "<r>: host ..." opener to the
    # first entry's reply, mid-line, so no reader can tell the two entries apart any more (the whole grid,
    # not pytest's sample, found it).
    # Reviews 69 and 72: `departures.named_left` tells a person's name ("Lena Lead left Example Ltd") from a
    # thing ("Subject Line left Empty") by its capitals alone, so a notice or a reply re-cased has no name left
    # to read (the ALL CAPS row is review 72's strict xfail `caps-named-left`): soft, as without the rule.
    **{(t, f"notices{r}"): "named_left reads a name by its capitals: re-cased, there is none"
       for t, rows in (
           ("upper_diagnostic", (*_LEFT86, "69:left-bare-date-postfix", "69:left-bare-contoso-exo",
                                 "69:left-bare-gws-postfix",
                                 "69:left-bare-gws-gmail", "69:access-doesnt-work-here-postfix",
                                 "72:name-left-company-redirect-postfix", "72:named-left-a-year-ago-exo",
                                 "72:gave-up-named-left-postfix", "83:other-person-left-own",
                                 "83:same-first-name-left-own", "83:our-surname-only-other-left-own",
                                 "72:surname-link-left-exo")),
           *((t, ("68:left-bare-name-exim-own", "69:left-bare-title-exim-own", "69:left-bare-qmail",
                  "69:left-bare-department-exim-own", "69:does-not-work-for-us-exim-own",
                  "72:surname-field-left-exim-own", "72:left-open-text-exim-own", "83:other-person-left-own",
                  "83:same-first-name-left-own", "83:our-surname-only-other-left-own", *_LEFT86))
             for t in ("upper_notice", "lower_notice", "title_notice")))
       for r in rows},
    # Review 91's leavers in other Latin scripts: re-cased, no name either (as reviews 69/72 above); and the
    # multi-line transform splits its sentences at "Ms. " (a title's full stop taken for a sentence's end).
    **{(t, f"notices91:r91-left-left-{r}{lay}"): "named_left reads a name by its capitals: re-cased, there is none"
       for t in ("upper_diagnostic", "upper_notice", "lower_notice", "title_notice")
       for r in ("jose-nunez", "mary-j-smith", "zoe-lee", "sean-obrien", "ewan-mcdonald", "lukasz-zolw", "ms-nunez")
       for lay in ("", "-gmail", "-exo")},
    **{("diag_multiline", f"notices91:r91-left-left-ms-nunez{lay}"): (
        "the transform breaks the reply at 'Ms. ' (its sentence split takes a title's full stop for an end): the "
        "name is cut from its title, no server writes it so") for lay in ("", "-gmail", "-exo")},
    # Review 94's leavers (names by their capitals, as review 91's above), and "Dr. " split as "Ms. " is.
    **{(t, f"notices94:r94-left-left-c-{r}{lay}"): "named_left reads a name by its capitals: re-cased, there is none"
       for t in ("upper_diagnostic", "upper_notice", "lower_notice", "title_notice")
       for r in ("nunez-for-good", "dr-brown-company-dot", "anne-k-muller", "will-not-be-back",
                 "mailbox-no-longer-monitored") for lay in ("", "-gmail", "-exo")},
    **{("diag_multiline", f"notices94:r94-left-left-c-dr-brown-company-dot{lay}"): (
        "the transform breaks the reply at 'Dr. ' (a title's full stop taken for a sentence's end): the name is cut "
        "from its title, no server writes it so") for lay in ("", "-gmail", "-exo")},
    # Review 97's leavers (names by their capitals, as review 94's above).
    **{("upper_diagnostic", f"notices97:r97-left-left-{r}{lay}"): (
        "named_left reads a name by its capitals: re-cased, there is none") for r in (
        "write-back-to-sales", "go-back-to-website", "get-back-in-touch", "call-back-on-number", "leave-your-message",
        "wont-be-back", "for-good-back-in-2019", "c-for-good") for lay in ("", "-gmail", "-exo")},
    # Review 106: German's polite "Ihre" (your: the reader's, our sender's) is told from "ihre" (her, their: the
    # recipient's) inside a sentence by its capital alone (said_address._YOUR_ADDRESS); in capitals there is none,
    # and the reply reads as before review 106 (the recipient missing, hard).
    **{("upper_diagnostic", key): "said_address reads the polite 'Ihre' by its capital: upper-cased, 'IHRE' may be "
       "'her' as well" for key in ("notices99:r99-greetctl-c-de-greeting-empfaenger-ihre-adresse", *(
           f"notices106:r106-yours-de-{r}{lay}" for r in ("laut-empfaengerserver-existiert-ihre-adresse",
                                                          "leider-existiert-ihre-email-adresse",
                                                          # under 5.7.1 read by the rule since review 109
                                                          "laut-pruefung-gibt-es-ihre-adresse-nicht")
           for lay in ("", "-gmail", "-exo")), *(  # ...and review 109's further "Ihre" sentences
           f"notices109:r109-ihre-de-{r}{lay}" for r in ("ihre-adresse-bei-uns-nicht", "ihre-adresse-im-system-nicht",
                                                        "ihre-absenderadresse", "ihre-adresse-bei-uns-nicht-511",
                                                        "ihre-absender-adresse-511")
           for lay in ("", "-gmail", "-exo")), *(  # ...and review 112's "Beim Empfänger existiert Ihre Adresse nicht"
           f"notices112:r112-besides2ctl-c-de-beim-empfaenger-ihre-adresse{lay}" for lay in ("", "-gmail", "-exo")),
           # ...and review 129's "Ihre Adresse ist der Domain <prospect's> unbekannt", "Host <prospect's> meldet: Ihre
           # Domain existiert nicht" (said_address._YOURS, our_domain_beside)
           "notices129:r129-hidden-de-ihre-adresse-bei-domain", "notices129:r129-speaker-de-host-ihre-domain")},
    **{(t, "notices57:pf-text-two-entries-no-blank"): (
        "entries without their separating blank line, re-flowed into one paragraph, are one entry")
       for t in ("wrap_72", "wrap_60", "wrap_50_flush")},
    # Audit 45's row: the recipient cut at 50 columns leaves "sidiary.partner-group.example>:" alone on its line, which
    # the transform takes for a host name and renames: the recipient's own address is then another (session 40's grid).
    # Audit 40's help link "ip.partner.example/blocks" renamed "ip-out2.partner.example": "ip-" then reads as an IP named
    # (audit 40's rule knew the host "ip."): the transform rewrote the reply's own words (session 40's whole grid).
    ("other_host", "audit40:a40-b-help-host-ip-dot"): "the transform renames the reply's help-link host 'ip.' to 'ip-out2.'",
    ("other_host", "audit45:a45-w-qmail-cut-at-50-undisclosed"): "the transform renames the cut recipient address's "
    "tail, alone on its line, as a host: another address",
}

# Strict xfails: readings that change, for a reason kept (a judgement) or a defect not fixed this round.
_BOXTRAPPER_FORWARD = (
    "a BoxTrapper blacklist refusal is written as the recipient (From: the person, no daemon, no report part) and "
    "known only by its sentence; attached to a colleague's forward it is read as the forward's own mail, as the "
    "transport round's KNOWN reads SES's and fml's notices attached (nested.py reads an attachment as a notice "
    "only when it announces itself as one): the team's judgement, kept")
KNOWN: dict[tuple[str, str], str] = {
    **KNOWN_LATE,  # the grids of sessions 42 and 43 (invariance_known_late.py gathers them)
    # Session 41's grid over 573 rows outside it until then (review modules that exported their rows under other names):
    # "Mr Smith left Partner Corp" is a person's departure by the capitals of a name; in all capitals no name is
    # found, and the 5.7.1 reads securityerror (soft: a lost bounce, never a false hard).
    **{("upper_diagnostic", f"notices87_more:r87-left-{r}"): "the departed person is found by the capitals of a "
       "name; the diagnostic in all capitals hides it (securityerror, soft, for hasmoved)" for r in (
           "mr-surname-of-comma-name", "dr-surname-of-comma-name", "frau-surname-of-comma-name",
           "mr-surname-is-our-local-part", "mr-surname-of-company-piece", "other-first-name-same-surname")},
    # Session 40's grid over the day's new rows (all soft-ward but the first, each read so at the session's start too
    # where the row's words were known then): Haraka's two-address list re-wrapped at 40 with tabs, its one "Failure
    # Reason" naming sales@ cut from its object, reads presales@ userunknown, HARD (a false hard on a re-wrap Haraka never
    # writes; the same on 2af83ca9: the line reader takes each wrapped address line as an entry, the reply's "<sales@>:"
    # line as a continuation; left for a review of wrapped label lists); Exim's broken "after RCPT" / "TO:" with the
    # reply's final box under a 40-column tab wrap (a second address read soft, as on 2af83ca9); MMDF's time-out
    # sentence re-wrapped (onhold for expired: soft either way).
    ("wrap_40_tab", "audit47_notices:a47-w-haraka-ctl-reason-names-sales"): (
        "Haraka's list re-wrapped at 40 with tabs: presales@ read userunknown, hard, sales@ onhold (the reply names "
        "sales@): a false hard on a re-wrap Haraka never writes, the same at the session's start; left"),
    ("wrap_40_tab", "audit46_notices:a46-w-exim-broken-before-to-reply-names-final-box"): (
        "Exim's broken 'after RCPT' / 'TO:' re-wrapped at 40 with tabs: the reply's final box read a second recipient, "
        "soft, lead onhold (as at the session's start)"),
    **{(t, f"old47:o47-mmdf-timeout-{n}"): "MMDF's time-out sentence re-wrapped: onhold for expired, soft either way"
       for t in ("wrap_40_tab", "wrap_50_flush") for n in ("one", "two")},
    # Session 40's whole grid over review recipients45's rows: Haraka's "Intended Recipients:" label re-wrapped at 40 with a
    # tab stands alone on its line and lead's reason is lost (onhold for userunknown, a false soft); the set stays right.
    ("wrap_40_tab", "recipients45:r45-haraka-two-intended-recipients"): (
        "Haraka's two-recipient notice re-wrapped at 40 with a tab reads lead onhold, soft (userunknown, hard unwrapped): "
        "a false soft on a re-wrap Haraka never writes; no wrong address, no false hard"),
    # Found when audit 38's rows shifted the sample (the same readings on main before audit 38: no mend of its plays a
    # part), both soft-ward: Postfix 1.1's '<lead>: unknown user: "lead"' re-wrapped at 40 with a tab reads filtered
    # (a false soft), and Mimecast's held-then-rejected notice re-wrapped at 50 loses "recipient's administrator" from
    # its reason (onhold for filtered). Left for the whole grid's round.
    ("wrap_40_tab", "old36:o36-pf1-local-unknown"): (
        "Postfix 1.1's '<lead>: unknown user: \"lead\"' re-wrapped at 40 with a tab reads filtered instead of "
        "userunknown (a false soft; so on main before audit 38)"),
    ("wrap_50_flush", "notices54:control-mimecast-rejected-after-hold"): (
        "Mimecast's held-then-rejected notice re-wrapped at 50: its reason's 'rejected by the / recipient's "
        "administrator' is cut at the line end, onhold for filtered (soft either way; so on main before audit 38)"),
    # Audit 39's rows shifted the sample again: the same notice at 40 with a tab (main's classifier reads it so too).
    ("wrap_40_tab", "notices54:control-mimecast-rejected-after-hold"): (
        "Mimecast's held-then-rejected notice re-wrapped at 40 with a tab: its reason's 'recipient's administrator' "
        "is cut at the line end, onhold for filtered (soft either way; main's classifier reads it so: a sample shift "
        "by audit 39's rows, no mend of its)"),
    # Audit 41a's rows shifted the sample onto three rows of reviews old36, old37, novel38 that changed under a
    # transform (main's classifier read them so before audit 41a). Two mended since, by the lead on 2026-12-07:
    # re-wrapped at 66 with folding, Postfix's "said:" put the remote sendmail's "550 <other>... User unknown" on an
    # indented line of its own, read as a second failed recipient, HARD (formats/broken.folded_reply reads it as the
    # reply it is); mox's DSN with doubled blank lines, or its error wrapped onto a second line (the whole grid's
    # wrap_60 and wrap_50_flush; audit 42's wrap_40_tab), lost the error Mox writes above each address
    # (formats/mox_dsn.py takes one to three blank lines and the error's wrapped lines).
    ("wrap_50_flush", "notices124:r124-pl-r3-pl-c-if-help-colon-words-utf8"): (
        "re-wrapped at 50 the reason 'konto odbiorcy zostało usunięte.' falls onto the line after the help condition "
        "'Jeżeli masz pytania, napisz do administratora:' and reads as its clause: onhold (soft) instead of "
        "userunknown (a false soft, no false hard; main's classifier reads it so: a sample shift by review "
        "layouts42's rows)"),
    ("forward_attached", "novel38:n38-l-forwarded-attached"): (
        "the row is itself a forward of a bounce (multipart/mixed, boundary fwd-boundary-0123456789) and the transform "
        "wraps it in a second forward with the SAME boundary: the inner part's boundary lines end the outer part "
        "(RFC 2046 section 5.1.1 forbids a boundary inside an encapsulated part), so no attached notice is left to "
        "read: no bounce. The transform's artefact on this one row (the lead's analysis, 2026-12-07); left"),
    # Review 91: Exchange's relay notice ("Delivery to these recipients or groups is complete, ...") is no bounce
    # either way; re-wrapped, prose reads it as a success report listing lead delivered, unwrapped no format
    # claims it (no delivery listed). The CRM sees no bounce in both.
    **{(t, "notices91:o91-exchange-relay-complete"): "no bounce either way; re-wrapped, a delivered entry is listed"
       for t in ("wrap_50_flush", "wrap_40_tab")},
    # Review 94: the same relay notice, English (as review 91's above).
    **{(t, "notices94_notices:o94-c-relay-complete-en"): "no bounce either way; re-wrapped, a delivered entry is "
       "listed" for t in ("wrap_50_flush", "wrap_40_tab")},
    # Review 94: Spain's four-line heading re-wrapped at 40 columns with tabs: the delivered lead is listed as an
    # onhold (soft) failure beside the failed kim; soft either way, kim stays hard. Left.
    # (Review 114's row of a lead's line cut twice, wrap_40_tab over "spam:\nno)", read as before the cut since review
    # 117 reads a parenthesis broken over unindented lines whole: no longer a known change.)
    # Review vintage55: NMS's "destination mailbox\nwas not found." (a judgement call, soft either way) re-wrapped with
    # tabs reads onhold, not filtered: both "cannot tell", soft, the recipient the same.
    # Its "destination computer\nwas not found" (hostunknown, hard) re-wrapped so: the tab-indented halves are left out
    # of the prose diagnostic, the phrase is lost, onhold (soft: a lost bounce on a wrap NMS never writes, no false hard).
    ("wrap_40_tab", "vintage55:v55-nms-mailbox-not-found"): "re-wrapped, filtered becomes onhold (soft both)",
    ("wrap_40_tab", "vintage55:v55-nms-host-not-found"): "re-wrapped with tabs, the sentence's halves are lost: onhold",
    # Session 41's whole grid over the day's 555 new rows (all soft-ward; NMS wraps its own sentences at 66, and a
    # narrower re-wrap breaks each of its lines twice): the same NMS sentences at 60 and 50 columns, its quota and
    # InterMail's queue-period sentence under a tab wrap; Juno's "Account Inactive" under Exim's flush wrap (filtered
    # for suspend); LISTSERV's refusal names its "-request" address when re-wrapped (onhold either way, no contact);
    # ezmlm's help line's owner address no longer read as a second recipient under a tab wrap.
    **{(t, f"vintage55:v55-nms-{r}"): "NMS's sentence broken twice by a narrower re-wrap: onhold (soft)"
       for t in ("wrap_60", "wrap_50_flush") for r in ("mailbox-not-found", "host-not-found")},
    **{(t, "vintage55_mends:v55-m-control-im-queue-period"): "InterMail's queue-period sentence re-wrapped: onhold "
       "for expired (soft either way)" for t in ("wrap_50_flush", "wrap_40_tab")},
    ("wrap_40_tab", "vintage55:v55-nms-over-quota"): "NMS's quota sentence re-wrapped with tabs: onhold (soft)",
    ("wrap_40_tab", "vintage55_sets:v55-s-nms-quota-two"): "NMS's quota sentence re-wrapped with tabs: onhold (soft)",
    ("wrap_50_flush", "isp52_more:i52-exim-juno-account-inactive"): "Juno's 'Account Inactive' broken from its "
       "continuation line by a flush wrap: filtered for suspend (soft either way)",
    # (vintage55_more:v55-listserv-not-authorized re-wrapped read its '-request' address: mended by review leftovers65,
    # formats/lone.contact_object.)
    # The whole grid over all 29,464 rows at the end of session 41 (951,035 transformed readings) found one more, the
    # same at the session's start a5f4d2e0: Haraka's two-address list re-wrapped at 40 with tabs (as the KNOWN above).
    ("wrap_40_tab", "audit46_notices:a46-c-haraka-two-listed-reason-names-both"): "Haraka's two-address list re-wrapped "
       "at 40 with tabs: lead onhold for userunknown (soft-ward; kim stays hard; the same at the session's start)",
    ("wrap_40_tab", "vintage55_more:v55-ezmlm-subscribers-only"): "ezmlm's help line re-wrapped: its owner address "
       "no longer read as a second recipient, the list's reason securityerror for onhold (soft both; the unwrapped "
       "reading's extra recipient is the row's own judgement call)",
    ("wrap_40_tab", "notices94_notices:o94-complete-then-failed-es"): (
        "the Spanish 'complete' heading re-wrapped over four lines is not read as one: lead listed onhold (soft)"),
    ("forward_attached", "audit16:boxtrapper-blacklist-control"): _BOXTRAPPER_FORWARD,
    ("forward_attached", "notices8:boxtrapper-blacklist"): _BOXTRAPPER_FORWARD,
    # Review 43: SES's and fml's notices attached to a person's forward are not read as notices (the
    # transport round's KNOWN, test_transport_invariance.py: only their own header tests find them).
    **{("forward_attached", f"notices43:r43-{r}"): (
        "SES's SNS notification and fml's list refusal are read only by their own header tests, which the "
        "forward hides (the transport round's judgement for bsd__lhost-amazonses-09 and bsd__lhost-fml-02/03)")
       for r in ("ses-suppressed-global", "ses-on-account-suppression-list", "ses-general-user-unknown",
                 "ses-transient-mailbox-full", "ses-transient-message-too-large", "ses-transient-attachment-rejected",
                 "fml-not-member-subject", "fml-not-a-member-body", "fml-reject-spammers", "fml-loop-back-warning")},
    # Review 26: a notice that gives no reason at all reads undefined (no words); re-wrapped, its intro's
    # tail ("second(s):") is words, read onhold: both "cannot tell", soft, the recipient the same.
    **{(t, "notices26:songbird-recipients-aborted"): (
        "the Songbird notice gives no reason: undefined unwrapped, onhold once the intro's tail stands alone")
       for t in ("wrap_60", "wrap_50_flush", "wrap_66_folded", "wrap_40_tab")},
    # (Reviews 26, 44, 45: Exim's delay reason broken between "after" / "after RCPT" and "TO:<a@b>:" lost its stage,
    # KNOWN until review 74: formats/explanations.exim_stage reads "after RCPT TO:<a@b>" across the broken lines.)
    # (Review 44's VERP parcel notice wrapped before the address, KNOWN until review 74: formats/recipients.py
    # reads an "a@b: ..." line under a line ending "to"/"for" as that sentence's tail, not an `addr:` paragraph.)
    # Review 54: a Jira comment quoting a Postfix reply with "> " re-wrapped at 40 columns keeps the quote mark on
    # its first line only: the reply's other lines become the author's own unquoted text, under a Subject with
    # "bounce" in it, and read as the notice (a person pasting an NDR unquoted: review 34's
    # person-rejected-mails-fixed-now, a judgement call kept there).
    **{(t, "notices54:jira-comment-quoting-ndr"): (
        "a '> '-quoted reply re-wrapped with unquoted continuation lines is no longer quoted")
       for t in ("wrap_40_tab", "wrap_50_flush", "wrap_66_folded")},
    # Review 75's two strict xfails (a tool's digest quoting "Your message to a@b could not be delivered", read
    # as a bounce): re-wrapped, the quoted sentence is no longer found and the digest reads as it should, no bounce.
    **{(t, f"notices75:digest-quotes-failure-{r}"): (
        "the xfailed digest re-wrapped no longer reads as a bounce: the expected reading, not the baseline")
       for t in ("wrap_60", "wrap_50_flush", "wrap_40_tab") for r in ("auto", "unmarked")},
    # Review 92 (soft either way): Synchronet's own notice quoting postgrey's "Greylisted, see <url>" re-wrapped reads
    # onhold (recipient) instead of blocked (sender). (Winmail's second "<addr>, remote server said: ..." entry wrapped
    # onto a continuation line, lost until this session's entry-paragraph reading, now keeps its reading: FOUND_ROWS.)
    **{(t, "notices92:r92-syn-own-greylisted-after-attempts"): (
        "Synchronet's quoted greylisting reply re-wrapped reads onhold (the recipient's) instead of blocked (ours): "
        "soft either way") for t in ("wrap_72", "wrap_60", "wrap_50_flush")},
    # (Review 98's "MAIL FORWARDED TO" in capitals, read as the MAIL stage, pinned here until session 40: smtp_command now
    # takes a bare capital MAIL for the command only where its name ends.)
    # Found by the whole grid after review 102. Its compacted three-recipient Postfix text (a strict xfail there: the
    # third recipient read as the second's wrapped reply) re-wrapped at 50 or 40 lists bob too: the right reading.
    **{(t, "notices102:r102-pf-compact-three-w60"): (
        "re-wrapped, the compacted notice's third recipient ('<bob@x>: host ...') is listed: the reading review 102 "
        "expects (its row a strict xfail), not a loss") for t in ("wrap_50_flush", "wrap_40_tab")},
    # ...and Postfix's success report (no bounce) wrapped at 72 then again at 40 with a tab reads a bounce with the
    # original's To (lead) on hold: soft, and so on main before review 102 (its recipients.py mend plays no part).
    ("wrap_40_tab", "notices102:r102-pf-c-success-expanded-w72"): (
        "Postfix's success report re-wrapped at 40 with a tab reads a bounce, the copied headers' To onhold (soft; so "
        "on main before review 102)"),
    # Found by the whole grid after review 93 (soft either way), the family of notices71's row below: Exim's
    # reason wrapped at 40 with a tab puts our From address at a line's start, where it reads as another entry
    # of the failed list; the reason stops before "existiert nicht" / "n'existe pas": onhold, the recipient's,
    # instead of our sender refused.
    **{("wrap_40_tab", f"notices93:r93-prose-{r}"): (
        "Exim's reason wrapped at 40 with a tab before our From address loses its tail (onhold, the recipient's, "
        "instead of our sender refused): soft either way, as notices71's named-from-address-deleted-exim")
       for r in ("de-absender-existiert-nicht", "fr-expediteur-n-existe-pas")},
    # Found by the whole grid after reviews 71 and 73 (soft either way, or no original to act on):
    ("wrap_40_tab", "notices71:named-from-address-deleted-exim"): (
        "Exim's reason wrapped at 40 with a tab before our From address ('Rejected: the From address' / "
        "'<tab>seller@example.com was deleted by the' / '<tab>DMARC rewriting gateway') loses its tail: onhold, "
        "the recipient's, instead of our authentication (soft either way)"),
    ("wrap_40_tab", "notices73:outreach-prospect-bounced"): (
        "Outreach's notification wrapped at 40 puts the quoted Postfix reply's '<a@b>: Recipient address rejected: "
        "User unknown' at a line's start, the shape of a Postfix entry: it reads as the bounce it quotes (the lead "
        "did bounce); it returns no original, so the trust rules record it unverified and never apply it"),
    # Reviews 19 and 161 (the whole grid after review 161): a success report, forwarded by a colleague (review 19) or
    # alone (161), is no bounce either way; re-wrapped, prose reads its success entry
    # and lists lead delivered, as for review 91's relay notice above. The CRM sees no bounce in both.
    **{(t, f"notices19:not-bounce-{name}-success-report"): "no bounce either way; re-wrapped, a delivered entry is "
       "listed" for t in ("wrap_72", "wrap_60", "wrap_50_flush", "wrap_40_tab")
       for name in ("apple-de", "outlook-new-it")},
    # Review 163 (the whole grid after it): Postfix's success template re-wrapped, as review 161's above.
    **{(t, "notices163:r163-ok-postfix-success-template"): "no bounce either way; re-wrapped, a delivered entry is "
       "listed" for t in ("wrap_72", "wrap_60", "wrap_50_flush", "wrap_40_tab")},
    # Review 163's strict xfail (kim listed bare under a success sentence, its 550 on the line below, no blank line):
    # unwrapped it reads no bounce (judged: the layout contradicts itself); re-wrapped, kim reads failed, hard, as the
    # reviewer expected. The baseline is the judged misreading, not a reading to keep.
    **{(t, "notices163:r163-success-then-bare-failed-no-blank"): "the row's strict xfail reads as expected re-wrapped"
       for t in ("wrap_60", "wrap_50_flush", "wrap_66_folded", "wrap_40_tab")},
    # Review 165: IMail's delay warning "Delivery failed 2 attempts: lead" re-wrapped at 40 columns puts the address on
    # a line of its own, and its explanation no longer holds "Delivery failed 2 attempts": expired -> systemerror (the
    # 421 4.3.2's subject). A delay, soft, either way; the CRM records the same.
    ("wrap_40_tab", "notices165:r165-im-c-delayed"): "a delay either way; expired -> systemerror re-wrapped",
    # Review 167: a Postfix success report whose 250 reply wraps (Exchange Online's throughput figures), as 161's above.
    **{(t, "notices167:r167-ok-pf-exo-250-throughput"): "no bounce either way; re-wrapped, a delivered entry is listed"
       for t in ("wrap_72", "wrap_60", "wrap_50_flush", "wrap_66_folded")},
    # Review 168's strict xfail (an InterMail queue expiry whose help line supposes an unknown address: expired was
    # written, filtered is read): re-wrapped at 40 columns, onhold. Soft either way, both misreadings of the same row.
    ("wrap_40_tab", "notices168:r168-ow-dest-conditional"): "the row's strict xfail, soft either way: filtered -> onhold",
    # Review 172's control of the same queue expiry ("If the following destination addresses were unknown"): its
    # reviewer wrote soft, any reason; re-wrapped, onhold for filtered. Soft either way.
    **{(t, "notices172:r172-ow-dest-conditional-following"): "soft either way (any reason written): filtered -> onhold"
       for t in ("wrap_50_flush", "wrap_40_tab")},
    # (Review 181's challenge "Did you send me an email?", KNOWN re-wrapped until review layouts40: formats/challenge.py
    # reads the request's words with the broken lines joined again, so its responder stays an auto-reply delivery.)
    # Review 184's parcel service notice ("We were unable to deliver your parcel ... It is held at our depot: Depot
    # Seattle, 450 Harbour Road <depot-seattle@...>"): re-wrapped, the depot's own address alone under "450 Harbour
    # Road" reads a soft bounce (onhold). Soft, and the courier's address, no prospect's; the gate's reading the same.
    **{(t, "notices184:r184-sys-courier-unable-to-deliver"): "soft, the courier's own address: onhold re-wrapped"
       for t in ("wrap_60", "wrap_50_flush", "wrap_40_tab")},
    # Review 184's strict xfail (a ticket opened, then the failure, from no daemon): re-wrapped it reads as its reviewer
    # expected (kim failed, hard); the baseline is the judged misreading. (Review 188: wrap_50_flush no more, its break
    # before "has been opened" crossed by hints._GAP; wrap_40_tab's before "(#88121)" is not: no word in lower case.)
    **{(t, "notices184:r184-svc-ticket-opened-first"): "the row's strict xfail reads as expected re-wrapped"
       for t in ("wrap_40_tab",)},
    # Found by audit 48's checks, on main since old47's merge (12120fd8; the same with audit 48's rows taken out): MMDF's
    # timeout notice re-wrapped at 40 with a tab reads onhold for expired. Soft either way.
    ("wrap_40_tab", "old47:o47-mmdf-timeout-one"): (
        "MMDF's one-recipient timeout notice re-wrapped at 40 with a tab reads onhold instead of expired (soft either "
        "way; on main since old47's merge, no mend of audit 48's)"),
    # Found by review langs57's whole grid over its own rows (2,198 transformed readings): its strict xfail for a Chinese
    # notice lost to the help page's elision '……' reads as expected once re-wrapped puts the reply on a line of its own.
    **{(t, "langs57:l57-zh-163-quota-hard-limit"): "the row's strict xfail (lost) reads mailboxfull re-wrapped"
       for t in ("wrap_60", "wrap_66_folded")},
    # Review formats57's flattened report (RFC 3464 fields as plain text) re-wrapped at 40 with tab-folded lines: its
    # "Original-Recipient:" then stands alone, the address on the folded line, and no recipient is read (a lost hard,
    # the unwrapped and the 72/60/50-column readings right); its inline-quoted notice so re-wrapped reads onhold for
    # mailboxfull (soft either way). Found by the review's own grid over its 70 rows; not mended (a prose reader of
    # RFC 5322-folded text lines would be a broad change).
    ("wrap_40_tab", "formats57:f57-label-flattened-original-recipient"): "folded at 40 with tabs, the labelled address "
       "on its own folded line: no recipient (a lost hard)",
    ("wrap_40_tab", "formats57:f57-label-to-of-quoted-original-only"): "soft either way: mailboxfull -> onhold",
}


@functools.cache
def baseline(key: str):
    return reading(ROWS[key][1])


def sample(name: str) -> list[str]:
    """The rows a transform runs on in the test: its share of the stride, and the found rows; `lf` all the rows written
    with CRLF, the only ones it changes (49 of 29,524: a stride's share held none once review holdout56's rows had
    shifted it, and the guard below failed the clean-clone CI)."""
    offset = list(TRANSFORMS).index(name) % STRIDE
    keys = [k for k in KEYS if b"\r\n" in ROWS[k][1]] if name == "lf" else KEYS[offset::STRIDE]
    return keys + [k for k in FOUND_ROWS if k not in keys] if name in FOUND_BY else keys


def changes(name: str, keys: list[str]) -> tuple[int, list[str]]:
    """(rows the transform changed, readings that changed other than as KNOWN says) over `keys`."""
    applied, out = 0, []
    for key in keys:
        if (name, key) in UNFAIR or (name, key) in KNOWN:
            continue
        raw = ROWS[key][1]
        changed = TRANSFORMS[name](raw)
        if changed == raw:
            continue
        applied += 1
        before, after = baseline(key), reading(changed)
        if name == "forward_attached" and not before[0]:
            # A person's forward of what is no bounce (an auto-reply) is their own mail: it must
            # not become a bounce (test_transport_invariance's rule); what it says is theirs.
            if after[0]:
                out.append(f"{name} {key}: a forwarded non-bounce reads as a bounce {after}")
            continue
        if after != before:
            out.append(f"{name} {key}: {before} -> {after}")
    return applied, out


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_review_rows_keep_their_reading(name: str):
    applied, changed = changes(name, sample(name))
    assert not changed, "\n".join(changed)
    # Guard: a transform that silently finds nothing would pass (some find few: LF only the CRLF rows).
    assert applied, f"{name} changed no row of its sample"


@pytest.mark.parametrize(("name", "key"), [pytest.param(n, k, marks=pytest.mark.xfail(strict=True, reason=why),
                                                         id=f"{n}:{k}") for (n, k), why in KNOWN.items()])
def test_known_changes(name: str, key: str):
    assert reading(TRANSFORMS[name](ROWS[key][1])) == baseline(key)


def test_tables_name_real_rows_and_transforms():
    assert len(ROWS) >= 850
    assert {n for n, _ in [*KNOWN, *UNFAIR]} | set(FOUND_BY) <= set(TRANSFORMS)
    assert {k for _, k in [*KNOWN, *UNFAIR]} | set(FOUND_ROWS) <= set(ROWS)


if __name__ == "__main__":  # the whole grid: every row under every transform
    total = 0
    for transform in TRANSFORMS:
        n, found = changes(transform, KEYS)
        total += n
        print(f"{transform:20} changed rows {n:4}  changed readings {len(found)}", *found, sep="\n  ")
    print(f"{len(KEYS)} rows x {len(TRANSFORMS)} transforms: {total} transformed messages; "
          f"known {len(KNOWN)}, unfair {len(UNFAIR)}")
