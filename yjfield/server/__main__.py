from yjfield.server.cli import main

raise SystemExit(main())
