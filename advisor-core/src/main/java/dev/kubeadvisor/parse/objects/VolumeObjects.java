package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.Volume;
import dev.kubeadvisor.parse.describe.PodFacts;
import java.util.Map;

/** A pod's {@code spec.volumes} with the type names {@code kubectl describe} prints and the object each one uses. */
final class VolumeObjects {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("secret", "Secret"), Map.entry("configMap", "ConfigMap"),
            Map.entry("persistentVolumeClaim", "PersistentVolumeClaim"), Map.entry("emptyDir", "EmptyDir"),
            Map.entry("hostPath", "HostPath"), Map.entry("projected", "Projected"),
            Map.entry("downwardAPI", "DownwardAPI"), Map.entry("ephemeral", "EphemeralVolume"),
            Map.entry("nfs", "NFS"), Map.entry("csi", "CSI"), Map.entry("iscsi", "ISCSI"), Map.entry("fc", "FC"),
            Map.entry("cephfs", "CephFS"), Map.entry("rbd", "RBD"), Map.entry("gitRepo", "GitRepo"),
            Map.entry("azureDisk", "AzureDisk"), Map.entry("azureFile", "AzureFile"),
            Map.entry("awsElasticBlockStore", "AWSElasticBlockStore"),
            Map.entry("gcePersistentDisk", "GCEPersistentDisk"), Map.entry("cinder", "Cinder"),
            Map.entry("flexVolume", "FlexVolume"), Map.entry("vsphereVolume", "vSphereVolume"),
            Map.entry("portworxVolume", "PortworxVolume"), Map.entry("image", "Image"));

    private VolumeObjects() {
    }

    static void read(LocatedNode volumes, DocumentLines lines, PodFacts facts) {
        for (LocatedNode volume : volumes.items()) {
            String name = volume.get("name").nonEmptyText();
            if (name == null) {
                continue;
            }
            String type = null;
            for (String field : volume.fields().keySet()) {
                type = type == null ? TYPES.get(field) : type;
            }
            String source = volume.path("secret", "secretName").nonEmptyText();
            if (source == null) {
                source = volume.path("persistentVolumeClaim", "claimName").nonEmptyText();
            }
            if (source == null) {
                source = volume.path("configMap", "name").nonEmptyText();
            }
            facts.add(new Volume(facts.pod(), name, type, source, lines.of(volume.get("name"))));
        }
    }
}
