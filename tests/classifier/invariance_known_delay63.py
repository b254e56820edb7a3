"""Review delay63's rows under the whole invariance grid (63 rows x 42 transforms, 54 changed readings): Amazon SES's
JSON events re-cased or attached to a forward are no SES notification (unfair, as review 43's SES rows), and six
changed readings of two plain-text notices re-wrapped (strict xfails: a reading that comes back is news). None is a
false hard."""

from __future__ import annotations

_SES = ("dl63-ses-delay-mailbox-full", "dl63-ses-delay-450-user-unknown", "dl63-ses-delay-transient-two",
        "dl63-ses-delay-ipfailure-yahoo", "dl63-ses-bounce-transient-full", "dl63-ses-bounce-permanent-unknown")
_SES_MENDS = ("dl63m-ses-delay-no-envelope-full", "dl63m-ses-delay-spamdetected", "dl63m-ses-delay-three-no-envelope",
              "dl63m-ctl-ses-transient-general-no-envelope", "dl63m-ctl-ses-suppressed",
              "dl63m-ctl-ses-transient-full-two")
_SES_KEYS = tuple(f"delay63:{r}" for r in _SES) + tuple(f"delay63_mends:{r}" for r in _SES_MENDS)

UNFAIR_DELAY63: dict[tuple[str, str], str] = {
    **{(t, k): "SES's JSON event re-cased: its keys and values ('eventType', 'DeliveryDelay') are case-sensitive"
       for t in ("upper_notice", "lower_notice", "title_notice") for k in _SES_KEYS},
    **{("forward_attached", k): ("SES's SNS notification is read only by its own header test, which the forward hides "
                                 "(the transport round's judgement for bsd__lhost-amazonses-09; review 43's SES rows)")
       for k in _SES_KEYS},
}

_EXIM_TWO = ("the second entry of Exim's warning (o.hassan, 'Delay reason: host ... Connection timed out') lost once a "
             "width re-wraps the first entry's 450 'User unknown' reply over three indented lines: a lost delay, the "
             "first entry still delayed; no false hard")
_SM_WHY = ("sendmail's MIME-less heading broken between 'transient' and 'non-fatal errors -----' ({}); d.lopes's 550 "
           "stays hard, no false hard")

KNOWN_DELAY63: dict[tuple[str, str], str] = {
    **{(t, "delay63:dl63-exim-delay-two-one-unknown"): _EXIM_TWO
       for t in ("wrap_72", "wrap_60", "wrap_66_folded", "wrap_50_flush")},
    ("wrap_50_flush", "delay63:dl63-sendmail-plain-one-failed-one-delayed"): _SM_WHY.format(
        "c.ferraz read onhold with no action: a delay read a final soft bounce"),
    ("wrap_40_tab", "delay63:dl63-sendmail-plain-one-failed-one-delayed"): _SM_WHY.format(
        "c.ferraz still delayed, its reason expired for userunknown: soft either way while delayed"),
}
