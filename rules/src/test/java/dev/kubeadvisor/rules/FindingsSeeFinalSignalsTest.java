package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.Finding;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.engine.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * Signals arrive while rules fire, so a rule that collects them fires again as they come. Only its last firing may
 * stand (findings are inserted logically), and it must see every signal: a rule whose network missed a late signal
 * would report a partial summary, evidence or severity. These rules insert logically, so one container gets one
 * finding, or at least findings that agree. Checked on every fixture, from the final working memory.
 */
class FindingsSeeFinalSignalsTest {

    /** The signals each rule collects about its container (a signal without a container is about the whole pod). */
    private static final Map<String, Set<String>> COLLECTED = Map.of(
            "container-crash-loop", Set.of("crash-loop"),
            "container-command-not-found", Set.of("command-not-found"),
            "container-killed-not-oom", Set.of("external-kill"),
            "container-init-failed", Set.of("pod-initializing"));
    /** Rules that rate a crash with {@code Finding.severityAfterCrash}. */
    private static final Set<String> CRASH_RULES = Set.of("container-restarted", "container-oom-killed",
            "container-exit-app-error", "container-exit-255", "container-command-not-found",
            "container-completed-restart-loop", "container-killed-not-oom", "container-killed-by-signal");
    private static final KieBase RULES = KieServices.Factory.get()
            .getKieClasspathContainer(FindingsSeeFinalSignalsTest.class.getClassLoader())
            .newKieBase(Engine.BUILT_IN_KIE_BASE, Engine.configuration(KieServices.Factory.get()));

    @TestFactory
    Stream<DynamicTest> every_finding_reflects_the_signals_present_when_the_rules_stop() {
        return FixtureCase.all().stream().filter(c -> !c.textInputs().isEmpty())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(FixtureCase fixture) {
        List<Finding> findings = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        KieSession session = RULES.newKieSession();
        try {
            Snapshot.fromInputs(fixture.textInputs()).facts().forEach(session::insert);
            session.fireAllRules(Engine.DEFAULT_FIRING_CAP);
            for (Object fact : session.getObjects()) {
                if (fact instanceof Finding finding) {
                    findings.add(finding);
                } else if (fact instanceof Signal signal) {
                    signals.add(signal);
                }
            }
        } finally {
            session.dispose();
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<Finding>> byKey = findings.stream()
                .filter(f -> COLLECTED.containsKey(f.rule()) || CRASH_RULES.contains(f.rule()))
                .collect(Collectors.groupingBy(
                f -> f.rule() + " " + f.subject() + " [" + f.container() + "]"));
        byKey.forEach((key, same) -> {
            if (same.stream().map(f -> List.of(f.summary(), String.valueOf(f.severity()), String.valueOf(f.confidence())))
                    .distinct().count() > 1) {
                problems.add("findings that disagree (an earlier firing survived): " + key);
            }
        });
        for (Finding finding : findings) {
            Set<String> names = COLLECTED.getOrDefault(finding.rule(), Set.of());
            signals.stream().filter(s -> names.contains(s.name()) && about(s, finding))
                    .filter(s -> s.line() != null && !finding.evidence().contains(s.line()))
                    .forEach(s -> problems.add(finding.rule() + " [" + finding.container() + "] missed signal "
                            + s.name() + " at line " + s.line().line()));
            if (CRASH_RULES.contains(finding.rule())) {
                boolean settled = signals.stream().anyMatch(s -> s.name().equals("settled-after-one-restart")
                        && about(s, finding));
                if (settled != (finding.severity() == Severity.INFO)) {
                    problems.add(finding.rule() + " [" + finding.container() + "] has severity " + finding.severity()
                            + " though the container " + (settled ? "settled" : "did not settle"));
                }
            }
        }
        assertThat(problems).as(fixture.name()).isEmpty();
    }

    private static boolean about(Signal signal, Finding finding) {
        return signal.subject().equals(finding.subject())
                && (signal.container() == null || Objects.equals(signal.container(), finding.container()));
    }
}
