package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.golden.GoldenCase;
import dev.kubeadvisor.render.CatalogueDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata and fixture names; it must be what the generator
 * says now. {@code -Ddocs.update=true} rewrites it (as does {@value CatalogueDocs#REGENERATE}).
 */
class RulesDocumentationTest {

    private static final Path PAGE = FixtureCase.root().resolveSibling("docs").resolve("rules.md");
    private static final boolean UPDATE = Boolean.getBoolean("docs.update");

    @Test
    void the_rule_catalogue_page_is_generated_from_the_current_rules() throws IOException {
        String generated = CatalogueDocs.markdown(Engine.builtIn().rules().values(),
                GoldenCase.ruleCasesBelow(FixtureCase.root().resolve("rules")));
        if (UPDATE) {
            Files.writeString(PAGE, generated);
        }
        List<String> want = generated.lines().toList();
        List<String> have = Files.exists(PAGE) ? Files.readString(PAGE).lines().toList() : List.of();
        int line = firstDifference(want, have);
        assertThat(have).withFailMessage("docs/rules.md is stale from line %d on, where the generator now writes "
                        + "\"%s\"; regenerate it with%n  %s%nor: mvn -B -o test -pl rules -am -Dtest=RulesDocumentationTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true", line + 1,
                line < want.size() ? want.get(line) : "(end of file)", CatalogueDocs.REGENERATE)
                .isEqualTo(want);
    }

    private static int firstDifference(List<String> want, List<String> have) {
        int line = 0;
        while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
            line++;
        }
        return line;
    }
}
