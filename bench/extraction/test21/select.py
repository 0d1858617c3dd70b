"""Draw the sampled items of this test set (PolitiFact lines, IndoNLI premises) again.

Usage: python bench/extraction/test21/select.py [DATA_DIR] > selected.jsonl
(DATA_DIR: ../shared/bench by default). How: bench/extraction/sampling.py, with this set's
seed and the sets drawn before it excluded by source.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sampling import main  # noqa: E402

main(number=21, seed=2045)
