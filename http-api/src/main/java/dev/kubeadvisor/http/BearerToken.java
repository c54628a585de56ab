package dev.kubeadvisor.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The optional shared token callers present as {@code Authorization: Bearer <token>}, compared in constant time. */
final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final byte[] expected;

    BearerToken(String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw ProblemException.unauthorized("token-missing",
                    "this server asks for a token: send Authorization: Bearer <token>");
        }
        byte[] given = authorization.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw ProblemException.unauthorized("token-invalid", "the bearer token is not the one this server expects");
        }
    }
}
