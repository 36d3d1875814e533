package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.parameter.PolicyParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user takes it, after {@code package}: the tar.gz unpacked into an empty directory and run
 * through its launcher with nothing but a Java (the one running this test) and the system's basic tools — from
 * another directory, through symbolic links, with and without {@code JAVA_HOME} — as the README installs and runs
 * it.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("jingzhun.version");
    private static final Path ARCHIVE = Path.of(System.getProperty("jingzhun.distribution"));
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    /** The system's tools (sh, tar, readlink, dirname), and no Java but the one a test gives. */
    private static final String SYSTEM_PATH = "/usr/bin:/bin";

    @TempDir
    static Path unpacked;
    /** The installation: bin, lib, completion, sample, README.md, LICENSE. */
    private static Path home;

    /** What a run of the launcher did. */
    private record Run(int code, String out, String err) {}

    @BeforeAll
    static void unpack() throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", tarGz().toString(), "-C", unpacked.toString())
                .inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        home = unpacked.resolve("jingzhun-" + VERSION);
    }

    private static Path tarGz() {
        return Path.of(ARCHIVE + ".tar.gz");
    }

    /** Runs a shell command line in a directory, with only the given environment. */
    private static Run sh(Path dir, Map<String, String> env, String commandLine) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", commandLine).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = Files.createTempFile(unpacked, "out", ".txt");
        Path err = Files.createTempFile(unpacked, "err", ".txt");
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The environment after the README's install: bin on the PATH, Java from JAVA_HOME. */
    private static Map<String, String> installed() {
        return Map.of("PATH", home.resolve("bin") + ":" + SYSTEM_PATH, "JAVA_HOME", JAVA_HOME.toString());
    }

    @Test
    void bothArchivesHoldTheLaunchersTheJarTheCompletionTheSampleTheReadmeAndTheLicence() throws Exception {
        List<String> files = new ArrayList<>();
        try (var walk = Files.walk(home)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(home.relativize(f).toString()));
        }
        assertThat(files).containsExactlyInAnyOrder("bin/jingzhun", "bin/jingzhun.bat", "lib/jingzhun.jar",
                "completion/jingzhun_completion", "sample/households.ndjson", "sample/villages.ndjson",
                "sample/counties.ndjson", "README.md", "LICENSE");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/jingzhun")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

        List<String> zipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ARCHIVE + ".zip")) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    zipped.add(entry.getName().substring(("jingzhun-" + VERSION + "/").length()));
                }
            }
            String bat = new String(zip.getInputStream(zip.getEntry("jingzhun-" + VERSION + "/bin/jingzhun.bat"))
                    .readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(bat).contains("\r\n").doesNotContainPattern("[^\r]\n");
            // no Java is a run that could not start, 3, as bin/jingzhun says it: 1 is for lines that were errors
            assertThat(bat).contains("exit /b 3").doesNotContain("exit /b 1");
        }
        assertThat(zipped).containsExactlyInAnyOrderElementsOf(files);
        assertThat(Files.readString(home.resolve("bin/jingzhun"))).doesNotContain("\r");
        // Written from the output of a JVM: nothing but the script, no warning of the JVM's before it.
        assertThat(Files.readString(home.resolve("completion/jingzhun_completion"))).startsWith("#!/usr/bin/env bash\n");

        String readme = Files.readString(home.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).startsWith("# Jingzhun " + VERSION + ": the command line")
                .contains("jingzhun stats --year 2019 < sample/households.ndjson", "Exit codes")
                .doesNotContain("\n## ", "](examples/", "](json/", "](core/", "](#");
    }

    @Test
    void helpAndVersionRunFromAnyDirectory(@TempDir Path elsewhere) throws Exception {
        Run help = sh(elsewhere, installed(), "jingzhun help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: jingzhun", "assess", "stats", "generate-completion");
        assertThat(help.err()).isEmpty();

        Run version = sh(elsewhere, installed(), "jingzhun --version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Jingzhun " + VERSION + "\n")
                .containsPattern("\ncommit ([0-9a-f]{40}(-dirty)?|unknown)\n")
                .contains("\nnational parameters " + PolicyParameters.national().getVersion() + "\n",
                        "\nJava " + Runtime.version());

        // A CDPATH that the launcher's cd would otherwise print (".") or follow ("/usr") as it finds its home.
        for (String cdpath : List.of(".", "/usr")) {
            Map<String, String> env = new HashMap<>(installed());
            env.put("CDPATH", cdpath);
            Run withCdpath = sh(home, env, "bin/jingzhun --version");
            assertThat(withCdpath.code()).as(withCdpath.err()).isZero();
            assertThat(withCdpath.out()).startsWith("Jingzhun " + VERSION + "\n");
        }
    }

    @Test
    void theReadmeDemoRunsInTheInstallation() throws Exception {
        Run stats = sh(home, installed(), "jingzhun stats --year 2019 < sample/households.ndjson");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("Read 200 lines: 200 households (661 persons), 0 errors",
                "Identification (ID-H-3)", "FGT P0, headcount ratio (ST-2)", "Pingtang, Guizhou");

        Run pipe = sh(home, installed(), "jingzhun generate --households 30 --seed 7 --year 2019 "
                + "| jingzhun assess --year 2019 | grep -c '^{\"household\":\"HH-'");
        assertThat(pipe.code()).isZero();
        assertThat(pipe.out().strip()).isEqualTo("30");

        Run areas = sh(home, installed(), "jingzhun areas --year 2019 --villages sample/villages.ndjson "
                + "--counties sample/counties.ndjson < sample/households.ndjson | wc -l");
        assertThat(areas.code()).isZero();
        assertThat(areas.out().strip()).isEqualTo("172");

        // A closed standard input is empty input, not whatever file the JVM opened first in its place.
        Run closed = sh(home, installed(), "jingzhun stats --year 2019 --format json <&-");
        assertThat(closed.code()).isZero();
        assertThat(closed.out()).contains("\"lines\" : 0", "\"errors\" : 0");
    }

    @Test
    void aSideFileThatIsStandardInputOrOutputIsRefusedBeforeAnythingIsReplaced(@TempDir Path dir) throws Exception {
        Path registry = Files.copy(home.resolve("sample/households.ndjson"), dir.resolve("registry.ndjson"));
        byte[] before = Files.readAllBytes(registry);
        Run input = sh(dir, installed(), "jingzhun audit --year 2019 --summary registry.ndjson < registry.ndjson");
        assertThat(input.code()).isEqualTo(Cli.USAGE);
        assertThat(input.err()).contains("--summary registry.ndjson is also standard input: writing it would replace "
                + "what is given to the run");
        assertThat(Files.readAllBytes(registry)).isEqualTo(before);

        Run output = sh(dir, installed(), "jingzhun generate --households 30 --villages out.ndjson > out.ndjson");
        assertThat(output.code()).isEqualTo(Cli.USAGE);
        assertThat(output.err()).contains("--villages out.ndjson is also standard output");
        // a device, such as /dev/null, may stand for both
        assertThat(sh(dir, installed(), "jingzhun audit --year 2019 --summary /dev/null < registry.ndjson "
                + "> /dev/null").code()).isZero();

        // A roll read from standard input while the households are read there too: one would take the other's lines.
        Files.write(dir.resolve("roll.ndjson"), List.of("{\"department\": \"civil affairs\", \"benefit\": "
                + "\"MINIMUM_LIVING_ALLOWANCE\", \"year\": 2019, \"household\": \"HH-522727-0001\", \"idNumbers\": "
                + "[\"522727198001011229\"], \"amount\": 1200.00}"));
        for (String piped : List.of("cat roll.ndjson | jingzhun audit --year 2019 --roll /dev/stdin",
                "jingzhun audit --year 2019 --roll /dev/stdin < registry.ndjson",
                "cat registry.ndjson | jingzhun audit --year 2019 --households /dev/stdin --roll /dev/stdin")) {
            Run roll = sh(dir, installed(), piped);
            assertThat(roll.code()).as(piped).isEqualTo(Cli.USAGE);
            assertThat(roll.err()).as(piped).contains("--roll /dev/stdin is also standard input, which the "
                    + "households are read from");
        }
        Files.writeString(dir.resolve("national.json"), sh(dir, installed(), "jingzhun parameters").out());
        for (String command : List.of("assess --year 2019", "validate", "stats --year 2019", "explain --year 2019")) {
            Run parameters = sh(dir, installed(), "cat national.json | jingzhun " + command
                    + " --parameters /dev/stdin");
            assertThat(parameters.code()).as(command).isEqualTo(Cli.USAGE);
            assertThat(parameters.err()).as(command).contains("--parameters /dev/stdin is also standard input");
        }
        assertThat(sh(dir, installed(), "cat roll.ndjson | jingzhun audit --year 2019 --households registry.ndjson "
                + "--roll /dev/stdin > /dev/null").code()).isZero();
    }

    @Test
    void aLinkToTheLauncherFindsItsInstallationAndTheJavaOnThePath(@TempDir Path elsewhere) throws Exception {
        // A chain of links, absolute then relative, as ~/.local/bin/jingzhun -> ... -> bin/jingzhun (inside the
        // unpacked directory, which is deleted with them).
        Path links = Files.createDirectories(unpacked.resolve("links"));
        Files.createSymbolicLink(links.resolve("absolute"), home.resolve("bin/jingzhun"));
        Path userBin = Files.createDirectories(unpacked.resolve("user/bin"));
        Files.createSymbolicLink(userBin.resolve("jingzhun"), Path.of("../../links/absolute"));
        // No JAVA_HOME: the java found first on the PATH is this test's.
        Path javaBin = Files.createDirectories(elsewhere.resolve("java/bin"));
        Path java = Files.writeString(javaBin.resolve("java"), "#!/bin/sh\nexec '" + JAVA_HOME.resolve("bin/java")
                + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("PATH", userBin + ":" + javaBin + ":" + SYSTEM_PATH,
                "JAVA_OPTS", "-Xmx64m -Xss1m");

        Run version = sh(elsewhere, env, "jingzhun --version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("Jingzhun " + VERSION, "Java " + Runtime.version());
    }

    @Test
    void javaOptsReachTheJvmAndAWrongJavaHomeIsNamed(@TempDir Path elsewhere) throws Exception {
        Run bogus = sh(elsewhere, Map.of("PATH", SYSTEM_PATH, "JAVA_HOME", JAVA_HOME.toString(),
                "JAVA_OPTS", "-Dsome.property=1 -Xbogus"), home.resolve("bin/jingzhun") + " help");
        assertThat(bogus.code()).isNotZero();
        assertThat(bogus.err()).contains("-Xbogus");

        Path noJava = Files.createDirectories(elsewhere.resolve("not-a-jdk"));
        Run wrong = sh(elsewhere, Map.of("PATH", SYSTEM_PATH, "JAVA_HOME", noJava.toString()),
                home.resolve("bin/jingzhun") + " help");
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("JAVA_HOME", noJava.toString(), "Java 17");
    }

    @Test
    void theCompletionCompletesCommandsAndOptions(@TempDir Path elsewhere) throws Exception {
        Path script = Files.writeString(elsewhere.resolve("complete.bash"), String.join("\n",
                "source '" + home.resolve("completion/jingzhun_completion") + "' 2>/dev/null",
                "COMP_WORDS=(jingzhun sta); COMP_CWORD=1; COMP_LINE='jingzhun sta'; COMP_POINT=12",
                "_complete_jingzhun 2>/dev/null; echo \"${COMPREPLY[@]}\"",
                "COMP_WORDS=(jingzhun assess --thr); COMP_CWORD=2; COMP_LINE='jingzhun assess --thr'; COMP_POINT=21",
                "_complete_jingzhun 2>/dev/null; echo \"${COMPREPLY[@]}\"", ""));
        Run run = sh(elsewhere, Map.of("PATH", SYSTEM_PATH), "bash " + script);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("stats\n--threads\n");
    }
}
