package dev.kubeadvisor.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.input.InputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenCaseTest {

    @TempDir
    Path pack;

    @Test
    void finds_the_fires_and_near_miss_folders_of_every_rule_at_any_depth() throws IOException {
        Files.createDirectories(pack.resolve("fixtures/team-rule/fires-on-docker-hub"));
        Files.createDirectories(pack.resolve("fixtures/team-rule/near-miss-team-registry"));
        Files.createDirectories(pack.resolve("team/not-a-case"));
        Files.writeString(pack.resolve("fixtures/team-rule/fires-on-docker-hub/describe.txt"), "Name: x\n");
        Files.writeString(pack.resolve("fixtures/team-rule/fires-on-docker-hub/expected.json"), "{}");

        assertThat(GoldenCase.ruleCasesBelow(pack))
                .extracting(GoldenCase::ruleId, GoldenCase::isNearMiss, GoldenCase::why)
                .containsExactly(tuple("team-rule", false, "on docker hub"),
                        tuple("team-rule", true, "team registry"));
        assertThat(GoldenCase.ruleCasesBelow(pack).get(0).textInputs()).extracting(InputDocument::name)
                .containsExactly("describe.txt");
    }
}
