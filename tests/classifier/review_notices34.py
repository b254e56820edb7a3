"""The thirty-fourth review: an adversarial FALSE-BOUNCE audit. Whole messages that land in a
sales sender's inbox and are NOT bounces (a message read as a bounce unenrolls a live prospect,
the product's worst harm), or are a forwarded bounce the team reads as the bounce itself:

- review_notices34_away.py: out-of-office and leaver auto-replies as Exchange/Outlook (Online
  and 2010), Gmail, Zimbra, Zoho, Lotus Notes/Domino (agent and service), GroupWise, iCloud,
  Yahoo, Dovecot Pigeonhole, Cyrus, vacation(1) and procmail write them, in English, German,
  French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Russian, Japanese, Chinese and ten
  more, many in a bounce's words ("undeliverable", "mailbox full", "no longer monitored", "I no
  longer work here", "user unknown").
- review_notices34_machines.py: ticket systems' and CRMs' acknowledgements (Zendesk, Freshdesk,
  Salesforce, HubSpot, Jira Service Management, Znuny, GitLab), success DSNs (delivered,
  relayed, expanded), read and non-read MDNs in eleven languages, challenge-response requests,
  Mailman 3 / LISTSERV moderation and confirmation, Exchange's message recall reports.
- review_notices34_persons.py: replies quoting a real bounce under the person's text, a colleague
  forwarding a bounce with a question (read as the bounce, review_notices19), a person's own
  subject "Delivery failed" about goods, a postmaster's own out-of-office.
- review_notices34_edges.py: auto-replies repeating a seller's subject in a bounce's words,
  mailboxes whose names look like a mail system's, Outlook's rule replies, HTML away texts.
- review_notices34_more.py (second round): localised auto-replies repeating a seller's subject in
  a bounce's words with a labelled new address, away texts quoting an SMTP reply, a prospect
  forwarding the bounce they got, Exchange 2003's plain-text receipts, calendar replies.

Rows: (name, source, raw, expected); expected [] = no bounce (taxonomy section 5), written from
the words and shared/classifier/taxonomy.md BEFORE the classifier ran. test_review_notices34.py
runs them."""

from __future__ import annotations

from tests.classifier import review_notices34_away, review_notices34_edges, review_notices34_machines, \
    review_notices34_more, review_notices34_persons

ROWS = (review_notices34_away.AWAY_ROWS + review_notices34_machines.MACHINES_ROWS
        + review_notices34_persons.PERSONS_ROWS + review_notices34_edges.EDGES_ROWS + review_notices34_more.MORE_ROWS)
