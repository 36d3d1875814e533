package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jingzhun.CountyDecision;
import io.github.jingzhun.Decision;
import io.github.jingzhun.VillageDecision;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson module of Jingzhun's JSON contract: households and every model type of core, decisions with their
 * findings, parameter sets, and villages, counties, province benchmarks and their decisions. Found by
 * {@code ObjectMapper.findAndRegisterModules()} through
 * {@code ServiceLoader}; its type id is stable, so registering it twice has no effect.
 *
 * <p>Core's abstract value types are built through their generated builders; core carries no Jackson annotation.
 * Money is read exactly, never through {@code double}, and written with two decimals; dates of core types are
 * ISO-8601 text and years plain numbers, whatever another module says about {@code java.time}; {@code null} means
 * absent. A household, village or county is written with {@code "schemaVersion": 1} first and read only at that
 * version.
 *
 * <p>The module gives the contract's shapes. For importing data from elsewhere, use {@link JingzhunJson#mapper()},
 * which also reads strictly (no coercion of {@code "12"} to {@code 12}, duplicate keys rejected, reading limits) and
 * whose messages never repeat a value read (a mapper of your own quotes it in Jackson's messages: {@code Cannot
 * coerce String value ("...")}, which may be a name), or {@link JsonImporter}, which reports every problem of a
 * record with its path.
 */
public final class JingzhunModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's version, that of the build. */
    static final Version VERSION = readVersion();

    /** Creates the module. */
    public JingzhunModule() {
        super("JingzhunModule", VERSION);
        addSerializer(Yuan.class, new ValueCodecs.ScalarSerializer<>(Yuan.class,
                (amount, gen) -> Amounts.write(gen, amount)));
        addDeserializer(Yuan.class, new ValueCodecs.ScalarDeserializer<>(Yuan.class, ValueCodecs::yuan));
        addSerializer(ResidentId.class, new ValueCodecs.ScalarSerializer<>(ResidentId.class,
                (id, gen) -> gen.writeString(id.unmasked())));
        addDeserializer(ResidentId.class,
                new ValueCodecs.ScalarDeserializer<>(ResidentId.class, ValueCodecs::residentId));
        addSerializer(CountyCode.class, ValueCodecs.ScalarSerializer.text(CountyCode.class));
        addDeserializer(CountyCode.class, ValueCodecs.countyCodes());
        addKeyDeserializer(CountyCode.class, new ValueCodecs.CountyCodeKeyDeserializer());
        addSerializer(ProvinceCode.class, ValueCodecs.ScalarSerializer.text(ProvinceCode.class));
        addDeserializer(ProvinceCode.class, ValueCodecs.provinceCodes());
        addSerializer(VillageCode.class, ValueCodecs.ScalarSerializer.text(VillageCode.class));
        addDeserializer(VillageCode.class, ValueCodecs.villageCodes());
        addSerializer(Rule.class, ValueCodecs.ScalarSerializer.text(Rule.class));
        addDeserializer(Rule.class, new ValueCodecs.TextDeserializer<>(Rule.class, Rule::parse,
                "a rule id as a string, such as ID-H-1", "not a rule id of the rulebook"));
        addSerializer(Finding.class, new FindingCodec.Serializer());
        addDeserializer(Finding.class, new FindingCodec.Deserializer());
        addSerializer(RegistryFinding.class, new RegistryFindingCodec.Serializer());
        addDeserializer(RegistryFinding.class, new RegistryFindingCodec.Deserializer());
        addSerializer(Decision.class, new DecisionCodec.Serializer());
        addDeserializer(Decision.class, new DecisionCodec.Deserializer());
        addSerializer(ProvincialBenchmark.class, new BenchmarkCodec.Serializer());
        addDeserializer(ProvincialBenchmark.class, new BenchmarkCodec.Deserializer());
        addSerializer(VillageDecision.class, new AreaDecisionCodec.VillageSerializer());
        addSerializer(CountyDecision.class, new AreaDecisionCodec.CountySerializer());
        for (Class<?> record : SchemaVersion.RECORDS) {
            setMixInAnnotation(record, SchemaVersion.RecordMixIn.class);
        }
    }

    @Override
    public Object getTypeId() {
        return JingzhunModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        // Added first, so that the module's own deserializers (Rule's) come before it.
        context.addDeserializers(new ValueCodecs.ExactEnums());
        super.setupModule(context);
        context.insertAnnotationIntrospector(new ModelIntrospector());
        context.addDeserializationProblemHandler(new SchemaVersion.Handler());
        context.addDeserializationProblemHandler(new UnknownFieldHandler());
    }

    /**
     * An unknown field whose name could be a name or an ID number is reported as {@code [?]}, not by its name:
     * Jackson's message and path would repeat it.
     */
    static final class UnknownFieldHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    || JsonPath.key(propertyName).equals(propertyName)) {
                return false;
            }
            throw UnrecognizedPropertyException.from(p, beanOrClass, "[?]", deserializer.getKnownPropertyNames());
        }
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = JingzhunModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                properties.getProperty("artifactId"));
    }
}
