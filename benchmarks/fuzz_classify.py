"""Full-size fuzzing of the classifier: the harness in tests/stress/harness/fuzz_classify.py
(its docstring says what it mutates and how to read the figures); the CI-size run is
tests/stress/test_bad_input.py.

    .venv/bin/python benchmarks/fuzz_classify.py --n 100000
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.stress.harness.fuzz_classify import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
