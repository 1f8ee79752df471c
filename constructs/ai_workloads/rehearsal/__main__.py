"""`python -m ai_workloads.rehearsal`: see rehearse.py."""

import sys

from ai_workloads.rehearsal.rehearse import main

sys.exit(main())
