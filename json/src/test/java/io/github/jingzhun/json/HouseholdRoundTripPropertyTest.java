package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import java.time.Year;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated households (deterministic seeds) round-trip through JSON to equal values, and so do their decisions. */
class HouseholdRoundTripPropertyTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();
    private static final SchemaCheck HOUSEHOLD_SCHEMA = SchemaCheck.of(ContractSchema.HOUSEHOLD);
    private static final SchemaCheck DECISION_SCHEMA = SchemaCheck.of(ContractSchema.DECISION);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedHouseholdRoundTripsToAnEqualValue(long seed) throws Exception {
        Household household = RandomHouseholds.generate(seed);
        String json = MAPPER.writeValueAsString(household);
        assertThat(IMPORTER.readHousehold(json)).isEqualTo(household);
        assertThat(HOUSEHOLD_SCHEMA.violations(MAPPER.readTree(json))).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plainMapperWithTheModuleRoundTripsToo(long seed) throws Exception {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        Household household = RandomHouseholds.generate(seed);
        assertThat(plain.readValue(plain.writeValueAsString(household), Household.class)).isEqualTo(household);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void decisionsOfGeneratedHouseholdsRoundTrip(long seed) throws Exception {
        Household household = RandomHouseholds.generate(seed);
        for (int year = 2014; year <= 2019; year++) {
            if (household.incomeOf(Year.of(year)) == null) {
                continue;
            }
            Decision decision = PovertyPolicy.national().assess(household, Year.of(year));
            String json = MAPPER.writeValueAsString(decision);
            assertThat(IMPORTER.readDecision(json)).isEqualTo(decision);
            assertThat(DECISION_SCHEMA.violations(MAPPER.readTree(json))).isEmpty();
        }
    }
}
