from fairdesk.cli import main

raise SystemExit(main())
