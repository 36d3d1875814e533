package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.procedure.Step;
import java.io.StringWriter;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Every example of the registry sections of CONTRACT.md reads, validates against its schema and round-trips; the
 * decisions they describe are the ones Jingzhun makes.
 */
class RegistryContractExamplesTest {

    private final JsonImporter importer = JingzhunJson.importer();
    private final ObjectMapper mapper = importer.mapper();

    /** The worked household of the contract, carrying a procedure. */
    private Household workedWith(String procedure) throws Exception {
        ObjectNode household = (ObjectNode) mapper.readTree(ContractDocument.workedHousehold());
        household.putArray("procedures").add(mapper.readTree(procedure));
        return importer.readHousehold(mapper.writeValueAsString(household));
    }

    @Test
    void theProcedureExampleReadsValidatesAndRoundTrips() throws Exception {
        String text = ContractDocument.example("procedure");
        assertThat(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(mapper.readTree(text), "procedure")).isEmpty();
        RecordedProcedure procedure = mapper.readValue(text, RecordedProcedure.class);
        assertThat(procedure.getEvents()).hasSize(4);
        assertThat(mapper.readValue(mapper.writeValueAsString(procedure), RecordedProcedure.class))
                .isEqualTo(procedure);
        Household household = workedWith(text);
        assertThat(household.getProcedures()).containsExactly(procedure);
        assertThat(importer.readHousehold(mapper.writeValueAsString(household))).isEqualTo(household);
    }

    @Test
    void anExitUnderWayWithAShortNoticeHasItsStepsRemainingFromTheNoticeEXH3() throws Exception {
        Decision decision = PovertyPolicy.national().assess(workedWith(ContractDocument.example("procedure")),
                Year.of(2019));
        assertThat(decision.exit().remainingSteps()).containsExactly(Step.PUBLIC_NOTICE, Step.TOWNSHIP_VERIFICATION,
                Step.ANNOUNCEMENT, Step.DEREGISTRATION);
        assertThat(decision.exit().findings()).filteredOn(f -> f.rule() == Rule.EX_H_3).singleElement()
                .extracting(Finding::message)
                .isEqualTo("Exit steps remaining: public notice; township verification; announcement; deregistration");
        assertThat(decision.audit()).filteredOn(f -> f.rule() == Rule.AUD_7).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualByComparingTo("5");
            assertThat(f.threshold()).isEqualByComparingTo("7");
            assertThat(f.subject()).isEqualTo("procedures[0].events[3] PUBLIC_NOTICE");
        });
    }

    @Test
    void theMonitoringExampleReadsValidatesAndRoundTrips() throws Exception {
        String text = ContractDocument.example("monitoring");
        assertThat(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(mapper.readTree(text), "monitoring"))
                .isEmpty();
        MonitoringHistory history = mapper.readValue(text, MonitoringHistory.class);
        assertThat(history.getIncome()).hasSize(4);
        assertThat(history.getIncome().get(1).getMonth()).isEqualTo(YearMonth.of(2019, 6));
        assertThat(history.getIncome().get(1).getPerCapitaIncome()).hasToString("4900.00");
        assertThat(mapper.readValue(mapper.writeValueAsString(history), MonitoringHistory.class)).isEqualTo(history);
    }

    @Test
    void theHouseholdOverTimeReadsValidatesAndRoundTrips() throws Exception {
        String text = ContractDocument.example("household-over-time");
        assertThat(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(mapper.readTree(text))).isEmpty();
        Household household = importer.readHousehold(text);
        assertThat(household.getProcedures()).hasSize(3);
        assertThat(household.getMonitoring()).isEqualTo(mapper.readValue(ContractDocument.example("monitoring"),
                MonitoringHistory.class));
        String written = mapper.writeValueAsString(household);
        assertThat(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(mapper.readTree(written))).isEmpty();
        assertThat(importer.readHousehold(written)).isEqualTo(household);
        assertThat(written).contains("\"workStatus\":\"IN_WORK\"").contains("\"month\":\"2019-06\"");
    }

    @Test
    void theHouseholdOverTimeHasNothingToAuditAndItsRiskIsEliminatedAsTheExampleSaysMON4() throws Exception {
        Household household = importer.readHousehold(ContractDocument.example("household-over-time"));
        Decision decision = PovertyPolicy.national().assess(household, Year.of(2019));
        assertThat(decision.audit()).isEmpty();
        JsonNode written = mapper.readTree(mapper.writeValueAsString(decision));
        assertThat(SchemaCheck.of(ContractSchema.DECISION).violations(written)).isEmpty();
        JsonNode expected = mapper.readTree(ContractDocument.example("risk-elimination"));
        assertThat(written.get("monitoring").get("riskElimination")).isEqualTo(expected);
        assertThat(importer.readDecision(written.toString())).isEqualTo(decision);
    }

    @Test
    void theRiskEliminationExampleValidates() throws Exception {
        JsonNode example = mapper.readTree(ContractDocument.example("risk-elimination"));
        assertThat(SchemaCheck.of(ContractSchema.DECISION).violations(example, "riskElimination")).isEmpty();
    }

    @Test
    void theRollLineExampleReadsValidatesAndRoundTrips() throws Exception {
        String text = ContractDocument.example("roll-line");
        assertThat(SchemaCheck.of(ContractSchema.ROLL_LINE).violations(mapper.readTree(text))).isEmpty();
        RollLine line = importer.readRollLine(text);
        assertThat(line.getBenefit()).isEqualTo(TransferKind.MINIMUM_LIVING_ALLOWANCE);
        assertThat(line.getAmount()).hasToString("1200.00");
        assertThat(line.getIdNumbers()).singleElement().extracting(id -> id.unmasked())
                .isEqualTo("522727198001011229");
        String written = mapper.writeValueAsString(line);
        assertThat(SchemaCheck.of(ContractSchema.ROLL_LINE).violations(mapper.readTree(written))).isEmpty();
        assertThat(importer.readRollLine(written)).isEqualTo(line);
    }

    @Test
    void theAuditFindingExampleReadsValidatesAndRoundTrips() throws Exception {
        String text = ContractDocument.example("audit-finding");
        assertThat(SchemaCheck.of(ContractSchema.AUDIT_FINDING).violations(mapper.readTree(text))).isEmpty();
        RegistryFinding finding = mapper.readValue(text, RegistryFinding.class);
        assertThat(finding.households()).containsExactly("HH-522727-0000012", "HH-621126-0000340");
        assertThat(finding.finding().rule()).isEqualTo(Rule.AUD_1);
        String written = mapper.writeValueAsString(finding);
        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(text));
        assertThat(mapper.readValue(written, RegistryFinding.class)).isEqualTo(finding);
        assertThat(finding.finding().observed()).isNull();
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            JingzhunJson.writeFinding(finding, gen);
        }
        assertThat(out.toString()).isEqualTo(written);
    }
}
