"""The changed readings and unfair cases the whole invariance grid found from session 42 on, gathered for
test_review_invariance (a module at the house rule's 450 lines): one import there, one file per grid here."""

from __future__ import annotations

from tests.classifier.invariance_known42 import KNOWN42, UNFAIR61
from tests.classifier.invariance_known43 import KNOWN43
from tests.classifier.invariance_known44 import UNFAIR44
from tests.classifier.invariance_known_audit59 import KNOWN_AUDIT59
from tests.classifier.invariance_known_audit62 import KNOWN_AUDIT62
from tests.classifier.invariance_known_audit64 import KNOWN_AUDIT64, UNFAIR_AUDIT64
from tests.classifier.invariance_known_audit65b import KNOWN_AUDIT65B
from tests.classifier.invariance_known_audit65c import KNOWN_AUDIT65C
from tests.classifier.invariance_known_audit66 import KNOWN_AUDIT66
from tests.classifier.invariance_known_audit66b import KNOWN_AUDIT66B
from tests.classifier.invariance_known_audit67 import KNOWN_AUDIT67
from tests.classifier.invariance_known_audit67b import KNOWN_AUDIT67B
from tests.classifier.invariance_known_delay63 import KNOWN_DELAY63, UNFAIR_DELAY63
from tests.classifier.invariance_known_forecast65 import UNFAIR_FORECAST65
from tests.classifier.invariance_known_forecast67 import KNOWN_FORECAST67
from tests.classifier.invariance_known_leftovers65 import UNFAIR_LEFTOVERS65
from tests.classifier.invariance_known_leftovers66 import KNOWN_LEFTOVERS66
from tests.classifier.invariance_known_lists63 import KNOWN_LISTS63

KNOWN_LATE: dict[tuple[str, str], str] = {**KNOWN42, **KNOWN_AUDIT59, **KNOWN43, **KNOWN_AUDIT62, **KNOWN_DELAY63,
                                           **KNOWN_LISTS63, **KNOWN_AUDIT64, **KNOWN_AUDIT65B,
                                           **KNOWN_AUDIT65C, **KNOWN_LEFTOVERS66, **KNOWN_AUDIT66,
                                           **KNOWN_AUDIT66B, **KNOWN_FORECAST67, **KNOWN_AUDIT67,
                                           **KNOWN_AUDIT67B}
UNFAIR_LATE: dict[tuple[str, str], str] = {**UNFAIR61, **UNFAIR44, **UNFAIR_DELAY63, **UNFAIR_AUDIT64,
                                            **UNFAIR_LEFTOVERS65, **UNFAIR_FORECAST65}
