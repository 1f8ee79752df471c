"""The rehearsal (issue #20): every rendered object applied to a real Kubernetes control plane (etcd,
kube-apiserver, kube-controller-manager, kube-scheduler built from the Go module proxy by binaries.py)
with simulated GPU nodes (kwok), and synced by the real Argo CD (argocd.py). See docs/rehearsal.md."""
