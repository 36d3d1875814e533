package io.github.jingzhun.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The project's conformance suite, examples/cases/, run as the {@code test} command runs it: one test per case. */
class ConformanceSuiteTest {

    /** The suite, from the module's directory (where Maven runs the tests). */
    static final Path SUITE = Path.of("cases");

    static List<CaseFile> suite() throws IOException {
        return CaseRunner.files(List.of(SUITE)).stream().map(CaseFile::read).toList();
    }

    @TestFactory
    Stream<DynamicNode> everyCasePasses() throws IOException {
        return suite().stream().map(file -> DynamicContainer.dynamicContainer(
                SUITE.relativize(file.file()).toString(),
                Stream.concat(
                        file.problems().stream().map(p -> DynamicTest.dynamicTest("ERROR " + p.path(), () -> {
                            throw new AssertionError(p.toString());
                        })),
                        file.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                            CaseResult result = CaseRunner.run(c);
                            assertThat(result.passed()).as("%s:%d %s%n%s", c.file(), c.line(), c.name(),
                                    result.report()).isTrue();
                        })))));
    }

    @Test
    void everyRuleOfTheRulebookHasACase() throws IOException {
        Set<Rule> cited = EnumSet.noneOf(Rule.class);
        suite().forEach(f -> f.cases().forEach(c -> cited.addAll(c.rules())));
        List<String> missing = Arrays.stream(Rule.values()).filter(r -> !cited.contains(r)).map(Rule::id).toList();
        assertThat(missing).as("rules of the rulebook with no case in %s", SUITE).isEmpty();
    }

    @Test
    void theSuiteHasNoErrors() throws IOException {
        assertThat(suite()).allSatisfy(f -> assertThat(f.problems()).isEmpty());
    }
}
