"""Values models shared by the workload kinds (private: each kind re-exports what it uses)."""
