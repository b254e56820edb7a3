"""Review audit64's rows under the whole invariance grid (29 rows x 42 transforms, 37 changed readings): Amazon SES's
JSON events re-cased or attached to a forward are no SES notification (unfair, as delay63's), base64 parts whose lines
end in bare CR re-wrapped by transforms that split on LF (unfair, as session 44's), qmail's recipient domain renamed as
if it were the reporting host (unfair: another message), and the two-recipient "has moved" notices re-wrapped (strict
xfails: the other recipient's reason then reads userunknown, as the review forecast; gone since review leftovers65's
mend, which reads it so unwrapped too). None is a false hard."""

from __future__ import annotations

_SES_KEYS = tuple(f"audit64:{r}" for r in ("a64-ses-delay-quotes-550", "a64-ses-delay-undetermined-full",
                                           "a64-ses-bounce-transient-expired", "a64-ses-bounce-permanent-noemail",
                                           "a64-ses-delay-two-recipients"))
_BARE_CR = {("wrap_72", "a64-b64-qmail-bare-cr"), ("wrap_50_flush", "a64-b64-qmail-bare-cr"),
            ("wrap_60", "a64-b64-qmail-bare-cr-relay"), ("wrap_50_flush", "a64-b64-qmail-bare-cr-relay")}

UNFAIR_AUDIT64: dict[tuple[str, str], str] = {
    **{(t, k): "SES's JSON event re-cased: its keys and values ('eventType', 'DeliveryDelay') are case-sensitive"
       for t in ("upper_notice", "lower_notice", "title_notice") for k in _SES_KEYS},
    **{("forward_attached", k): ("SES's SNS notification is read only by its own header test, which the forward hides "
                                 "(the transport round's judgement; review 43's and delay63's SES rows)")
       for k in _SES_KEYS},
    **{(t, f"audit64:{r}"): ("the encoded part's lines end in bare CR: the transform splits on LF, so it wraps the "
                             "whole notice as one line; the reading holds, only the original's Message-ID is lost")
       for t, r in _BARE_CR},
    ("other_host", "audit64:a64-qmail-subdomain-address"): (
        "the transform renames the recipient's own domain in qmail's text ('sales.lago-viaggi.example' -> "
        "'sales-out2.lago-viaggi.example') as if it were the reporting host: a name that is not the recipient's domain "
        "is qmail-remote's smtproutes relay (notqmail qmail-remote.c perm_dns), so another message, read ours, soft"),
}

# (The two-recipient "has moved" notices re-wrapped were pinned here: the other recipient's reason read userunknown
# wrapped, hasmoved unwrapped. Review leftovers65's mend of formats/broken.reply_above reads it userunknown either
# way, so the pins are gone.)
KNOWN_AUDIT64: dict[tuple[str, str], str] = {}
