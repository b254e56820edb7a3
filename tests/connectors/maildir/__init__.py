"""The local mail sources (connectors/maildir/): a Maildir, a folder of .eml files, an mbox."""
