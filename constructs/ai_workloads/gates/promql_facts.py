"""Every PromQL expression the project renders names only series and labels its exporters really export.

The expression is parsed with a real PromQL parser (the `promql-parser` package: Rust bindings of the
promql-parser crate, in the dev environment), then every vector selector is checked against the metric
facts of the pinned exporters the expression is meant for (`ai_workloads._parts.metrics_facts`):

- the selector names a metric (`{__name__=~...}` is refused: it cannot be checked);
- the name is a series one of the exporters yields (`vllm:request_success_total`, not `..._success`);
- each label matcher names a label that series carries (its own labels, `le` on `_bucket`, the scrape's
  target labels), and an equality matcher on a label whose values the source enumerates uses one of them;
- each `by`/`without`/`on`/`ignoring`/`group_left` label is a label of some selected series.

A query that silently returns nothing because of a renamed metric or a label the engine never sets is
what this refuses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ai_workloads._parts.metrics_facts import MetricFact, MetricsCatalog

if TYPE_CHECKING:  # pragma: no cover
    import promql_parser


def promql_problems(expression: str, catalogs: Sequence[MetricsCatalog]) -> list[str]:
    """What in `expression` is not a fact of `catalogs` (an empty list: everything is)."""
    import promql_parser

    try:
        tree = promql_parser.parse(expression)
    except Exception as error:  # the parser raises its own ValueError subclasses
        return [f"not valid PromQL: {error}"]
    series: dict[str, tuple[MetricFact, frozenset[str]]] = {}
    for catalog in catalogs:
        series.update(catalog.series())
    problems: list[str] = []
    selected_labels: set[str] = set()
    grouping: list[str] = []

    def visit(node: object) -> None:
        if isinstance(node, promql_parser.VectorSelector):
            selected_labels.update(_selector_problems(node, series, problems))
        elif isinstance(node, promql_parser.AggregateExpr) and node.modifier is not None:
            grouping.extend(node.modifier.labels)
        elif isinstance(node, promql_parser.BinaryExpr) and node.modifier is not None:
            if node.modifier.matching is not None:
                grouping.extend(node.modifier.matching.labels)
            grouping.extend(node.modifier.group_labels or ())

    promql_parser.walk(tree, visit)
    for label in grouping:
        if label not in selected_labels:
            problems.append(f"groups or matches on label {label!r}, which no selected series carries")
    return problems


def _selector_problems(
    node: promql_parser.VectorSelector, series: dict[str, tuple[MetricFact, frozenset[str]]], problems: list[str]
) -> frozenset[str]:
    """Problems of one vector selector (appended); returns the labels its series carry."""
    name = node.name
    if not name:
        problems.append(f"selector {node} names no metric")
        return frozenset()
    if name not in series:
        problems.append(f"series {name!r} is not exported")
        return frozenset()
    import promql_parser

    fact, labels = series[name]
    for matcher in node.matchers.matchers:
        if matcher.name == "__name__":
            continue
        if matcher.name not in labels:
            problems.append(f"{name}: label {matcher.name!r} is not a label of this series")
            continue
        allowed = fact.label_values.get(matcher.name)
        if allowed and matcher.op == promql_parser.MatchOp.Equal and matcher.value not in allowed:
            problems.append(
                f"{name}: {matcher.name}={matcher.value!r} is never exported (one of: {', '.join(allowed)})"
            )
    return labels
