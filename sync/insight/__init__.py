"""What bounce-sync tells people, built from the state store's rows by pure functions:

- words.py: plain words for reasons, outcomes, statuses and times (shared by all below);
- explain.py: `bounce-sync explain ADDRESS`, everything recorded about one address;
- report.py: `bounce-sync report`, bounce rates per mailbox, sequence, reason and domain;
- charts.py and page.py: the report as one self-contained HTML page with inline SVG charts;
- suppression.py: the suppression list as CSV;
- tally.py: what counts as a bounce in `status` and `report` (one rule for both);
- status_text.py: `bounce-sync status` in plain words, and its --failed/--unmatched lists.

No I/O and no clock here (the CLI reads the store, the CRM and the clock, and hands the
rows over), so every output is tested from rows alone.
"""
