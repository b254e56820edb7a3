#!/usr/bin/perl
# What Sisimai (Debian's libsisimai-perl) reads in each message, for benchmarks/sisimai_diff.py.
# Usage: perl benchmarks/sisimai_read.pl FILE...
# Prints one tab-separated line per recipient Sisimai finds: file, address, reason, softbounce
# (0 hard, 1 soft, -1 undecided); a message it reads no bounce in prints "file - - -".
# Line endings are normalised first, as Sisimai's own mailbox readers do.
use strict;
use warnings;
use Sisimai::Message;
use Sisimai::Data;

for my $path (@ARGV) {
    open(my $fh, '<:raw', $path) or die "cannot read $path: $!";
    local $/;
    my $text = <$fh>;
    close $fh;
    $text =~ s/\r\n/\n/g;
    $text =~ s/\r/\n/g;
    my $mesg = Sisimai::Message->new('data' => $text);
    my $data = $mesg ? (Sisimai::Data->make('data' => $mesg) || []) : [];
    if (!@$data) {
        print "$path\t-\t-\t-\n";
        next;
    }
    printf "%s\t%s\t%s\t%s\n", $path, $_->recipient->address, $_->reason, $_->softbounce for @$data;
}
