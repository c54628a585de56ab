package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiForbiddenTest {

    @Test
    void reads_who_was_refused_what_and_where() {
        ApiForbidden refusal = ApiForbidden.in("pods is forbidden: User \"system:serviceaccount:shop:default\" cannot "
                + "list resource \"pods\" in API group \"\" in the namespace \"shop\"");

        assertThat(refusal).isEqualTo(new ApiForbidden("shop", "default", "list", "pods", "", "shop"));
        assertThat(refusal.roleKind()).isEqualTo("role");
        assertThat(refusal.canIQuestion()).isEqualTo("list pods");
        assertThat(refusal.namespaceFlag()).isEqualTo(" -n shop");
    }

    @Test
    void reads_escaped_quotes_groups_subresources_and_the_cluster_scope() {
        ApiForbidden scale = ApiForbidden.in("\"message\":\"deployments.apps \\\"web\\\" is forbidden: User "
                + "\\\"system:serviceaccount:ops:scaler\\\" cannot patch resource \\\"deployments/scale\\\" in API group "
                + "\\\"apps\\\" in the namespace \\\"shop\\\"\"");
        assertThat(scale.qualifiedResource()).isEqualTo("deployments.apps/scale");
        assertThat(scale.canIQuestion()).isEqualTo("patch deployments.apps --subresource=scale");

        ApiForbidden nodes = ApiForbidden.in("nodes is forbidden: User \"system:serviceaccount:platform:labeler\" "
                + "cannot list resource \"nodes\" in API group \"\" at the cluster scope");
        assertThat(nodes.isClusterScoped()).isTrue();
        assertThat(nodes.roleKind()).isEqualTo("clusterrole");
        assertThat(nodes.namespaceFlag()).isEmpty();
    }

    @Test
    void ignores_refusals_that_are_not_rbac() {
        assertThat(ApiForbidden.in("pods \"job-1\" is forbidden: exceeded quota: compute-quota")).isNull();
        assertThat(ApiForbidden.in("forbidden: User \"jane@example.com\" cannot list resource \"pods\"")).isNull();
    }
}
