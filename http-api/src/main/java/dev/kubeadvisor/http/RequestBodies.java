package dev.kubeadvisor.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies within the size cap (413 beyond, before reading when the length is declared), checks their
 * media type (415) and parses JSON with an error that says where it broke (400). Bodies are never logged.
 */
final class RequestBodies {

    private final long maxBytes;
    private final JsonMapper json;

    RequestBodies(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    /** The media type without parameters, lower case; null when the request has none. */
    static String mediaType(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw ProblemException.bodyTooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw ProblemException.bodyTooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw ProblemException.badRequest("body-unreadable", "the request body could not be read to its end ("
                    + e.getMessage() + ")");
        }
    }

    String text(Context ctx) {
        return new String(bytes(ctx), StandardCharsets.UTF_8);
    }

    <T> T json(byte[] body, Class<T> type) {
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ProblemException.badRequest("malformed-json", "the body is JSON null; send an object");
            }
            return value;
        } catch (DatabindException e) {
            throw ProblemException.badRequest("malformed-json", "the JSON does not fit the request" + at(e)
                    + (e.getPathReference() == null ? "" : " (" + e.getPathReference() + ")") + ": "
                    + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw ProblemException.badRequest("malformed-json", "malformed JSON" + at(e) + ": "
                    + e.getOriginalMessage());
        }
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
