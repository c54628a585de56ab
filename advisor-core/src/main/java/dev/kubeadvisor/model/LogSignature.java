package dev.kubeadvisor.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known failure as runtimes and libraries word it in a log line. {@link #in(String)} reads the detail that matters
 * (the endpoint refused, the host not resolved, the path denied...) or returns {@code null} when the line does not
 * show the failure. Each signature first looks for fixed words ({@code contains}) and only then runs its patterns,
 * which are anchored on literal words and bounded, so a line costs linear time.
 */
public enum LogSignature {

    /** {@code java.lang.OutOfMemoryError: Java heap space}: the detail is the memory area that was full. */
    JVM_OUT_OF_MEMORY(List.of("OutOfMemoryError: "), List.of(Pattern.compile(
            "java\\.lang\\.OutOfMemoryError: (Java heap space|GC overhead limit exceeded|Metaspace"
                    + "|Compressed class space|Requested array size exceeds VM limit"
                    + "|unable to create (?:new )?native thread|Direct buffer memory"
                    + "|Cannot reserve \\d{1,20} bytes of direct buffer memory)"))),
    /** Node.js/V8: {@code FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory}. */
    NODE_HEAP_OUT_OF_MEMORY(List.of("JavaScript heap out of memory"), List.of(Pattern.compile(
            "FATAL ERROR: (.{1,200}?)\\s*-\\s*JavaScript heap out of memory"))),
    /** {@code dial tcp 10.0.0.5:5432: connect: connection refused}, {@code connect ECONNREFUSED 127.0.0.1:6379}... */
    CONNECTION_REFUSED(List.of("onnection refused", "ECONNREFUSED", "Connection to "), List.of(
            Pattern.compile("dial tcp (\\S{1,300}?:\\d{1,5}): connect: connection refused"),
            Pattern.compile("ECONNREFUSED (\\S{1,300}?:\\d{1,5})"),
            Pattern.compile("Connection refused: (?:[^/\\s]{1,253}/)?(\\S{1,300}?:\\d{1,5})"),
            Pattern.compile("Connection to (\\S{1,300}?:\\d{1,5}) refused"),
            Pattern.compile("connecting to (\\S{1,300}?:\\d{1,5})\\. Connection refused"),
            Pattern.compile("Failed to connect to (\\S{1,253} port \\d{1,5})(?: after \\d+ ms)?: Connection refused"),
            Pattern.compile("(?i)connection refused"))),
    /** {@code lookup db on 10.96.0.10:53: no such host}, {@code UnknownHostException: db}, {@code ENOTFOUND db}... */
    DNS_FAILURE(List.of("no such host", "UnknownHostException", "ENOTFOUND", "EAI_AGAIN", "Name or service not known",
            "Temporary failure in name resolution", "Could not resolve host", "nodename nor servname"), List.of(
            Pattern.compile("lookup (\\S{1,253}?)(?: on \\S{1,60})?: (?:no such host|server misbehaving)"),
            Pattern.compile("UnknownHostException: ([^\\s:]{1,253})"),
            Pattern.compile("getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([^\\s,]{1,253})"),
            Pattern.compile("translate host name \"([^\"]{1,253})\" to address"),
            Pattern.compile("Could not resolve host: ([^\\s;]{1,253})"),
            Pattern.compile("Name or service not known|Temporary failure in name resolution"
                    + "|nodename nor servname provided, or not known"))),
    /** {@code open /data/app.db: permission denied}, {@code EACCES: permission denied, open '/data/x'}... */
    PERMISSION_DENIED(List.of("ermission denied", "EACCES", "ead-only file system", "EROFS", "AccessDeniedException"),
            List.of(
            Pattern.compile("(?:open|mkdir|stat|lstat|remove|unlinkat|create|chmod|chown|rename|mkdirall) "
                    + "(\\S{1,500}): (?:permission denied|read-only file system)"),
            Pattern.compile("listen tcp (\\S{0,300}:\\d{1,5}): bind: permission denied"),
            Pattern.compile("(?:EACCES|EROFS): (?:permission denied|read-only file system), \\w{1,20} '([^']{1,500})'"),
            Pattern.compile("listen EACCES: permission denied (\\S{1,300})"),
            Pattern.compile("\"(/[^\"]{1,500})\" failed \\((?:13: Permission denied|30: Read-only file system)\\)"),
            Pattern.compile("\\[Errno (?:13|30)] (?:Permission denied|Read-only file system): '([^']{1,500})'"),
            Pattern.compile("\\s(/\\S{0,500}) \\((?:Permission denied|Read-only file system)\\)"),
            Pattern.compile("AccessDeniedException: (\\S{1,500})"),
            Pattern.compile("FileSystemException: (\\S{1,500}): Read-only file system"))),
    /** A required setting the process did not get: {@code Missing required environment variable: DATABASE_URL}... */
    MISSING_CONFIG(List.of("issing", "equired", "not set", "KeyError: '", "key not found", "placeholder"), List.of(
            Pattern.compile("Could not resolve placeholder '([^']{1,200})'"),
            Pattern.compile("^KeyError: '([A-Z][A-Z0-9_]{2,100})'$"),
            Pattern.compile("key not found: \"([A-Z][A-Z0-9_]{2,100})\""),
            Pattern.compile("required key ([A-Z][A-Z0-9_]{2,100}) missing value"),
            Pattern.compile("(?i)(?:missing|required)(?: required)? (?:env(?:ironment)?(?: variable| var)?|config(?:uration)?"
                    + " (?:key|value|variable|setting)|setting)s?:? ['\"`]?(?-i:([A-Z][A-Z0-9_]{2,100}))\\b"),
            Pattern.compile("(?i)(?:env(?:ironment)? variable|env var|env) ['\"`]?(?-i:([A-Z][A-Z0-9_]{2,100}))['\"`]? "
                    + "(?:is )?(?:not set|missing|required|must be set|is required|undefined)"))),
    /** {@code listen tcp :8080: bind: address already in use}, {@code EADDRINUSE: address already in use :::3000}... */
    ADDRESS_IN_USE(List.of("ddress already in use", "EADDRINUSE"), List.of(
            Pattern.compile("listen tcp (\\S{0,300}:\\d{1,5}): bind: address already in use"),
            Pattern.compile("EADDRINUSE: address already in use (\\S{1,300})"),
            Pattern.compile("bind\\(\\) to (\\S{1,300}) failed \\(98: Address already in use\\)"),
            Pattern.compile("(?i)address already in use"))),
    /** {@code write /data/wal: no space left on device}, {@code ENOSPC: no space left on device, write}... */
    DISK_FULL(List.of("o space left on device", "ENOSPC"), List.of(
            Pattern.compile("(?:write|open|mkdir|create|sync|rename) (\\S{1,500}): no space left on device"),
            Pattern.compile("\"(\\S{1,500})\": No space left on device"),
            Pattern.compile("ENOSPC: no space left on device, \\w{1,20} '([^']{1,500})'"),
            Pattern.compile("(?i)no space left on device|ENOSPC:"))),
    /** {@code x509: certificate signed by unknown authority}, {@code SSLHandshakeException}, {@code CERT_HAS_EXPIRED}... */
    TLS_ERROR(List.of("x509: ", "SSLHandshakeException", "CERT_HAS_EXPIRED", "CERTIFICATE_VERIFY_FAILED",
            "certificate verify failed", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "SELF_SIGNED_CERT_IN_CHAIN",
            "DEPTH_ZERO_SELF_SIGNED_CERT", "certificate has expired"), List.of(
            Pattern.compile("\\bx509: ((?:certificate|cannot validate certificate)[^\"(;]{0,160})"),
            Pattern.compile("SSLHandshakeException: ([^;]{1,160})"),
            Pattern.compile("(CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN"
                    + "|DEPTH_ZERO_SELF_SIGNED_CERT)"),
            Pattern.compile("certificate verify failed: ([^(\\]]{1,160})"),
            Pattern.compile("Error: (certificate has expired)")));

    private final List<String> words;
    private final List<Pattern> patterns;

    LogSignature(List<String> words, List<Pattern> patterns) {
        this.words = words;
        this.patterns = patterns;
    }

    /**
     * The detail of this failure in {@code text} (the capture of the first pattern that matches; empty when that
     * pattern names nothing, e.g. a bare {@code Connection refused}), or {@code null} when the line does not show it.
     */
    public String in(String text) {
        if (text == null || !mentionsAWord(text)) {
            return null;
        }
        if (this == MISSING_CONFIG && text.toLowerCase(Locale.ROOT).contains("optional")) {
            return null;
        }
        return detail(text);
    }

    /** What the patterns alone read in {@code text}, without the look for fixed words first. */
    String detail(String text) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m.groupCount() == 0 ? "" : m.group(1).strip();
            }
        }
        return null;
    }

    public boolean isIn(String text) {
        return in(text) != null;
    }

    /** The cheap first look: the line holds one of this signature's fixed words (a loop, as it runs on every line). */
    boolean mentionsAWord(String text) {
        for (int i = 0; i < words.size(); i++) {
            if (text.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }
}
