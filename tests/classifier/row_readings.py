"""Every review row's reading, kept and compared: a tool for a round of mends, not a pytest test.

    .venv/bin/python tests/classifier/row_readings.py dump FILE.json
    .venv/bin/python tests/classifier/row_readings.py compare FILE.json

The review tests hold each row to its reviewer's expectation, except the rows kept as strict xfails: those only have
to stay wrong, so a mend may move one of them further from what its server said and no test sees it (session 42: a
shared-block rule took kim's own "551 5.1.6 User not local; please try <lead>" in review 183's strict-xfail row, and
kim lost its hasmoved, hard). `dump` records the reading the invariance grid uses (bounce or not; each recipient's
reason, hard/soft and whose fault; the original's Message-ID) for every row of tests/classifier/review_*.py; `compare`
reads them again and lists every row that reads otherwise (rows added since are not compared), exiting 1 if one does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.classifier.invariance import reading  # noqa: E402
from tests.classifier.variants import review_rows  # noqa: E402


def readings() -> dict[str, str]:
    return {key: repr(reading(raw)) for key, (_name, raw, *_rest) in review_rows().items()}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("dump", "compare"):
        print(__doc__)
        return 2
    path = Path(argv[1])
    now = readings()
    if argv[0] == "dump":
        path.write_text(json.dumps(now, indent=0, sort_keys=True))
        print(f"{len(now)} readings written to {path}")
        return 0
    before = json.loads(path.read_text())
    changed = [key for key in before if key in now and before[key] != now[key]]
    for key in changed:
        print(f"CHANGED {key}\n  was {before[key]}\n  now {now[key]}")
    print(f"{len([k for k in before if k in now])} compared, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
