package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the repository says points outside it: every Markdown link and anchor resolves, every Markdown document
 * mentioned anywhere is a file of the repository, and every citation key is one the rulebook's bibliography
 * defines. A newcomer with a fresh clone and nothing beside it can follow every reference.
 */
class RepositoryReferencesTest {

    private static final Path ROOT = RepositoryReferences.repositoryRoot();
    private static final RepositoryReferences REPOSITORY = RepositoryReferences.of(ROOT);

    @Test
    void theRepositoryIsFoundAndHoldsItsDocuments() {
        assertThat(Stream.of("README.md", "pom.xml", RepositoryReferences.RULEBOOK, "json/CONTRACT.md")
                .filter(f -> !REPOSITORY.files().contains(f))).as("documents missing").isEmpty();
        assertThat(REPOSITORY.definedKeys()).contains("W2021", "EXIT2016", "MON2020", "WATER2018");
    }

    @Test
    void everyMarkdownLinkAndAnchorResolvesInTheRepository() throws IOException {
        List<String> problems = REPOSITORY.brokenLinks();
        assertThat(problems).withFailMessage("%n%s", RepositoryReferences.report(problems)).isEmpty();
    }

    @Test
    void everyDocumentMentionedIsAFileOfTheRepository() throws IOException {
        List<String> problems = REPOSITORY.staleMentions();
        assertThat(problems).withFailMessage("%n%s", RepositoryReferences.report(problems)).isEmpty();
    }

    @Test
    void everyCitationKeyIsDefinedByTheRulebook() throws IOException {
        List<String> problems = REPOSITORY.undefinedKeys();
        assertThat(problems).withFailMessage("%n%s", RepositoryReferences.report(problems)).isEmpty();
    }

    /**
     * The checks themselves, on a small repository written for each test (no git there: every file counts). In
     * the texts below, {@code @md} stands for the Markdown suffix, so that this file mentions no document itself.
     */
    @Nested
    class OnARepositoryWrittenHere {

        @TempDir
        Path root;

        private RepositoryReferences repository(String... pathsAndTexts) throws IOException {
            Files.writeString(root.resolve("pom.xml"), "<project/>");
            write("core/RULEBOOK@md", "# Rulebook\n\n<a id=\"MS-9\"></a>MS-9\n\n## Sources\n\n"
                    + "- <a id=\"source-W2021\"></a>W2021 the white paper\n");
            write("docs/guide@md", "# A guide\n\n## Getting started\n\n## Getting started\n\n"
                    + "<span id=\"custom\">x</span>\n\nSetext heading\n==============\n");
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                write(pathsAndTexts[i], pathsAndTexts[i + 1]);
            }
            return RepositoryReferences.of(root);
        }

        private void write(String path, String text) throws IOException {
            Path file = root.resolve(md(path));
            Files.createDirectories(file.getParent());
            Files.writeString(file, md(text), StandardCharsets.UTF_8);
        }

        private static String md(String text) {
            return text.replace("@md", "." + "md");
        }

        @Test
        void goodLinksMentionsAndKeysPass() throws IOException {
            RepositoryReferences repository = repository("README@md", "See [MS-9](core/RULEBOOK@md#MS-9), "
                    + "[the guide](docs/guide@md#getting-started-1), [custom](docs/guide@md#custom), "
                    + "[setext](docs/guide@md#setext-heading), ![logo](docs/), [top](#readme) and [W2021].\n\n"
                    + "# Readme\n\n```\n[not a link](nowhere.txt)\n```\n"
                    + "Plain mentions: guide@md, core/RULEBOOK@md#MS-9; [web](https://example.org/x@md).\n",
                    "core/src/Main.java", "/** Cites [W2021] and core/RULEBOOK@md#source-W2021. */\n");
            assertThat(repository.brokenLinks()).isEmpty();
            assertThat(repository.staleMentions()).isEmpty();
            assertThat(repository.undefinedKeys()).isEmpty();
        }

