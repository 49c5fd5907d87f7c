"""The bundle's entry point: the same `yjfield` command as a source install."""

import sys

from yjfield.cli import main

if __name__ == "__main__":
    sys.exit(main())
