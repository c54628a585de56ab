package dev.kubeadvisor.bench;

import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.RuleConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Writes {@code copies} renamed copies of the built-in catalogue as a rule pack folder: the DRL sources the rules
 * jar ships, each copy in packages of its own ({@code dev.kubeadvisor.rules.copyN.<category>}, so that its functions
 * do not clash) and with every rule name, and every reference to one, suffixed {@code -cN}.
 */
final class CatalogueCopies {

    private static final String ROOT = "dev/kubeadvisor/rules";
    private static final String KNOWN_FILE = ROOT + "/container/container-oom-killed.drl";

    private CatalogueCopies() {
    }

    static Path write(int copies) {
        try {
            Path pack = Files.createTempDirectory("catalogue-x" + copies + "-");
            URI known = CatalogueCopies.class.getClassLoader().getResource(KNOWN_FILE).toURI();
            if (known.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(known, Map.of())) {
                    copy(jar.getPath(ROOT), pack, copies);
                }
            } else {
                copy(Path.of(known).getParent().getParent(), pack, copies);
            }
            return pack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles a folder of DRL to the executable model, as kie-maven-plugin does for the rules kjar. */
    static KieBase compile(Path pack) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        try (Stream<Path> walk = Files.walk(pack)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.write("src/main/resources/" + pack.relativize(file), read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the catalogue copies do not compile: " + builder.getResults().getMessages());
        }
        return services.newKieContainer(services.getRepository().getDefaultReleaseId())
                .newKieBase(Engine.configuration(services));
    }

    private static void copy(Path catalogue, Path pack, int copies) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(catalogue)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        // longest first, so that a name is never replaced inside a longer one that contains it
        List<String> names = files.stream().flatMap(f -> RuleConventions.ruleNames(read(f)).stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (int copy = 1; copy <= copies; copy++) {
            for (Path file : files) {
                String text = read(file).replace("package dev.kubeadvisor.rules.",
                        "package dev.kubeadvisor.rules.copy" + copy + ".");
                for (String name : names) {
                    text = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text)
                            .replaceAll(Matcher.quoteReplacement(name + "-c" + copy));
                }
                String category = file.getParent().getFileName().toString();
                String fileName = file.getFileName().toString().replace(".drl", "-c" + copy + ".drl");
                Path target = pack.resolve(category).resolve(fileName);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
