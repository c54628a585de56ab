package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.StatefulSetInfo;
import dev.kubeadvisor.model.VolumeClaimTemplate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one {@code kubectl describe statefulset} document into fact records. */
final class StatefulSetDescribeParser {

    private static final Pattern REPLICAS = Pattern.compile("(\\d+) desired \\| (\\d+) total");
    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("Service Name",
            "Pod Management Policy", "Persistent Volume Claim Retention Policy");

    private StatefulSetDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef statefulSet = DescribedFields.ref(tree, "StatefulSet");
        String replicas = tree.rootValue("Replicas");
        Matcher m = REPLICAS.matcher(replicas == null ? "" : replicas);
        boolean counted = m.find();
        DescribeNode strategy = tree.root("Update Strategy");
        facts.accept(new StatefulSetInfo(statefulSet, tree.rootValue("Selector"),
                counted ? Integer.valueOf(m.group(1)) : null, counted ? Integer.valueOf(m.group(2)) : null,
                strategy == null ? null : strategy.markTreeUsed().value(),
                strategy == null ? null : DescribedFields.integer(strategy.childValue("Partition")),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Replicas")));
        PodsStatusLine.read(tree, statefulSet, facts);
        PodTemplateSection.read(tree, statefulSet, facts);
        volumeClaims(tree, statefulSet, facts);
        DescribedFields.finish(tree, statefulSet, INFORMATIONAL_FIELDS, facts);
        return statefulSet;
    }

    /** Each claim template starts with its {@code Name:} line; the fields after it, up to the next, are its own. */
    private static void volumeClaims(DescribeTree tree, ObjectRef owner, Consumer<Object> facts) {
        DescribeNode section = tree.root("Volume Claims");
        if (section == null) {
            return;
        }
        section.markTreeUsed();
        DescribeNode name = null;
        String storageClass = null;
        String capacity = null;
        for (DescribeNode field : section.children()) {
            if ("Name".equals(field.key())) {
                emitClaim(owner, name, storageClass, capacity, null, facts);
                name = field;
                storageClass = null;
                capacity = null;
            } else if ("StorageClass".equals(field.key())) {
                storageClass = field.value();
            } else if ("Capacity".equals(field.key())) {
                capacity = field.value();
            } else if ("Access Modes".equals(field.key())) {
                emitClaim(owner, name, storageClass, capacity, field.value(), facts);
                name = null;
            }
        }
        emitClaim(owner, name, storageClass, capacity, null, facts);
    }

    private static void emitClaim(ObjectRef owner, DescribeNode name, String storageClass, String capacity,
                                  String accessModes, Consumer<Object> facts) {
        if (name != null) {
            facts.accept(new VolumeClaimTemplate(owner, name.value(), storageClass, Quantity.parse(capacity),
                    accessModes, name.source()));
        }
    }
}
