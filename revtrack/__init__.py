"""revtrack: how a news story changed from one version to the next.

    >>> from revtrack import compare
    >>> c = compare("KYIV (Reuters) - Fighting went on.", "KYIV (Reuters) - Fighting went on.\\n\\nMore later.")
    >>> c.summary["added"]
    1
"""

from .comparison import SCHEMA_VERSION, Change, Comparison, compare, compare_versions
from .text import Version, parse_version

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Change", "Comparison", "Version", "compare", "compare_versions", "parse_version", "__version__"]
