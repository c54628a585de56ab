package dev.kubeadvisor.input;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cuts one input (a file, or everything piped in) into kubectl documents, in one pass: describe documents
 * ({@code Name:} at column 0), {@code kubectl get} and {@code kubectl events} tables, event rows pasted without a
 * header, JSON and YAML, logs after a {@code $ kubectl logs ...} line. A pasted command line heads the table, log
 * or describe excerpt that follows it, so its parser can read the pod, namespace and flags from it. Runs of lines
 * between documents are a describe excerpt when they have container states or events, logs when most of their
 * lines look like log output (timestamps, levels, stack frames), and notes otherwise.
 */
final class StreamSplitter {

    private static final Pattern DESCRIBE_START = Pattern.compile("^Name:\\s+\\S.*");
    /** What continues a YAML block at column 0: a lower-case key, a list item, a document separator. */
    private static final Pattern YAML_LINE = Pattern.compile("^(?:[a-z][A-Za-z0-9_.-]*:(?:\\s.*)?|-(?: .*)?|---.*|\\.\\.\\.)$");
    /** {@code ---} between YAML documents; a ConfigMap's describe underlines each key with {@code ----}. */
    private static final Pattern YAML_SEPARATOR = Pattern.compile("^---(?:\\s.*)?$");
    private static final Pattern YAML_KEY = Pattern.compile("^\\s*-?\\s*[A-Za-z][A-Za-z0-9_.-]*:(?:\\s.*)?$");
    private static final Pattern LOG_LINE = Pattern.compile("^(?:\\[?\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"
            + "|[IWEF]\\d{4} \\d{2}:\\d{2}|\\[?\\d{2}:\\d{2}:\\d{2}|\\s+at [\\w$.<>]+\\(|Traceback |Exception in thread"
            + "|Caused by: |panic: |goroutine \\d|\\{\"|\\S*\\s?(?:level=|lvl=))"
            + "|\\b(?:INFO|WARN|WARNING|ERROR|DEBUG|FATAL|TRACE|CRITICAL)\\b");
    private static final Pattern CAPITALISED_OBJECT = Pattern.compile("\\s[A-Z][A-Za-z]*/[a-z0-9]");
    private static final Pattern INTERVAL = Pattern.compile(" \\(x\\d+ over ");

    static final String NOT_KUBECTL = "ignored: not part of any kubectl output recognised";
    static final String COMMAND_LINE = "ignored: command line (it names the output below)";

    private final List<SourceLine> lines;
    /** Per line, its {@link JsonNesting#change}, or null when it is to be read from the line. */
    private final int[] nestingChanges;
    /** Per line, the spaces that begin it, or null when they were not counted. */
    private final int[] indentations;
    private final List<Note> notes;
    private final List<Segment> segments = new ArrayList<>();
    /** Each line's command, read once: the cut and the ends of documents ask about the same lines. */
    private final PromptLine[] prompts;
    private final boolean[] promptRead;
    /** The last line asked for a document, and its answer: a command line asks about the line below it first. */
    private int documentAsked = -1;
    private Segment documentFound;

    private record Segment(String kind, int from, int to) {
    }

    private StreamSplitter(InputLines read, List<Note> notes) {
        this.lines = read.lines();
        this.nestingChanges = read.nestingChanges();
        this.indentations = read.indentations();
        this.notes = notes;
        this.prompts = new PromptLine[lines.size()];
        this.promptRead = new boolean[lines.size()];
    }

    /**
     * The documents of one input, in input order; lines of none become {@code notes}. The JSON nesting and the
     * indentation of each line are taken from {@link InputLines} where it counted them as it cut the lines.
     */
    static List<RecognisedDocument> split(String name, InputLines read, List<Note> notes) {
        if (DocumentKind.isLogFile(name)) {
            List<SourceLine> lines = read.lines();
            return lines.stream().allMatch(l -> l.text().isBlank()) ? List.of()
                    : List.of(new RecognisedDocument(DocumentKind.LOGS, lines));
        }
        StreamSplitter splitter = new StreamSplitter(read, notes);
        splitter.cut();
        return splitter.documents();
    }

