package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.input.SnapshotReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads JSON or YAML text into {@link LocatedNode} trees with Jackson's streaming parser, keeping the line of every
 * value. A YAML stream gives one root per document ({@code ---}), a JSON text one per top-level value. The tree is
 * built without recursion, so depth costs no stack; it is capped all the same, with a clear error.
 */
final class LocatedTreeReader {

    enum Format { JSON, YAML }

    /** Kubernetes objects nest about 20 deep (managed fields included); far deeper is not kubectl output. */
    static final int MAX_DEPTH = 200;
    private static final int MAX_MESSAGE = 160;
    /** Jackson's pointer to where an unclosed object started: noise to a person, who gets line and column. */
    private static final String SOURCE_REFERENCE = "start marker at [Source:";

    private final Format format;
    private final String source;
    private final IntUnaryOperator inputLine;

    /**
     * @param source    the input's name, for errors
     * @param inputLine the line of the user's input for a 1-based line of the text, for errors
     */
    LocatedTreeReader(Format format, String source, IntUnaryOperator inputLine) {
        this.format = format;
        this.source = source;
        this.inputLine = inputLine;
    }

    /** The roots of the document, in order: plain JSON is read straight from its lines, anything else as text. */
    List<LocatedNode> read(DocumentLines lines) {
        List<LocatedNode> plain = format == Format.JSON ? PlainJsonReader.read(lines.lines(), lines.indentations()) : null;
        return plain != null ? plain : read(lines.text());
    }

    /**
     * The roots of the text, in order; empty YAML documents are skipped. YAML as kubectl prints it is read by
     * {@link KubectlYamlReader}, which gives the same trees several times faster; any other YAML by Jackson's parser.
     */
    List<LocatedNode> read(String text) {
        List<LocatedNode> kubectlYaml = format == Format.YAML ? KubectlYamlReader.read(text) : null;
        return kubectlYaml != null ? kubectlYaml : readWithParser(text);
    }

    /** The roots of the text as Jackson's streaming parser reads them. */
    List<LocatedNode> readWithParser(String text) {
        TokenStreamFactory factory = format == Format.JSON ? Json.FACTORY : Yaml.FACTORY;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            return build(parser);
        } catch (JacksonException e) {
            InputException yamlProblem = format == Format.YAML ? Yaml.problem(e, this) : null;
            throw yamlProblem != null ? yamlProblem : invalid(e.getLocation(), firstLine(e.getOriginalMessage()));
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // snakeyaml-engine reports a few limits with its own unchecked exceptions
            throw invalid(null, firstLine(e.getMessage()));
        }
    }

    private List<LocatedNode> build(JsonParser parser) {
        List<LocatedNode> roots = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            Frame parent = open.peek();
            int line = parent != null && parent.object ? parent.nameLine : at.getLineNr();
            switch (token) {
                case PROPERTY_NAME -> {
                    parent.name = parser.currentName();
                    parent.nameLine = at.getLineNr();
                }
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw invalid(at, "nested deeper than " + MAX_DEPTH + " levels, which no Kubernetes object is");
                    }
                    open.push(new Frame(token == JsonToken.START_OBJECT, line));
                }
                case END_OBJECT, END_ARRAY -> add(open.pop().build(), open, roots);
                case VALUE_NULL -> {
                    if (parent != null) {
                        add(LocatedNode.scalar(LocatedNode.Type.NULL, null, line, at.getLineNr(), at.getColumnNr()),
                                open, roots);
                    }
                }
                default -> add(LocatedNode.scalar(typeOf(token), parser.getText(), line, at.getLineNr(),
                        at.getColumnNr()), open, roots);
            }
        }
        return roots;
    }

    private static void add(LocatedNode node, Deque<Frame> open, List<LocatedNode> roots) {
        Frame parent = open.peek();
        if (parent == null) {
            roots.add(node);
        } else if (parent.object) {
            parent.fields.put(parent.name, node);
        } else {
            parent.items.add(node);
        }
    }

    private static LocatedNode.Type typeOf(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> LocatedNode.Type.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> LocatedNode.Type.BOOLEAN;
            default -> LocatedNode.Type.STRING;
        };
    }

    private InputException invalid(TokenStreamLocation at, String why) {
        return at == null ? invalid(0, 0, why) : invalid(at.getLineNr(), at.getColumnNr(), why);
    }

    private InputException invalid(int line, int column, String why) {
        String where = line <= 0 ? "" : " line " + inputLine.applyAsInt(line) + ", column " + column;
        return new InputException(source + where + ": not valid " + format + ": " + why);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("");
        int reference = line.indexOf(SOURCE_REFERENCE);
        if (reference >= 0) {
            line = line.substring(0, reference).replaceAll("[\\s(]+$", "");
        }
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
    }

    /** An object or array being read. */
    private static final class Frame {
        final boolean object;
        final int line;
        final Map<String, LocatedNode> fields = new LinkedHashMap<>();
        final List<LocatedNode> items = new ArrayList<>();
        String name;
        int nameLine;

        Frame(boolean object, int line) {
            this.object = object;
            this.line = line;
        }

        LocatedNode build() {
            return object ? LocatedNode.object(line, fields) : LocatedNode.array(line, items);
        }
    }

    /** Loaded on the first JSON document only. */
    private static final class Json {
        static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(limits()).build();
    }

    /** Loaded on the first YAML document only: the YAML parser is a larger set of classes. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(limits())
                .loadSettings(LoadSettings.builder().setCodePointLimit((int) SnapshotReader.MAX_INPUT_CHARS + 1)
                        .setMaxAliasesForCollections(MAX_DEPTH).build())
                .build();

        /** snakeyaml's context and problem ("while parsing a flow sequence: expected ',' or ']'...") where it is. */
        static InputException problem(JacksonException error, LocatedTreeReader reader) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof MarkedYamlEngineException marked && marked.getProblem() != null) {
                    String context = marked.getContext();
                    String why = firstLine((context == null ? "" : context + ": ") + marked.getProblem());
                    return marked.getProblemMark()
                            .map(mark -> reader.invalid(mark.getLine() + 1, mark.getColumn() + 1, why))
                            .orElseGet(() -> reader.invalid(error.getLocation(), why));
                }
            }
            return null;
        }
    }

    /** Jackson's own limits, with the depth one above ours so that our clearer message wins. */
    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build();
    }
}
