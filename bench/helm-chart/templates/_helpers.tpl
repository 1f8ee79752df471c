{{- define "bench.labels" -}}
app.kubernetes.io/component: llm-inference-server
app.kubernetes.io/instance: {{ .name }}
app.kubernetes.io/managed-by: Helm
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: ai-workloads
app.kubernetes.io/version: {{ .w.container.image.tag | quote }}
backstage.io/kubernetes-id: {{ .name }}
{{- end -}}

{{- define "bench.selector" -}}
app.kubernetes.io/instance: {{ .name }}
app.kubernetes.io/name: {{ .name }}
{{- end -}}
