package dev.kubeadvisor.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A file of the paste page, or another resource of the server, read once from the classpath. */
record StaticPage(String mediaType, byte[] content) {

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    static StaticPage load(String name, String mediaType) {
        return resource("page/" + name, mediaType);
    }

    /** A resource beside this class. */
    static StaticPage resource(String name, String mediaType) {
        String resource = "/dev/kubeadvisor/http/" + name;
        try (InputStream in = StaticPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the http-api jar");
            }
            return new StaticPage(mediaType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
