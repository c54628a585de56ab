package dev.kubeadvisor.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code .drl} file of a rule pack.
 *
 * @param location       how messages name it: the pack folder as given, then the path inside it
 * @param category       the sub-folder it sits in (which then must be its rules' {@code @category}), or
 *                       {@code null} for a file at the top of the pack
 * @param ruleNames      the rules it defines, in file order
 */
record RulePackFile(String location, String text, String category, List<String> ruleNames) {

    String fileId() {
        String fileName = Path.of(location).getFileName().toString();
        return fileName.substring(0, fileName.length() - ".drl".length());
    }
}
