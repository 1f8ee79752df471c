"""`make bench`: synthesis speed and memory from 1 to 2000 workloads (see run.py)."""
