package io.github.jingzhun.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's failing policy case fails exactly as the README shows. */
class ReadmeCaseTest {

    @Test
    void theReadmesFailingCasePrintsWhatTheReadmeShows(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Policy cases\n"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        String yaml = block(section, "```yaml\n");
        String shown = block(section, "```\n$ java -jar examples/target/jingzhun-examples.jar test my-cases.yaml\n");
        Path file = dir.resolve("my-cases.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        boolean passed = CaseRunner.run(List.of(file), new PrintWriter(out));
        assertThat(passed).isFalse();
        assertThat(out.toString().replace(file.toString(), "my-cases.yaml")).isEqualTo(shown);
    }

    private static String block(String text, String opening) {
        int start = text.indexOf(opening);
        assertThat(start).as("a block opened by %s", opening).isNotNegative();
        start += opening.length();
        return text.substring(start, text.indexOf("```", start));
    }
}
