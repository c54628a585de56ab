package dev.kubeadvisor.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request comes from Slack: {@code X-Slack-Signature} must be {@code v0=} and the hex HMAC-SHA256 of
 * {@code v0:<X-Slack-Request-Timestamp>:<raw body>} under the app's signing secret (compared in constant time); the
 * timestamp must be within five minutes of now; and a signature is accepted once (replays are refused). Signatures
 * seen are remembered for the window only, and at most {@link #REMEMBERED} of them.
 */
final class SlackSignatures {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int REMEMBERED = 10_000;

    private final SecretKeySpec key;
    private final Clock clock;
    /** Signature → its request's timestamp (epoch seconds), oldest first. */
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

    SlackSignatures(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    void verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            throw ProblemException.unauthorized("slack-signature-missing",
                    "X-Slack-Request-Timestamp and X-Slack-Signature are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized("slack-timestamp-stale", "X-Slack-Request-Timestamp is not a number");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > WINDOW.toSeconds()) {
            throw ProblemException.unauthorized("slack-timestamp-stale",
                    "X-Slack-Request-Timestamp is more than 5 minutes from the server's clock");
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp.strip(), body)))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.unauthorized("slack-signature-invalid", "X-Slack-Signature does not match the body");
        }
        remember(signature.strip(), seconds, now);
    }

    private synchronized void remember(String signature, long timestamp, long now) {
        for (Iterator<Map.Entry<String, Long>> oldest = seen.entrySet().iterator(); oldest.hasNext(); ) {
            Map.Entry<String, Long> entry = oldest.next();
            if (now - entry.getValue() <= WINDOW.toSeconds() && seen.size() < REMEMBERED) {
                break;
            }
            oldest.remove();
        }
        if (seen.putIfAbsent(signature, timestamp) != null) {
            throw ProblemException.unauthorized("slack-replay", "this signed request was already received");
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
