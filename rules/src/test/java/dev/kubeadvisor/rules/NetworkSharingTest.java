package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.golden.ExpectedDiagnoses;
import dev.kubeadvisor.engine.Engine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieServices;
import org.kie.api.KieBaseConfiguration;

/**
 * The built-in knowledge base must give the same diagnoses as one in which no rule shares a node with another: a
 * rule's answer may not depend on which other rules exist. (Drools 10.2 with shared beta nodes breaks this; see
 * {@link Engine#configuration}.)
 */
class NetworkSharingTest {

    private static final Advisor UNSHARED = Advisor.builder().withEngine(unsharedEngine()).build();

    @TestFactory
    Stream<DynamicTest> every_fixture_gets_the_diagnoses_of_an_unshared_network() {
        return FixtureCase.all().stream().filter(c -> !c.textInputs().isEmpty())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Snapshot snapshot = Snapshot.fromInputs(c.textInputs());
                    assertThat(ExpectedDiagnoses.describe(GoldenFixturesTest.ADVISOR.diagnose(snapshot)))
                            .isEqualTo(ExpectedDiagnoses.describe(UNSHARED.diagnose(snapshot)));
                }));
    }

    private static Engine unsharedEngine() {
        KieServices services = KieServices.Factory.get();
        KieBaseConfiguration configuration = Engine.configuration(services);
        configuration.setProperty("drools.shareAlphaNodes", "false");
        configuration.setProperty("drools.alphaNodeHashingThreshold", "0");
        return new Engine(services.getKieClasspathContainer().newKieBase(Engine.BUILT_IN_KIE_BASE, configuration),
                Engine.DEFAULT_FIRING_CAP);
    }
}
