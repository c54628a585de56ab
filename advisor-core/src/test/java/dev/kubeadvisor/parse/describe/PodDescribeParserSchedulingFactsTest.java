package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.model.NodeSelector;
import dev.kubeadvisor.model.PodCondition;
import dev.kubeadvisor.model.PreemptionOutcome;
import dev.kubeadvisor.model.ResourceRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodDescribeParserSchedulingFactsTest {

    /** A pending GPU pod as kubectl 1.33 describes it (a text block drops the trailing spaces of some lines). */
    private static final String PENDING_GPU_POD = """
            Name:         train-0
            Namespace:    ml
            Node:         <none>
            Labels:       app=train
            Annotations:  <none>
            Status:       Pending
            IP:           
            IPs:          <none>
            Containers:
              trainer:
                Image:      pytorch/pytorch:2.4.1
                Port:       <none>
                Host Port:  <none>
                Limits:
                  nvidia.com/gpu:  2
                Requests:
                  cpu:                4
                  ephemeral-storage:  20Gi
                  memory:             16Gi
                  nvidia.com/gpu:     2
                Environment:          <none>
                Mounts:               <none>
            Conditions:
              Type           Status
              PodScheduled   False 
            Volumes:         <none>
            QoS Class:       Burstable
            Node-Selectors:  kubernetes.io/arch=amd64
                             pool=gpu
            Tolerations:     nvidia.com/gpu:NoSchedule op=Exists
            Events:
              Type     Reason            Age   From               Message
              ----     ------            ----  ----               -------
              Warning  FailedScheduling  12s   default-scheduler  0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
            """;

    @Test
    void reads_every_node_selector_label_with_its_line() {
        assertThat(DescribeFacts.all(DescribeFacts.of(PENDING_GPU_POD), NodeSelector.class))
                .extracting(NodeSelector::label, s -> s.line().line())
                .containsExactly(tuple("kubernetes.io/arch=amd64", 28), tuple("pool=gpu", 29));
    }

    @Test
    void reads_no_node_selector_from_none() {
        assertThat(DescribeFacts.all(DescribeFacts.of(PENDING_GPU_POD.replace("Node-Selectors:  kubernetes.io/arch=amd64\n                 pool=gpu",
                "Node-Selectors:  <none>")), NodeSelector.class)).isEmpty();
    }

    @Test
    void reads_the_requests_of_other_resources_than_cpu_and_memory() {
        assertThat(DescribeFacts.all(DescribeFacts.of(PENDING_GPU_POD), ResourceRequest.class))
                .extracting(ResourceRequest::describe, r -> r.line().line())
                .containsExactly(tuple("ephemeral-storage 20Gi (trainer)", 18), tuple("nvidia.com/gpu 2 (trainer)", 20));
    }

    @Test
    void reads_the_preemption_outcome_of_the_scheduling_failure() {
        assertThat(DescribeFacts.all(DescribeFacts.of(PENDING_GPU_POD), PreemptionOutcome.class)).singleElement()
                .returns(3, PreemptionOutcome::notHelpful).returns(true, PreemptionOutcome::isHopelessOnEveryNode);
    }

    @Test
    void reads_a_condition_reason_only_where_the_row_shows_one() {
        assertThat(DescribeFacts.all(DescribeFacts.of(PENDING_GPU_POD), PodCondition.class)).singleElement()
                .returns("PodScheduled", PodCondition::type).returns(null, PodCondition::reason);
        assertThat(DescribeFacts.all(DescribeFacts.of(PENDING_GPU_POD.replace("PodScheduled   False\n", "PodScheduled   False   SchedulingGated\n")),
                PodCondition.class)).singleElement().returns("SchedulingGated", PodCondition::reason);
    }
}
