package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.jingzhun.Decision;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.explain.Explanation;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Ready-configured entry points of Jingzhun's JSON contract.
 *
 * <pre>{@code
 * ObjectMapper mapper = JingzhunJson.mapper();
 * String json = mapper.writeValueAsString(PovertyPolicy.national().assess(household, Year.of(2019)));
 *
 * JsonImporter importer = JingzhunJson.importer();
 * Household h = importer.readHousehold(text);   // JsonImportException lists every problem with its path
 * }</pre>
 */
public final class JingzhunJson {

    /**
     * The most tokens of one document (a household at the limit of members has a few thousand): a document of
     * many small values is refused before it is held, since a tree of them takes tens of times their bytes.
     */
    static final long MAX_TOKENS = 100_000;

    /** The oldest Jackson 2 whose reading limits include the count of tokens: 2.18. */
    private static final int OLDEST_JACKSON_MINOR = 18;

    private JingzhunJson() {}

    /**
     * A new mapper with the default options: see {@link #mapper(JsonOptions)}.
     *
     * @return a new mapper, not null
     */
    public static ObjectMapper mapper() {
        return mapper(JsonOptions.defaults());
    }

    /**
     * A new mapper with {@link JingzhunModule} that reads strictly: unknown fields are errors (unless the options
     * tolerate them), duplicate keys are errors, trailing content is an error, {@code "12"} is not read as
     * {@code 12} nor {@code 1.5} as {@code 1}, and the reading limits of the options apply (nesting, number,
     * string and document length, and at most 100,000 tokens a document). Big decimals are written in plain notation.
     *
     * @param options the options, not null
     * @return a new mapper, not null
     */
    public static ObjectMapper mapper(JsonOptions options) {
        requireJackson(PackageVersion.VERSION);
        JsonFactory factory = new PrivateKeysFactory(new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(options.maxNestingDepth())
                        .maxNumberLength(options.maxNumberLength())
                        .maxStringLength(options.maxStringLength())
                        .maxDocumentLength(options.maxDocumentLength())
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN));
        return new JsonMapper.Builder(new PrivateValuesMapper(factory))
                .addModule(new JingzhunModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !options.tolerateUnknownFields())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // Trees hold numbers as exact decimals with their scale, never as double: money stays exact.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Nor is 12 read as "12", nor true as "true": a string field takes a JSON string.
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer,
                        CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /**
     * Refuses a Jackson too old for the reading limits, which would otherwise fail with a {@link NoSuchMethodError}
     * deep in building a mapper (a framework may manage an older Jackson than this module is built with).
     */
    static void requireJackson(Version found) {
        if (found.getMajorVersion() == 2 && found.getMinorVersion() < OLDEST_JACKSON_MINOR) {
            throw new IllegalStateException("jingzhun-json needs Jackson 2." + OLDEST_JACKSON_MINOR
                    + " or later; jackson-core " + found + " is on the class path");
        }
    }

    /**
     * A new importer with the default options.
     *
     * @return a new importer, not null
     */
    public static JsonImporter importer() {
        return new JsonImporter(JsonOptions.defaults());
    }

    /**
     * A new importer.
     *
     * @param options the options, not null
     * @return a new importer, not null
     */
    public static JsonImporter importer(JsonOptions options) {
        return new JsonImporter(options);
    }

    /**
     * Writes one decision to a generator at a level of detail, as the contract states it, with the changes that would
     * flip its outcomes if given: what an NDJSON assessment writes on each line. A mapper writes a decision as this
     * does with {@link DecisionDetail#FULL} and no changes.
     *
     * @param decision the decision, not null
     * @param gen the generator, not null; not flushed
     * @param detail how much of the decision to write, not null
     * @param changes the changes that would flip the decision's outcomes, written last; null for none
     * @throws IOException if writing fails
     */
    public static void writeDecision(Decision decision, JsonGenerator gen, DecisionDetail detail,
            @Nullable Explanation changes) throws IOException {
        DecisionCodec.write(decision, gen, detail, changes);
    }

    /**
     * Writes one finding of the audit of a registry to a generator, as the contract states it: what an NDJSON audit
     * writes on each finding line.
     *
     * @param finding the finding, not null
     * @param gen the generator, not null; not flushed
     * @throws IOException if writing fails
     */
    public static void writeFinding(RegistryFinding finding, JsonGenerator gen) throws IOException {
        RegistryFindingCodec.write(finding, gen);
    }
}
