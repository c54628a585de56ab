package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.KubeEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventAttributionTest {

    /** kubectl 1.31 layout: no field path in event messages; the init container and the app share one image. */
    private static final String INIT_AND_APP_SHARE_AN_IMAGE = """
            Name:             checkout-7f9c6d5b8-k2xlp
            Namespace:        shop
            Priority:         0
            Service Account:  checkout
            Node:             worker-3/10.0.1.13
            Start Time:       Mon, 12 May 2025 09:14:02 +0000
            Labels:           app=checkout
                              pod-template-hash=7f9c6d5b8
            Annotations:      <none>
            Status:           Pending
            IP:               10.244.3.17
            IPs:
              IP:           10.244.3.17
            Controlled By:  ReplicaSet/checkout-7f9c6d5b8
            Init Containers:
              migrate:
                Container ID:
                Image:         registry.example.com/shop/checkout:3.4.0
                Image ID:
                Port:          <none>
                Host Port:     <none>
                Command:
                  /app/migrate
                State:          Waiting
                  Reason:       ErrImagePull
                Ready:          False
                Restart Count:  0
                Environment:    <none>
                Mounts:
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9vq4d (ro)
            Containers:
              checkout:
                Container ID:
                Image:          registry.example.com/shop/checkout:3.4.0
                Image ID:
                Port:           8080/TCP
                Host Port:      0/TCP
                State:          Waiting
                  Reason:       PodInitializing
                Ready:          False
                Restart Count:  0
                Environment Variables from:
                  checkout-env      ConfigMap                  Optional: false
                  checkout-secrets  Secret with prefix 'APP_'  Optional: true
                Environment:
                  DB_PASSWORD:  <set to the key 'password' in secret 'db-credentials'>  Optional: false
                Mounts:
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9vq4d (ro)
            Conditions:
              Type                        Status
              PodReadyToStartContainers   True
              Initialized                 False
              Ready                       False
              ContainersReady             False
              PodScheduled                True
            Volumes:
              kube-api-access-9vq4d:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                ConfigMapOptional:       <nil>
                DownwardAPI:             true
            QoS Class:                   BestEffort
            Node-Selectors:              <none>
            Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                         node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type     Reason   Age                From     Message
              ----     ------   ----               ----     -------
              Normal   Pulling  12s (x2 over 40s)  kubelet  Pulling image "registry.example.com/shop/checkout:3.4.0"
              Warning  Failed   12s (x2 over 39s)  kubelet  Failed to pull image "registry.example.com/shop/checkout:3.4.0": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/checkout:3.4.0": failed to resolve reference "registry.example.com/shop/checkout:3.4.0": registry.example.com/shop/checkout:3.4.0: not found
              Warning  Failed   12s (x2 over 39s)  kubelet  Error: ErrImagePull
            """;

    /** Two containers that cannot get their configuration, each for its own Secret. */
    private static final String TWO_CONTAINERS_MISS_CONFIG = """
            Name:             billing-6c9d8f7b5-8qzrt
            Namespace:        payments
            Priority:         0
            Service Account:  default
            Node:             worker-1/10.0.1.11
            Start Time:       Tue, 03 Jun 2025 14:20:41 +0000
            Labels:           app=billing
                              pod-template-hash=6c9d8f7b5
            Annotations:      <none>
            Status:           Pending
            IP:               10.244.1.52
            IPs:
              IP:           10.244.1.52
            Controlled By:  ReplicaSet/billing-6c9d8f7b5
            Containers:
              api:
                Container ID:
                Image:          registry.example.com/payments/billing-api:1.12.0
                Image ID:
                Port:           8080/TCP
                Host Port:      0/TCP
                State:          Waiting
                  Reason:       CreateContainerConfigError
                Ready:          False
                Restart Count:  0
                Environment:
                  DB_PASSWORD:  <set to the key 'password' in secret 'billing-db'>  Optional: false
                Mounts:
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-r7n2k (ro)
              worker:
                Container ID:
                Image:          registry.example.com/payments/billing-worker:1.12.0
                Image ID:
                Port:           <none>
                Host Port:      <none>
                State:          Waiting
                  Reason:       CreateContainerConfigError
                Ready:          False
                Restart Count:  0
                Environment Variables from:
                  billing-queue  Secret  Optional: false
                Environment:     <none>
                Mounts:
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-r7n2k (ro)
            Conditions:
              Type                        Status
              PodReadyToStartContainers   True
              Initialized                 True
              Ready                       False
              ContainersReady             False
              PodScheduled                True
            Volumes:
              kube-api-access-r7n2k:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                ConfigMapOptional:       <nil>
                DownwardAPI:             true
            QoS Class:                   BestEffort
            Node-Selectors:              <none>
            Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                         node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type     Reason     Age                From               Message
              ----     ------     ----               ----               -------
              Normal   Scheduled  2m                 default-scheduler  Successfully assigned payments/billing-6c9d8f7b5-8qzrt to worker-1
              Warning  Failed     14s (x11 over 2m)  kubelet            Error: couldn't find key password in Secret payments/billing-db
              Warning  Failed     14s (x11 over 2m)  kubelet            Error: secret "billing-queue" not found
            """;

    @Test
    void ties_a_pull_failure_to_the_waiting_container_of_the_image_it_quotes() {
        KubeEvent failed = events(INIT_AND_APP_SHARE_AN_IMAGE).stream()
                .filter(e -> e.messageContains("Failed to pull image")).findFirst().orElseThrow();
        assertThat(failed.container()).isEqualTo("migrate");
    }

    @Test
    void ties_a_pull_failure_to_the_only_container_running_that_image() {
        String text = INIT_AND_APP_SHARE_AN_IMAGE.replace("Image:         registry.example.com/shop/checkout:3.4.0",
                "Image:         registry.example.com/shop/migrate:1.0");
        KubeEvent failed = events(text).stream()
                .filter(e -> e.messageContains("Failed to pull image")).findFirst().orElseThrow();
        assertThat(failed.container()).isEqualTo("checkout");
    }

    @Test
    void leaves_a_pull_failure_unattributed_when_two_containers_fit() {
        String text = INIT_AND_APP_SHARE_AN_IMAGE.replace("      Reason:       ErrImagePull\n", "");
        KubeEvent failed = events(text).stream()
                .filter(e -> e.messageContains("Failed to pull image")).findFirst().orElseThrow();
        assertThat(failed.container()).as("both containers run the image and neither waits on a pull").isNull();
    }

    @Test
    void ties_a_missing_secret_to_the_container_that_uses_it() {
        List<KubeEvent> failed = events(TWO_CONTAINERS_MISS_CONFIG).stream()
                .filter(e -> e.reason().equals("Failed")).toList();
        assertThat(failed).extracting(KubeEvent::container).containsExactly("api", "worker");
    }

    @Test
    void ties_a_missing_secret_to_the_only_container_waiting_for_its_configuration() {
        String text = TWO_CONTAINERS_MISS_CONFIG.replace("billing-queue  Secret", "billing-mq     Secret");
        List<KubeEvent> failed = events(text).stream().filter(e -> e.reason().equals("Failed")).toList();
        assertThat(failed).extracting(KubeEvent::container).as("nothing uses billing-queue: no container is sure")
                .containsExactly("api", null);
    }

    @Test
    void leaves_events_that_quote_no_image_unattributed() {
        KubeEvent error = events(INIT_AND_APP_SHARE_AN_IMAGE).stream()
                .filter(e -> e.message().equals("Error: ErrImagePull")).findFirst().orElseThrow();
        assertThat(error.container()).isNull();
    }

    @Test
    void keeps_the_container_named_by_a_kubectl_1_35_field_path() {
        String text = INIT_AND_APP_SHARE_AN_IMAGE.replace("kubelet  Failed to pull image",
                "kubelet  spec.containers{checkout}: Failed to pull image");
        KubeEvent failed = events(text).stream()
                .filter(e -> e.messageContains("Failed to pull image")).findFirst().orElseThrow();
        assertThat(failed.container()).isEqualTo("checkout");
    }

    @Test
    void reads_env_from_references_with_and_without_prefix() {
        List<EnvFrom> refs = Snapshot.fromText(INIT_AND_APP_SHARE_AN_IMAGE).facts().stream()
                .filter(EnvFrom.class::isInstance).map(EnvFrom.class::cast).toList();
        assertThat(refs).extracting(EnvFrom::container, EnvFrom::source, EnvFrom::refName, EnvFrom::prefix,
                        EnvFrom::optional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("checkout", EnvSource.CONFIG_MAP, "checkout-env", null, false),
                        org.assertj.core.groups.Tuple.tuple("checkout", EnvSource.SECRET, "checkout-secrets", "APP_", true));
        assertThat(refs.get(1).line().line()).isEqualTo(44);
        assertThat(Snapshot.fromText(INIT_AND_APP_SHARE_AN_IMAGE).notes()).isEmpty();
    }

    static List<KubeEvent> events(String describe) {
        return Snapshot.fromText(describe).facts().stream()
                .filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast).toList();
    }
}
