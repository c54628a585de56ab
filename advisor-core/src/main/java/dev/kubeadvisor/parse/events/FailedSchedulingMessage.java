package dev.kubeadvisor.parse.events;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PreemptionOutcome;
import dev.kubeadvisor.model.SchedulingFailure;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code FailedScheduling} message into its clauses:
 * {@code 0/N nodes are available: C1 reason1, C2 reason2.[ preemption: ...]}, the PreFilter form
 * {@code 0/N nodes are available: pod has unbound immediate PersistentVolumeClaims.} and
 * {@code no nodes available to schedule pods}. The preemption tail and any later plugin sentence are not
 * reasons the pod was rejected, so they are not clauses; the preemption tail is read on its own
 * ({@link #preemption(KubeEvent)}).
 */
public final class FailedSchedulingMessage {

    static final String NO_NODES = "no nodes available to schedule pods";
    private static final String COMBINED = "(combined from similar events): ";
    private static final Pattern HEADER = Pattern.compile("^\\d+/(\\d+) nodes are available:\\s*");
    /** Clauses are joined with ", "; a reason may itself hold ", that the pod didn't tolerate", never ", 2 ". */
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile(",\\s+(?=\\d+ )");
    private static final Pattern CLAUSE = Pattern.compile("^(\\d+) (.+)$", Pattern.DOTALL);
    private static final Pattern PREEMPTION = Pattern.compile("(?:^|\\s)preemption:");
    private static final Pattern PREEMPTION_HEADER = Pattern.compile("preemption:\\s*\\d+/(\\d+) nodes are available:\\s*");
    private static final String NOT_HELPFUL = "Preemption is not helpful for scheduling";

    private FailedSchedulingMessage() {
    }

    /** The clauses of a {@code FailedScheduling} event; empty for any other event or an unknown wording. */
    public static List<SchedulingFailure> clauses(KubeEvent event) {
        if (!"FailedScheduling".equals(event.reason()) || event.message() == null) {
            return List.of();
        }
        return parse(event.involved(), event.message(), event.line());
    }

    /** The preemption tail of a {@code FailedScheduling} message, when it counts nodes. */
    public static Optional<PreemptionOutcome> preemption(KubeEvent event) {
        if (!"FailedScheduling".equals(event.reason()) || event.message() == null) {
            return Optional.empty();
        }
        return parsePreemption(event.involved(), event.message(), event.line());
    }

    static Optional<PreemptionOutcome> parsePreemption(ObjectRef pod, String message, SourceLine line) {
        Matcher header = PREEMPTION_HEADER.matcher(message);
        if (!header.find()) {
            return Optional.empty();
        }
        int notHelpful = 0;
        for (String part : CLAUSE_SEPARATOR.split(firstSentence(message.substring(header.end())))) {
            Matcher clause = CLAUSE.matcher(part.strip());
            if (clause.matches() && clause.group(2).strip().equals(NOT_HELPFUL)) {
                notHelpful += Integer.parseInt(clause.group(1));
            }
        }
        return Optional.of(new PreemptionOutcome(pod, Integer.parseInt(header.group(1)), notHelpful, line));
    }

    static List<SchedulingFailure> parse(ObjectRef pod, String message, SourceLine line) {
        String text = message.strip();
        if (text.startsWith(COMBINED)) {
            text = text.substring(COMBINED.length());
        }
        if (text.startsWith(NO_NODES)) {
            return List.of(new SchedulingFailure(pod, 0, 0, NO_NODES, line));
        }
        Matcher header = HEADER.matcher(text);
        if (!header.find()) {
            return List.of();
        }
        int nodes = Integer.parseInt(header.group(1));
        String reasons = firstSentence(text.substring(header.end()));
        if (reasons.isEmpty()) {
            return List.of();
        }
        if (!CLAUSE.matcher(reasons).matches()) {
            return List.of(new SchedulingFailure(pod, nodes, null, reasons, line));
        }
        List<SchedulingFailure> clauses = new ArrayList<>();
        for (String part : CLAUSE_SEPARATOR.split(reasons)) {
            Matcher clause = CLAUSE.matcher(part.strip());
            if (clause.matches()) {
                clauses.add(new SchedulingFailure(pod, nodes, Integer.valueOf(clause.group(1)),
                        clause.group(2).strip(), line));
            }
        }
        return clauses;
    }

    /** The reasons: up to the preemption tail or the first ". ", without the trailing dots. */
    private static String firstSentence(String body) {
        Matcher preemption = PREEMPTION.matcher(body);
        String reasons = preemption.find() ? body.substring(0, preemption.start()) : body;
        int end = reasons.indexOf(". ");
        if (end >= 0) {
            reasons = reasons.substring(0, end);
        }
        return reasons.strip().replaceAll("[.\\s]+$", "");
    }
}
