"""Review forecast65's rows under the whole invariance grid (50 rows, 16 changed readings): its four Amazon SES
events re-cased or attached to a forward are no SES notification, unfair as review delay63's SES rows (the same two
judgements). None is a false hard."""

from __future__ import annotations

_SES_KEYS = tuple(f"forecast65:{r}" for r in ("f65-31-ses-bounce-spamhaus", "f65-50-ses-bounce-dmarc",
                                              "f65-113-ses-bounce-brbl", "f65-115-ses-bounce-gmail-disabled"))

UNFAIR_FORECAST65: dict[tuple[str, str], str] = {
    **{(t, k): "SES's JSON event re-cased: its keys and values ('eventType', 'bounceType') are case-sensitive"
       for t in ("upper_notice", "lower_notice", "title_notice") for k in _SES_KEYS},
    **{("forward_attached", k): ("SES's SNS notification is read only by its own header test, which the forward hides "
                                 "(review delay63's judgement for its SES rows)")
       for k in _SES_KEYS},
}
