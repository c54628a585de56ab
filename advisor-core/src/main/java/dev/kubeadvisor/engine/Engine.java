package dev.kubeadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Evaluates facts against one KieBase. The KieBase is built once and shared; every evaluation takes a session of its
 * own from a pool, so an Engine is safe to use from many threads. A pooled session is reset when it is returned, and
 * keeps the node memories a new session would build again (a quarter to a third of an evaluation's time).
 */
public final class Engine {

    /** The name of the built-in knowledge base in the rules kjar's kmodule.xml. */
    public static final String BUILT_IN_KIE_BASE = "kube-advisor";
    /** Where kie-maven-plugin lists the executable-model classes it generated for the rules kjar. */
    static final String BUILT_IN_MODEL_INDEX = "META-INF/kie/dev.kubeadvisor/rules/drools-model";
    /** Far above what any real input needs (a few dozen firings), low enough to stop a runaway rule at once. */
    public static final int DEFAULT_FIRING_CAP = 20_000;
    /** What each further snapshot of a joint evaluation adds to the cap: still far above a few dozen firings. */
    static final int FIRINGS_PER_JOINED_SNAPSHOT = 1_000;

    private final KieSessionsPool sessions;
    private final Map<String, RuleInfo> rules;
    private final int firingCap;

    public Engine(KieBase kieBase, int firingCap) {
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.firingCap = firingCap;
        this.rules = catalogue(kieBase);
    }

    /**
     * The built-in rules, compiled to the executable model at build time and found on the classpath. The KieBase is
     * built straight from the generated model classes: going through a KieContainer would also read kmodule.xml and
     * resolve the kjar as a Maven module, which costs about half a second of start-up and changes nothing here.
     */
    public static Engine builtIn() {
        return new Engine(newBuiltInKieBase(), DEFAULT_FIRING_CAP);
    }

    /** A new KieBase of the built-in rules, owned by the caller (rule packs are added to such a one). */
    public static KieBase newBuiltInKieBase() {
        List<Model> models = ExecutableModelIndex.read(Engine.class.getClassLoader(), BUILT_IN_MODEL_INDEX);
        if (models.isEmpty()) {
            throw new IllegalStateException("the built-in rules (module 'rules') are not on the classpath");
        }
        return KieBaseBuilder.createKieBaseFromModel(models, configuration(KieServices.Factory.get()));
    }

    /**
     * The settings every knowledge base of rule packs is built with. Beta nodes are not shared between rules:
     * with Drools 10.2, rules that start with the same pattern and collect facts inserted while rules fire
     * ({@code List(...) from collect(Signal(...))}) share nodes in a way that leaves one of them blind to its
     * facts, and which one depends on the whole rule set. Unshared, every rule sees what it matches; the cost
     * is a few more nodes.
     */
    public static KieBaseConfiguration configuration(KieServices services) {
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setProperty("drools.shareBetaNodes", "false");
        return configuration;
    }

    /** The diagnosis rules by ID, in package and name order. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** Fires the rules over the facts; returns what the rules concluded. */
    public Conclusions evaluate(Collection<?> facts) {
        return evaluate(facts, 1);
    }

    /**
     * Fires the rules over the facts of several snapshots joined together ({@code snapshots} of them): the firing
     * cap grows with their number, so that a large joint evaluation is not taken for a runaway rule.
     */
    public Conclusions evaluate(Collection<?> facts, int snapshots) {
        int cap = firingCap + Math.max(0, snapshots - 1) * FIRINGS_PER_JOINED_SNAPSHOT;
        KieSession session = sessions.newKieSession();
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(cap);
            if (fired >= cap) {
                throw new RuleLoopException("rule evaluation stopped after " + fired
                        + " rule firings: a rule keeps re-triggering itself (check rules that insert facts they match)");
            }
            List<Finding> findings = new ArrayList<>();
            List<Unhealthy> signals = new ArrayList<>();
            for (Object object : session.getObjects()) {
                if (object instanceof Finding finding) {
                    findings.add(finding);
                } else if (object instanceof Unhealthy unhealthy) {
                    signals.add(unhealthy);
                }
            }
            return new Conclusions(findings, signals);
        } finally {
            session.dispose();
        }
    }

    private static Map<String, RuleInfo> catalogue(KieBase kieBase) {
        List<Rule> diagnosisRules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (RuleInfo.isDiagnosis(rule)) {
                    diagnosisRules.add(rule);
                }
            }
        }
        diagnosisRules.sort(Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName));
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (Rule rule : diagnosisRules) {
            byId.put(rule.getName(), RuleInfo.of(rule));
        }
        return Collections.unmodifiableMap(byId);
    }

    /** What one evaluation concluded: the diagnosis rules' findings and the unhealthy signals. */
    public record Conclusions(List<Finding> findings, List<Unhealthy> signals) {
    }
}
