package io.github.jingzhun.examples.cli;

import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code jingzhun --version} prints: the version and commit recorded when the command line was built (in
 * {@code build.properties}, written by the build), the national parameter set's version and the Java that runs it.
 */
final class BuildInfo implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("Jingzhun " + build.getProperty("version", "unknown"),
                "commit " + build.getProperty("commit", "unknown"),
                "national parameters " + PolicyParameters.national().getVersion(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")")
                .toArray(String[]::new);
    }
}
