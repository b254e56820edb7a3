"""Full-size runs of the stress harness in tests/stress/harness/kill_anywhere.py (its docstring says
what it does and how to read the figures); the CI-size run is tests/stress/test_kill_anywhere.py.

    .venv/bin/python benchmarks/kill_anywhere.py --help
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.stress.harness.kill_anywhere import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
