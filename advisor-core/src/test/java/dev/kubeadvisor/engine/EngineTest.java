package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class EngineTest {

    @Test
    void stops_a_rule_that_keeps_re_triggering_itself_with_a_clear_error() {
        Variable<Integer> number = declarationOf(Integer.class);
        Rule runaway = rule("runaway").build(pattern(number), on(number).execute((drools, n) -> drools.insert(n + 1)));
        Engine engine = new Engine(kieBase(runaway), 500);

        assertThatThrownBy(() -> engine.evaluate(List.of(1)))
                .isInstanceOf(RuleLoopException.class)
                .hasMessageContaining("stopped after 500 rule firings");
    }

    @Test
    void evaluates_again_after_a_runaway_evaluation_failed() {
        Variable<Integer> number = declarationOf(Integer.class);
        Rule runaway = rule("runaway").build(pattern(number).expr(n -> n < 10),
                on(number).execute((drools, n) -> drools.insert(n + 1)));
        Engine engine = new Engine(kieBase(runaway), 5);
        assertThatThrownBy(() -> engine.evaluate(List.of(0))).isInstanceOf(RuleLoopException.class);

        assertThat(engine.evaluate(List.of(8)).findings()).isEmpty();
    }

    @Test
    void a_joint_evaluation_of_several_snapshots_is_allowed_more_firings_than_one_snapshot() {
        Variable<Integer> number = declarationOf(Integer.class);
        Rule counting = rule("counting").build(pattern(number).expr(n -> n < 10),
                on(number).execute((drools, n) -> drools.insert(n + 1)));
        Engine engine = new Engine(kieBase(counting), 5);

        assertThatThrownBy(() -> engine.evaluate(List.of(0), 1)).isInstanceOf(RuleLoopException.class);
        assertThat(engine.evaluate(List.of(0), 2).findings()).isEmpty();
    }

    @Test
    void an_evaluation_sees_only_its_own_facts_though_sessions_are_reused_across_threads() throws Exception {
        Variable<String> pod = declarationOf(String.class);
        Rule unhealthy = rule("unhealthy").build(pattern(pod).expr(name -> name.startsWith("crash")),
                on(pod).execute((drools, name) -> drools.insert(
                        new Unhealthy(new ObjectRef("Pod", "shop", name), null, "crashing", null))));
        Engine engine = new Engine(kieBase(unhealthy), 100);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                List<String> pods = i % 2 == 0 ? List.of("crash-" + i, "web-" + i) : List.of("web-" + i);
                results.add(threads.submit(() -> engine.evaluate(pods).signals().stream()
                        .map(signal -> signal.subject().name()).toList()));
            }
            for (int i = 0; i < 400; i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? List.of("crash-" + i) : List.of());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static KieBase kieBase(Rule rule) {
        Model model = new ModelImpl().addRule(rule);
        return KieBaseBuilder.createKieBaseFromModel(model);
    }
}
