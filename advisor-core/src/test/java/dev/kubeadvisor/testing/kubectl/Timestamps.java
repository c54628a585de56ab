package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds and moves the RFC 3339 timestamp strings of fixture objects. */
final class Timestamps {

    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    // Six fraction digits: the form a MicroTime (event eventTime, lease renewTime) requires and a Time accepts.
    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static Optional<Instant> newest(Collection<? extends JsonNode> objects) {
        return objects.stream().flatMap(Timestamps::instants).max(Instant::compareTo);
    }

    /** A copy of {@code node} with every timestamp string moved by {@code offset} and written in UTC. */
    static JsonNode shifted(JsonNode node, Duration offset) {
        Duration microseconds = offset.truncatedTo(ChronoUnit.MICROS);
        return rewrite(node.deepCopy(), microseconds);
    }

    static String format(Instant instant) {
        return MICROSECONDS.format(instant);
    }

    private static Stream<Instant> instants(JsonNode node) {
        if (node.isContainer()) {
            return node.values().stream().flatMap(Timestamps::instants);
        }
        return isTimestamp(node) ? Stream.of(OffsetDateTime.parse(node.asString()).toInstant()) : Stream.empty();
    }

    private static JsonNode rewrite(JsonNode node, Duration offset) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, rewrite(object.get(name), offset));
            }
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.size(); index++) {
                array.set(index, rewrite(array.get(index), offset));
            }
        } else if (isTimestamp(node)) {
            Instant instant = OffsetDateTime.parse(node.asString()).toInstant();
            return StringNode.valueOf(format(instant.plus(offset)));
        }
        return node;
    }

    private static boolean isTimestamp(JsonNode node) {
        return node.isString() && RFC_3339.matcher(node.asString()).matches();
    }
}
