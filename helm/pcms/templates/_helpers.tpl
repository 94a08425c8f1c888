{{/* Labels shared by every object of a workload. */}}
{{- define "pcms.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: pcms
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Values.image.tag | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* The labels a workload's pods are selected by. */}}
{{- define "pcms.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The name of a workload's objects: pcms-<name>. */}}
{{- define "pcms.fullname" -}}
{{- printf "pcms-%s" . -}}
{{- end -}}

{{/*
One workload (the gateway, the console or a service): ServiceAccount, ConfigMap, Deployment, Service, and when it runs
more than one replica a HorizontalPodAutoscaler and a PodDisruptionBudget. Called with a dict: root, name, workload (its
values merged over the defaults), role: "gateway" (routes to the console and the services, no database), "console"
(its session store in PostgreSQL, the API through the gateway, no broker) or "service" (PostgreSQL and RabbitMQ).
*/}}
{{- define "pcms.workload" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $w := .workload -}}
{{- $role := .role -}}
{{- $fullname := include "pcms.fullname" $name -}}
{{- $ctx := dict "root" $root "name" $name -}}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "pcms.labels" $ctx | nindent 4 }}
automountServiceAccountToken: false
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "pcms.labels" $ctx | nindent 4 }}
data:
  QUARKUS_PROFILE: prod
  QUARKUS_HTTP_PORT: {{ $w.port | quote }}
  QUARKUS_OIDC_AUTH_SERVER_URL: {{ printf "%s/realms/%s" $root.Values.keycloak.url $root.Values.keycloak.realm | quote }}
  {{- /* The console signs officers in (ID tokens for pcms-web): the API's audience is the gateway's and services' check. */}}
  {{- if ne $role "console" }}
  QUARKUS_OIDC_TOKEN_AUDIENCE: {{ $root.Values.keycloak.audience | quote }}
  {{- end }}
  JAVA_OPTS_APPEND: {{ $w.javaOptions | quote }}
  {{- if eq $role "gateway" }}
  {{- range $service, $s := $root.Values.services }}
  {{ printf "PCMS_GATEWAY_ROUTES_%s_URL" (upper $service) }}: {{ printf "http://%s:%v" (include "pcms.fullname" $service) $s.port | quote }}
  {{- end }}
  PCMS_GATEWAY_ROUTES_CONSOLE_URL: {{ printf "http://%s:%v" (include "pcms.fullname" "console") $root.Values.console.port | quote }}
  {{- else }}
  QUARKUS_DATASOURCE_JDBC_URL: {{ printf "jdbc:postgresql://%s:%v/%s" $root.Values.database.host $root.Values.database.port $w.database | quote }}
  {{- end }}
  {{- if eq $role "console" }}
  PCMS_WEB_API_URL: {{ printf "http://%s:%v" (include "pcms.fullname" "gateway") $root.Values.gateway.port | quote }}
  {{- end }}
  {{- if ne $role "gateway" }}
  {{- with $root.Values.memberStates }}
  PCMS_MEMBER_STATES: {{ join "," . | quote }}
  {{- end }}
  {{- end }}
  {{- if eq $role "service" }}
  PCMS_BROKER_HOST: {{ $root.Values.broker.host | quote }}
  PCMS_BROKER_PORT: {{ $root.Values.broker.port | quote }}
  {{- range $callee := $w.calls }}
  {{ printf "PCMS_%s_%s_URL" (upper $name) (upper $callee) }}: {{ printf "http://%s:%v" (include "pcms.fullname" $callee) (index $root.Values.services $callee).port | quote }}
  {{- end }}
  {{- end }}
  {{- range $key, $value := $w.env }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "pcms.labels" $ctx | nindent 4 }}
spec:
  {{- if le (int $w.replicas) 1 }}
  replicas: {{ $w.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "pcms.selector" $ctx | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }
  template:
    metadata:
      labels:
        {{- include "pcms.labels" $ctx | nindent 8 }}
      annotations:
        checksum/config: {{ toJson $w | sha256sum }}
    spec:
      serviceAccountName: {{ $fullname }}
      automountServiceAccountToken: false
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "pcms.selector" $ctx | nindent 14 }}
      securityContext:
        runAsNonRoot: true
        runAsUser: 185
        runAsGroup: 185
        fsGroup: 185
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: {{ $name }}
          image: {{ printf "%s/pcms-%s:%s" $root.Values.image.registry $name $root.Values.image.tag | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $w.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ $fullname }}
          {{- if or (ne $role "gateway") $w.secretEnv }}
          env:
            {{- if ne $role "gateway" }}
            - name: QUARKUS_DATASOURCE_USERNAME
              valueFrom:
                secretKeyRef: { name: {{ $root.Values.database.credentialsSecret }}, key: username }
            - name: QUARKUS_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef: { name: {{ $root.Values.database.credentialsSecret }}, key: password }
            {{- end }}
            {{- if eq $role "service" }}
            - name: PCMS_BROKER_USERNAME
              valueFrom:
                secretKeyRef: { name: {{ $root.Values.broker.credentialsSecret }}, key: username }
            - name: PCMS_BROKER_PASSWORD
              valueFrom:
                secretKeyRef: { name: {{ $root.Values.broker.credentialsSecret }}, key: password }
            {{- end }}
            {{- range $key, $ref := $w.secretEnv }}
            - name: {{ $key }}
              valueFrom:
                secretKeyRef: { name: {{ $ref.secret }}, key: {{ $ref.key }} }
            {{- end }}
          {{- end }}
          resources:
            {{- toYaml $w.resources | nindent 12 }}
          startupProbe:
            httpGet: { path: /q/health/started, port: http }
            periodSeconds: 2
            failureThreshold: 60
          livenessProbe:
            httpGet: { path: /q/health/live, port: http }
            periodSeconds: 10
            failureThreshold: 3
          readinessProbe:
            httpGet: { path: /q/health/ready, port: http }
            periodSeconds: 5
            failureThreshold: 3
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- range $w.secretFiles }}
            - name: {{ .secret }}
              mountPath: {{ .mountPath }}
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 256Mi
        {{- range $w.secretFiles }}
        - name: {{ .secret }}
          secret:
            secretName: {{ .secret }}
            defaultMode: 0440
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "pcms.labels" $ctx | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "pcms.selector" $ctx | nindent 4 }}
  ports:
    - name: http
      port: {{ $w.port }}
      targetPort: http
      protocol: TCP
{{- if gt (int $w.replicas) 1 }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "pcms.labels" $ctx | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $w.replicas }}
  maxReplicas: {{ max $w.replicas $w.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $w.autoscaling.targetCPUUtilizationPercentage }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "pcms.labels" $ctx | nindent 4 }}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      {{- include "pcms.selector" $ctx | nindent 6 }}
{{- end }}
{{- end -}}

{{/* Egress every workload needs: DNS, and Keycloak (its signing keys) in the platform namespace over HTTPS. */}}
{{- define "pcms.egressCommon" -}}
- to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: kube-system
      podSelector:
        matchLabels:
          k8s-app: kube-dns
  ports:
    - { port: 53, protocol: UDP }
    - { port: 53, protocol: TCP }
- to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: {{ .Values.platformNamespace }}
      podSelector:
        matchLabels:
          app: keycloak
  ports:
    - { port: 8443, protocol: TCP }
{{- end -}}
