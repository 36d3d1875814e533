package io.github.jingzhun.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of the JSON contract's document, json/CONTRACT.md: each a fenced JSON block after a marker line
 * {@code <!-- example: NAME -->}.
 */
final class ContractDocument {

    private static final Path DOCUMENT = Path.of("CONTRACT.md");

    private ContractDocument() {}

    /** The text of the example of a name. */
    static String example(String name) {
        String text;
        try {
            text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```json\\n(.*?)\\n```",
                Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("CONTRACT.md has no example " + name);
        }
        return m.group(1);
    }
}
