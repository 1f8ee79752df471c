"""What the platform reads beside dist/: JSON Schemas and TypeScript of the workload files, the
Backstage catalog and the Argo CD Applications, all derived from the registered kinds and the loaded
values (see outputs.py)."""
