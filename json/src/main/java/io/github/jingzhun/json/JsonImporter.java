package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jingzhun.Decision;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imports JSON records from other systems — households, villages, counties, provinces' benchmarks, decisions and
 * parameter sets — reporting every problem of a record at once: each with its absolute JSON path
 * ({@code $.members[1].birthDate}) and a plain message that never contains an ID number or a name. A byte order
 * mark (U+FEFF) at the start of a document, which Windows tools write, is skipped; in NDJSON, only at the start of
 * the input. A record
 * is checked by Jackson (syntax, reading limits, types, unknown fields), by the checks of core's value types (a
 * household has members, no ID number twice (AUD-1), ID numbers that agree with birth date and sex (AUD-2)), by
 * core's Bean Validation constraints (Hibernate Validator) and, for households, for birth dates in the future
 * (see {@link JsonOptions#asOf()}).
 *
 * <p>An importer is thread-safe; create one and reuse it, since building it builds a validator.
 */
public final class JsonImporter {

    /**
     * The most members of a household: a record with more is an error at {@code $.members} (a typing or export
     * error, not a household).
     */
    public static final int MAX_MEMBERS = 50;

    /**
     * The oldest a member can be, in years: a birth date more than this before the date the data describes (or the
     * end of the latest income year) is an error.
     */
    public static final int MAX_AGE = 120;

    /**
     * The byte order mark, U+FEFF. Windows tools write it at the start of a UTF-8 file; a document read from text
     * skips one there, at its very start, and nowhere else (elsewhere it is a character that is not JSON).
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final JsonOptions options;
    private final ObjectMapper mapper;
    /** Reads a record's tree, leaving what follows it to {@link #nothingAfter}, which tells what it is. */
    private final ObjectReader treeReader;
    private final ProblemWalker walker;
    private final ImportValidation validation;
    private final DirectBinder householdBinder;

    JsonImporter(JsonOptions options) {
        this.options = options;
        this.mapper = JingzhunJson.mapper(options);
        this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.householdBinder = new DirectBinder(Household.class, options, true);
        ObjectMapper leafMapper = mapper.copy().registerModule(new SimpleModule("JingzhunLeaves")
                .addDeserializer(LocalDate.class, ValueCodecs.localDates())
                .addDeserializer(Year.class, ValueCodecs.years())
                .addDeserializer(YearMonth.class, ValueCodecs.yearMonths())
                .addDeserializer(BigDecimal.class, new ValueCodecs.DecimalDeserializer())
                .addDeserializer(AreaCodes.class, new AreaCodes.Check()));
        this.walker = new ProblemWalker(leafMapper, options.tolerateUnknownFields(), options.asOf());
        this.validation = new ImportValidation();
    }

    /**
     * The options of this importer.
     *
     * @return the options, not null
     */
    public JsonOptions options() {
        return options;
    }

    /**
     * The strict mapper this importer reads with; also good for writing.
     *
     * @return the mapper, not null; do not reconfigure it
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads and validates one household (the JSON contract, {@code schemaVersion} 1).
     *
     * @param json the JSON text of one household, not null
     * @return the household, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public Household readHousehold(String json) throws JsonImportException {
        return readHouseholdLine(withoutByteOrderMark(json));
    }

    /**
     * Reads and validates one household as {@link #readHousehold(String)} does, but from one line of NDJSON: a byte
     * order mark there is not skipped, since the line reader skipped the one at the start of the input. The text is
     * bound from its UTF-8 bytes, as a line of bytes is: encoding it costs far less than a parser over characters.
     *
     * @param line the JSON text of one household
     * @return the household, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    Household readHouseholdLine(String line) throws JsonImportException {
        checkLength(line);
        Household household = bindDirectly(line);
        return household != null ? validated(household) : readHouseholdSlowly(line);
    }

    /**
     * Reads and validates one household from its UTF-8 bytes, such as a line of a file read as bytes, without
     * decoding them to text first: the read path of NDJSON lines of bytes, binding and validating as a read from
     * text does. A byte order mark is not skipped: these are one record's bytes, as a line of a file is, and a
     * mark there is refused; the reader of a file or a stream skips the one at its start
     * ({@link #readHousehold(InputStream)} does).
     *
     * <p>Bytes that are not well-formed UTF-8 are a problem at {@code $} naming the first malformed byte (counted
     * from 1 at {@code offset}), and so is a document of more than {@link JsonOptions#maxDocumentLength()}
     * characters.
     *
     * @param utf8 the bytes, not null; not changed
     * @param offset where the household starts
     * @param length how many bytes it has
     * @return the household, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public Household readHousehold(byte[] utf8, int offset, int length) throws JsonImportException {
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(utf8, "utf8").length);
        // A character takes at most three bytes (a pair of them four), so only a long document needs counting.
        if (length > options.maxDocumentLength()) {
            checkWellFormed(utf8, offset, length);
            checkLength(length / 3 > options.maxDocumentLength() ? null
                    : new String(utf8, offset, length, StandardCharsets.UTF_8));
        }
        // The binder checks the bytes it binds are well-formed as it reads them: only a record it leaves is checked
        // here, before it is decoded.
        Household household = bindDirectly(utf8, offset, length);
        if (household != null) {
            return validated(household);
        }
        checkWellFormed(utf8, offset, length);
        return readHouseholdSlowly(new String(utf8, offset, length, StandardCharsets.UTF_8));
    }

    private static void checkWellFormed(byte[] utf8, int offset, int length) throws JsonImportException {
        int malformed = MalformedUtf8.at(utf8, offset, offset + length);
        if (malformed >= 0) {
            throw new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT,
                    MalformedUtf8.message(utf8, offset, malformed))));
        }
    }

    /**
     * Reads a household the way that finds every problem: the whole document as an exact tree, bound from the
     * tree, and on failure the tree walked for all its problems.
     *
     * @param json the JSON text of one household
     * @return the household, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    Household readHouseholdSlowly(String json) throws JsonImportException {
        return validated(bindFromTree(json));
    }

    /**
     * Binds a household the slow way, from the exact tree, without validation.
     *
     * @param json the JSON text of one household
     * @return the household, not null
     * @throws JsonImportException listing every problem of the tree with its path
     */
    Household bindFromTree(String json) throws JsonImportException {
        return read(parse(json), Household.class);
    }

    /**
     * Binds a household straight from its text, encoded to UTF-8, as {@link #bindDirectly(byte[], int, int)} does,
     * without validation; null when the direct binder gives up, and the slow path must read the record.
     *
     * @param json the JSON text of one household
     * @return the household, or null
     */
    @Nullable Household bindDirectly(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return bindDirectly(utf8, 0, utf8.length, json);
    }

    /**
     * Binds a household straight from UTF-8 bytes, without a tree and without validation; null when the direct
     * binder gives up, for any reason (bytes that are not well-formed among them), and the slow path must read the
     * record.
     *
     * @param utf8 the bytes
     * @param offset where the household starts
     * @param length how many bytes it has
     * @return the household, or null
     */
    @Nullable Household bindDirectly(byte[] utf8, int offset, int length) {
        return bindDirectly(utf8, offset, length, null);
    }

    /**
     * Binds a household from UTF-8 bytes, encoded from {@code text} if not null: a lone surrogate there was encoded
     * as {@code ?}, and the binder then leaves the record to the slow path.
     */
    private @Nullable Household bindDirectly(byte[] utf8, int offset, int length, @Nullable String text) {
        // Any problem, even an unexpected exception of a builder, is the slow path's to report.
        try {
            return (Household) householdBinder.read(utf8, offset, length, text);
        } catch (RuntimeException | DirectBinder.Unbound e) {
            return null;
        }
    }

    /**
     * Reads and validates one household from a reader, such as a file; the document length limit applies while
     * reading, so an oversized input is refused without being held.
     *
     * @param in the JSON text of one household, not null; not closed
     * @return the household, not null
     * @throws IOException if reading fails
     * @throws JsonImportException listing every problem of the record with its path
     */
    public Household readHousehold(Reader in) throws IOException, JsonImportException {
        // Held only up to the limit (and a byte order mark), then read as text is, on the one read path.
        Objects.requireNonNull(in, "in");
        long most = options.maxDocumentLength() + 2L;
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1 << 13];
        while (text.length() < most) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, most - text.length()));
            if (n < 0) {
                break;
            }
            text.append(chunk, 0, n);
        }
        return readHousehold(text.toString());
    }

    /**
     * Reads and validates one household from its UTF-8 bytes in a stream, such as a file or standard input, as
     * {@link #readHousehold(byte[], int, int)} does; a byte order mark at the start is skipped. The document length
     * limit applies while reading: an oversized input is refused once more than three bytes a character of the limit
     * have been read, and is not read further.
     *
     * @param in the UTF-8 bytes of one household, not null; not closed
     * @return the household, not null
     * @throws IOException if reading fails
     * @throws JsonImportException listing every problem of the record with its path
     */
    public Household readHousehold(InputStream in) throws IOException, JsonImportException {
        // A character takes at most three bytes: more than that a character of the limit, after a byte order mark
        // (EF BB BF), is too long whatever it holds, and is not read further.
        Objects.requireNonNull(in, "in");
        int most = (int) Math.min(Integer.MAX_VALUE - 16, 3L * options.maxDocumentLength() + 3);
        byte[] utf8 = in.readNBytes(most + 1);
        if (utf8.length > most) {
            checkLength(null);
        }
        int start = utf8.length >= 3 && utf8[0] == (byte) 0xEF && utf8[1] == (byte) 0xBB && utf8[2] == (byte) 0xBF
                ? 3 : 0;
        return readHousehold(utf8, start, utf8.length - start);
    }

    private Household validated(Household household) throws JsonImportException {
        List<JsonProblem> problems = validation.check(household, options.asOf());
        if (!problems.isEmpty()) {
            throw new JsonImportException(problems);
        }
        return household;
    }

    /**
     * Reads one decision as the JSON contract writes it.
     *
     * @param json the JSON text of one decision, not null
     * @return the decision, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public Decision readDecision(String json) throws JsonImportException {
        return readDecisionLine(withoutByteOrderMark(json));
    }

    /**
     * Reads one decision as {@link #readDecision(String)} does, but from one line of NDJSON: a byte order mark there is
     * not skipped, since the line reader skipped the one at the start of the input.
     *
     * @param line the JSON text of one decision
     * @return the decision, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    Decision readDecisionLine(String line) throws JsonImportException {
        return read(parse(line), Decision.class);
    }

    /**
     * Reads a parameter set, such as a province's own parameters with the source of each value.
     *
     * @param json the JSON text of one parameter set, not null
     * @return the parameter set, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public PolicyParameters readParameters(String json) throws JsonImportException {
        return read(parse(withoutByteOrderMark(json)), PolicyParameters.class);
    }

    /**
     * Reads a parameter set from a reader, such as a file; the document length limit applies.
     *
     * @param in the JSON text, not null; not closed
     * @return the parameter set, not null
     * @throws IOException if reading fails
     * @throws JsonImportException listing every problem of the record with its path
     */
    public PolicyParameters readParameters(Reader in) throws IOException, JsonImportException {
        return read(parse(Objects.requireNonNull(in, "in")), PolicyParameters.class);
    }

    /**
     * Reads and validates one village (village.schema.json, {@code schemaVersion} 1).
     *
     * @param json the JSON text of one village, not null
     * @return the village, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public Village readVillage(String json) throws JsonImportException {
        return read(parse(withoutByteOrderMark(json)), Village.class);
    }

    /**
     * Reads and validates one county (county.schema.json, {@code schemaVersion} 1).
     *
     * @param json the JSON text of one county, not null
     * @return the county, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public County readCounty(String json) throws JsonImportException {
        return read(parse(withoutByteOrderMark(json)), County.class);
    }

    /**
     * Reads and validates a province's published figures for ID-V-1 (benchmark.schema.json).
     *
     * @param json the JSON text of one benchmark, not null
     * @return the benchmark, not null
     * @throws JsonImportException listing every problem of the record with its path
     */
    public ProvincialBenchmark readBenchmark(String json) throws JsonImportException {
        return read(parse(withoutByteOrderMark(json)), ProvincialBenchmark.class);
    }

    /**
     * Reads and validates one line of another department's roll (AUD-9), as roll-line.schema.json describes it.
     *
     * @param json the JSON text of one roll line, not null
     * @return the line, not null
     * @throws JsonImportException listing every problem of the line with its path
     */
    public RollLine readRollLine(String json) throws JsonImportException {
        return read(parse(withoutByteOrderMark(json)), RollLine.class);
    }

    private static String withoutByteOrderMark(String json) {
        Objects.requireNonNull(json, "json");
        return !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
    }

    /** Refuses a document longer than the limit; null stands for one known to be longer. */
    private void checkLength(@Nullable String json) throws JsonImportException {
        if (json == null || json.length() > options.maxDocumentLength()) {
            throw new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT, "document longer than "
                    + options.maxDocumentLength() + " characters (a reading limit of Jingzhun's JSON reader)")));
        }
    }

    private JsonNode parse(String json) throws JsonImportException {
        checkLength(json);
        try (JsonParser p = mapper.createParser(json)) {
            return parse(p);
        } catch (IOException e) {
            throw new JsonImportException(ProblemTranslator.translate(e, JsonPath.ROOT));
        }
    }

    private JsonNode parse(Reader in) throws IOException, JsonImportException {
        PushbackReader text = new PushbackReader(in, 1);
        int first = text.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            text.unread(first);
        }
        try (JsonParser p = mapper.createParser(text)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return parse(p);
        }
    }

    /** Reads one document as a tree; on failure the problem's path is where the parser was. */
    private JsonNode parse(JsonParser p) throws IOException, JsonImportException {
        JsonNode tree;
        try {
            tree = treeReader.readTree(p);
            if (tree != null) {
                nothingAfter(p);
            }
        } catch (JsonProcessingException | NumberFormatException e) {
            // Jackson refuses a number whose exponent is beyond int range (1e99999999999) with an unchecked
            // NumberFormatException, not a JsonProcessingException: it is a problem of the record all the same.
            throw new JsonImportException(ProblemTranslator.translate(e, JsonPath.ROOT, p));
        }
        return checkPresent(tree);
    }

    /** A complete record is the whole document: what follows it is another document or stray text. */
    private static void nothingAfter(JsonParser p) throws JsonImportException, IOException {
        try {
            if (p.nextToken() != null) {
                throw new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT,
                        ProblemTranslator.moreThanOneDocument(p.currentTokenLocation()))));
            }
        } catch (StreamReadException e) {
            throw new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT, ProblemTranslator.afterTheRecord(e,
                    p.currentTokenLocation()))));
        }
    }

    private static JsonNode checkPresent(@Nullable JsonNode tree) throws JsonImportException {
        if (tree == null || tree.isMissingNode()) {
            throw new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT, "empty document")));
        }
        if (!tree.isObject()) {
            throw new JsonImportException(List.of(new JsonProblem(JsonPath.ROOT, "expected a JSON object")));
        }
        return tree;
    }

    private <T> T read(JsonNode tree, Class<T> type) throws JsonImportException {
        try {
            T value = mapper.treeToValue(tree, type);
            if (ProblemWalker.missesRequired(tree, type)) {
                throw new JsonImportException(walker.diagnose(tree, type));
            }
            return value;
        } catch (IOException | RuntimeException e) {
            List<JsonProblem> problems = walker.diagnose(tree, type);
            throw new JsonImportException(problems.isEmpty() ? ProblemTranslator.translate(e, JsonPath.ROOT)
                    : problems);
        }
    }
}
