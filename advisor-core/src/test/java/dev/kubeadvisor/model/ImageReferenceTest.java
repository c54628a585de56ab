package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void finds_the_image_quoted_in_every_kubelet_image_event() {
        assertThat(ImageReference.quotedIn("Failed to pull image \"shop/web:2.1\": rpc error: code = NotFound"))
                .isEqualTo("shop/web:2.1");
        assertThat(ImageReference.quotedIn("Back-off pulling image \"shop/web:2.1\"")).isEqualTo("shop/web:2.1");
        assertThat(ImageReference.quotedIn("Pulling image \"nginx\"")).isEqualTo("nginx");
        assertThat(ImageReference.quotedIn("pulling image \"nginx\"")).isEqualTo("nginx");
        assertThat(ImageReference.quotedIn("Successfully pulled image \"nginx:1.27\" in 1.2s (1.2s including waiting)"))
                .isEqualTo("nginx:1.27");
        assertThat(ImageReference.quotedIn("Container image \"nginx:1.27\" already present on machine"))
                .isEqualTo("nginx:1.27");
        assertThat(ImageReference.quotedIn("Failed to apply default image tag \"Shop/Web:1\": couldn't parse image "
                + "reference \"Shop/Web:1\": invalid reference format: repository name must be lowercase"))
                .isEqualTo("Shop/Web:1");
        assertThat(ImageReference.quotedIn("Error: ErrImagePull")).isNull();
        assertThat(ImageReference.quotedIn(null)).isNull();
    }

    @Test
    void compares_short_and_fully_qualified_spellings_of_one_image() {
        assertThat(ImageReference.same("nginx", "docker.io/library/nginx:latest")).isTrue();
        assertThat(ImageReference.same("yourcompany/crw:latest", "docker.io/yourcompany/crw:latest")).isTrue();
        assertThat(ImageReference.same("index.docker.io/library/redis:7", "redis:7")).isTrue();
        assertThat(ImageReference.same("registry.example.com:5000/web:1", "registry.example.com:5000/web:1")).isTrue();
        assertThat(ImageReference.same("registry.example.com:5000/web", "registry.example.com:5000/web:latest"))
                .isTrue();
        assertThat(ImageReference.same("nginx:1.27", "nginx:1.26")).isFalse();
        assertThat(ImageReference.same("quay.io/acme/web:1", "docker.io/acme/web:1")).isFalse();
        assertThat(ImageReference.same(null, "nginx")).isFalse();
    }

    @Test
    void names_the_registry_and_the_repository() {
        assertThat(ImageReference.registry("nginx:1.27")).isEqualTo("docker.io");
        assertThat(ImageReference.registry("yourcompany/crw:latest")).isEqualTo("docker.io");
        assertThat(ImageReference.registry("ghcr.io/acme/api:3.2.0")).isEqualTo("ghcr.io");
        assertThat(ImageReference.registry("localhost:5000/api")).isEqualTo("localhost:5000");
        assertThat(ImageReference.repository("registry.example.com:5000/shop/web:2.1")).isEqualTo(
                "registry.example.com:5000/shop/web");
        assertThat(ImageReference.repository("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
                .isEqualTo("nginx");
        assertThat(ImageReference.repository("registry.example.com:5000/web")).isEqualTo("registry.example.com:5000/web");
    }

    @Test
    void accepts_valid_references_including_upper_case_tags_and_registry_ports() {
        assertThat(ImageReference.problem("nginx")).isNull();
        assertThat(ImageReference.problem("registry.example.com:5000/shop/web:Release-2024")).isNull();
        assertThat(ImageReference.problem("ghcr.io/acme/api_server__v2/x-y:1.0.0-rc.1")).isNull();
        assertThat(ImageReference.problem(
                "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")).isNull();
    }

    @Test
    void names_the_api_host_and_pull_secret_server_of_docker_hub_and_others() {
        assertThat(ImageReference.apiHost("redis:7.2")).isEqualTo("registry-1.docker.io");
        assertThat(ImageReference.pullSecretServer("acme/billing:4")).isEqualTo("https://index.docker.io/v1/");
        assertThat(ImageReference.apiHost("registry.internal.example:5000/shop/web:2")).isEqualTo(
                "registry.internal.example:5000");
        assertThat(ImageReference.pullSecretServer("ghcr.io/acme/api:3")).isEqualTo("ghcr.io");
    }

    @Test
    void suggests_the_reference_without_its_usual_mistakes() {
        assertThat(ImageReference.corrected("registry.example.com/Shop/Billing-API:2.0"))
                .isEqualTo("registry.example.com/shop/billing-api:2.0");
        assertThat(ImageReference.corrected("registry.example.com:5000/shop/web::2.1"))
                .isEqualTo("registry.example.com:5000/shop/web:2.1");
        assertThat(ImageReference.corrected("https://ghcr.io/acme/api:3.2.0")).isEqualTo("ghcr.io/acme/api:3.2.0");
        assertThat(ImageReference.corrected("Nginx:Stable")).isEqualTo("nginx:Stable");
        assertThat(ImageReference.corrected("shop/web:-rc1")).isNull();
    }

    @Test
    void explains_why_a_reference_cannot_be_parsed() {
        assertThat(ImageReference.problem("registry.example.com/Shop/Billing-API:2.0"))
                .contains("'Shop/Billing-API' has upper-case letters");
        assertThat(ImageReference.problem("Nginx:1.27")).contains("upper-case");
        assertThat(ImageReference.problem("registry.example.com:5000/shop/web::2.1")).contains("'::'");
        assertThat(ImageReference.problem("https://registry.example.com/shop/web:2.1")).contains("URL scheme");
        assertThat(ImageReference.problem("shop/web:")).contains("ends with ':'");
        assertThat(ImageReference.problem("shop/web:2.1 ")).contains("white space");
        assertThat(ImageReference.problem("shop/web:-rc1")).contains("tag '-rc1'");
        assertThat(ImageReference.problem("shop/web@sha256:abc")).contains("digest");
        assertThat(ImageReference.problem("shop/-web:1")).contains("part ('-web')");
        assertThat(ImageReference.problem("")).isEqualTo("it is empty");
    }

    @Test
    void reads_the_tag_apart_from_a_registry_port_and_a_digest() {
        assertThat(ImageReference.tag("registry.example.com:5000/shop/web:1.4.2")).isEqualTo("1.4.2");
        assertThat(ImageReference.tag("registry.example.com:5000/shop/web")).isNull();
        assertThat(ImageReference.tag("nginx:latest@sha256:" + "a".repeat(64))).isEqualTo("latest");
        assertThat(ImageReference.hasDigest("nginx@sha256:" + "a".repeat(64))).isTrue();
        assertThat(ImageReference.hasDigest("nginx:1.27")).isFalse();
    }
}
