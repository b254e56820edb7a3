"""The seventy-third review's notices that are NOT bounces although they quote one: what sales
engagement tools and ESPs send the salesperson about a bounce (a prospect marked bounced and taken
out of a sequence, a campaign paused for its bounce rate, a bounce digest), and the auto-replies
that ESPs count among bounces (Postmark's AutoResponder and AddressChange types, Constant
Contact's "Vacation/Auto-Reply" bounce category, Mailchimp's note on vacation replies).

Why none is a bounce (every row expects []): taxonomy section 5 (only a delivery-failure report of
a mail system is a bounce; auto-replies and other mail are not) and DESIGN.md "Trust" (a bounce acts
on a recipient only with evidence that this mailbox sent that recipient the original: its
Message-ID in sent mail; a tool's notification returns no original, and anyone can write one).
The receiver's own DSN reaches the connected inbox too (HubSpot: "You'll receive a bounceback email
with the full bounce response in your own inbox"), so reading the notice as well would count one
bounce twice. The tools' documented behaviour is cited; every notice text is HAND-MADE (weak)."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import mail

LEAD = "lead@partner.example"
_AUTO = "Auto-Submitted: auto-generated\n"
_BULK = "Auto-Submitted: auto-generated\nPrecedence: bulk\n"
_REPLY = "550 5.1.1 The email account that you tried to reach does not exist."

NOTIFICATION_ROWS = [
    ("hubspot-sequence-unenrolled-bounced", "(weak: HubSpot KB 'Email bounce types' (one-to-one and sequence emails: "
     "bounce details on the contact timeline, the bounceback in your own inbox) and 'Sequences: unenroll on bounce'; "
     "notice text HAND-MADE)",
     mail("HubSpot <noreply@notifications.hubspot.com>", "Lee Ad was unenrolled from Q3 outbound",
          f"Your sequence email \"Quote for Q3\" to Lee Ad ({LEAD}) bounced, so Lee Ad was unenrolled from the "
          f"sequence Q3 outbound.\n\nBounce type: Hard bounce\nReason: Unknown user\nServer response: {_REPLY}\n\n"
          "View contact\n", _AUTO), []),
    ("hubspot-not-sent-previously-bounced", "(weak: HubSpot KB 'Email bounce types' (hard-bounced contacts are "
     "excluded from future emails); notice text HAND-MADE)",
     mail("HubSpot <noreply@notifications.hubspot.com>", "Your email to Lee Ad wasn't sent",
          f"Your email \"Quote for Q3\" wasn't sent because {LEAD} has previously hard bounced (550 5.1.1 user "
          "unknown). Update the contact's email address to send again.\n", _AUTO), []),
    ("outreach-prospect-bounced", "(weak: Outreach 'Sequence States Overview' (211861917: Bounced, 'The email has "
     "bounced') and 'Understanding Bounced Emails' (115004605147); notice text HAND-MADE)",
     mail("Outreach <notifications@outreach.io>", "Prospect bounced: Lee Ad",
          f"Lee Ad <{LEAD}> bounced on step 2 of the sequence Q3 Outbound and is no longer active in it.\n\n"
          "Hard bounces (a 5.x.x error) happen when an email can't be delivered.\nBounce message: 550 5.1.1 "
          "<lead@partner.example>: Recipient address rejected: User unknown\n", _AUTO), []),
    ("outreach-mailbox-sync-bounce-digest", "(weak: Outreach 'Understanding Bounced Emails' (bounces parsed from the "
     "mailbox); digest text HAND-MADE)",
     mail("Outreach <notifications@outreach.io>", "Your daily sequence summary: 3 bounced",
          f"Delivered 41 | Opened 17 | Replied 2 | Bounced 3\n\nBounced:\n- {LEAD} (Mailbox unavailable)\n"
          "- kim@other.example (Mailbox full)\n- pat@third.example (Blocked)\n", _BULK), []),
    ("salesloft-removed-from-cadence", "(weak: Salesloft cadence settings 'Remove bounced people' / bounce stage, as "
     "Workato's Salesloft connector fields describe them; notice text HAND-MADE)",
     mail("Salesloft <notifications@salesloft.com>", "Lee Ad was removed from Q3 Cadence",
          f"An email to Lee Ad ({LEAD}) bounced and Lee Ad was removed from the cadence Q3 Cadence and moved to the "
          f"stage Bounced.\n\nReason given by the recipient server: {_REPLY}\n", _AUTO), []),
    ("apollo-contact-bounced", "(weak: Apollo 'Troubleshoot Bounced Emails' (hard bounce: the address is invalid or "
     "non-existent); notice text HAND-MADE)",
     mail("Apollo <notifications@apollo.io>", "1 contact bounced in Q3 Sequence",
          f"Lee Ad ({LEAD}) hard bounced and was marked as finished in Q3 Sequence.\nEmail status set to: "
          "Bounced\nError: 550 No such user here\n", _AUTO), []),
    ("lemlist-campaign-paused-bounce-rate", "(weak: lemlist 'Understanding and reducing bounces' (4511285: campaigns "
     "paused automatically above a 50% bounce rate after 100 leads); notice text HAND-MADE)",
     mail("lemlist <team@lemlist.com>", "Your campaign \"Q3 outbound\" has been paused",
          "We paused your campaign because its bounce rate went over 50% (58 bounces for 100 contacted leads). Hard "
          "bounces: invalid or non-existent email addresses. Verify your leads, then resume the campaign.\n",
          _AUTO), []),
    ("lemwarm-paused-dmarc", "(weak: lemlist 'Why was lemwarm paused?' (12918125: ERR_SETUP_10011, valid DMARC but "
     "your server rejects the email); notice text HAND-MADE)",
     mail("lemwarm <team@lemlist.com>", "lemwarm paused: ERR_SETUP_10011",
          "lemwarm was paused for seller@ourco.example.\n\nERR_SETUP_10011 - valid DMARC, but your server rejects "
          "the email: 550 5.7.26 Unauthenticated email is not accepted due to domain's DMARC policy.\n", _AUTO), []),
    ("woodpecker-prospect-status-bounced", "(weak: Woodpecker 'Bounced and invalid - what's the difference?' "
     "(5241840: the prospect's status set to BOUNCED automatically); notice text HAND-MADE)",
     mail("Woodpecker <notifications@woodpecker.co>", "Prospect status changed to BOUNCED",
          f"The prospect {LEAD} in campaign Q3 has the status BOUNCED and will not be contacted again.\n\n"
          "Message from the mail server: Delivery to the following recipient failed permanently.\n", _AUTO), []),
    ("constant-contact-bounce-report", "(weak: Constant Contact 'Bounces: why a contact didn't get your email' "
     "(Non-existent, Undeliverable, Suspended, Mailbox Full, Blocked, Vacation/Auto-Reply, Other); report text "
     "HAND-MADE)",
     mail("Constant Contact <reports@constantcontact.com>", "Your email \"Q3 offer\" report: 4 bounces",
          f"Bounces\nNon-existent: {LEAD}\nMailbox Full: kim@other.example\nVacation/Auto-Reply: pat@third.example\n"
          "Recommended for removal: 1 contact\n", _BULK), []),
    ("mailchimp-cleaned-hard-bounce", "(weak: Mailchimp 'Soft vs. hard bounces' (hard bounced addresses are cleaned "
     "from your audience); notice text HAND-MADE)",
     mail("Mailchimp <noreply@mailchimp.com>", "Contacts cleaned after your campaign",
          f"1 contact was cleaned from Vendor News because the email hard bounced: {LEAD} (Recipient email address "
          "doesn't exist). Cleaned contacts are excluded from all future sends.\n", _BULK), []),
    ("instantly-sending-account-paused", "(weak: sales engagement tools' 'bounce protection' that pauses a sending "
     "account, as Instantly's and Smartlead's help pages describe it; notice text HAND-MADE)",
     mail("Instantly <notifications@instantly.ai>", "Sending paused for seller@ourco.example",
          "Bounce protection paused sending from seller@ourco.example: 12 of the last 100 emails bounced (550 5.1.1 "
          "user unknown, 550 5.4.1 Recipient address rejected: Access denied).\n", _AUTO), []),
]

# ---- auto-replies the ESPs count among bounces ------------------------------------------------
AUTOREPLY_ROWS = [
    ("postmark-autoresponder-out-of-office", "Postmark bounce type AutoResponder ('Automatic email responder (ex: "
     "Out of Office or On Vacation)'); Constant Contact's Vacation/Auto-Reply bounce category; Mailchimp's note that "
     "vacation replies are not necessarily soft bounces (the away text HAND-MADE)",
     mail(f"Lee Ad <{LEAD}>", "Automatic reply: Quote for Q3",
          "I am out of the office until 14 December with limited access to email.\n",
          "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"), []),
    # The old address answers: it is alive. Postmark files the notice as a bounce (AddressChange).
    ("postmark-addresschange-new-address", "Postmark bounce type AddressChange ('The recipient has requested an "
     "address change') (the auto-reply text HAND-MADE)",
     mail(f"Lee Ad <{LEAD}>", "Re: Quote for Q3",
          "Please note my new email address: lee.ad@newco.example. Mail to this address is still read until the end "
          "of the year; please update your records.\n", "Auto-Submitted: auto-replied\n"), []),
    ("mailup-unsubscribe-request-to-bounce-address", "(weak: MailUp's bounce categories 'UNSUBSCRIBE REQUEST: the "
     "receiver ... wrote instead to the bounce address'; text HAND-MADE)",
     mail(f"Lee Ad <{LEAD}>", "Re: Quote for Q3", "Please remove me from your list. Unsubscribe.\n"), []),
]

MORE_ROWS = NOTIFICATION_ROWS + AUTOREPLY_ROWS
