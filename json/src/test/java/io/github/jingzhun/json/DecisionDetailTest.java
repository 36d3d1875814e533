package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.indicator.IndicatorResult;
import io.github.jingzhun.json.stream.JsonAssessment;
import io.github.jingzhun.json.stream.NdjsonAssessment;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions written at each level of detail: the same outcomes at every level, the findings the level promises and
 * nothing else, valid against the decision schema and read back by the importer.
 */
class DecisionDetailTest {

    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final ObjectMapper MAPPER = IMPORTER.mapper();
    private static final SchemaCheck DECISION = SchemaCheck.of(ContractSchema.DECISION);

    private static List<String> decisions(NdjsonAssessment assessment) throws IOException {
        StringWriter out = new StringWriter();
        assessment.run(new StringReader(TestResources.text(DeterminismTest.INPUT)), out);
        return out.toString().lines().filter(l -> l.startsWith("{\"household\"")).toList();
    }

    private static NdjsonAssessment assessment() {
        return new NdjsonAssessment(PovertyPolicy.national(), DeterminismTest.YEAR, IMPORTER);
    }

    /** Every finding of a decision, in the order it writes them. */
    private static List<Finding> findings(Decision d) {
        List<Finding> all = new ArrayList<>(d.identification().findings());
        for (IndicatorResult r : d.indicators().results()) {
            all.addAll(r.findings());
        }
        all.addAll(d.measures().findings());
        all.addAll(d.exit().findings());
        all.addAll(d.monitoring().findings());
        if (d.monitoring().riskElimination() != null) {
            all.addAll(d.monitoring().riskElimination().findings());
        }
        all.addAll(d.audit());
        return all;
    }

    private static List<Object> outcomes(Decision d) {
        return List.of(d.household(), d.year(), d.identification().outcome(), d.identification().gaps(),
                d.identification().perCapitaIncome(), d.identification().derivedCauses(),
                d.identification().exclusions(), d.indicators().gaps(), d.measures().measures(),
                d.exit().eligible(), d.exit().remainingSteps(), d.monitoring().monitored(),
                String.valueOf(d.monitoring().category()));
    }

    @Test
    void aDecisionReadBackNamesItsHouseholdByAnIdNeverAnIdNumberOrAName() throws Exception {
        String line = decisions(assessment().detail(DecisionDetail.OUTCOMES)).get(0);
        String id = IMPORTER.readDecision(line).household();
        for (String household : new String[] {"522727198001011229", "HH-522727198001011229", "Wang Fang", ""}) {
            String renamed = line.replace("\"household\":\"" + id + "\"", "\"household\":\"" + household + "\"");
            assertThatThrownBy(() -> IMPORTER.readDecision(renamed)).isInstanceOf(JsonImportException.class)
                    .hasMessageStartingWith("$.household: ").hasMessageNotContaining("522727198001011229")
                    .hasMessageNotContaining("Wang Fang");
        }
        assertThatThrownBy(() -> IMPORTER.readDecision(line.replace(id, "HH-522727198001011229")))
                .hasMessageContaining("$.household: " + PersonalData.HOLDS_ID_NUMBER);
    }

    @Test
    void fullIsTheDefaultAndWritesTheSameBytes() throws IOException {
        assertThat(assessment().detail()).isEqualTo(DecisionDetail.FULL);
        assertThat(decisions(assessment().detail(DecisionDetail.FULL))).isEqualTo(decisions(assessment()));
        assertThat(assessment().detail(DecisionDetail.OUTCOMES).threads(2).detail())
                .isEqualTo(DecisionDetail.OUTCOMES);
    }

