package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One object fixture ({@code fixtures/objects/<kind>-<story>/objects.json}) described by one real kubectl version and
 * parsed: the facts, the notes, and the objects as the fixture server served them (timestamps moved to now).
 */
record DescribedFixture(String version, String text, List<Object> facts, List<Note> notes, List<JsonNode> objects) {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"), "objects");
    private static final Pattern RFC_1123 =
            Pattern.compile("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
    /** Fields a version leaves out: kubectl before 1.30 prints no Job suspend or backoff limit. */
    private static final Map<String, Set<String>> NOT_PRINTED_BY_EVERY_VERSION =
            Map.of("JobInfo", Set.of("suspend", "backoffLimit"));

    /** {@code kubectl describe <kind> <name> [-n <namespace>]} of the fixture, by every installed version, oldest first. */
    static Map<String, DescribedFixture> byEveryVersion(String fixture, String kind, String name, String namespace) {
        Path objects = FIXTURES.resolve(fixture).resolve("objects.json");
        try (FixtureApiServer server = FixtureApiServer.start(objects)) {
            return Kubectl.installedVersions().parallelStream().collect(Collectors.toMap(Kubectl::version,
                    kubectl -> describe(server, kubectl, kind, name, namespace), (a, b) -> a, LinkedHashMap::new));
        }
    }

    private static DescribedFixture describe(FixtureApiServer server, Kubectl kubectl, String kind, String name,
                                             String namespace) {
        String text = namespace == null ? kubectl.describe(server, kind, name)
                : kubectl.describe(server, kind, name, namespace);
        List<JsonNode> served = server.objects();
        Snapshot snapshot = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", text)));
        return new DescribedFixture(kubectl.version(), text, snapshot.facts(), snapshot.notes(), served);
    }

    int minorVersion() {
        return Integer.parseInt(version.substring(version.indexOf('.') + 1));
    }

    <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError(version + ": expected one " + type.getSimpleName() + ", found " + found);
        }
        return found.get(0);
    }

    /** The served object of {@code kind} named {@code name}. */
    JsonNode object(String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asString().equals(kind)
                && o.path("metadata").path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the fixture"));
    }

    /**
     * The facts without what legitimately differs between versions: evidence lines, timestamps (the server moves
     * them to the moment of each request), the fields older versions do not print, and the DaemonSet namespace
     * (kubectl before 1.33 prints no {@code Namespace:} line for a DaemonSet).
     */
    List<String> comparableFacts() {
        return facts.stream().map(DescribedFixture::comparable).toList();
    }

    private static String comparable(Object value) {
        if (value instanceof ObjectRef ref) {
            return ref.kind().equals("DaemonSet") ? ref.kind() + "/" + ref.name() : ref.key();
        }
        if (value instanceof String text) {
            return RFC_1123.matcher(text).replaceAll("<time>");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DescribedFixture::comparable).toList().toString();
        }
        if (value == null || !value.getClass().isRecord()) {
            return String.valueOf(value);
        }
        Set<String> left = NOT_PRINTED_BY_EVERY_VERSION.getOrDefault(value.getClass().getSimpleName(), Set.of());
        StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('[');
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getType() == SourceLine.class || left.contains(component.getName())) {
                continue;
            }
            try {
                text.append(component.getName()).append('=')
                        .append(comparable(component.getAccessor().invoke(value))).append(", ");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.append(']').toString();
    }

    /** A describe time ({@code Thu, 26 Nov 2026 09:33:55 +0000}) as an instant. */
    static Instant instant(String rfc1123) {
        return ZonedDateTime.parse(rfc1123, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** True when a printed time is the served one, give or take the seconds between the two requests. */
    static boolean sameMoment(String printed, String served) {
        return Duration.between(instant(printed), Instant.parse(served)).abs().getSeconds() <= 5;
    }
}
