package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class KubectlYamlReaderTest {

    /** kubectl's YAML with every form it prints: wrapped plain and quoted scalars, block scalars, empty collections. */
    private static final String ALTERED = """
            apiVersion: v1
            items:
            - kind: Pod
              metadata:
                annotations:
                  config: |
                    server:
                      port: 8080

                    name: x
                  stripped: |-
                    text
                labels: {}
                name: web
              spec:
                containers:
                - args:
                  - --port=80
                  - "quoted \\u00e9"
                  env: []
                  ports:
                  - containerPort: 8080
                    protocol: TCP
              status:
                message: Container image "ghcr.io/acme/quote-app:1.5.0" already present
                  on machine
                reason: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:
                  }, 2 Insufficient cpu.'
                restartCount: 4
                ready: false
                started: null
            kind: List
            """;

    @TestFactory
    Stream<DynamicTest> plain_scalars_are_typed_as_the_yaml_parser_types_them() {
        return Stream.of("true", "false", "True", "TRUE", "yes", "no", "on", "off", "y", "n", "null", "Null", "NULL",
                "~", "0", "-0", "123", "-123", "+1", "01", "-01", "0x1F", "0o17", "1_000", "1.5", "-1.5", "1.", "-1.",
                ".5", "1e5", "1E+5", "1.5e-3", "1e", "1e+", ".", ".inf", "-.inf", "+.inf", ".Inf", ".nan", ".NaN",
                "-.nan", "2026-11-26", "12:30", "1:20", "${HOME}", "$HOME", "500m", "256Mi", "-foo", "a#b",
                "http://x:80/y", "nul", "nulls", "truex", "1.2.3", "0.0.0.0").map(value ->
                DynamicTest.dynamicTest(value, () -> assertReadsAlike("value: " + value + "\nlist:\n- " + value + "\n")));
    }

    @Test
    void quoted_scalars_are_strings_whatever_they_hold() {
        List<LocatedNode> roots = assertReadsAlike("""
                a: "123"
                b: 'true'
                c: ""
                d: ''
                e: "null"
                f: 123
                g: yes
                h: null
                """);

        Map<String, LocatedNode> fields = roots.get(0).fields();
        assertThat(fields.values()).extracting(LocatedNode::type).containsExactly(LocatedNode.Type.STRING,
                LocatedNode.Type.STRING, LocatedNode.Type.STRING, LocatedNode.Type.STRING, LocatedNode.Type.STRING,
                LocatedNode.Type.NUMBER, LocatedNode.Type.STRING, LocatedNode.Type.NULL);
    }

    @Test
    void quotes_and_escapes_are_read_as_the_yaml_parser_reads_them() {
        assertReadsAlike("""
                single: 'it''s ''quoted'' # not a comment'
                double: "tab\\there \\u00e9\\x41\\U0001F600 \\\\ \\" \\/ \\0\\a\\b\\e\\f\\n\\r\\v\\N\\_\\ end"
                "quoted key": 1
                'single key': 2
                "y": 3
                "esc\\"aped": 4
                'it''s': 5
                spaced : 6
                trailing: value   # comment
                quoted: "value"   # comment
                """);
    }

    @Test
    void long_scalars_folded_over_lines_as_kubectl_wraps_them_read_as_one_value() {
        assertReadsAlike("""
                message: Container image "ghcr.io/acme/quote-app:1.5.0" already present
                  on machine
                note: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:
                  }, 2 Insufficient cpu.   \s
                
                
                  2 blank lines above'
                items:
                - first line
                  second line

                  after a blank line
                - "double quoted \\
                  joined without a space, \\
                
                  and a blank line
                   folded   \s
                  with trailing spaces cut\\ \s
                  but an escaped one kept"
                - "ends with a fold
                  "
                last: x
                """);
    }

    @Test
    void block_scalars_read_with_their_chomping_and_indentation() {
        assertReadsAlike("""
                data:
                  config.yaml: |
                    server:
                      port: 8080

                    # a comment line is text here
                    name: x
                  stripped: |-
                    no final line break
                  kept: |+
                    all final line breaks

                  folded: >
                    folded
                    lines

                    paragraph
                  folded-stripped: >-
                    a
                    b
                  indicated: |2
                      two more spaces
                    kept
                  empty: |
                  after: 1
                args:
                - |
                  literal item
                - |4-
                      indicated item
                - >+
                  folded kept

                last: done
                """);
    }

    @Test
    void mappings_and_sequences_nest_as_kubectl_and_jackson_indent_them() {
        assertReadsAlike("""
                # a comment before the document
                apiVersion: v1
                kind: Pod
                metadata:
                  labels: {}
                  annotations:   # a comment after a key
                    a: b
                spec:
                  containers:
                  - name: app
                    ports:
                    - containerPort: 80
                      protocol: TCP
                  # a comment between items
                    env: []
                  - name: sidecar
                  volumes:
                    - name: indented
                      emptyDir: {}
                    - secret
                status:
                  phase: Running
                """);
    }

    @Test
    void documents_between_separators_are_roots_and_empty_ones_are_skipped() {
        List<LocatedNode> roots = assertReadsAlike("""
                ---
                kind: Pod
                ---
                ---   # nothing in this one
                # only a comment
                ---
                  indented: root
                  second: key
                ---
                - a root list
                - of two
                """);

        assertThat(roots).hasSize(3);
    }

    @TestFactory
    Stream<DynamicTest> yaml_beyond_what_kubectl_prints_is_left_to_the_yaml_parser() {
        return Stream.of("a: &x 1\nb: *x\n", "a: !!str 1\n", "a: [1, 2]\n", "a: {b: 1}\n", "? a\n: b\n",
                "a:\tb\n", "a:\n\tb: 1\n", "a:\nb: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "just a scalar\n",
                "- - a\n", "-\n  a: 1\n", "a: >\n  x\n    more indented\n", "? \"multi\n  line\": 1\n",
                "k" + "e".repeat(1_100) + "y: 1\n", "a: |\n  x\n   \n  y\n", "a: |\n  no final break",
                "\uFEFFa: 1\n", "a: 1\r\nb: 2\n", "a: x\u0085y\n", "a: \uD83D\uDE00\n", "a: b: c\n",
                "a: 1\n  b: 2\n", "a: 'unterminated\n", "a: \"bad \\q escape\"\n", "a: x\n  # comment\n  y\n",
                "a: x\n  - y\n", "--- a: 1\n", "a: \"x\" y\n", "a: |\n\n  leading blank line\n", "a: |+\nb: 1\n",
                "a: 'x\ny'\n", "- a\n  b: c\n", "a:\n  - b\n c: 1\n", "a: -\n", "a: [x]\n",
                "a: 1\nb: 2\na: 3\n", "a: \"\\L\"\n").map(text ->
                DynamicTest.dynamicTest(text.replace("\n", "\\n"), () -> assertThat(KubectlYamlReader.read(text))
                        .as("left to the YAML parser").isNull()));
    }

    @Test
    void a_nesting_deeper_than_kubernetes_objects_is_left_to_the_yaml_parser() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth < 150; depth++) {
            text.append("  ".repeat(depth)).append("spec:\n");
        }
        text.append("  ".repeat(150)).append("end: 1\n");

        assertThat(KubectlYamlReader.read(text.toString())).isNull();
    }

    @TestFactory
    Stream<DynamicTest> whatever_it_reads_of_altered_kubectl_yaml_the_yaml_parser_reads_alike() {
        String symbols = " :-'\"#|>+\n{}[]&*!.a1\\";
        return IntStream.range(0, 3_000).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(ALTERED);
            int changes = 1 + random.nextInt(4);
            for (int i = 0; i < changes; i++) {
                int at = random.nextInt(text.length());
                char c = symbols.charAt(random.nextInt(symbols.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            List<LocatedNode> read = KubectlYamlReader.read(text.toString());
            if (read != null) {
                assertThat(LocatedTrees.dump(read)).as(text.toString())
                        .isEqualTo(LocatedTrees.dump(LocatedTrees.parsed(text.toString())));
            }
        }));
    }

    /** The kubectl YAML reader reads the text, into the trees the YAML parser gives; returns them. */
    private static List<LocatedNode> assertReadsAlike(String text) {
        List<LocatedNode> read = KubectlYamlReader.read(text);
        assertThat(read).as("read by the kubectl YAML reader").isNotNull();
        assertThat(LocatedTrees.dump(read)).isEqualTo(LocatedTrees.dump(LocatedTrees.parsed(text)));
        return read;
    }
}
