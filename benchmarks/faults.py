"""Full-size runs of the stress harness in tests/stress/harness/faults.py (its docstring says
what it does and how to read the figures); the CI-size run is tests/stress/test_faults.py.

    .venv/bin/python benchmarks/faults.py --help
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.stress.harness.faults import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
