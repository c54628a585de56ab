package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeFailureTest {

    private static final ObjectRef POD = ObjectRef.pod("shop", "cart-5f7d8b9c6-lk2mx");

    private static ProbeFailure failure(String detail) {
        return new ProbeFailure(POD, "cart", "Liveness", 3, detail, null);
    }

    @Test
    void knows_the_timeout_wordings_of_http_exec_and_grpc_probes() {
        assertThat(failure("Get \"http://10.244.1.7:8080/healthz\": context deadline exceeded (Client.Timeout "
                + "exceeded while awaiting headers)").timedOut()).isTrue();
        assertThat(failure("Get \"http://10.244.1.7:8080/healthz\": net/http: request canceled while waiting for "
                + "connection (Client.Timeout exceeded while awaiting headers)").timedOut()).isTrue();
        assertThat(failure("command \"pg_isready -U app\" timed out").timedOut()).isTrue();
        assertThat(failure("timeout: failed to connect service \":50051\" within 1s").timedOut()).isTrue();
    }

    @Test
    void does_not_take_refusals_status_codes_or_tcp_timeouts_for_slow_answers() {
        assertThat(failure("HTTP probe failed with statuscode: 503").timedOut()).isFalse();
        assertThat(failure("Get \"http://10.244.1.7:8080/healthz\": dial tcp 10.244.1.7:8080: connect: connection "
                + "refused").timedOut()).isFalse();
        assertThat(failure("dial tcp 10.244.1.7:5432: i/o timeout").timedOut()).isFalse();
        assertThat(failure(null).timedOut()).isFalse();
    }
}
