"""WorkloadNetworkPolicy: deny all ingress to a workload's pods except from its gateway and scraper."""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from cdk8s_plus_27 import k8s
from constructs import Construct

from ai_workloads import k8s_values
from ai_workloads.metadata import object_meta

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"


class WorkloadNetworkPolicy(Construct):
    """A NetworkPolicy `<name>` selecting `pod_labels` with two ingress rules:
    gateway pods -> `serving_ports`, scraper pods -> `metrics_port`. Egress is not restricted (the
    pods download weights and reach Vault-synced services)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        pod_labels: Mapping[str, str],
        serving_ports: Sequence[int],
        metrics_port: Optional[int],
        gateway_namespace: str,
        gateway_pod_labels: Mapping[str, str],
        monitoring_namespace: str,
        monitoring_pod_labels: Mapping[str, str],
        labels: Mapping[str, str],
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        if not serving_ports:
            raise ValueError("WorkloadNetworkPolicy: 'serving_ports' must list at least one port")
        self.network_policy_name = name
        rules = [
            _ingress_rule(gateway_namespace, gateway_pod_labels, serving_ports),
        ]
        if metrics_port is not None:
            rules.append(_ingress_rule(monitoring_namespace, monitoring_pod_labels, [metrics_port]))
        k8s.KubeNetworkPolicy(
            self,
            "Resource",
            metadata=object_meta(name, namespace, labels, annotations),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=dict(pod_labels)),
                policy_types=["Ingress"],
                ingress=rules,
            ),
        )


def _ingress_rule(namespace: str, pod_labels: Mapping[str, str], ports: Sequence[int]) -> k8s.NetworkPolicyIngressRule:
    return k8s.NetworkPolicyIngressRule(
        from_=[
            k8s.NetworkPolicyPeer(
                namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: namespace}),
                pod_selector=k8s.LabelSelector(match_labels=dict(pod_labels)),
            )
        ],
        ports=[k8s.NetworkPolicyPort(port=k8s_values.port_number(port), protocol="TCP") for port in sorted(set(ports))],
    )
