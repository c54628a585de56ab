package dev.kubeadvisor.input;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the raw input (size, emptiness, binary data), numbers its lines as the user gave them, redacts secret
 * values, and cuts each input into kubectl documents ({@link StreamSplitter}). What belongs to no document becomes
 * a note.
 */
public final class SnapshotReader {

    /** The largest input read, in characters (about the 10 MiB the CLI promises). */
    public static final long MAX_INPUT_CHARS = 10L * 1024 * 1024;
    /**
     * From this size on, an input is mostly many objects alike (a List of pods, many containers), which repeat their
     * indented lines word for word: each such line is redacted once, the repeats take the same result.
     */
    private static final int REPEATED_LINES_FROM = 64 * 1024;
    private static final int MAX_REMEMBERED_LINES = 1 << 14;

    private final List<Note> notes = new ArrayList<>();

    public List<Note> notes() {
        return notes;
    }

    public List<RecognisedDocument> read(List<InputDocument> inputs) {
        long size = inputs.stream().mapToLong(i -> i.content().length()).sum();
        if (size > MAX_INPUT_CHARS) {
            throw new InputException(String.format("the input is %.1f MiB; the limit is %d MiB: pass only the "
                    + "output of the objects to diagnose", size / 1048576.0, MAX_INPUT_CHARS / 1048576));
        }
        if (inputs.stream().allMatch(i -> i.content().isBlank())) {
            throw new InputException("the input is empty: pipe `kubectl describe pod NAME` into kube-advisor, "
                    + "or name a file that holds its output");
        }
        List<RecognisedDocument> documents = new ArrayList<>();
        for (InputDocument input : inputs) {
            if (looksBinary(input.content())) {
                throw new InputException(input.name() + " holds binary data, not kubectl output");
            }
            documents.addAll(StreamSplitter.split(input.name(), lines(input), notes));
        }
        if (documents.isEmpty()) {
            throw new InputException("no kubectl output recognised: expected the text of `kubectl describe pod NAME`, "
                    + "`kubectl get pods` or `kubectl get events`"
                    + " (first line read: \"" + firstLine(inputs) + "\")");
        }
        return documents;
    }

    /** The input's lines (ended by LF, CRLF or CR), numbered from 1 and redacted; a final line ending adds none. */
    static List<SourceLine> lines(InputDocument input) {
        String content = input.content();
        List<SourceLine> lines = new ArrayList<>();
        Map<String, String> redactedLines = content.length() >= REPEATED_LINES_FROM ? new HashMap<>() : null;
        int nextCarriageReturn = content.indexOf('\r');
        int start = 0;
        while (start < content.length()) {
            if (nextCarriageReturn >= 0 && nextCarriageReturn < start) {
                nextCarriageReturn = content.indexOf('\r', start);
            }
            int lineFeed = content.indexOf('\n', start);
            int end = lineFeed < 0 ? content.length() : lineFeed;
            boolean carriageReturnFirst = nextCarriageReturn >= 0 && nextCarriageReturn < end;
            if (carriageReturnFirst) {
                end = nextCarriageReturn;
            }
            String line = content.substring(start, end);
            lines.add(new SourceLine(input.name(), lines.size() + 1, redacted(line, redactedLines)));
            start = end + (carriageReturnFirst && end + 1 == lineFeed ? 2 : 1);
        }
        return lines;
    }

    /** The line redacted, or the same line's redaction met before; {@code remembered} is null on small inputs. */
    private static String redacted(String line, Map<String, String> remembered) {
        if (remembered == null || line.isEmpty() || line.charAt(0) != ' ') {
            return Redactor.redact(line);
        }
        String redacted = remembered.get(line);
        if (redacted == null) {
            redacted = Redactor.redact(line);
            if (remembered.size() < MAX_REMEMBERED_LINES) {
                remembered.put(line, redacted);
            }
        }
        return redacted;
    }

    private static boolean looksBinary(String content) {
        int sample = Math.min(content.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = content.charAt(i);
            if (c == 0 || c == '\uFFFD') {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1B) {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static String firstLine(List<InputDocument> inputs) {
        for (InputDocument input : inputs) {
            for (String line : input.content().split("\r?\n", 50)) {
                if (!line.isBlank()) {
                    String stripped = Redactor.redact(line.strip());
                    return stripped.length() > 80 ? stripped.substring(0, 80) + "…" : stripped;
                }
            }
        }
        return "";
    }
}
