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

    private static final Pattern PREFIX = Pattern.compile("^\\[pod/([a-z0-9.-]{1,253})/([a-z0-9-]{1,63})] ?");
    /** The RFC 3339 timestamp with nanoseconds that {@code kubectl logs --timestamps} puts first. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?(?:Z|[+-]\\d\\d:\\d\\d)) ");
    private static final Pattern ELISION = Pattern.compile("\\s*(?:\\.{3,}|…)\\s*");

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
        Map<List<Object>, List<LogLine>> runs = new LinkedHashMap<>();
        for (SourceLine line : lines.subList(prompt == null ? first : first + 1, lines.size())) {
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            if (ELISION.matcher(text).matches()) {
                sink.ignored(line, "an elision: lines left out of the pasted log");
                continue;
            }
            if (text.startsWith("Error from server") || text.startsWith("error: ")) {
                sink.ignored(line, "kubectl's own error, not a line of the container's log");
                continue;
            }
            LogSource lineSource = source;
            Matcher prefix = PREFIX.matcher(text);
            if (prefix.lookingAt()) {
                lineSource = new LogSource(source.namespace(), prefix.group(1), prefix.group(2), source.previous(),
                        source.timestamps());
                text = text.substring(prefix.end());
            }
            String timestamp = null;
            Matcher stamp = TIMESTAMP.matcher(text);
            // without the command line, a leading RFC 3339 time is taken for the one --timestamps adds
            if ((prompt == null || source.timestamps()) && stamp.lookingAt()) {
                timestamp = stamp.group(1);
                text = text.substring(stamp.end());
            }
            ObjectRef pod = lineSource.podRef();
            List<LogLine> run = runs.computeIfAbsent(List.of(pod, lineSource.containerName(), lineSource.previous()),
                    key -> new ArrayList<>());
            run.add(new LogLine(pod, lineSource.containerName(), lineSource.previous(), run.size(), timestamp, text,
                    line));
        }
        runs.values().forEach(run -> emit(run, promptLine, sink));
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
            sink.fact(new LogLine(line.pod(), line.container(), line.previous(), i, line.timestamp(), line.text(),
                    line.line()));
        }
    }
}
