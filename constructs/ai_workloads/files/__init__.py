"""Filesystem helpers shared by synth/ and platform/: the workload-file reader, the YAML writer and the
output folders (checked, staged, replaced). They import nothing of the library but ai_workloads.errors."""
