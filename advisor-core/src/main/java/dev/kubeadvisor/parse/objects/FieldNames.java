package dev.kubeadvisor.parse.objects;

/**
 * The field names of one JSON or YAML document, each kept once: a name read again is the same string, so a document
 * of many similar objects does not copy its names over and over, and the names the readers ask for by a literal
 * ({@code "metadata"}, {@code "name"}) are those very literals, which a lookup recognises at once. Bounded probing
 * keeps names chosen to collide as cheap as any: past a few probes, a name is simply copied.
 */
final class FieldNames {

    /** The fields of Kubernetes objects kubectl prints most, and those the readers look up. */
    private static final String[] KNOWN = {
        "apiVersion", "kind", "metadata", "name", "namespace", "uid", "resourceVersion", "generation",
        "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generateName", "labels",
        "annotations", "ownerReferences", "controller", "blockOwnerDeletion", "finalizers", "managedFields",
        "manager", "operation", "time", "fieldsType", "fieldsV1", "subresource", "spec", "status", "items", "type",
        "reason", "message", "phase", "conditions", "lastProbeTime", "lastTransitionTime", "lastHeartbeatTime",
        "lastUpdateTime", "containers", "initContainers", "ephemeralContainers", "containerStatuses",
        "initContainerStatuses", "ephemeralContainerStatuses", "image", "imageID", "imagePullPolicy", "containerID",
        "command", "args", "env", "envFrom", "value", "valueFrom", "fieldRef", "fieldPath", "resourceFieldRef",
        "secretKeyRef", "configMapKeyRef", "secretRef", "configMapRef", "key", "optional", "prefix", "ports",
        "containerPort", "hostPort", "protocol", "port", "targetPort", "nodePort", "resources", "limits", "requests",
        "cpu", "memory", "ephemeral-storage", "storage", "volumeMounts", "mountPath", "readOnly", "subPath",
        "livenessProbe", "readinessProbe", "startupProbe", "httpGet", "tcpSocket", "exec", "grpc", "path",
        "scheme", "host", "initialDelaySeconds", "periodSeconds", "timeoutSeconds", "successThreshold",
        "failureThreshold", "terminationMessagePath", "terminationMessagePolicy", "securityContext", "restartPolicy",
        "state", "lastState", "running", "waiting", "terminated", "startedAt", "finishedAt", "exitCode", "signal",
        "ready", "started", "restartCount", "allocatedResources", "volumes", "volumeMode", "volumeName",
        "persistentVolumeClaim", "claimName", "configMap", "secret", "secretName", "emptyDir", "hostPath",
        "projected", "sources", "serviceAccountToken", "expirationSeconds", "downwardAPI", "defaultMode",
        "nodeName", "nodeSelector", "tolerations", "operator", "effect", "tolerationSeconds", "affinity",
        "schedulerName", "priority", "priorityClassName", "preemptionPolicy", "dnsPolicy", "enableServiceLinks",
        "serviceAccount", "serviceAccountName", "terminationGracePeriodSeconds", "overhead", "hostIP", "hostIPs",
        "podIP", "podIPs", "ip", "qosClass", "startTime", "data", "binaryData", "stringData", "selector",
        "matchLabels", "matchExpressions", "values", "template", "replicas", "strategy", "rollingUpdate",
        "maxSurge", "maxUnavailable", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds",
        "availableReplicas", "readyReplicas", "updatedReplicas", "unavailableReplicas", "observedGeneration",
        "involvedObject", "regarding", "source", "component", "count", "firstTimestamp", "lastTimestamp",
        "eventTime", "reportingComponent", "reportingInstance", "series", "capacity", "allocatable", "nodeInfo",
        "taints", "addresses", "address", "clusterIP", "clusterIPs", "sessionAffinity", "subsets", "endpoints",
        "storageClassName", "accessModes"};
    private static final int KNOWN_TABLE_SIZE = 1024;
    private static final String[] KNOWN_TABLE = tableOf(KNOWN_TABLE_SIZE);
    /** How many slots a lookup looks at before it gives up and copies the name. */
    private static final int MAX_PROBES = 8;
    /** A document with more distinct names than fit here (no kubectl output) has the others copied. */
    private static final int MAX_TABLE_SIZE = 1 << 16;

    private String[] table = KNOWN_TABLE.clone();
    private int count = KNOWN.length;

    /** The name written from {@code start} to {@code end} of {@code text}, as the one string kept for it. */
    String name(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return name(text, start, end, hash);
    }

    /**
     * The same, for a reader that computed {@code hash} as it read the name: {@link String#hashCode} of the name,
     * {@code 31 * hash + c} over its characters.
     */
    String name(String text, int start, int end, int hash) {
        int length = end - start;
        int mask = table.length - 1;
        for (int probe = 0, slot = spread(hash) & mask; probe < MAX_PROBES; probe++, slot = slot + 1 & mask) {
            String kept = table[slot];
            if (kept == null) {
                String name = text.substring(start, end);
                keep(name, slot);
                return name;
            }
            if (kept.hashCode() == hash && kept.length() == length && text.regionMatches(start, kept, 0, length)) {
                return kept;
            }
        }
        return text.substring(start, end);
    }

    private void keep(String name, int slot) {
        if (count * 2 >= MAX_TABLE_SIZE) {
            return;
        }
        table[slot] = name;
        if (++count * 2 > table.length) {
            String[] old = table;
            table = new String[old.length * 2];
            count = 0;
            for (String kept : old) {
                if (kept != null && insert(table, kept)) {
                    count++;
                }
            }
        }
    }

    private static String[] tableOf(int size) {
        String[] table = new String[size];
        for (String name : KNOWN) {
            insert(table, name);
        }
        return table;
    }

    /** Puts the name in the first free slot of its probes; false when there is none among them. */
    private static boolean insert(String[] table, String name) {
        int mask = table.length - 1;
        for (int probe = 0, slot = spread(name.hashCode()) & mask; probe < MAX_PROBES; probe++,
                slot = slot + 1 & mask) {
            if (table[slot] == null) {
                table[slot] = name;
                return true;
            }
        }
        return false;
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
