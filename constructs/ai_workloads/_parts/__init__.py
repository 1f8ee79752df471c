"""Parts the workload constructs are assembled from (private): each wraps one or a few objects, or
builds the metadata, security contexts and probes every workload shares."""
