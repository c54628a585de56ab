package dev.kubeadvisor.testing.kubectl;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The cells of one {@code kubectl get pods} row, as Kubernetes' {@code printPod} computes them. */
final class PodRow {

    private PodRow() {
    }

    static List<Object> cells(JsonNode pod, Instant now) {
        JsonNode status = pod.path("status");
        int total = pod.path("spec").path("containers").size();
        int ready = 0;
        int restarts = 0;
        Instant lastRestart = null;
        String reason = status.path("phase").asString("");
        if (!status.path("reason").asString("").isEmpty()) {
            reason = status.path("reason").asString();
        }
        boolean initializing = false;
        JsonNode inits = status.path("initContainerStatuses");
        for (int i = 0; i < inits.size(); i++) {
            JsonNode container = inits.get(i);
            restarts += container.path("restartCount").asInt(0);
            lastRestart = later(lastRestart, container);
            JsonNode terminated = container.path("state").path("terminated");
            JsonNode waiting = container.path("state").path("waiting");
            if (terminated.isObject() && terminated.path("exitCode").asInt(0) == 0) {
                continue;
            }
            if (terminated.isObject()) {
                reason = terminated.path("reason").asString("").isEmpty()
                        ? exitText("Init:", terminated) : "Init:" + terminated.path("reason").asString();
            } else if (!waiting.path("reason").asString("").isEmpty()
                    && !waiting.path("reason").asString().equals("PodInitializing")) {
                reason = "Init:" + waiting.path("reason").asString();
            } else {
                reason = "Init:" + i + "/" + pod.path("spec").path("initContainers").size();
            }
            initializing = true;
            break;
        }
        if (!initializing || conditionTrue(status, "Initialized")) {
            restarts = 0;
            boolean hasRunning = false;
            JsonNode containers = status.path("containerStatuses");
            for (int i = containers.size() - 1; i >= 0; i--) {
                JsonNode container = containers.get(i);
                restarts += container.path("restartCount").asInt(0);
                lastRestart = later(lastRestart, container);
                JsonNode state = container.path("state");
                if (!state.path("waiting").path("reason").asString("").isEmpty()) {
                    reason = state.path("waiting").path("reason").asString();
                } else if (!state.path("terminated").path("reason").asString("").isEmpty()) {
                    reason = state.path("terminated").path("reason").asString();
                } else if (state.path("terminated").isObject()) {
                    reason = exitText("", state.path("terminated"));
                } else if (container.path("ready").asBoolean(false) && state.path("running").isObject()) {
                    hasRunning = true;
                    ready++;
                }
            }
            if (reason.equals("Completed") && hasRunning) {
                reason = conditionTrue(status, "Ready") ? "Running" : "NotReady";
            }
        }
        if (pod.path("metadata").path("deletionTimestamp").isString()) {
            reason = status.path("reason").asString("").equals("NodeLost") ? "Unknown" : "Terminating";
        }
        String restartText = restarts != 0 && lastRestart != null
                ? restarts + " (" + ServerTable.humanDuration(java.time.Duration.between(lastRestart, now)) + " ago)"
                : String.valueOf(restarts);
        JsonNode ips = status.path("podIPs");
        String ip = ips.size() > 0 ? ips.get(0).path("ip").asString("") : "";
        int gates = pod.path("spec").path("readinessGates").size();
        return List.of(pod.path("metadata").path("name").asString(""), ready + "/" + total, reason, restartText,
                ServerTable.age(pod.path("metadata").path("creationTimestamp"), now), orNone(ip),
                orNone(pod.path("spec").path("nodeName").asString("")),
                orNone(status.path("nominatedNodeName").asString("")), gates == 0 ? "<none>" : gatesText(pod, gates));
    }

    private static String gatesText(JsonNode pod, int gates) {
        int met = 0;
        for (JsonNode gate : pod.path("spec").path("readinessGates")) {
            met += conditionTrue(pod.path("status"), gate.path("conditionType").asString("")) ? 1 : 0;
        }
        return met + "/" + gates;
    }

    private static String exitText(String prefix, JsonNode terminated) {
        int signal = terminated.path("signal").asInt(0);
        return signal != 0 ? prefix + "Signal:" + signal : prefix + "ExitCode:" + terminated.path("exitCode").asInt(0);
    }

    private static Instant later(Instant current, JsonNode container) {
        String finished = container.path("lastState").path("terminated").path("finishedAt").asString("");
        if (finished.isEmpty()) {
            return current;
        }
        Instant at = Instant.parse(finished);
        return current == null || current.isBefore(at) ? at : current;
    }

    private static boolean conditionTrue(JsonNode status, String type) {
        for (JsonNode condition : status.path("conditions")) {
            if (condition.path("type").asString("").equals(type)) {
                return condition.path("status").asString("").equals("True");
            }
        }
        return false;
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "<none>" : text;
    }
}
