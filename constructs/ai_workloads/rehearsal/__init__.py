"""The rehearsal: every rendered object applied to a real Kubernetes control plane (etcd, kube-apiserver,
kube-controller-manager, kube-scheduler built from the Go module proxy) with simulated GPU nodes (kwok).
See docs/rehearsal.md."""
