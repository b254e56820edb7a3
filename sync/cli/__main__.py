"""`python -m sync.cli`, as the module once ran itself."""

import sys

from sync.cli import main

sys.exit(main())
