package io.github.jingzhun.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** Test resources: the hostile-input corpus and the determinism input; the examples are in json/CONTRACT.md. */
public final class TestResources {

    private TestResources() {}

    /** The text of a test resource, such as {@code hostile/01-empty.json}. */
    public static String text(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of test resources, such as {@code hostile}. */
    public static Path directory(String name) {
        try {
            return Path.of(Objects.requireNonNull(TestResources.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
