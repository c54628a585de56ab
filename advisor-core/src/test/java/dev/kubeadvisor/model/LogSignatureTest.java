package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSignatureTest {

    @Test
    void reads_the_endpoint_each_runtime_names_when_a_connection_is_refused() {
        assertThat(LogSignature.CONNECTION_REFUSED.in("dial tcp 10.96.44.12:5432: connect: connection refused"))
                .isEqualTo("10.96.44.12:5432");
        assertThat(LogSignature.CONNECTION_REFUSED.in("Error: connect ECONNREFUSED 127.0.0.1:6379")).isEqualTo("127.0.0.1:6379");
        assertThat(LogSignature.CONNECTION_REFUSED.in("io.netty.channel.AbstractChannel$AnnotatedConnectException: "
                + "Connection refused: redis/10.96.3.4:6379")).isEqualTo("10.96.3.4:6379");
        assertThat(LogSignature.CONNECTION_REFUSED.in("org.postgresql.util.PSQLException: Connection to db:5432 refused. "
                + "Check that the hostname and port are correct")).isEqualTo("db:5432");
        assertThat(LogSignature.CONNECTION_REFUSED.in("java.net.ConnectException: Connection refused")).isEmpty();
        assertThat(LogSignature.CONNECTION_REFUSED.in("Connection to db:5432 established")).isNull();
    }

    @Test
    void reads_the_host_a_name_lookup_failed_for() {
        assertThat(LogSignature.DNS_FAILURE.in("dial tcp: lookup rates-api.finance on 10.96.0.10:53: no such host"))
                .isEqualTo("rates-api.finance");
        assertThat(LogSignature.DNS_FAILURE.in("java.net.UnknownHostException: kafka-0.kafka: Name or service not known"))
                .isEqualTo("kafka-0.kafka");
        assertThat(LogSignature.DNS_FAILURE.in("Error: getaddrinfo ENOTFOUND redis-master")).isEqualTo("redis-master");
        assertThat(LogSignature.DNS_FAILURE.in("could not translate host name \"db\" to address: Temporary failure in "
                + "name resolution")).isEqualTo("db");
        assertThat(LogSignature.DNS_FAILURE.in("resolver: nameserver 10.96.0.10, search shop.svc.cluster.local")).isNull();
    }

    @Test
    void reads_the_path_or_port_a_process_was_denied() {
        assertThat(LogSignature.PERMISSION_DENIED.in("open /data/app.db: permission denied")).isEqualTo("/data/app.db");
        assertThat(LogSignature.PERMISSION_DENIED.in("nginx: [emerg] mkdir() \"/var/cache/nginx/client_temp\" failed "
                + "(30: Read-only file system)")).isEqualTo("/var/cache/nginx/client_temp");
        assertThat(LogSignature.PERMISSION_DENIED.in("PermissionError: [Errno 13] Permission denied: '/data/out.csv'"))
                .isEqualTo("/data/out.csv");
        assertThat(LogSignature.PERMISSION_DENIED.in("Error: listen EACCES: permission denied 0.0.0.0:80"))
                .isEqualTo("0.0.0.0:80");
        assertThat(LogSignature.PERMISSION_DENIED.in("level=warn msg=\"request rejected\" error=\"permission denied\""))
                .isNull();
    }

    @Test
    void reads_the_missing_setting_in_common_framework_wordings_but_not_optional_ones() {
        assertThat(LogSignature.MISSING_CONFIG.in("Error: Missing required environment variable: DATABASE_URL"))
                .isEqualTo("DATABASE_URL");
        assertThat(LogSignature.MISSING_CONFIG.in("KeyError: 'STRIPE_API_URL'")).isEqualTo("STRIPE_API_URL");
        assertThat(LogSignature.MISSING_CONFIG.in("required key QUEUE_URL missing value")).isEqualTo("QUEUE_URL");
        assertThat(LogSignature.MISSING_CONFIG.in("Could not resolve placeholder 'db.url' in value \"${db.url}\""))
                .isEqualTo("db.url");
        assertThat(LogSignature.MISSING_CONFIG.in("environment variable REDIS_URL is not set")).isEqualTo("REDIS_URL");
        assertThat(LogSignature.MISSING_CONFIG.in("warn: optional env var SENTRY_DSN is not set")).isNull();
        assertThat(LogSignature.MISSING_CONFIG.in("missing required field in request body")).isNull();
    }

    @Test
    void tells_real_failures_from_lines_that_only_mention_their_words() {
        assertThat(LogSignature.JVM_OUT_OF_MEMORY.in("java.lang.OutOfMemoryError: GC overhead limit exceeded"))
                .isEqualTo("GC overhead limit exceeded");
        assertThat(LogSignature.JVM_OUT_OF_MEMORY.in("DEBUG OutOfMemoryError handler: heap dump to /dumps")).isNull();
        assertThat(LogSignature.NODE_HEAP_OUT_OF_MEMORY.in("FATAL ERROR: Reached heap limit Allocation failed - "
                + "JavaScript heap out of memory")).isEqualTo("Reached heap limit Allocation failed");
        assertThat(LogSignature.ADDRESS_IN_USE.in("listen tcp :9090: bind: address already in use")).isEqualTo(":9090");
        assertThat(LogSignature.DISK_FULL.in("write /data/wal/000012: no space left on device")).isEqualTo("/data/wal/000012");
        assertThat(LogSignature.DISK_FULL.in("disk-check: alerts on ENOSPC risk above 90%")).isNull();
        assertThat(LogSignature.TLS_ERROR.in("tls: failed to verify certificate: x509: certificate has expired or is "
                + "not yet valid")).isEqualTo("certificate has expired or is not yet valid");
        assertThat(LogSignature.TLS_ERROR.in("GET /docs/x509-certificates.html 200")).isNull();
    }

    @Test
    void costs_linear_time_on_a_hostile_line_of_a_hundred_thousand_characters() {
        String hostile = "dial tcp " + "a".repeat(50_000) + " x509: " + "Connection refused: " + "b/".repeat(12_500)
                + " (Permission denied) " + "missing env ".repeat(2_500);
        long start = System.nanoTime();
        for (LogSignature signature : LogSignature.values()) {
            signature.in(hostile);
        }
        assertThat(System.nanoTime() - start).as("no catastrophic backtracking").isLessThan(2_000_000_000L);
    }
}
