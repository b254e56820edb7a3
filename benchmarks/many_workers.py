"""Full-size runs of the stress harness in tests/stress/harness/many_workers.py (its docstring says
what it does and how to read the figures); the CI-size run is tests/stress/test_many_workers.py.

    .venv/bin/python benchmarks/many_workers.py --help
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.stress.harness.many_workers import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
