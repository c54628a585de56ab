package dev.kubeadvisor.http;

/**
 * An error answer as RFC 9457 {@code application/problem+json}: {@code type} names the kind of problem (also the
 * reason label of the rejected-requests metric), {@code detail} says what to change, for a person.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:kube-advisor:problem:";

    static Problem of(String reason, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + reason, title, status, detail);
    }

    /** The short name of the problem kind: {@code body-too-large}, {@code malformed-json}… */
    public String reason() {
        return type.substring(TYPE_PREFIX.length());
    }
}