    private void cut() {
        int loose = 0;
        int i = 0;
        while (i < lines.size()) {
            PromptLine prompt = prompt(i);
            if (prompt != null) {
                closeLoose(loose, i);
                int next = nextNonBlank(i + 1);
                String table = next < lines.size() ? TableKind.ofHeader(text(next)) : null;
                if (prompt.isLogs()) {
                    i = add(DocumentKind.LOGS, i, endOfLogs(i + 1));
                } else if (table != null) {
                    int end = endOfTable(next + 1);
                    i = add(tableKind(table, prompt, next, end), i, end);
                } else if (next < lines.size() && documentAt(next) != null) {
                    note(i, COMMAND_LINE);
                    i = next;
                } else {
                    // the command heads the run of lines below it (an excerpt, headerless rows)
                    loose = i;
                    i++;
                    continue;
                }
                loose = i;
                continue;
            }
            Segment document = documentAt(i);
            if (document == null) {
                i++;
                continue;
            }
            closeLoose(loose, i);
            segments.add(document);
            i = document.to();
            loose = i;
        }
        closeLoose(loose, lines.size());
    }

    /** The document that starts at line {@code i}, or {@code null}. */
    private Segment documentAt(int i) {
        if (i != documentAsked) {
            documentFound = findDocumentAt(i);
            documentAsked = i;
        }
        return documentFound;
    }

