#!/usr/bin/env bash
# Build the pinned promtool (Prometheus 3.16.0: Go module github.com/prometheus/prometheus v0.316.0) into
# ${XDG_CACHE_HOME:-~/.cache}/ai-workloads/bin/promtool-v0.316.0/promtool, once; the tests use it from there.
# Needs Go (1.25 or newer) and the Go module proxy. Takes several minutes on a small machine.
set -euo pipefail
VERSION=v0.316.0
BIN="${XDG_CACHE_HOME:-$HOME/.cache}/ai-workloads/bin/promtool-$VERSION"
if [[ -x "$BIN/promtool" ]]; then
  echo "$BIN/promtool"
  exit 0
fi
mkdir -p "$BIN"
GOBIN="$BIN" go install "github.com/prometheus/prometheus/cmd/promtool@$VERSION"
echo "$BIN/promtool"