    @ParameterizedTest
    @EnumSource(DecisionDetail.class)
    void everyLevelWritesTheSameOutcomesAsValidDecisions(DecisionDetail detail) throws Exception {
        List<String> full = decisions(assessment());
        List<String> lines = decisions(assessment().detail(detail));
        assertThat(lines).hasSize(40);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = MAPPER.readTree(lines.get(i));
            assertThat(DECISION.violations(node)).as(lines.get(i)).isEmpty();
            Decision read = IMPORTER.readDecision(lines.get(i));
            Decision complete = IMPORTER.readDecision(full.get(i));
            assertThat(outcomes(read)).isEqualTo(outcomes(complete));
            if (detail == DecisionDetail.FULL) {
                assertThat(node.has("detail")).isFalse();
            } else {
                assertThat(node.get("detail").textValue()).isEqualTo(detail.name());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionDetail.class)
    void thePublicWriterWritesADecisionAsTheAssessmentDoes(DecisionDetail detail) throws Exception {
        List<String> full = decisions(assessment());
        List<String> lines = decisions(assessment().detail(detail));
        for (int i = 0; i < lines.size(); i++) {
            Decision d = IMPORTER.readDecision(full.get(i));
            StringWriter out = new StringWriter();
            try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
                JingzhunJson.writeDecision(d, gen, detail, null);
            }
            assertThat(out.toString()).isEqualTo(lines.get(i));
            if (detail == DecisionDetail.FULL) {
                assertThat(out.toString()).isEqualTo(MAPPER.writeValueAsString(d));
            }
        }
    }

    @Test
    void outcomesWritesNoFinding() throws Exception {
        List<String> lines = decisions(assessment().detail(DecisionDetail.OUTCOMES));
        for (String line : lines) {
            assertThat(line).doesNotContain("\"findings\"", "\"indicatorFindings\"", "\"measureFindings\"",
                    "\"audit\"", "\"rule\":\"ID-H", "\"message");
            assertThat(findings(IMPORTER.readDecision(line))).isEmpty();
        }
        int full = decisions(assessment()).stream().mapToInt(String::length).sum();
        assertThat(lines.stream().mapToInt(String::length).sum()).isLessThan(full / 3);
    }

    @Test
    void failedWritesExactlyTheFailedFindingsWithoutMessages() throws Exception {
        List<String> full = decisions(assessment());
        List<String> lines = decisions(assessment().detail(DecisionDetail.FAILED));
        int failed = 0;
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i))
                    .doesNotContain("\"message", "\"passed\":true", "\"findings\":[]", "\"audit\":[]");
            List<Finding> expected = findings(IMPORTER.readDecision(full.get(i))).stream()
                    .filter(f -> !f.passed())
                    .map(f -> Finding.of(f.rule(), false, f.observed(), f.threshold(), f.subject(), "", ""))
                    .toList();
            assertThat(findings(IMPORTER.readDecision(lines.get(i)))).isEqualTo(expected);
            failed += expected.size();
        }
        assertThat(failed).as("the input has failed findings").isGreaterThan(40);
    }

    @Test
    void aReducedDecisionNamesALevelTheSchemaKnows() throws IOException {
        String line = decisions(assessment().detail(DecisionDetail.OUTCOMES)).get(0);
        String unknown = line.replace("\"detail\":\"OUTCOMES\"", "\"detail\":\"SOME\"");
        assertThat(DECISION.violations(MAPPER.readTree(unknown))).isNotEmpty();
        JsonImportException e = catchThrowableOfType(JsonImportException.class,
                () -> IMPORTER.readDecision(unknown));
        assertThat(e.problems()).anyMatch(p -> p.path().equals("$.detail"));
    }

    @Test
    void theOneHouseholdAssessmentWritesAtItsLevel() {
        JsonAssessment full = new JsonAssessment(PovertyPolicy.national(), DeterminismTest.YEAR);
        JsonAssessment outcomes = full.detail(DecisionDetail.OUTCOMES);
        assertThat(full.detail()).isEqualTo(DecisionDetail.FULL);
        assertThat(outcomes.detail()).isEqualTo(DecisionDetail.OUTCOMES);
        String household = TestResources.text(DeterminismTest.INPUT).lines()
                .filter(l -> full.assess(l).startsWith("{\"household\"")).findFirst().orElseThrow();
        assertThat(full.assess(household)).contains("\"messageZh\"").doesNotContain("\"detail\"");
        assertThat(outcomes.assess(household)).contains("\"detail\":\"OUTCOMES\"").doesNotContain("\"findings\"");
    }
}
