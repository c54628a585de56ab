package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeTreeTest {

    @Test
    void ends_a_pasted_message_without_exit_code_at_the_next_container_field() {
        DescribeTree tree = DescribeTree.parse(lines(
                "Containers:",
                "  app:",
                "    Last State:     Terminated",
                "      Reason:       Error",
                "      Message:      panic: runtime error: index out of range [3] with length 3",
                "",
                "goroutine 1 [running]:",
                "main.main()",
                "    Ready:          False",
                "    Restart Count:  4"));

        DescribeNode app = tree.root("Containers").children().get(0);
        DescribeNode message = app.child("Last State").orElseThrow().child("Message").orElseThrow();
        assertThat(message.children()).extracting(DescribeNode::text).containsExactly("goroutine 1 [running]:", "main.main()");
        assertThat(app.childValue("Restart Count")).isEqualTo("4");
    }

    @Test
    void keeps_a_pod_level_message_on_its_line() {
        DescribeTree tree = DescribeTree.parse(lines(
                "Status:           Failed",
                "Reason:           Evicted",
                "Message:          The node was low on resource: memory. ",
                "IP:               10.244.1.7"));

        assertThat(tree.rootValue("IP")).isEqualTo("10.244.1.7");
    }

    private static List<SourceLine> lines(String... texts) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new SourceLine("describe.txt", i + 1, texts[i]));
        }
        return lines;
    }
}
