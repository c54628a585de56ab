package dev.kubeadvisor.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the raw input (size, emptiness, binary data), numbers its lines as the user gave them, redacts secret
 * values, and cuts each input into kubectl documents ({@link StreamSplitter}). What belongs to no document becomes
 * a note.
 */
public final class SnapshotReader {

    /** The largest input read, in characters (about the 10 MiB the CLI promises). */
    public static final long MAX_INPUT_CHARS = 10L * 1024 * 1024;
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
            InputLines lines = InputLines.of(input);
            if (lines.mayBeBinary() && looksBinary(input.content())) {
                throw new InputException(input.name() + " holds binary data, not kubectl output");
            }
            documents.addAll(StreamSplitter.split(input.name(), lines, notes));
        }
        if (documents.isEmpty()) {
            throw new InputException("no kubectl output recognised: expected the text of `kubectl describe pod NAME`, "
                    + "`kubectl get pods` or `kubectl get events`"
                    + " (first line read: \"" + firstLine(inputs) + "\")");
        }
        return documents;
    }

    /** Only asked of an input {@link InputLines} found odd characters in. */
    private static boolean looksBinary(String content) {
        int sample = Math.min(content.length(), InputLines.BINARY_SAMPLE);
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
