package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON contract document, {@code json/CONTRACT.md}, as the tests read it: its examples, each a fenced
 * {@code json} block preceded by a line {@code <!-- example: KIND -->}. The examples are the single source of the
 * contract's sample records: tests that need the worked household read it from here.
 */
public final class ContractDocument {

    /** One example: its kind, the line of its opening fence, and its JSON text with where it sits in the document. */
    record Example(String kind, int line, String json, int start, int end) {

        @Override
        public String toString() {
            return kind + " (line " + line + ")";
        }
    }

    private static final Pattern MARKER = Pattern.compile("^<!-- example: ([a-z][a-z-]*) -->$");
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    /** The width an example is laid out to, counting a Chinese character as two columns. */
    private static final int WIDTH = 116;
    private static final ObjectMapper TEXT = new ObjectMapper();
    private static final ContractDocument DOCUMENT = read(path());

    private final String text;
    private final List<Example> examples = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ContractDocument(String text) {
        this.text = text;
        parse();
    }

    /** The document of this repository. */
    static ContractDocument get() {
        return DOCUMENT;
    }

    static ContractDocument read(Path path) {
        try {
            return new ContractDocument(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the document is: beside the json module's pom, or under json/ when run from the repository's root. */
    static Path path() {
        for (Path candidate : List.of(Path.of("CONTRACT.md"), Path.of("json", "CONTRACT.md"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("json/CONTRACT.md not found from " + Path.of("").toAbsolutePath());
    }

    /** The text of the first example of a kind, such as the worked household. */
    public static String example(String kind) {
        return get().examples(kind).get(0).json();
    }

    /** The worked household: the first household of the document. */
    public static String workedHousehold() {
        return example("household");
    }

    String text() {
        return text;
    }

    List<Example> examples() {
        return examples;
    }

    List<Example> examples(String kind) {
        List<Example> ofKind = examples.stream().filter(e -> e.kind().equals(kind)).toList();
        if (ofKind.isEmpty()) {
            throw new IllegalArgumentException("json/CONTRACT.md has no example of kind " + kind);
        }
        return ofKind;
    }

    /** JSON blocks without a marker, and markers without a JSON block after them. */
    List<String> problems() {
        return problems;
    }

    /** The document with some examples' JSON replaced, laid out as the document lays out its examples. */
    String withExamples(Map<Example, JsonNode> replacements) {
        StringBuilder out = new StringBuilder(text);
        List<Example> inReverse = new ArrayList<>(examples);
        Collections.reverse(inReverse);
        for (Example e : inReverse) {
            JsonNode replacement = replacements.get(e);
            if (replacement != null) {
                out.replace(e.start(), e.end(), layout(replacement));
            }
        }
        return out.toString();
    }

    private void parse() {
        String kind = null;
        int markerLine = 0;
        int offset = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            offset += line.length() + 1;
            Matcher marker = MARKER.matcher(line.trim());
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                if (kind != null) {
                    problems.add("line " + markerLine + ": a marker without a json block after it");
                }
                kind = marker.group(1);
                markerLine = i + 1;
            } else if (fence.matches() && !fence.group(1).isEmpty()) {
                int close = i + 1;
                while (close < lines.length && !lines[close].startsWith("```")) {
                    close++;
                }
                int start = offset;
                int end = start;
                for (int j = i + 1; j < close; j++) {
                    end += lines[j].length() + 1;
                }
                if (fence.group(1).equals("json")) {
                    if (kind == null) {
                        problems.add("line " + (i + 1) + ": a json block without a marker <!-- example: KIND -->");
                    } else {
                        examples.add(new Example(kind, i + 1, text.substring(start, end), start, end));
                    }
                } else if (kind != null) {
                    problems.add("line " + markerLine + ": a marker followed by a " + fence.group(1) + " block");
                }
                kind = null;
                offset = end + (close < lines.length ? lines[close].length() + 1 : 0);
                i = close;
            } else if (kind != null && !line.isBlank()) {
                problems.add("line " + markerLine + ": a marker not followed by a json block");
                kind = null;
            }
        }
        if (kind != null) {
            problems.add("line " + markerLine + ": a marker at the end of the document");
        }
    }

    /**
     * JSON laid out as the document shows it: a value on one line when it fits; otherwise its members one
     * container to a line, scalar members packed together as many as fit. Ends with a newline.
     */
    static String layout(JsonNode node) {
        List<String> lines = new ArrayList<>();
        layout(node, "", "", 0, lines);
        return String.join("\n", lines) + "\n";
    }

    private static void layout(JsonNode node, String prefix, String suffix, int indent, List<String> lines) {
        String one = prefix + oneLine(node) + suffix;
        if (!node.isContainerNode() || node.isEmpty() || indent + width(one) <= WIDTH) {
            lines.add(" ".repeat(indent) + one);
            return;
        }
        lines.add(" ".repeat(indent) + prefix + (node.isObject() ? "{" : "["));
        int inner = indent + 2;
        StringBuilder packed = null;
        Iterator<Map.Entry<String, JsonNode>> fields = node.isObject() ? node.properties().iterator() : null;
        for (int i = 0; i < node.size(); i++) {
            String childPrefix = "";
            JsonNode child;
            if (fields != null) {
                Map.Entry<String, JsonNode> field = fields.next();
                childPrefix = quote(field.getKey()) + ": ";
                child = field.getValue();
            } else {
                child = node.get(i);
            }
            String childSuffix = i == node.size() - 1 ? "" : ",";
            String childOne = childPrefix + oneLine(child) + childSuffix;
            boolean scalar = !child.isContainerNode() || child.isEmpty();
            if (scalar && inner + width(childOne) <= WIDTH) {
                if (packed != null && inner + width(packed) + 1 + width(childOne) <= WIDTH) {
                    packed.append(' ').append(childOne);
                } else {
                    if (packed != null) {
                        lines.add(" ".repeat(inner) + packed);
                    }
                    packed = new StringBuilder(childOne);
                }
            } else {
                if (packed != null) {
                    lines.add(" ".repeat(inner) + packed);
                    packed = null;
                }
                layout(child, childPrefix, childSuffix, inner, lines);
            }
        }
        if (packed != null) {
            lines.add(" ".repeat(inner) + packed);
        }
        lines.add(" ".repeat(indent) + (node.isObject() ? "}" : "]") + suffix);
    }

    private static String oneLine(JsonNode node) {
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            node.properties().forEach(f -> members.add(quote(f.getKey()) + ": " + oneLine(f.getValue())));
            return "{" + String.join(", ", members) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(e -> elements.add(oneLine(e)));
            return "[" + String.join(", ", elements) + "]";
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        return node.toString();
    }

    private static String quote(String text) {
        try {
            return TEXT.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Columns on screen: a Chinese character or full-width punctuation takes two. */
    private static int width(CharSequence text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }
}
