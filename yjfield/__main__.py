import sys

from yjfield.cli import main

sys.exit(main())
