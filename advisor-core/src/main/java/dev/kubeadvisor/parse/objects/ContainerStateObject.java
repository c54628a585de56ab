package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.SourceLine;

/**
 * A container status's {@code state} or {@code lastState} as {@code kubectl describe} prints it: {@code Running}
 * with its start, {@code Waiting} with its reason (describe does not print a waiting message), {@code Terminated}
 * with reason, message, exit code, signal and times; a status without any state reads {@code Waiting}.
 */
final class ContainerStateObject {

    private ContainerStateObject() {
    }

    /** {@code fallback} is cited for a state the object does not write out. */
    static ContainerState of(LocatedNode state, DocumentLines lines, SourceLine fallback) {
        LocatedNode running = state.get("running");
        if (running.isObject()) {
            return new ContainerState("Running", null, null, null, null,
                    KubectlTime.rfc1123(running.get("startedAt").text()), null,
                    lines.of(running), null, null, null);
        }
        LocatedNode waiting = state.get("waiting");
        if (waiting.isObject()) {
            LocatedNode reason = waiting.get("reason");
            return new ContainerState("Waiting", reason.nonEmptyText(), null, null, null, null, null,
                    lines.of(waiting), lineOf(reason, lines), null, null);
        }
        LocatedNode terminated = state.get("terminated");
        if (terminated.isObject()) {
            return terminated(terminated, lines);
        }
        SourceLine stateLine = lines.of(state);
        return new ContainerState("Waiting", null, null, null, null, null, null,
                stateLine == null ? fallback : stateLine, null, null, null);
    }

    private static ContainerState terminated(LocatedNode terminated, DocumentLines lines) {
        LocatedNode reason = terminated.get("reason");
        LocatedNode message = terminated.get("message");
        LocatedNode exitCode = terminated.get("exitCode");
        Integer signal = terminated.get("signal").integer();
        String messageText = message.nonEmptyText() == null ? null : message.text().strip();
        return new ContainerState("Terminated", reason.nonEmptyText(), messageText,
                exitCode.integer() == null ? 0 : exitCode.integer(), signal != null && signal > 0 ? signal : null,
                KubectlTime.rfc1123(terminated.get("startedAt").text()),
                KubectlTime.rfc1123(terminated.get("finishedAt").text()),
                lines.of(terminated), lineOf(reason, lines), messageText == null ? null : lines.of(message),
                lines.of(exitCode));
    }

    /** The line of a value kubectl would print, or null when it would print nothing (absent or empty). */
    private static SourceLine lineOf(LocatedNode node, DocumentLines lines) {
        return node.nonEmptyText() == null ? null : lines.of(node);
    }
}
