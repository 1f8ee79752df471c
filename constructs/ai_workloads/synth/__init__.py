"""The synthesis pipeline: load workload files, build the constructs, run the gates, write dist/."""