    private Segment findDocumentAt(int i) {
        String text = text(i);
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(0) == '\t') {
            return null;
        }
        if (startsDescribe(text)) {
            int end = endOfDescribe(i + 1);
            return new Segment(DocumentKind.of(lines.subList(i, end)), i, end);
        }
        String table = TableKind.ofHeader(text);
        if (table != null) {
            int end = endOfTable(i + 1);
            return new Segment(tableKind(table, null, i, end), i, end);
        }
        if (text.charAt(0) == '{' || text.charAt(0) == '[') {
            return json(i);
        }
        if (DocumentKind.startsYaml(text)) {
            int end = endOfYaml(i + 1);
            boolean hasKey = false;
            for (int j = i; j < end && !hasKey; j++) {
                hasKey = YAML_KEY.matcher(text(j)).matches();
            }
            return hasKey ? new Segment(DocumentKind.YAML, i, end) : null;
        }
        return null;
    }

    /**
     * A ConfigMap's values are printed raw under {@code Data} / {@code ====} (each key underlined with {@code ----})
     * up to {@code BinaryData} / {@code ====}: whatever they hold ({@code Name:}, {@code Events:}), they belong to
     * the ConfigMap. Only a YAML document ({@code ---} then {@code apiVersion:} or {@code kind:}) ends a pasted
     * excerpt that lost its BinaryData section. A Secret's {@code Data} only lists sizes.
     */
    private int endOfDescribe(int from) {
        int i = from;
        boolean inValues = false;
        while (i < lines.size() && (inValues ? !startsYamlDocument(i) : !endsDescribe(i))) {
            if (underlined(i, "Data") && i + 3 < lines.size() && text(i + 3).strip().startsWith("----")) {
                inValues = true;
            } else if (underlined(i, "BinaryData")) {
                inValues = false;
            }
            i++;
        }
        return i;
    }

    private boolean startsYamlDocument(int i) {
        return text(i).strip().equals("---") && i + 1 < lines.size()
                && (text(i + 1).startsWith("apiVersion:") || text(i + 1).startsWith("kind:"));
    }

    private boolean underlined(int i, String heading) {
        return i + 1 < lines.size() && StrippedText.is(text(i), heading) && text(i + 1).strip().startsWith("====");
    }

    /** A describe document runs to the next document; its own lines never start a table, JSON or YAML. */
    private boolean endsDescribe(int i) {
        String text = text(i);
        return !text.isEmpty() && text.charAt(0) != ' ' && (startsDescribe(text)
                || prompt(i) != null || startsTable(text)
                || text.startsWith("apiVersion:") || text.startsWith("---") && YAML_SEPARATOR.matcher(text).matches());
    }

    /**
     * A table header where a describe, a table or logs end. Rarely true: looking first keeps the reading of a header's
     * cells out of what the JIT compiles for these per-line scans.
     */
    private static boolean startsTable(String text) {
        return TableKind.looksLikeHeader(text) && TableKind.ofHeader(text) != null;
    }

    /** {@code Name:  x} at column 0; the prefix is looked at first, as every line of the input is asked. */
    private static boolean startsDescribe(String text) {
        return text.startsWith("Name:") && DESCRIBE_START.matcher(text).matches();
    }

    /** Table rows start at column 0 and have no blank line between them. */
    private int endOfTable(int from) {
        int i = from;
        while (i < lines.size()) {
            String text = text(i);
            if (text.isBlank() || text.charAt(0) == ' ' || text.charAt(0) == '\t' || text.charAt(0) == '{'
                    || prompt(i) != null || startsDescribe(text)
                    || startsTable(text) || DocumentKind.startsYaml(text)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Logs run to the next command line, describe document, table, or {@code kubectl get -o json|yaml} output. */
    private int endOfLogs(int from) {
        int i = from;
        while (i < lines.size()) {
            String text = text(i);
            if (prompt(i) != null || text.equals("{") || text.startsWith("apiVersion:")
                    || startsTable(text)
                    || text.startsWith("Name:") && DESCRIBE_START.matcher(text).matches()
                    && nextNonBlank(i + 1) < lines.size()
                    && text(nextNonBlank(i + 1)).startsWith("Namespace:")) {
                break;
            }
            i++;
        }
        return trimBlankEnd(from, i);
    }

    /** YAML runs while its lines are indented, blank or {@link #YAML_LINE}s; blank lines at its end are not part of it. */
    private int endOfYaml(int from) {
        int i = from;
        while (i < lines.size()) {
            String text = text(i);
            // an indented line continues the YAML, blank or not: only the lines at its end are asked if they are blank
            if (!text.isEmpty() && text.charAt(0) != ' ' && text.charAt(0) != '\t' && !text.isBlank()
                    && !YAML_LINE.matcher(text).matches()) {
                break;
            }
            i++;
        }
        while (i > from && text(i - 1).isBlank()) {
            i--;
        }
        return i;
    }

    /**
     * A JSON document from its opening bracket to the one that balances it (strings and escapes respected), or to
     * the end when it never closes. One-line objects followed by more of them are JSON log lines, not a document.
     */
    private Segment json(int start) {
        String first = text(start).strip();
        if (first.charAt(0) == '[' && !(first.equals("[") || first.startsWith("[{") || first.startsWith("[]"))) {
            return null;
        }
        JsonNesting nesting = new JsonNesting();
        for (int i = start; i < lines.size(); i++) {
            int depth = nestingChanges == null ? nesting.read(text(i)) : nesting.read(text(i), nestingChanges[i]);
            if (depth <= 0) {
                int next = nextNonBlank(i + 1);
                int previous = start - 1;
                while (previous >= 0 && text(previous).isBlank()) {
                    previous--;
                }
                boolean jsonLines = i == start && (next < lines.size() && text(next).startsWith("{")
                        || previous >= 0 && text(previous).startsWith("{"));
                return jsonLines ? null : new Segment(DocumentKind.JSON, start, i + 1);
            }
        }
        return new Segment(DocumentKind.JSON, start, lines.size());
    }

    /** {@code kubectl events} prints describe's {@code (x5 over 20m)} ages and {@code Pod/x}; get events does not. */
    private String tableKind(String table, PromptLine prompt, int header, int end) {
        if (!TableKind.GET_EVENTS.equals(table)) {
            return table;
        }
        if (prompt != null) {
            return "events".equals(prompt.verb()) ? TableKind.EVENTS : TableKind.GET_EVENTS;
        }
        for (int i = header + 1; i < end; i++) {
            if (INTERVAL.matcher(text(i)).find() || CAPITALISED_OBJECT.matcher(text(i)).find()) {
                return TableKind.EVENTS;
            }
        }
        return TableKind.GET_EVENTS;
    }

    /**
     * Lines between documents, possibly headed by a command line: a describe excerpt, event rows without their
     * header, log output, or notes.
     */
    private void closeLoose(int from, int to) {
        int start = nextNonBlank(from);
        if (start >= to) {
            return;
        }
        List<SourceLine> run = lines.subList(from, to);
        PromptLine prompt = prompt(start);
        if (DocumentKind.isPodExcerpt(run)) {
            segments.add(new Segment(DocumentKind.POD, from, to));
            return;
        }
        if (eventRows(start, to, prompt)) {
            return;
        }
        int content = 0;
        int logLike = 0;
        for (int i = prompt == null ? start : start + 1; i < to; i++) {
            if (!text(i).isBlank()) {
                content++;
                logLike += LOG_LINE.matcher(text(i)).find() ? 1 : 0;
            }
        }
        if (logLike > 0 && logLike * 2 >= content) {
            segments.add(new Segment(DocumentKind.LOGS, start, trimBlankEnd(start, to)));
            return;
        }
        for (int i = start; i < to; i++) {
            note(i, i == start && prompt != null ? COMMAND_LINE : notKubectl(text(i)));
        }
    }

    /** Groups headerless event rows into documents; the other lines of the run become notes. */
    private boolean eventRows(int start, int to, PromptLine prompt) {
        List<Segment> groups = new ArrayList<>();
        int groupStart = -1;
        EventRowShape shape = null;
        int lastRow = -1;
        for (int i = start; i <= to; i++) {
            EventRowShape row = i < to ? EventRowShape.of(text(i)) : null;
            boolean blank = i < to && text(i).isBlank();
            if (blank && groupStart >= 0) {
                continue;
            }
            if (groupStart >= 0 && row != shape) {
                groups.add(new Segment(rowsKind(shape, prompt), groupStart, lastRow + 1));
                groupStart = -1;
            }
            if (row != null && groupStart < 0) {
                boolean headedByPrompt = prompt != null && groups.isEmpty() && nextNonBlank(start + 1) == i;
                groupStart = headedByPrompt ? start : i;
                shape = row;
            }
            if (row != null) {
                lastRow = i;
            }
        }
        if (groups.isEmpty()) {
            return false;
        }
        int i = start;
        for (Segment group : groups) {
            noteAll(i, group.from());
            segments.add(group);
            i = group.to();
        }
        noteAll(i, to);
        return true;
    }

    private static String rowsKind(EventRowShape shape, PromptLine prompt) {
        if (shape == EventRowShape.DESCRIBE) {
            return TableKind.EVENT_ROWS;
        }
        return prompt != null && "events".equals(prompt.verb()) ? TableKind.EVENTS : TableKind.GET_EVENTS;
    }

    private void noteAll(int from, int to) {
        for (int i = from; i < to; i++) {
            note(i, prompt(i) != null ? COMMAND_LINE : notKubectl(text(i)));
        }
    }

    private static String notKubectl(String text) {
        if (text.startsWith("No resources found")) {
            return "ignored: kubectl found no objects";
        }
        return text.startsWith("Error from server") || text.startsWith("error: ")
                ? "ignored: an error kubectl printed" : NOT_KUBECTL;
    }

    private void note(int i, String why) {
        SourceLine line = lines.get(i);
        if (!line.text().isBlank()) {
            notes.add(new Note(line.document(), line.line(), line.text(), why));
        }
    }

    private int add(String kind, int from, int to) {
        int end = Math.max(to, from + 1);
        segments.add(new Segment(kind, from, end));
        return end;
    }

    private int nextNonBlank(int from) {
        int i = from;
        while (i < lines.size() && text(i).isBlank()) {
            i++;
        }
        return i;
    }

    private int trimBlankEnd(int from, int to) {
        int end = to;
        while (end > from + 1 && text(end - 1).isBlank()) {
            end--;
        }
        return end;
    }

    private String text(int i) {
        return lines.get(i).text();
    }

    private PromptLine prompt(int i) {
        if (!promptRead[i]) {
            prompts[i] = PromptLine.of(text(i));
            promptRead[i] = true;
        }
        return prompts[i];
    }

    /** The documents, each told which pods the whole input describes. */
    private List<RecognisedDocument> documents() {
        Map<String, String> described = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (segment.kind().equals(DocumentKind.POD) && startsDescribe(text(segment.from()))) {
                described.putIfAbsent(text(segment.from()).substring(5).strip(), namespaceIn(segment));
            }
        }
        DescribedPods pods = new DescribedPods(Map.copyOf(described));
        List<RecognisedDocument> documents = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            int[] documentIndentations = indentations == null ? null
                    : Arrays.copyOfRange(indentations, segment.from(), segment.to());
            documents.add(new RecognisedDocument(segment.kind(), lines.subList(segment.from(), segment.to()), pods,
                    documentIndentations));
        }
        return documents;
    }

    private String namespaceIn(Segment describe) {
        for (int i = describe.from(); i < describe.to(); i++) {
            if (text(i).startsWith("Namespace:")) {
                String value = text(i).substring(10).strip();
                return value.isEmpty() ? "default" : value;
            }
        }
        return "default";
    }
}
