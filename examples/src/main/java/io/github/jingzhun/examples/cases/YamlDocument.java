package io.github.jingzhun.examples.cases;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.jingzhun.decision.PersonalData;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read as a JSON tree, with the line of every node: Jackson's YAML data format binds YAML to the
 * same trees as JSON, so a case's household is the contract's household JSON written as YAML.
 */
final class YamlDocument {

    static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            // Money stays exact: 3217.99 is read as a decimal, never as a double, and keeps its two decimals.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Pattern PROBLEM_SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** Where a reading limit comes from in Jackson's words, such as {@code , from `StreamReadConstraints…`)}. */
    private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`\\)");
    /**
     * The most tokens (keys, values, brackets) a case file holds, as many as a JSON document of the contract: each
     * is held as a node and by its line until the file's cases are built, so a long list is refused while read.
     */
    private static final int MAX_TOKENS = 100_000;
    /** The most digits a number of a case has on either side of the point. */
    private static final int DIGITS = 30;
    /** YAML's infinities and not-a-number, as a float of its core schema writes them. */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)");
    /** A number as JSON writes it, where YAML also reads 0777 (octal), 0x10, 0b1010, +5, .5 and 3_035.98. */
    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");
    /** A number too short to be an ID, phone or card number: a count, a year, a county code. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("-?[0-9]{1,6}");

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads a document.
     *
     * @param text the YAML text
     * @return the document
     * @throws JsonProcessingException if the text is not YAML (its location says where)
     */
    static YamlDocument parse(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        Offsets at = new Offsets(text);
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            int depth = 0;
            int documents = 0;
            int tokens = 0;
            for (JsonToken token = next(parser); token != null; token = next(parser)) {
                if (++tokens > MAX_TOKENS) {
                    throw new JsonParseException(parser, String.format(Locale.ROOT, "a case file holds at most %,d "
                            + "YAML tokens (keys, values, brackets): split it into several files", MAX_TOKENS));
                }
                // readTree reads the first document only: a second would be dropped without a word (an empty one,
                // as after a last ---, holds nothing to drop: read as an empty scalar with nothing after it; a
                // null or "" written out is something)
                if (depth == 0 && ++documents > 1 && !(token.isScalarValue() && parser.getText().isEmpty()
                        && isBlankFrom(text, at.index(parser.currentTokenLocation().getCharOffset())))) {
                    throw new JsonParseException(parser, "a case file is one YAML document; a second begins here");
                }
                // Jackson reads an alias as its anchor's name (*12 as a number): refused, never read as what it names
                if (((YAMLParser) parser).isCurrentAlias()) {
                    throw new JsonParseException(parser, "a YAML alias (*name) is not read: write out the value it "
                            + "names");
                }
                if (token.isNumeric()) {
                    // 1e999999999 is short to write but not to print or compare with: a case would run out of memory
                    BigDecimal number = decimal(parser);
                    if (!JSON_NUMBER.matcher(parser.getText()).matches()) {
                        // shown only while too short to be an ID number (1_000 is a number, never a name)
                        String read = parser.getText().length() < 15 ? "'" + parser.getText() + "' as "
                                + number.toPlainString() : "this number as another";
                        throw new JsonParseException(parser, "write a number as JSON does, such as 511 or 3035.98: "
                                + "YAML reads " + read + " (octal, hexadecimal, binary, a sign or underscores); quote "
                                + "it if it is text");
                    }
                    if (number.precision() - number.scale() > DIGITS || number.scale() > DIGITS) {
                        throw tooLong(parser);
                    }
                }
                // YAML reads a number of more than 1,024 characters, unquoted, as text: it is a number too long
                if (token == JsonToken.VALUE_STRING && JSON_NUMBER.matcher(parser.getText()).matches()
                        && isPlain(text, at.index(parser.currentTokenLocation().getCharOffset()))) {
                    throw tooLong(parser);
                }
                // YAML 1.1 reads on, off, yes, no (any case) and True as booleans: a name or a code could be one
                if (token.isBoolean() && !parser.getText().equals(token == JsonToken.VALUE_TRUE ? "true" : "false")) {
                    throw new JsonParseException(parser, "write a boolean as JSON does, true or false: YAML reads '"
                            + parser.getText() + "' as " + token.asString() + "; quote it if it is text");
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart() && context.getParent() != null) {
                    context = context.getParent();
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw e;  // the text is not YAML: said with its place, not as a failure to read
        } catch (IOException e) {
            throw new IllegalStateException("a text in memory could not be read", e);
        }
        JsonNode root = MAPPER.readTree(text);
        return new YamlDocument(root == null ? MAPPER.nullNode() : root, lines);
    }

    /** The next token; a reading limit passed, such as nesting too deep, is a problem at the parser's place. */
    private static JsonToken next(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw new JsonParseException(parser, e.getOriginalMessage());
        }
    }

    /** A number's exact value; YAML's infinities and not-a-number ({@code .inf}, {@code .nan}) have none. */
    private static BigDecimal decimal(JsonParser parser) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (StreamConstraintsException e) {
            throw tooLong(parser);  // longer than Jackson reads, far longer than a case's
        } catch (JsonParseException e) {
            if (!NOT_FINITE.matcher(parser.getText()).matches()) {
                throw e;
            }
            throw new JsonParseException(parser, "a number must be finite: " + parser.getText() + " (YAML's "
                    + "infinity or not-a-number) is not plausible in a case");
        }
    }

    private static JsonParseException tooLong(JsonParser parser) {
        return new JsonParseException(parser, "a number with more than " + DIGITS + " digits before or after the "
                + "point, written out, is not plausible in a case");
    }

    /**
     * Whether a scalar that starts at an offset is written plain: without quotes, not as a block ({@code |} or
     * {@code >}) and without a tag ({@code !!str 5} is text by its tag). An anchor ({@code &name}) before it is
     * skipped, as it is read as if absent, and so is a comment after the anchor.
     */
    private static boolean isPlain(String text, int index) {
        if (index < 0) {
            return false;
        }
        int i = index;
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '#')) {
            boolean comment = text.charAt(i) == '#';
            while (i < text.length() && (comment ? text.charAt(i) != '\n' : !Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i < text.length() && "\"'!|>".indexOf(text.charAt(i)) < 0;
    }

    private static boolean isBlankFrom(String text, int index) {
        return index >= 0 && text.substring(index).isBlank();
    }

    /**
     * Where in the text an offset of the YAML parser is: it counts characters as code points, so that an emoji or a
     * rare CJK character before it counts one, not two as in a Java string. The offsets asked for grow as the parser
     * reads on: each is counted on from the last, so that a file is counted through once.
     */
    private static final class Offsets {
        private final String text;
        private long offset;
        private int index;

        Offsets(String text) {
            this.text = text;
        }

        /** The index in the text of an offset of the parser, or -1 if there is none. */
        int index(long at) {
            if (at < 0) {
                return -1;
            }
            if (at < offset) {
                offset = 0;
                index = 0;
            }
            for (; offset < at && index < text.length(); offset++) {
                index += Character.charCount(text.codePointAt(index));
            }
            return index;
        }
    }

    /**
     * What makes a text not YAML, in the parser's words but without the lines of the text it quotes, or a key
     * given twice named only if it is a plain word: the text may hold ID numbers and names.
     */
    static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            // where the context began too: a quote left open is found only at the end of the file
            return (yaml.getContext() == null ? "" : yaml.getContext() + where(yaml.getContextMark()) + ": ")
                    + yaml.getProblem() + where(yaml.getProblemMark());
        }
        if (e.getOriginalMessage().startsWith("Expected a field name")) {
            return "a key must be a single value, such as a word, not a list or a mapping";
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
        return duplicate.matches() ? "the key " + key(duplicate.group(1)) + " is given twice"
                : LIMIT_SOURCE.matcher(e.getOriginalMessage()).replaceAll(")");
    }

    /** A parser's mark as a message writes it, or nothing. */
    private static String where(@Nullable Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    /**
     * Whether a message may repeat a key: a plain word of ASCII letters, digits and {@code _} that holds no ID
     * number. Any other key, such as one with a space, could be a name, and is not repeated.
     */
    static boolean isShown(String key) {
        return PLAIN_KEY.matcher(key).matches() && !PersonalData.containsIdNumber(key);
    }

    /** The path of a key under a path: the parent's alone if the key may not be repeated. */
    static String child(String at, String key) {
        return isShown(key) ? at + "/" + key : at;
    }

    /** A key as a message writes it: quoted if it may be repeated, else {@code [?]}. */
    static String key(String key) {
        return isShown(key) ? "'" + key + "'" : "[?]";
    }

    /** A value as a message writes it: as a key is, or quoted if it is a short number, such as {@code 1}. */
    static String value(String value) {
        return SHORT_NUMBER.matcher(value).matches() ? "'" + value + "'" : key(value);
    }

    /**
     * Where a text holds the first character YAML does not allow: a control character other than a tab or a line
     * break, U+FFFE or U+FFFF.
     *
     * @return its index, or -1 if there is none
     */
    static int notAllowed(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!(c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The line of a problem, for an exception whose location is known, else 0. */
    static int line(JsonProcessingException e) {
        // the YAML parser's own mark: Jackson's location of a scanner's error is the token before it
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return yaml.getProblemMark().getLine() + 1;
        }
        JsonLocation location = e.getLocation();
        return location == null ? 0 : location.getLineNr();
    }

    JsonNode root() {
        return root;
    }

    /**
     * The line of a node, or of its nearest ancestor written in the document.
     *
     * @param pointer a JSON pointer, such as {@code /cases/2/household}
     * @return the line, from 1
     */
    int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    /**
     * A JSON pointer as a reader writes the path: {@code /cases/2/household} as {@code cases[2].household}.
     *
     * @param pointer a JSON pointer
     * @return the path
     */
    static String display(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String segment : pointer.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(segment).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /**
     * The JSON pointer of a path of the JSON contract's problems, such as {@code $.members[0].idNumber}.
     *
     * @param path the path
     * @return the pointer, such as {@code /members/0/idNumber}
     */
    static String pointer(String path) {
        StringBuilder sb = new StringBuilder();
        Matcher m = PROBLEM_SEGMENT.matcher(path.startsWith("$") ? path.substring(1) : path);
        while (m.find()) {
            sb.append('/').append(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return sb.toString();
    }
}
