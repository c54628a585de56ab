package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What {@link ObjectsDocumentParser} read from a text, at a fixed instant, for tests. */
final class ObjectsReading implements ParseSink {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    final List<Object> facts = new ArrayList<>();
    final List<ObjectRef> subjects = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    static ObjectsReading json(String text) {
        return read(LocatedTreeReader.Format.JSON, text, 1);
    }

    static ObjectsReading yaml(String text) {
        return read(LocatedTreeReader.Format.YAML, text, 1);
    }

    /** The text as lines of an input whose first line is {@code firstLine}, redacted as the reader does. */
    static ObjectsReading read(LocatedTreeReader.Format format, String text, int firstLine) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine("input", firstLine + i, Redactor.redact(raw[i])));
        }
        ObjectsReading reading = new ObjectsReading();
        new ObjectsDocumentParser(format, Clock.fixed(NOW, ZoneOffset.UTC))
                .parse(new RecognisedDocument(format.name().toLowerCase(), lines), reading);
        return reading;
    }

    static String resource(String name) {
        try (InputStream in = ObjectsReading.class.getResourceAsStream("/objects/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T only(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", got " + found);
        }
        return found.get(0);
    }

    @Override
    public void fact(Object fact) {
        facts.add(fact);
    }

    @Override
    public void subject(ObjectRef object) {
        subjects.add(object);
    }

    @Override
    public void ignored(SourceLine line, String why) {
        notes.add(line.line() + ": " + why);
    }
}
