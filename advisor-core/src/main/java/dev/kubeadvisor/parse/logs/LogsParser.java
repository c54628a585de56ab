package dev.kubeadvisor.parse.logs;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.ContainerLog;
import dev.kubeadvisor.model.LogLine;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl logs} output: one {@link LogLine} per line and one {@link ContainerLog} per run it holds. The pod,
 * container and run come, in this order, from the {@code --prefix} on a line ({@code [pod/web-1/app] ...}), the
 * pasted command line ({@link LogSource#ofPrompt}), the document's name ({@link LogSource#ofDocumentName}); what
 * none of them names is resolved after parsing ({@link LogAttribution}). Of a very long log only the last
 * {@value #MAX_LINES_PER_RUN} lines of each run are kept: a crash is explained by how the log ends.
 */
public final class LogsParser implements DocumentParser {

    /** The most lines kept per container run; older ones are dropped, with a note. */
    public static final int MAX_LINES_PER_RUN = 5_000;

    static final String PREFIX_START = "[pod/";
    static final Pattern PREFIX = Pattern.compile("^\\[pod/([a-z0-9.-]{1,253})/([a-z0-9-]{1,63})] ?");
    /** The RFC 3339 timestamp with nanoseconds that {@code kubectl logs --timestamps} puts first. */
    static final Pattern TIMESTAMP =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?(?:Z|[+-]\\d\\d:\\d\\d)) ");
    static final Pattern ELISION = Pattern.compile("\\s*(?:\\.{3,}|…)\\s*");

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        List<SourceLine> lines = document.lines();
        int first = 0;
        while (first < lines.size() && lines.get(first).text().isBlank()) {
            first++;
        }
        LogSource named = LogSource.ofDocumentName(document.source());
        LogSource prompt = first < lines.size() ? LogSource.ofPrompt(lines.get(first).text()) : null;
        LogSource source = prompt == null ? named : prompt.or(named);
        SourceLine promptLine = prompt == null ? null : lines.get(first);
        boolean leadingTimestamps = prompt == null || source.timestamps();
        Map<List<Object>, Run> runs = new LinkedHashMap<>();
        Run unprefixed = null;
        Run prefixed = null;
        for (SourceLine line : lines.subList(prompt == null ? first : first + 1, lines.size())) {
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            if (mayBeElision(text) && ELISION.matcher(text).matches()) {
                sink.ignored(line, "an elision: lines left out of the pasted log");
                continue;
            }
            if (text.startsWith("Error from server") || text.startsWith("error: ")) {
                sink.ignored(line, "kubectl's own error, not a line of the container's log");
                continue;
            }
            Run run;
            Matcher prefix = text.startsWith(PREFIX_START) ? PREFIX.matcher(text) : null;
            if (prefix != null && prefix.lookingAt()) {
                if (prefixed == null || !prefixed.isNamed(prefix.group(1), prefix.group(2))) {
                    prefixed = run(runs, new LogSource(source.namespace(), prefix.group(1), prefix.group(2),
                            source.previous(), source.timestamps()));
                }
                run = prefixed;
                text = text.substring(prefix.end());
            } else {
                if (unprefixed == null) {
                    unprefixed = run(runs, source);
                }
                run = unprefixed;
            }
            String timestamp = null;
            // without the command line, a leading RFC 3339 time is taken for the one --timestamps adds
            if (leadingTimestamps && startsWithDigit(text)) {
                Matcher stamp = TIMESTAMP.matcher(text);
                if (stamp.lookingAt()) {
                    timestamp = stamp.group(1);
                    text = text.substring(stamp.end());
                }
            }
            run.lines.add(new LogLine(run.pod, run.container, run.previous, run.lines.size(), timestamp, text, line));
        }
        runs.values().forEach(run -> emit(run.lines, promptLine, sink));
    }

    /** The lines of one container run, in input order, with the pod reference they all share. */
    private static final class Run {
        private final ObjectRef pod;
        private final String container;
        private final boolean previous;
        private final List<LogLine> lines = new ArrayList<>();

        private Run(LogSource source) {
            pod = source.podRef();
            container = source.containerName();
            previous = source.previous();
        }

        private boolean isNamed(String podName, String containerName) {
            return pod.name().equals(podName) && container.equals(containerName);
        }
    }

    private static Run run(Map<List<Object>, Run> runs, LogSource source) {
        Run run = new Run(source);
        return runs.computeIfAbsent(List.of(run.pod, run.container, run.previous), key -> run);
    }

    /** {@link #ELISION} can only match when the first character that is no regex {@code \s} is a dot or an ellipsis. */
    static boolean mayBeElision(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                return c == '.' || c == '…';
            }
        }
        return true;
    }

    static boolean startsWithDigit(String text) {
        return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    private static void emit(List<LogLine> run, SourceLine promptLine, ParseSink sink) {
        int cut = Math.max(0, run.size() - MAX_LINES_PER_RUN);
        if (cut > 0) {
            LogLine firstCut = run.get(0);
            sink.ignored(firstCut.line(), "kept only the last " + MAX_LINES_PER_RUN + " lines of the log of "
                    + firstCut.pod().name() + "/" + firstCut.container() + (firstCut.previous() ? " (previous run)" : "")
                    + ": the " + cut + " lines before, from line " + firstCut.line().line() + " to line "
                    + run.get(cut - 1).line().line() + ", were not read");
        }
        List<LogLine> kept = run.subList(cut, run.size());
        LogLine head = kept.get(0);
        sink.fact(new ContainerLog(head.pod(), head.container(), head.previous(), kept.size(),
                promptLine != null ? promptLine : head.line()));
        for (int i = 0; i < kept.size(); i++) {
            LogLine line = kept.get(i);
            sink.fact(cut == 0 ? line : new LogLine(line.pod(), line.container(), line.previous(), i, line.timestamp(),
                    line.text(), line.line()));
        }
    }
}
