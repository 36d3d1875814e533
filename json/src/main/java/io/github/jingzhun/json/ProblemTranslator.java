package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.InvalidInputException;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Jackson, Immutables' checks and core's constructors throw into Jingzhun's problems: an absolute JSON
 * path and a plain message. Messages are Jingzhun's own sentences; input text (which may be a name or an ID number)
 * is never repeated.
 */
final class ProblemTranslator {

    /** Types whose deserializers are Jingzhun's and whose messages are plain sentences already. */
    private static final Set<Class<?>> OWN_MESSAGES = Set.of(Yuan.class, ResidentId.class, CountyCode.class,
            VillageCode.class, ProvinceCode.class, Rule.class, LocalDate.class, Year.class, YearMonth.class,
            BigDecimal.class, AreaCodes.class);

    private static final Pattern REQUIRED_ATTRIBUTES =
            Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([\\w, ]*)]");

    private static final Pattern ATTRIBUTE_MESSAGE = Pattern.compile(
            "([A-Za-z]+(?:\\[\\d+\\](?:\\.[A-Za-z]+)?)?): (.+)", Pattern.DOTALL);

    /** Jackson's words for a failure within a string's characters. */
    private static final Pattern IN_STRING = Pattern.compile("VALUE_STRING|[Ss]tring value|escape");
    /**
     * Jackson's words for a malformed number, or one followed by a character where a ',' belongs: glued to it, the
     * character would continue it ({@link #isGlued}).
     */
    private static final Pattern IN_NUMBER = Pattern.compile(
            "[Nn]umeric value|^Unexpected character \\('.+?' \\(code \\d+[^)]*\\)\\): was expecting comma");

    /** NaN and the infinities, which Jackson names: never a word of the input but these. */
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([-+]?(?:NaN|Infinity|INF))'");
    private static final Pattern UNEXPECTED =
            Pattern.compile("Unexpected (?:character \\('(.)' \\(code|close marker '(.)')");
    private static final String COMMENTS = "comments are not JSON";
    /** How the parser names a value glued to the one before it outside any object or array ({@code 1x}). */
    private static final String ROOT_LEVEL_RUN_ON = "Expected space separating root-level values";
    /** How the parser names a byte order mark it meets. */
    private static final String BYTE_ORDER_MARK = "(code 65279 / 0xfeff)";
    private static final Pattern EXPECTED_CLOSE = Pattern.compile("expected '([}\\]])'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'.*",
            Pattern.DOTALL);

    private ProblemTranslator() {}

    /**
     * Translates a failure to read a record.
     *
     * @param e what was thrown
     * @param base the absolute path where reading started, {@code $} for a record
     * @return the problems, at least one
     */
    static List<JsonProblem> translate(Throwable e, String base) {
        return translate(e, base, null);
    }

    /**
     * Translates a failure to read a record, with the parser that was reading, whose position gives the path of a
     * syntax error or an exceeded limit.
     *
     * @param e what was thrown
     * @param base the absolute path where reading started, {@code $} for a record
     * @param parser the parser, or null if unknown
     * @return the problems, at least one
     */
    static List<JsonProblem> translate(Throwable e, String base, @Nullable JsonParser parser) {
        List<JsonProblem> problems = new ArrayList<>();
        if (parser != null && (e instanceof StreamReadException || e instanceof StreamConstraintsException)) {
            String path = JsonPath.join(base, failurePath(e, parser));
            problems.add(new JsonProblem(path, e instanceof StreamConstraintsException
                    ? limitMessage((StreamConstraintsException) e) : readMessage((StreamReadException) e)));
            return scrubbed(problems);
        }
        if (parser != null && e instanceof NumberFormatException) {
            // Not repeated: the message of a NumberFormatException quotes the number.
            problems.add(new JsonProblem(JsonPath.join(base, contextPath(parser.getParsingContext())),
                    "number out of range" + column(parser.currentTokenLocation(), 0)));
            return problems;
        }
        add(e, base, problems);
        if (problems.isEmpty()) {
            problems.add(new JsonProblem(base, "invalid value"));
        }
        return scrubbed(problems);
    }

    /**
     * A safety net under messages that come from elsewhere (core's checks): a run of 15 or more digits, the shape
     * of an ID number, is never shown.
     */
    private static List<JsonProblem> scrubbed(List<JsonProblem> problems) {
        List<JsonProblem> out = new ArrayList<>(problems.size());
        for (JsonProblem p : problems) {
            out.add(new JsonProblem(p.path(), PersonalData.redacted(p.message())));
        }
        return out;
    }

    private static void add(Throwable e, String base, List<JsonProblem> problems) {
        if (e instanceof StreamConstraintsException) {
            problems.add(new JsonProblem(parserPath(e, base), limitMessage((StreamConstraintsException) e)));
        } else if (e instanceof StreamReadException) {
            problems.add(new JsonProblem(parserPath(e, base), readMessage((StreamReadException) e)));
        } else if (e instanceof JsonMappingException) {
            mapping((JsonMappingException) e, base, problems);
        } else if (e instanceof InvalidInputException) {
            for (Problem p : ((InvalidInputException) e).problems()) {
                problems.add(new JsonProblem(JsonPath.join(base, p.path()), p.message()));
            }
        } else if (e instanceof IllegalArgumentException) {
            illegalArgument(e.getMessage(), base, problems);
        } else {
            problems.add(new JsonProblem(base, "invalid value (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static void mapping(JsonMappingException e, String base, List<JsonProblem> problems) {
        String path = JsonPath.join(base, referencePath(e.getPath()));
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException || cause instanceof InvalidInputException) {
            add(cause, path, problems);
        } else if (cause instanceof IllegalStateException && requiredAttributes(cause.getMessage(), path, problems)) {
            return;
        } else if (cause instanceof IllegalArgumentException) {
            illegalArgument(cause.getMessage(), path, problems);
        } else if (cause instanceof NullPointerException) {
            problems.add(new JsonProblem(path, "a required field is missing"));
        } else if (e instanceof PropertyBindingException) {
            problems.add(new JsonProblem(path, "unknown field"));
        } else if (e instanceof InvalidDefinitionException) {
            problems.add(new JsonProblem(path, "cannot be read as " + ((InvalidDefinitionException) e).getType()));
        } else if (e instanceof MismatchedInputException) {
            problems.add(new JsonProblem(path, mismatch((MismatchedInputException) e)));
        } else if (cause != null && cause != e) {
            add(cause, path, problems);
        } else {
            problems.add(new JsonProblem(path, "invalid value"));
        }
    }

    private static String mismatch(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        String original = e.getOriginalMessage();
        if (target != null && OWN_MESSAGES.contains(target) && original != null) {
            return original;
        }
        if (original != null && original.startsWith("No content to map due to end-of-input")) {
            return "empty document";
        }
        if (original != null && original.startsWith("Trailing token")) {
            return moreThanOneDocument(e.getLocation());
        }
        return "expected " + describe(target);
    }

    /** What a value of a type looks like in JSON. */
    static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a JSON integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a JSON string";
        }
        if (type == BigDecimal.class) {
            return "a JSON number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || ModelType.of(type) != null || ModelType.isBuilder(type)) {
            return "a JSON object";
        }
        return "a value of the contract's type " + type.getSimpleName();
    }

    private static boolean requiredAttributes(@Nullable String message, String path, List<JsonProblem> problems) {
        if (message == null) {
            return false;
        }
        Matcher m = REQUIRED_ATTRIBUTES.matcher(message);
        if (!m.find()) {
            return false;
        }
        for (String name : m.group(1).split(",\\s*")) {
            problems.add(new JsonProblem(JsonPath.join(path, name), "is required"));
        }
        return true;
    }

    /**
     * Core's IllegalArgumentExceptions name the attribute first ("village: ..."), or list several ("invalid
     * parameter set 'x': values: ...; povertyLines: ..."). Core promises such messages hold no personal data.
     */
    private static void illegalArgument(@Nullable String message, String path, List<JsonProblem> problems) {
        if (message == null || message.isBlank()) {
            problems.add(new JsonProblem(path, "invalid value"));
            return;
        }
        String text = message;
        if (text.startsWith("invalid parameter set '")) {
            int end = text.indexOf("': ");
            if (end > 0) {
                text = text.substring(end + 3);
            }
        }
        for (String part : text.split("; ")) {
            Matcher m = ATTRIBUTE_MESSAGE.matcher(part);
            if (m.matches() && !m.group(1).isEmpty()) {
                problems.add(new JsonProblem(JsonPath.join(path, m.group(1)), m.group(2)));
            } else {
                problems.add(new JsonProblem(path, part));
            }
        }
    }

    private static String referencePath(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                path = JsonPath.child(path, r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path = JsonPath.index(path, r.getIndex());
            }
        }
        return path;
    }

    /** Where the parser was when it failed, within the record being read. */
    private static String parserPath(Throwable e, String base) {
        Object processor = e instanceof StreamReadException ? ((StreamReadException) e).getProcessor()
                : e instanceof StreamConstraintsException ? ((StreamConstraintsException) e).getProcessor() : null;
        if (!(processor instanceof JsonParser)) {
            return base;
        }
        JsonParser parser = (JsonParser) processor;
        return JsonPath.join(base, failurePath(e, parser));
    }

    /**
     * Whether the parser failed where a field's name belongs, past a whole string, literal, object or list (a comma
     * or a brace missing or extra, a quote missing around the name, a comment), or at a name past the reader's
     * limit: the parser then still holds the name before it, whose value is whole, so the path is the object's. A
     * name given twice is its own.
     */
    private static boolean isNameUnread(Throwable e, JsonParser parser) {
        if (e instanceof StreamConstraintsException) {
            return e.getMessage() != null && e.getMessage().startsWith("Name length");
        }
        JsonToken last = parser.currentToken();
        if (!(e instanceof JsonParseException parse) || last == null || last == JsonToken.FIELD_NAME) {
            return false;
        }
        String message = String.valueOf(parse.getOriginalMessage());
        if (DUPLICATE.matcher(message).matches()) {
            return false;  // found at the repeated name or at its value, whatever the value's kind
        }
        if (last.isNumeric()) {
            // A number is whole unless it is malformed or what follows would continue it, glued to it, as 0x5F
            // ends at the x; after a space (1 2) it is whole.
            return !IN_NUMBER.matcher(message).find() || message.startsWith("Unexpected character")
                    && !isGlued(parse, parser);
        }
        // Jackson reads a string's characters after setting its token: a failure within them is the field's.
        return !IN_STRING.matcher(message).find();
    }

    /** Whether the character the parser failed at follows the number it read with nothing between. */
    private static boolean isGlued(JsonParseException e, JsonParser parser) {
        try {
            JsonLocation at = e.getLocation();
            return at == null || offset(at) == offset(parser.currentTokenLocation()) + parser.getTextLength();
        } catch (IOException unreadable) {
            return true;
        }
    }

    /** A location's offset: in characters when the parser reads characters, else in bytes. */
    private static long offset(JsonLocation location) {
        return location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
    }

    /** The relative path of a parser's position. */
    private static String contextPath(@Nullable JsonStreamContext context) {
        return contextPath(context, false, false);
    }

    /**
     * The relative path of where a parser failed. Past an element of a list, where a ',' or the closing bracket
     * belongs, the path is the list's, as an object's is past its field's value (see {@link #isNameUnread}); a number
     * glued to a character (the x of [1x]) is the element's — which the parser, looking for the ',', has counted
     * past already.
     */
    private static String failurePath(Throwable e, JsonParser parser) {
        boolean nameUnread = isNameUnread(e, parser);
        String message = e instanceof JsonParseException parse ? String.valueOf(parse.getOriginalMessage()) : "";
        boolean pastElement = message.contains("comma to separate Array entries")
                || message.startsWith("Unexpected close marker");
        return contextPath(parser.getParsingContext(), nameUnread, pastElement);
    }

    /**
     * The relative path of a parser's position: of the object it is in, not its field, where the parser failed past
     * the field's whole value; of the list it is in, not its element, where it failed past a whole element.
     */
    private static String contextPath(@Nullable JsonStreamContext context, boolean nameUnread, boolean pastElement) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c == context && pastElement) {
                if (!nameUnread) {
                    // only a ',' missing leaves a glued number: its element is the one before the count
                    segments.add(0, "[" + Math.max(c.getCurrentIndex() - 1, 0) + "]");
                }
            } else if (c.inArray()) {
                segments.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null && !(nameUnread && c == context)) {
                segments.add(0, c.getCurrentName());
            }
        }
        String path = "";
        for (String s : segments) {
            path = s.startsWith("[") ? path + s : JsonPath.child(path, s);
        }
        return path;
    }

    private static String limitMessage(StreamConstraintsException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Without the length the parser had reached, which depends on where its buffer ended: the same record
        // must get the same message however it is read.
        String plain = original.replaceAll(", from `[^`]*`", "").replaceAll("`", "")
                .replaceAll(" \\(\\d+\\) exceeds", " exceeds");
        plain = plain.isEmpty() ? "exceeds a limit" : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
        // Jackson's "name" is a field's name, which could be read as a member's name field
        return plain.replaceFirst("^name length", "a field name's length") + " (a reading limit of Jingzhun's JSON "
                + "reader)";
    }

    private static String readMessage(StreamReadException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Jackson places a control character between tokens, and a number's plus sign, after it, not at it.
        String where = column(e.getLocation(),
                original.contains("only regular white space") || original.contains("plus sign") ? 1 : 0);
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.matches()) {
            return "duplicate field " + JsonPath.child("", duplicate.group(1)) + "; each field may appear once";
        }
        if (e instanceof InputCoercionException coercion) {
            // a count held in an int: the schemas give its maximum too
            Class<?> type = coercion.getTargetType();
            boolean negative = original.startsWith("Numeric value (-");
            return "number out of range" + (type == Integer.TYPE || type == Integer.class ? negative
                    ? " (at least " + Integer.MIN_VALUE + ")" : " (at most " + Integer.MAX_VALUE + ")" : "") + where;
        }
        if (original.contains("end-of-input")) {
            return "truncated JSON: unexpected end of input" + where;
        }
        Matcher nonNumeric = NON_NUMERIC.matcher(original);
        if (nonNumeric.lookingAt()) {
            // Jackson places these words past their end: at their start, as every other token.
            return "malformed JSON" + column(e.getLocation(), nonNumeric.group(1).length())
                    + ": NaN and Infinity are not JSON numbers";
        }
        if (original.contains("numeric value") || original.contains("Numeric value")) {
            return "malformed number" + where;
        }
        if (original.contains(BYTE_ORDER_MARK)) {
            return "malformed JSON" + where + ": a byte order mark (U+FEFF), allowed only at the very start of a file "
                    + "or a text, not of a later line or of a record's bytes";
        }
        String reason = syntaxReason(original);
        return "malformed JSON" + where + (reason.isEmpty() ? "" : ": " + reason);
    }

    /**
     * What is wrong, in the reader's words rather than the parser's, naming at most one bracket or punctuation
     * character: never a token of the input, which could be a name or an ID number typed without quotes.
     */
    private static String syntaxReason(String original) {
        Matcher at = UNEXPECTED.matcher(original);
        String found = at.lookingAt() ? at.group(1) != null ? at.group(1) : at.group(2) : "";
        boolean closing = found.equals("}") || found.equals("]");
        if (original.contains("comment?") || found.equals("#")) {
            return COMMENTS;
        }
        if (original.contains("surrogate in field name") || original.contains("surrogate pair in field name")) {
            return "a field name must be valid Unicode: no lone surrogate (half of a surrogate pair)";
        }
        if (original.contains("double-quote to start field name")) {
            return closing ? "a trailing comma before '" + found + "'" : "a field name must be in double quotes";
        }
        if (original.contains("expected a valid value") || original.startsWith("Unrecognized token")) {
            return closing || found.equals(",") || found.equals(":") ? "a value is missing before '" + found + "'"
                    : "not a JSON value (text is in double quotes; true, false and null in lower case)";
        }
        if (original.contains("colon to separate")) {
            return "':' is missing after a field name";
        }
        if (original.contains("comma to separate Object entries")) {
            return "',' or '}' is missing after a value";
        }
        if (original.contains("comma to separate Array entries")) {
            return "',' or ']' is missing after a value";
        }
        if (original.startsWith("Unexpected close marker")) {
            Matcher expected = EXPECTED_CLOSE.matcher(original);
            return expected.find() ? "'" + found + "' where '" + expected.group(1) + "' belongs"
                    : "'" + found + "' closes nothing";
        }
        if (original.contains(ROOT_LEVEL_RUN_ON)) {
            return "text right after a value, with no space or ',' between them";
        }
        if (original.contains("hex-digit for character escape")) {
            return "a \\u escape needs four hexadecimal digits";
        }
        if (original.startsWith("Unrecognized character escape")) {
            return "a backslash escape JSON does not have (a backslash itself is written \\\\)";
        }
        if (original.contains("CTRL-CHAR")) {
            return original.contains("only regular white space")
                    ? "a control character between values (only spaces, tabs and line breaks may stand there)"
                    : "a control character in a string must be escaped (as \\t, \\n or \\u0000)";
        }
        return "";
    }

    /**
     * What cannot be read after a complete record: a stray comma, word or the start of a value ({@code -},
     * {@code 1x}) is told as text after the record, placed where it starts, not as a value missing or cut short; a
     * closing bracket, a comment or a control character as anywhere else.
     */
    static String afterTheRecord(StreamReadException e, @Nullable JsonLocation strayStart) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        boolean stray = (original.contains("expected a valid value") || original.startsWith("Unrecognized token")
                || original.contains(ROOT_LEVEL_RUN_ON) || original.contains("end-of-input"))
                && !original.contains(BYTE_ORDER_MARK);
        return stray && !COMMENTS.equals(syntaxReason(original)) ? "malformed JSON" + column(strayStart, 0)
                + ": text after the end of the record; a record is one document (or one NDJSON line)" : readMessage(e);
    }

    /** A record followed by more, placed where the next starts. */
    static String moreThanOneDocument(@Nullable JsonLocation next) {
        return "more than one JSON document" + column(next, 0) + "; a record is one document (or one NDJSON line)";
    }

    private static String column(@Nullable JsonLocation location, int past) {
        if (location == null || location.getColumnNr() < 0) {
            return "";
        }
        int column = location.getColumnNr() - past;
        // A record on one line (NDJSON) is placed by its column alone; a document on several lines by both, its
        // own line, not the NDJSON line (a carriage return alone breaks a document's lines, not an NDJSON line's).
        return location.getLineNr() > 1 ? " at line " + location.getLineNr() + " of the document, column " + column
                : " at column " + column;
    }
}
