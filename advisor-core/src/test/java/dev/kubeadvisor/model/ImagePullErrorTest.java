package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImagePullErrorTest {

    @Test
    void takes_the_runtime_error_out_of_a_failed_pull_message() {
        assertThat(ImagePullError.of("Failed to pull image \"redis:7.2\": rpc error: code = Unknown desc = "
                + "toomanyrequests: You have reached your pull rate limit."))
                .isEqualTo("rpc error: code = Unknown desc = toomanyrequests: You have reached your pull rate limit.");
        assertThat(ImagePullError.of("(combined from similar events): Failed to pull image \"x:1\": boom"))
                .isEqualTo("boom");
        assertThat(ImagePullError.of("Error: ErrImagePull")).isNull();
        assertThat(ImagePullError.of("Back-off pulling image \"x:1\"")).isNull();
    }

    @Test
    void finds_the_innermost_cause_of_a_go_error_chain() {
        assertThat(ImagePullError.innermostCause("failed to do request: Head \"https://registry.internal.example/v2/"
                + "shop/web/manifests/2.1\": dial tcp: lookup registry.internal.example on 10.96.0.10:53: no such host"))
                .isEqualTo("no such host");
        assertThat(ImagePullError.innermostCause("tls: failed to verify certificate: x509: certificate signed by "
                + "unknown authority")).isEqualTo("certificate signed by unknown authority");
        assertThat(ImagePullError.innermostCause("plain")).isEqualTo("plain");
    }

    @Test
    void names_the_pull_secrets_the_kubelet_could_not_find() {
        assertThat(ImagePullError.missingPullSecrets("Unable to retrieve some image pull secrets (regcred, ghcr-pull); "
                + "attempting to pull the image may not succeed.")).isEqualTo("regcred, ghcr-pull");
        assertThat(ImagePullError.missingPullSecrets("Pulling image \"x\"")).isNull();
        assertThat(ImagePullError.firstSecret("regcred, ghcr-pull", "default")).isEqualTo("regcred");
        assertThat(ImagePullError.firstSecret("", "regcred")).isEqualTo("regcred");
        assertThat(ImagePullError.pullSecretsSpec("regcred")).isEqualTo("{\"imagePullSecrets\":[{\"name\":\"regcred\"}]}");
    }
}
