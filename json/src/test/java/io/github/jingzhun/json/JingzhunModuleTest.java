package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.money.Yuan;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JingzhunModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Test
    void findAndRegisterModulesFindsTheModule() {
        assertThat(mapper.getRegisteredModuleIds()).contains(JingzhunModule.class.getName());
    }

    @Test
    void aJacksonOlderThanTheReadingLimitsNeedIsNamedNotFailedOnDeepInside() {
        assertThatThrownBy(() -> JingzhunJson.requireJackson(new Version(2, 17, 2, null, "", "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("jingzhun-json needs Jackson 2.18 or later; jackson-core 2.17.2 is on the class path");
        JingzhunJson.requireJackson(new Version(2, 18, 0, null, "", ""));
        JingzhunJson.requireJackson(com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    }

    @Test
    void registeringTwiceHasNoEffectSinceTheTypeIdIsStable() {
        ObjectMapper twice = new ObjectMapper().registerModule(new JingzhunModule()).registerModule(new JingzhunModule());
        assertThat(twice.getRegisteredModuleIds()).containsOnlyOnce(JingzhunModule.class.getName());
        assertThat(new JingzhunModule().getTypeId()).isEqualTo("io.github.jingzhun.json.JingzhunModule");
    }

    @Test
    void moduleVersionMatchesTheBuild() throws Exception {
        Properties build = new Properties();
        try (InputStream in = JingzhunModule.class.getResourceAsStream("version.properties")) {
            build.load(in);
        }
        assertThat(build.getProperty("version")).doesNotContain("${");
        assertThat(new JingzhunModule().version().toString()).isEqualTo(build.getProperty("version"));
        assertThat(new JingzhunModule().version().isUnknownVersion()).isFalse();
        assertThat(new JingzhunModule().version().getArtifactId()).isEqualTo("jingzhun-json");
    }

    @Test
    void moneyIsReadExactlyNeverThroughDouble() throws Exception {
        Yuan a = mapper.readValue("0.10", Yuan.class);
        Yuan b = mapper.readValue("0.20", Yuan.class);
        assertThat(a.plus(b)).isEqualTo(Yuan.parse("0.30"));
        // 14 significant digits, read to the fen; the sum with 0.01 is exactly one trillion.
        Yuan large = mapper.readValue("999999999999.99", Yuan.class);
        assertThat(large.fen()).isEqualTo(99_999_999_999_999L);
        assertThat(large.plus(Yuan.ofFen(1))).hasToString("1000000000000.00");
    }

    @Test
    void moneyIsWrittenWithTwoDecimals() throws Exception {
        assertThat(mapper.writeValueAsString(Yuan.of(3218))).isEqualTo("3218.00");
        assertThat(mapper.writeValueAsString(Yuan.parse("0.3"))).isEqualTo("0.30");
        assertThat(mapper.writeValueAsString(Yuan.parse("-12.5"))).isEqualTo("-12.50");
    }

    @Test
    void anAmountWithTwentySignificantDigitsIsRejectedNotRounded() {
        assertThatThrownBy(() -> mapper.readValue("1234567890.1234567890", Yuan.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("exact to the fen")
                .hasMessageContaining("never rounded");
        assertThatThrownBy(() -> mapper.readValue("12345678901234567890", Yuan.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("one trillion");
    }

    @Test
    void aFractionOfAFenOrTextIsRejected() {
        assertThatThrownBy(() -> mapper.readValue("0.001", Yuan.class)).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("exact to the fen");
        assertThatThrownBy(() -> mapper.readValue("\"12\"", Yuan.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void trailingZerosBeyondTheFenAreExact() throws Exception {
        assertThat(mapper.readValue("3200.0000", Yuan.class)).isEqualTo(Yuan.of(3200));
    }

    @Test
    void idNumbersAreWrittenInFullAndCheckedWhenRead() throws Exception {
        ResidentId id = ResidentId.parse("522727198001011229");
        assertThat(mapper.writeValueAsString(id)).isEqualTo("\"522727198001011229\"");
        assertThatThrownBy(() -> mapper.readValue("\"522727198001011228\"", ResidentId.class))
                .hasMessageContaining("wrong check digit").hasMessageContaining("AUD-2")
                .hasMessageNotContaining("522727198001011228");
    }

    @Test
    void areaIsCountyAndVillageCodes() throws Exception {
        Area area = Area.of(VillageCode.parse("522727101201"));
        String json = mapper.writeValueAsString(area);
        assertThat(json).isEqualTo("{\"county\":\"522727\",\"village\":\"522727101201\"}");
        assertThat(mapper.readValue(json, Area.class)).isEqualTo(area);
        assertThat(mapper.readValue("{\"county\":\"522727\"}", Area.class)).isEqualTo(Area.of(CountyCode.parse("522727")));
    }

    @Test
    void datesAreIsoAndNullMeansAbsent() throws Exception {
        Status status = Status.registered(LocalDate.of(2015, 10, 1));
        assertThat(mapper.writeValueAsString(status))
                .isEqualTo("{\"state\":\"REGISTERED\",\"registeredOn\":\"2015-10-01\",\"exitedOn\":null}");
        assertThat(mapper.readValue("{\"state\":\"REGISTERED\",\"registeredOn\":\"2015-10-01\"}", Status.class))
                .isEqualTo(status);
    }

    @Test
    void villageAndGeographyRoundTrip() throws Exception {
        Village village = Village.builder().withCode(VillageCode.parse("522727101201"))
                .withCollectiveIncome(Yuan.parse("50000.10")).withClinic(true).withFirstSecretary(true).build();
        assertThat(mapper.readValue(mapper.writeValueAsString(village), Village.class)).isEqualTo(village);
        Geography geography = Geography.builder()
                .withClimateZoneOverrides(Map.of(CountyCode.parse("522727"), ClimateZone.NORTH))
                .withDeepPovertyAreas(Set.of(54, 6229)).withTreatedAsWestern(Set.of(CountyCode.parse("420102")))
                .build();
        String json = mapper.writeValueAsString(geography);
        assertThat(json).contains("\"climateZoneOverrides\":{\"522727\":\"NORTH\"}");
        assertThat(mapper.readValue(json, Geography.class)).isEqualTo(geography);
        assertThatThrownBy(() -> mapper.readValue(json.replace("522727", "522727198001011229"), Geography.class))
                .hasMessageContaining("not a six-digit county code").hasMessageNotContaining("522727198001011229");
    }

    @Test
    void derivedValuesAreNotFields() throws Exception {
        Household household = JingzhunJson.importer().readHousehold(ContractDocument.workedHousehold());
        String json = mapper.writeValueAsString(household);
        assertThat(json).doesNotContain("\"disabled\"", "\"transfersOnly\"", "\"size\"", "\"labourCapacity\"");
        Member member = household.getMembers().get(0);
        assertThat(mapper.readValue(mapper.writeValueAsString(member), Member.class)).isEqualTo(member);
    }

    @Test
    void findingsOmitAbsentNumbersAndKeepLiteralText() throws Exception {
        Finding finding = Finding.of(Rule.MON_2, false, null, null, null, "Text with {observed} kept", "保持{threshold}");
        String json = mapper.writeValueAsString(finding);
        assertThat(json).isEqualTo("{\"rule\":\"MON-2\",\"passed\":false,\"message\":\"Text with {observed} kept\","
                + "\"messageZh\":\"保持{threshold}\"}");
        Finding read = mapper.readValue(json, Finding.class);
        assertThat(read).isEqualTo(finding);
        assertThat(read.message()).isEqualTo("Text with {observed} kept");
        Finding numbers = Finding.of(Rule.ID_H_1, true, new BigDecimal("3200.00"), new BigDecimal("3218.00"),
                "2019", "m", "z");
        assertThat(mapper.readValue(mapper.writeValueAsString(numbers), Finding.class).observed())
                .isEqualTo(new BigDecimal("3200.00"));
    }

    @Test
    void aValueOfTheWrongKindIsNeverRepeatedByTheStrictMapper() {
        ObjectMapper strict = JingzhunJson.mapper();
        String household = ContractDocument.workedHousehold();
        Map<String, String> wrong = Map.of(
                "an ID number for a name", household.replace("\"Wang Fang\"", "522727198001011229"),
                "a name for a boolean", household.replace("\"medicalInsurance\": true",
                        "\"medicalInsurance\": \"Wang Fang\""),
                "a name for a number", household.replace("\"litresPerPersonPerDay\": ",
                        "\"litresPerPersonPerDay\": \"Wang Fang\", \"x\": "),
                "an ID number out of range", household.replace("\"litresPerPersonPerDay\": ",
                        "\"litresPerPersonPerDay\": 522727198001011229, \"x\": "),
                "a name unquoted", household.replace("\"Wang Fang\"", "WangFang"),
                "a name for a date", household.replaceFirst("\"birthDate\": \"[0-9-]+\"",
                        "\"birthDate\": \"Wang Fang\""),
                "a name for a code", household.replace("\"sex\": \"FEMALE\"", "\"sex\": \"Wang Fang\""));
        wrong.forEach((what, json) -> {
            assertThatThrownBy(() -> strict.readValue(json, Household.class), what)
                    .hasMessageNotContaining("Wang Fang").hasMessageNotContaining("WangFang")
                    .hasMessageNotContaining("522727198001011229");
            if (!what.equals("a name unquoted")) {
                // through a tree and a conversion, whose parsers are not the factory's
                for (ThrowingCallable read : List.<ThrowingCallable>of(
                        () -> strict.treeToValue(strict.readTree(json), Household.class),
                        () -> strict.readerFor(Household.class).readValue(strict.readTree(json)),
                        () -> strict.convertValue(strict.readValue(json, Object.class), Household.class))) {
                    assertThatThrownBy(read, what).hasMessageNotContaining("Wang Fang")
                            .hasMessageNotContaining("522727198001011229");
                }
            }
        });
        assertThatThrownBy(() -> {
            JsonParser p = strict.createParser("[522727198001011229]");
            p.nextToken();
            p.nextIntValue(0);
            p.getIntValue();
        }).hasMessageContaining("Numeric value ([?]) out of range of int");
        assertThatThrownBy(() -> strict.readValue(wrong.get("a name for a boolean"), Household.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("[?]")
                .hasMessageContaining("medicalInsurance");
        assertThatThrownBy(() -> strict.copy().readValue(wrong.get("an ID number out of range"), Household.class))
                .hasMessageContaining("Numeric value ([?]) out of range of int");
        // the value is hidden where it is quoted, not in the words around it
        assertThatThrownBy(() -> strict.readValue(household.replace("\"medicalInsurance\": true",
                "\"medicalInsurance\": \"no\""), Household.class)).hasMessageContaining("Cannot coerce")
                .hasMessageContaining("(\"[?]\")");
    }

    @Test
    void aHouseholdOfAnotherSchemaVersionIsRejected() {
        String v2 = ContractDocument.workedHousehold().replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        assertThatThrownBy(() -> mapper.readValue(v2, Household.class))
                .hasMessageContaining("unsupported schema version");
        String text = ContractDocument.workedHousehold().replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"");
        assertThatThrownBy(() -> mapper.readValue(text, Household.class))
                .hasMessageContaining("expected a JSON integer");
    }

    @Test
    void aKeyThatCouldBeANameOrAnIdNumberIsNeverRepeatedByTheStrictMapper() {
        ObjectMapper strict = JingzhunJson.mapper();
        ObjectMapper tolerant = JingzhunJson.mapper(JsonOptions.defaults().withTolerateUnknownFields(true));
        String household = ContractDocument.workedHousehold();
        for (String key : new String[] {"522727198001011229", "Wang Fang"}) {
            String unknown = household.replace("\"sex\": \"FEMALE\"", "\"sex\": \"FEMALE\", \"" + key + "\": 1");
            assertThatThrownBy(() -> strict.readValue(unknown, Household.class))
                    .isInstanceOf(UnrecognizedPropertyException.class)
                    .hasMessageContaining("Unrecognized field \"[?]\"").hasMessageNotContaining(key);
            String twice = household.replaceFirst("\\{", "{\"" + key + "\": 1, \"" + key + "\": 2, ");
            assertThatThrownBy(() -> tolerant.readValue(twice, Household.class))
                    .hasMessageContaining("Duplicate field '[?]'").hasMessageNotContaining(key);
            assertThatThrownBy(() -> strict.readTree(twice))
                    .hasMessageContaining("Duplicate field '[?]'").hasMessageNotContaining(key);
        }
        // a plain word is named, as a path names it
        assertThatThrownBy(() -> strict.readValue(household.replaceFirst("\\{", "{\"colour\": 1, "), Household.class))
                .hasMessageContaining("Unrecognized field \"colour\"");
        assertThatThrownBy(() -> strict.readTree("{\"colour\": 1, \"colour\": 2}"))
                .hasMessageContaining("Duplicate field 'colour'");
        // a copy of the mapper, or its factory rebuilt, is the same JSON factory
        String twice = "{\"Wang Fang\": 1, \"Wang Fang\": 2}";
        assertThatThrownBy(() -> strict.copy().readTree(twice)).hasMessageContaining("Duplicate field '[?]'");
        assertThatThrownBy(() -> new ObjectMapper(strict.getFactory().rebuild().build()).readTree(twice))
                .hasMessageContaining("Duplicate field '[?]'");
        assertThat(strict.getFactory().getFormatName()).isEqualTo("JSON");
    }
}
