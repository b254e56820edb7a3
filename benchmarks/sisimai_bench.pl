#!/usr/bin/perl
# Times Sisimai (Debian's libsisimai-perl) in-process, for benchmarks/classify_bench.py.
# Usage: perl benchmarks/sisimai_bench.pl FILE...
# Every file is read into memory first and every message decoded once (warm-up); the driver
# prints "sisimai VERSION" and then waits: each line "run" on stdin decodes every message from
# memory once (Sisimai::Message->new + Sisimai::Data->make, which is what Sisimai->make does
# per message) and prints the per-message seconds of that run on one line, space-separated.
# classify_bench.py asks for one run between its own, so machine load hits every contender
# alike. "run cpu" times with the process's CPU clock instead of the wall clock (time spent
# waiting for a core on a shared machine is then left out). No file is read while the clock
# runs. EOF or "quit" ends it.
use strict;
use warnings;
use Time::HiRes qw(time clock_gettime CLOCK_PROCESS_CPUTIME_ID);
use Sisimai;
use Sisimai::Message;
use Sisimai::Data;

my @messages;
for my $path (@ARGV) {
    open(my $fh, '<:raw', $path) or die "cannot read $path: $!";
    local $/;
    my $text = <$fh>;
    close $fh;
    # Sisimai's own readers normalise line endings before parsing; do the same, untimed.
    $text =~ s/\r\n/\n/g;
    $text =~ s/\r/\n/g;
    push @messages, $text;
}

sub decode_one {
    my $text = shift;
    my $mesg = Sisimai::Message->new('data' => $text) or return 0;
    my $data = Sisimai::Data->make('data' => $mesg) || [];
    return scalar @$data;
}

decode_one($_) for @messages;    # warm up: load every module once
$| = 1;
print "sisimai $Sisimai::VERSION\n";
while (my $command = <STDIN>) {
    last if $command =~ /^quit/;
    my $clock = $command =~ /cpu/ ? sub { clock_gettime(CLOCK_PROCESS_CPUTIME_ID) } : \&time;
    my @times;
    for my $text (@messages) {
        my $t0 = $clock->();
        decode_one($text);
        push @times, sprintf("%.7f", $clock->() - $t0);
    }
    print join(' ', @times), "\n";
}
