"""Rehearsal on a real control plane (issue #20); binaries.py builds its pinned binaries."""
