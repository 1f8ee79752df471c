"""Gate: no two workload files claim the same public host name (on one destination cluster).

A host is claimed by a Gateway listener (`hostname`) or by a gateway-bound Istio VirtualService
(`hosts`). Two files claiming overlapping hosts (a wildcard `*.example.com` overlaps every name below
it) would silently take each other's traffic: the later Gateway or Certificate wins, or an Istio
VirtualService and a Gateway answer for one name.

The one sharing the routing layer really supports: Istio merges VirtualServices that are bound to the
same gateway and name the same host into one route table (istio.io, "Traffic Management Best
Practices: Split large virtual services and destination rules into multiple resources"; this applies
to gateway-bound VirtualServices, not to sidecars). So two such VirtualServices may share a host when
their path prefixes do not overlap; the order in which Istio merges them is not defined, which is why
overlapping prefixes are refused.

Host claims are global: a public DNS name resolves to one place whatever Argo CD cluster a workload is
deployed to, so two clusters serving one name split its traffic by DNS (and each issues its own
certificate for it). Only the VirtualService merge is per cluster: it happens inside one cluster's
Istio gateway, so VirtualServices on different clusters never share a host.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ai_workloads.gates.rendered import object_label

Finding = tuple[str, str, str, str]  # (file, object label, field path, message)


@dataclass(frozen=True)
class _Claim:
    file: str
    label: str
    path: str
    host: str
    # For a gateway-bound VirtualService: the gateways it binds and the URI prefixes/exact paths it
    # routes (a path `p` is routed as a prefix unless `exact`); None for a Gateway listener (all paths).
    gateways: frozenset[str] | None = None
    paths: tuple[tuple[str, bool], ...] | None = None
    order: int = 0  # position in synthesis order (the earlier claim is reported)


def hosts_overlap(a: str, b: str) -> bool:
    """Equal names, or a wildcard `*.d` and any name under `d` (or another wildcard under it)."""
    if a == b:
        return True
    return any(wildcard.startswith("*.") and other.endswith(wildcard[1:]) for wildcard, other in ((a, b), (b, a)))


def _paths_overlap(a: tuple[tuple[str, bool], ...], b: tuple[tuple[str, bool], ...]) -> bool:
    def overlap(p: tuple[str, bool], q: tuple[str, bool]) -> bool:
        (p_path, p_exact), (q_path, q_exact) = p, q
        if p_exact and q_exact:
            return p_path == q_path
        if p_exact:
            return p_path.startswith(q_path)
        if q_exact:
            return q_path.startswith(p_path)
        return p_path.startswith(q_path) or q_path.startswith(p_path)

    return any(overlap(p, q) for p in a for q in b)


def _claims(entries: Iterable[tuple[str, dict[str, Any], str]]) -> Iterator[_Claim]:
    order = 0
    for file, manifest, cluster in entries:
        kind, spec = manifest.get("kind"), manifest.get("spec") or {}
        label = object_label(manifest)
        if kind == "Gateway":
            for i, listener in enumerate(spec.get("listeners") or []):
                if listener.get("hostname"):
                    order += 1
                    yield _Claim(file, label, f"spec.listeners[{i}].hostname", listener["hostname"], order=order)
        elif kind == "VirtualService" and spec.get("gateways"):
            namespace = (manifest.get("metadata") or {}).get("namespace", "")
            gateways = frozenset(f"{cluster}/" + (g if "/" in g else f"{namespace}/{g}") for g in spec["gateways"])
            paths = tuple(
                (uri["exact"], True) if "exact" in uri else (uri.get("prefix", "/"), False)
                for route in spec.get("http") or []
                for uri in [(match.get("uri") or {"prefix": "/"}) for match in (route.get("match") or [{}])]
            )
            for i, host in enumerate(spec.get("hosts") or []):
                order += 1
                yield _Claim(file, label, f"spec.hosts[{i}]", host, gateways, paths or (("/", False),), order)


def _conflict(first: _Claim, later: _Claim, field_of: Callable[[str, str], str | None] | None) -> str | None:
    if not hosts_overlap(first.host, later.host):
        return None
    first_field = field_of(first.file, first.host) if field_of else None
    where = f"{first.file} {first_field} ({first.label})" if first_field else f"{first.file} ({first.label})"
    if first.paths is not None and later.paths is not None and first.gateways == later.gateways:
        if not _paths_overlap(first.paths, later.paths):
            return None  # Istio merges gateway-bound VirtualServices of one host
        return f"host '{later.host}' is also routed by {where} through the same gateway with overlapping paths"
    return f"host '{later.host}' is already claimed by {where}: two workloads cannot serve one host name"


def _suffixes(host: str) -> list[str]:
    """`a.b.example.com` -> `b.example.com`, `example.com`, `com` (what a wildcard above it names)."""
    labels = host.removeprefix("*.").split(".")
    return [".".join(labels[i:]) for i in range(0 if host.startswith("*.") else 1, len(labels))]


def host_claim_findings(
    entries: list[tuple[str, dict[str, Any], str]], field_of: Callable[[str, str], str | None] | None = None
) -> Iterator[Finding]:
    """A finding at every claim that overlaps a claim of an earlier file (files in synthesis order);
    `entries` are (file, manifest, Argo CD cluster) of every cluster. With `field_of(file, host)` (the
    workload field that declares a host), a finding names that field, then the rendered object.

    Linear in the number of claims: earlier claims are indexed by exact name, by the domain a wildcard
    covers, and by every domain a name lies under, so each claim only meets the claims it can overlap.
    """
    by_name: dict[str, list[_Claim]] = {}
    by_wildcard_domain: dict[str, list[_Claim]] = {}
    by_parent_domain: dict[str, list[_Claim]] = {}
    for later in _claims(entries):
        candidates = list(by_name.get(later.host, []))
        for domain in _suffixes(later.host):
            candidates += by_wildcard_domain.get(domain, [])
        if later.host.startswith("*."):
            candidates += by_parent_domain.get(later.host[2:], [])
        for first in sorted(candidates, key=lambda claim: claim.order):
            message = None if first.file == later.file else _conflict(first, later, field_of)
            if message:
                field = field_of(later.file, later.host) if field_of else None
                if field:
                    yield later.file, "", field, f"{message} (rendered as {later.label}.{later.path})"
                else:
                    yield later.file, later.label, later.path, message
                break
        by_name.setdefault(later.host, []).append(later)
        if later.host.startswith("*."):
            by_wildcard_domain.setdefault(later.host[2:], []).append(later)
        for domain in _suffixes(later.host):
            by_parent_domain.setdefault(domain, []).append(later)
