"""``python -m briefing`` does what the ``briefing`` command does."""

from briefing.cli import main

raise SystemExit(main())
