package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a fresh JVM printed, for tests of what only a new JVM shows (a library's first announcement, the module path).
 *
 * @param code its exit code
 * @param out its standard output
 * @param err its standard error
 */
record JvmRun(int code, String out, String err) {

    /**
     * Runs this JDK's java with the arguments, its standard input closed, and waits for it.
     *
     * @param arguments the JVM's options, its main class and the program's arguments
     * @return what it printed
     */
    static JvmRun of(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out;
        String err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            // A few kilobytes: reading one after the other cannot fill a pipe and block the child.
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
        return new JvmRun(process.exitValue(), out, err);
    }
}
