"""WorkloadNetworkPolicy: deny all ingress to a part's pods except from its gateway and scraper."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"


@dataclass(frozen=True)
class PodPeer:
    """Pods with `pod_labels` in namespace `namespace`."""

    namespace: str
    pod_labels: Mapping[str, str]


class WorkloadNetworkPolicy(Construct):
    """A NetworkPolicy named like the part, selecting its pods, with two ingress rules:
    `gateway` pods -> `serving_ports`, `scraper` pods -> `metrics_ports` (none: no rule), plus one rule per
    `other_peers` entry (e.g. an endpoint picker scraping the serving port). Egress is not
    restricted (the pods download weights and reach Vault-synced services). Sync wave: the workload's."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        serving_ports: Sequence[int],
        gateway: PodPeer,
        metrics_ports: Sequence[int] = (),
        scraper: PodPeer | None = None,
        other_peers: Sequence[tuple[PodPeer, Sequence[int]]] = (),
    ) -> None:
        super().__init__(scope, id)
        if not serving_ports:
            raise ValueError("WorkloadNetworkPolicy: 'serving_ports' must list at least one port")
        self.network_policy_name = meta.name
        rules = [_ingress_rule(gateway, serving_ports)]
        if metrics_ports:
            if scraper is None:
                raise ValueError("WorkloadNetworkPolicy: 'metrics_ports' needs a 'scraper'")
            rules.append(_ingress_rule(scraper, metrics_ports))
        rules += [_ingress_rule(peer, ports) for peer, ports in other_peers]
        k8s.KubeNetworkPolicy(
            self,
            "Resource",
            metadata=meta.core(meta.name, sync_wave(SyncWave.WORKLOAD)),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=meta.selector),
                policy_types=["Ingress"],
                ingress=rules,
            ),
        )


def _ingress_rule(peer: PodPeer, ports: Sequence[int]) -> k8s.NetworkPolicyIngressRule:
    return k8s.NetworkPolicyIngressRule(
        from_=[
            k8s.NetworkPolicyPeer(
                namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: peer.namespace}),
                pod_selector=k8s.LabelSelector(match_labels=dict(peer.pod_labels)),
            )
        ],
        ports=[k8s.NetworkPolicyPort(port=k8s_values.port_number(port), protocol="TCP") for port in sorted(set(ports))],
    )
