package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.List;
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

    private static KieBase kieBase(Rule rule) {
        Model model = new ModelImpl().addRule(rule);
        return KieBaseBuilder.createKieBaseFromModel(model);
    }
}
