"""`maildir` and `mbox`: local mail sources, the embedded default (and imports of exported mail).

Settings of a `[[mailboxes]]` table with `source = "maildir"`:

    address        = "rep@acme.example"  # the mailbox's own address
    path           = "mail"              # relative to the config's folder; either a Maildir
                                         # (has cur/ and new/) or a plain folder of *.eml files
    folders        = ["INBOX", "Bounces"] # optional, Maildir only: "INBOX" is the top level,
                                         # others are Maildir++ subfolders (".Bounces" or
                                         # "Bounces/" with cur/ and new/). Default: the top level
                                         # and every subfolder except `sent_folder`.
    sent_folder    = "Sent"              # optional: the mailbox's sent mail, for verification:
                                         # a subfolder of this Maildir, else a path relative to
                                         # the config's folder (Maildir, *.eml folder or mbox file)
    settle_seconds = 10                  # optional: clock/filesystem skew covered by the cursor

`source = "mbox"` takes `address`, `path` (one mbox file), `sent_folder` (a path, as above) and
`settle_seconds`. Any other key is refused (`ConfigError`, with "did you mean ...?" for a near
miss).

What is read: Maildir `new/` and `cur/` of each folder (never `tmp/`, where deliveries are
still being written, and never dot-files); in a plain folder, the files whose names end in
`.eml` (any case), not its subfolders. Every file is handed over as its bytes, even one that is
not a message (the classifier reports it). Message ids: the Maildir unique name (the file name
before `:2,flags`), the `.eml` file name, or `<mbox file name>@<byte offset>`.

Cursors (opaque JSON for the worker):
* Maildir / folder: the position `(ctime, key)` of the last message handed over, plus the keys
  handed over that arrived within `settle_seconds` of the read. A file's ctime is when it
  appeared at its path (an MDA's rename into new/, a copy, an import) and, unlike mtime, cannot
  be set back by tools that preserve dates, so imported old mail is still seen. A read lists
  new/ before cur/, so a message moving new/ -> cur/ meanwhile is seen at least once; a message
  moved between listing and reading is found again by key. The price: a message whose flags a
  mail client changes (a rename) is handed over again once; the worker's ledger dedupes.
  Memory is flat: a page is the `limit` smallest positions of a streaming directory scan.
* mbox: the byte offset of the next `From ` line, plus checksums of the first 4 KiB and of
  the 4 KiB before the offset. A shorter or rewritten file raises `CursorExpired`. The file is
  read line by line under a shared `fcntl` lock (the lock mail delivery agents take), and a
  last message that may still be being written (no final newline, or a fresh `.lock` dotlock)
  is left for the next run.

`sent_messages(ids)` (sync.ports.LooksUpSent): with `sent_folder`, the sent mail is indexed by
Message-ID with each message's To/Cc/Bcc and Date (headers only, rescanned when the folder
changes), and the worker asks which of the originals its bounces quote were sent from here
and to whom. Without `sent_folder`: None (the policy's `unknown_origin` decides; default:
record only).

`sent_count(since=)` (optional MailSource method, for the worker's bounce-rate alert): how many
messages `sent_folder` holds from `since` on: a Maildir/.eml folder by file times (mtime, or
the Maildir unique name's delivery stamp), opening no file; an mbox by each message's `Date:`
header (headers only), else its `From ` line. None without `sent_folder`.

Where things are: `settings` (the keys both sources share), `spool` (Maildir and .eml
folders), `source` (MaildirSource), `mbox` (MboxSource), `mboxfile` (the line-by-line mbox
reader), `locking` (the fcntl lock and the dotlock), `sent` (the sent index and counts).
"""

from __future__ import annotations

from connectors.maildir.mbox import MboxSource
from connectors.maildir.source import MaildirSource

__all__ = ["MaildirSource", "MboxSource"]
