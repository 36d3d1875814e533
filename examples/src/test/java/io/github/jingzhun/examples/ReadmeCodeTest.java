package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.JingzhunJson;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's code works as written, under the convention its "In Java" section states:
 * <ul>
 * <li>a {@code ```java} block is the body of a method that may throw any exception, compiled by the JDK's compiler
 * against the test class path with on-demand imports of every package that jingzhun-core and jingzhun-json export,
 * of {@code io.github.jingzhun.examples}, and of {@code java.io}, {@code java.nio.file}, {@code java.time} and
 * {@code java.util}; nothing else is given, so a block declares every variable it uses;</li>
 * <li>a {@code ```jshell} block is what one types into {@code jshell --class-path
 * examples/target/jingzhun-examples.jar}: it runs as a script in a fresh JShell on the test class path (the same
 * classes) and must end without an error or an exception.</li>
 * </ul>
 * Blocks in other languages ({@code sh}, {@code xml}, or none for output) are not checked; a language the
 * convention does not know fails, so that no block escapes it by a misspelt fence.
 */
class ReadmeCodeTest {

    private static final Path README = Path.of("..", "README.md");
    /** The fences of blocks that are not checked. */
    // yaml: the policy case of the README, which ReadmeCaseTest runs.
    private static final Set<String> UNCHECKED = Set.of("", "sh", "xml", "json", "yaml");
    /** The packages every Java block may use besides those of jingzhun-core and jingzhun-json. */
    private static final List<String> OTHER_PACKAGES = List.of("io.github.jingzhun.examples", "java.io",
            "java.nio.file", "java.time", "java.util");
    private static final String DONE = "README block ran to its end";

    /**
     * A fenced block of the README.
     *
     * @param language what follows the opening fence, such as {@code java}
     * @param line the README's line number of the block's first line of code
     * @param code the code
     */
    record Block(String language, int line, String code) {}

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String language = null;
        int first = 0;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (language == null && line.startsWith("```")) {
                language = line.substring(3).trim();
                first = i + 2;
                code.setLength(0);
            } else if (language != null && line.strip().equals("```")) {
                blocks.add(new Block(language, first, code.toString()));
                language = null;
            } else if (language != null) {
                code.append(line).append('\n');
            }
        }
        assertThat(language).as("every block of the README is closed").isNull();
        return blocks;
    }

    private static List<Block> blocks(String language) throws IOException {
        return blocks().stream().filter(b -> b.language().equals(language)).toList();
    }

    /** The exported packages of the modules that hold some classes, read from their module descriptors. */
    private static Set<String> exportedPackages(Class<?>... classes) throws URISyntaxException {
        Set<String> packages = new TreeSet<>();
        for (Class<?> c : classes) {
            Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleReference module = ModuleFinder.of(location).findAll().stream().findFirst().orElseThrow(
                    () -> new AssertionError("no module descriptor at " + location));
            module.descriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .forEach(packages::add);
        }
        return packages;
    }

    /** The imports of every Java block. */
    static String imports() throws URISyntaxException {
        StringBuilder s = new StringBuilder();
        Set<String> packages = exportedPackages(PovertyPolicy.class, JingzhunJson.class);
        assertThat(packages).contains("io.github.jingzhun", "io.github.jingzhun.household", "io.github.jingzhun.json");
        packages.addAll(OTHER_PACKAGES);
        for (String p : packages) {
            s.append("import ").append(p).append(".*;");
        }
        return s.toString();
    }

    /** A Java block as a compilation unit: the imports and a class on one line, then the block. */
    private static JavaFileObject unit(Block block, String imports) {
        String name = "ReadmeLine" + block.line();
        String source = imports + " final class " + name + " { static void example() throws Exception {\n"
                + block.code() + "}}\n";
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }

    /**
     * Compiles Java blocks.
     *
     * @param blocks the blocks
     * @param classes where the classes go
     * @return the errors and warnings, each with its README line, such as {@code README.md:79: cannot find symbol}
     */
    static List<String> compile(List<Block> blocks, Path classes) throws IOException, URISyntaxException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("the JDK's compiler").isNotNull();
        String imports = imports();
        List<JavaFileObject> units = blocks.stream().map(b -> unit(b, imports)).toList();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString(), "-proc:none", "-implicit:none", "-Xlint:all,-path,-processing", "-Werror");
            compiler.getTask(null, files, diagnostics, options, null, units).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            JavaFileObject source = d.getSource();
            String where = "";
            if (source != null) {
                String name = source.getName().replaceAll(".*ReadmeLine(\\d+)\\.java", "$1");
                // The block starts on the unit's second line.
                where = "README.md:" + (Integer.parseInt(name) + d.getLineNumber() - 2) + ": ";
            }
            problems.add(where + d.getMessage(Locale.ROOT));
        }
        return problems;
    }

    @Test
    void everyBlockIsInALanguageOfTheConvention() throws IOException {
        Set<String> known = new TreeSet<>(UNCHECKED);
        known.addAll(List.of("java", "jshell"));
        assertThat(blocks()).extracting(Block::language).allMatch(known::contains);
        assertThat(blocks("java")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocks("jshell")).isNotEmpty();
    }

    @Test
    void everyJavaBlockCompilesAsWritten(@TempDir Path classes) throws Exception {
        assertThat(compile(blocks("java"), classes)).isEmpty();
    }

    @Test
    void aBrokenJavaBlockFailsWithItsReadmeLine(@TempDir Path classes) throws Exception {
        Block broken = new Block("java", 80, "Decision decision = PovertyPolicy.national().assess(household,\n"
                + "        Year.of(2019));\n");
        assertThat(compile(List.of(broken), classes)).singleElement().asString()
                .startsWith("README.md:80: ").contains("cannot find symbol", "household");
        Block jshell = new Block("java", 7, "import io.github.jingzhun.*\nvar policy = PovertyPolicy.national()\n");
        assertThat(compile(List.of(jshell), classes)).first().asString().startsWith("README.md:7: ");
    }

    /** Runs a JShell block, with a last line that says it ended. */
    private static JShellScriptsTest.Run run(Block block, Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("readme-" + block.line() + ".jsh"),
                block.code() + "System.out.println(\"" + DONE + "\")\n", StandardCharsets.UTF_8);
        return JShellScriptsTest.jshell(script);
    }

    /** JShell reports a snippet it rejects as {@code Error:} and an exception as {@code Exception java...}. */
    private static void assertRanCleanly(JShellScriptsTest.Run run) {
        assertThat(run.output()).contains(DONE).doesNotContain("Error:", "Exception ", "|  Error");
        assertThat(run.code()).isZero();
    }

    @Test
    void everyJshellBlockRunsInJshell(@TempDir Path dir) throws Exception {
        for (Block block : blocks("jshell")) {
            JShellScriptsTest.Run run = run(block, dir);
            assertThat(run.output()).as("README line %d", block.line()).contains(DONE);
            assertRanCleanly(run);
        }
    }

    @Test
    void aBrokenJshellBlockIsCaught(@TempDir Path dir) throws Exception {
        JShellScriptsTest.Run run = run(new Block("jshell", 1, "var policy = PovertyPolicy.national()\n"), dir);
        assertThat(run.output()).contains("Error:", "cannot find symbol", DONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertRanCleanly(run))
                .isInstanceOf(AssertionError.class);
    }
}