        @Test
        void aLinkToAMissingFileOrAnchorFails() throws IOException {
            RepositoryReferences repository = repository("README@md", "Intro\n[gone](docs/gone@md) and "
                    + "[bad anchor](core/RULEBOOK@md#MS-99) and [image](img/logo.png) and [up](../outside.txt)\n");
            assertThat(repository.brokenLinks()).map(OnARepositoryWrittenHere::md).containsExactly(
                    md("README@md:2: link docs/gone@md: no such file in the repository (docs/gone@md)"),
                    md("README@md:2: link core/RULEBOOK@md#MS-99: no anchor #MS-99 in core/RULEBOOK@md"),
                    md("README@md:2: link img/logo.png: no such file in the repository (img/logo.png)"),
                    md("README@md:2: link ../outside.txt: leaves the repository"));
        }

        @Test
        void aMentionOfADocumentOutsideTheRepositoryFails() throws IOException {
            String outside = ".." + "/shared";
            RepositoryReferences repository = repository(
                    "core/src/Main.java", "/** As POLICY@md says (see " + outside + "/spec/). */\n",
                    "data/params.json", "{\"source\": \"JSON@md section 2\"}\n",
                    "docs/more@md", "See core/RULEBOOK@md#MS-10.\n");
            assertThat(repository.staleMentions()).containsExactly(
                    "core/src/Main.java:1: mentions " + outside + ", a directory outside the repository",
                    md("core/src/Main.java:1: mentions POLICY@md: not a file of the repository"),
                    md("data/params.json:1: mentions JSON@md: not a file of the repository"),
                    md("docs/more@md:1: mentions core/RULEBOOK@md#MS-10: no anchor #MS-10 in core/RULEBOOK@md"));
        }

        @Test
        void aCitationKeyTheRulebookDoesNotDefineFails() throws IOException {
            RepositoryReferences repository = repository("core/src/Main.java",
                    "/** [W2021], [EXIT2016] and [" + "practice]. */\nint[] a = new int[2];\n"
                            + "/** ID-V-1 [W2021, " + "practice \"x\"; X20" + "18] */\n",
                    "notes@md", "A [X2017] key.\n", "data.json", "{\"source\": \"[MON2020]\"}\n");
            assertThat(repository.undefinedKeys()).map(p -> md(p.substring(0, p.indexOf(", which"))))
                    .containsExactly("core/src/Main.java:1: cites [EXIT2016]",
                            "core/src/Main.java:1: cites [" + "practice]",
                            "core/src/Main.java:3: cites [" + "practice]", "core/src/Main.java:3: cites [X20" + "18]",
                            md("notes@md:1: cites [X2017]"));
        }

        @Test
        void withoutTheRulebookNoKeyIsDefined() throws IOException {
            RepositoryReferences repository = repository("a@md", "[W2021]\n");
            assertThat(repository.definedKeys()).containsExactly("W2021");
            assertThat(repository.undefinedKeys()).isEmpty();
            Files.delete(root.resolve(md("core/RULEBOOK@md")));
            assertThat(RepositoryReferences.of(root).undefinedKeys()).hasSize(1);
        }

        @Test
        void buildOutputHiddenDirectoriesAndBinaryFilesAreNotRead() throws IOException {
            write("core/target/notes@md", "[gone](gone@md)\n");
            write(".idea/notes@md", "[gone](gone@md)\n");
            Path binary = root.resolve("data/blob.bin");
            Files.createDirectories(binary.getParent());
            Files.write(binary, new byte[] {'P', 'O', 0, ' ', 'x', '.', 'm', 'd'});
            RepositoryReferences repository = repository();
            assertThat(repository.files()).contains("data/blob.bin")
                    .doesNotContain(md("core/target/notes@md"), md(".idea/notes@md"));
            assertThat(repository.staleMentions()).isEmpty();
            assertThat(repository.brokenLinks()).isEmpty();
        }
    }

    @Test
    void headingsGetGitHubsSlugs() {
        assertThat(RepositoryReferences.slug("The `rules` command: MS-9 & more"))
                .isEqualTo("the-rules-command-ms-9--more");
        assertThat(RepositoryReferences.slug("Household (户), v1.2")).isEqualTo("household-户-v12");
        assertThat(RepositoryReferences.slug("[Link](x.txt) *emphasis*")).isEqualTo("link-emphasis");
    }
}
