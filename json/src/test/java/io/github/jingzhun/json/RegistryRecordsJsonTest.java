package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.household.WorkStatus;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry's records over JSON are strict: a bad procedure, monitoring history, work status or roll line is
 * refused with every problem and its JSON path, never a name or an ID number.
 */
class RegistryRecordsJsonTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private final JsonImporter importer = JingzhunJson.importer();

    private static ObjectNode household() throws Exception {
        return (ObjectNode) MAPPER.readTree(ContractDocument.example("household-over-time"));
    }

    private List<JsonProblem> problems(ObjectNode household) throws Exception {
        String json = MAPPER.writeValueAsString(household);
        JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readHousehold(json));
        assertThat(e).as("refused").isNotNull();
        for (JsonProblem p : e.problems()) {
            assertThat(p.message()).doesNotContain("522727198001011229", "522727201005051230", "Wang Fang");
        }
        return e.problems();
    }

    private static ObjectNode event(ObjectNode household, int procedure, int event) {
        return (ObjectNode) household.get("procedures").get(procedure).get("events").get(event);
    }

    @Nested
    class Procedures {

        @Test
        void anUnknownStepIsAnErrorAtItsPath() throws Exception {
            ObjectNode h = household();
            event(h, 1, 2).put("step", "COFFEE_BREAK");
            assertThat(problems(h)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$.procedures[1].events[2].step");
                assertThat(p.message()).startsWith("expected one of APPLICATION, DEMOCRATIC_APPRAISAL");
            });
        }

        @Test
        void aStepOfAnotherProcedureIsAnError() throws Exception {
            ObjectNode h = household();
            event(h, 1, 0).put("step", "COUNTY_APPLICATION");
            assertThat(problems(h)).containsExactly(new JsonProblem("$.procedures[1].events[0].step",
                    "COUNTY_APPLICATION is not a step of HOUSEHOLD_EXIT, whose steps are [VILLAGE_PROPOSAL, "
                            + "DEMOCRATIC_APPRAISAL, HOUSEHOLD_AGREEMENT, PUBLIC_NOTICE, TOWNSHIP_VERIFICATION, "
                            + "ANNOUNCEMENT, DEREGISTRATION]"));
        }

        @Test
        void aStepOfAnotherProcedureIsSaidBesideABadStep() throws Exception {
            ObjectNode h = household();
            event(h, 1, 1).put("step", "FILED");
            event(h, 1, 2).put("actor", " ");
            // a notice of another procedure, dated as a step: its dates are wrong for a notice, and it is foreign
            ((ArrayNode) h.get("procedures").get(0).get("events")).set(0, MAPPER.createObjectNode()
                    .put("step", "PUBLIC_NOTICE").put("date", "2015-08-03").put("actor", "x"));
            assertThat(problems(h)).extracting(JsonProblem::toString).containsExactlyInAnyOrder(
                    "$.procedures[0].events[0].noticeStart: required with noticeEnd for a notice step, unless it "
                            + "rejected the application before posting (then date and rejectionReason)",
                    "$.procedures[0].events[0].step: PUBLIC_NOTICE is not a step of REGISTRATION, whose steps are "
                            + "[APPLICATION, DEMOCRATIC_APPRAISAL, VILLAGE_NOTICE, TOWNSHIP_NOTICE, "
                            + "COUNTY_ANNOUNCEMENT, FILED]",
                    "$.procedures[1].events[1].step: FILED is not a step of HOUSEHOLD_EXIT, whose steps are "
                            + "[VILLAGE_PROPOSAL, DEMOCRATIC_APPRAISAL, HOUSEHOLD_AGREEMENT, PUBLIC_NOTICE, "
                            + "TOWNSHIP_VERIFICATION, ANNOUNCEMENT, DEREGISTRATION]",
                    "$.procedures[1].events[2].actor: must not be blank (leave it out when the record does not say)");
        }

        @Test
        void anActorOrReasonHoldingAnIdNumberIsAnErrorAsAStepsToStringPrintsThem() throws Exception {
            ObjectNode h = household();
            event(h, 1, 1).put("actor", "522727198001011229");
            event(h, 1, 2).put("rejectionReason", "ID 522727198001011229 objects").put("actor", "\u00a0");
            assertThat(problems(h)).extracting(JsonProblem::toString).containsExactlyInAnyOrder(
                    "$.procedures[1].events[1].actor: " + PlainText.PERSONAL,
                    "$.procedures[1].events[2].actor: must not be blank (leave it out when the record does not say)",
                    "$.procedures[1].events[2].rejectionReason: " + PlainText.PERSONAL);
        }

        @Test
        void aNoticeEndingBeforeItStartsIsAnError() throws Exception {
            ObjectNode h = household();
            event(h, 1, 3).put("noticeEnd", "2018-11-12");
            assertThat(problems(h)).containsExactly(new JsonProblem("$.procedures[1].events[3].noticeEnd",
                    "dates out of order: the notice ends before it starts (noticeStart 2018-11-13)"));
        }

        @Test
        void aNoticeEndingTheDayItStartsIsAValidRecordAUD7JudgesItsLength() throws Exception {
            ObjectNode h = household();
            event(h, 1, 3).put("noticeEnd", "2018-11-13");
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(h)).getProcedures().get(1).getEvents()
                    .get(3).day()).hasToString("2018-11-13");
        }

        @Test
        void aStepWithoutItsDatesIsAnError() throws Exception {
            ObjectNode h = household();
            event(h, 1, 0).remove("date");
            event(h, 1, 3).remove("noticeStart");
            assertThat(problems(h)).containsExactly(
                    new JsonProblem("$.procedures[1].events[0].date", "is required"),
                    new JsonProblem("$.procedures[1].events[3].noticeStart", "required with noticeEnd"));
        }

        @Test
        void aNoticeWithADateOrAStepWithNoticeDatesIsAnError() throws Exception {
            ObjectNode h = household();
            event(h, 1, 3).put("date", "2018-11-19");
            event(h, 1, 0).put("noticeStart", "2018-11-01").put("objectionUpheld", true);
            assertThat(problems(h)).extracting(JsonProblem::path).containsExactly(
                    "$.procedures[1].events[0].noticeStart", "$.procedures[1].events[0].objectionUpheld",
                    "$.procedures[1].events[3].date");
        }

        @Test
        void aNoticeEndsTheProcedureOnlyByAnUpheldObjection() throws Exception {
            ObjectNode h = household();
            event(h, 1, 3).put("rejectionReason", "villagers object");
            assertThat(problems(h)).containsExactly(new JsonProblem("$.procedures[1].events[3].rejectionReason",
                    "a posted notice ends the procedure only by an upheld objection: set objectionUpheld"));
            event(h, 1, 3).put("objectionUpheld", true);
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(h)).getProcedures().get(1).getEvents()
                    .get(3).rejects()).isTrue();
        }

        @Test
        void aNoticeRejectingBeforePostingHasADateAndAReason() throws Exception {
            ObjectNode h = household();
            event(h, 1, 3).remove("noticeStart");
            event(h, 1, 3).remove("noticeEnd");
            event(h, 1, 3).put("date", "2018-11-13");
            assertThat(problems(h)).extracting(JsonProblem::path)
                    .containsExactly("$.procedures[1].events[3].noticeStart");
            event(h, 1, 3).put("rejectionReason", "income not verified");
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(h)).getProcedures().get(1).getEvents()
                    .get(3).rejects()).isTrue();
        }

        @Test
        void aBlankActorOrReasonIsAnErrorButAnAbsentActorIsAuditedNotRefused() throws Exception {
            ObjectNode h = household();
            event(h, 0, 0).put("actor", " ");
            event(h, 0, 1).put("rejectionReason", "");
            assertThat(problems(h)).extracting(JsonProblem::path).containsExactly(
                    "$.procedures[0].events[0].actor", "$.procedures[0].events[1].rejectionReason");
            ObjectNode absent = household();
            event(absent, 0, 0).remove("actor");
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(absent)).getProcedures().get(0)
                    .getEvents().get(0).getActor()).isNull();
        }

        @Test
        void aProcedureHasAKindOfAHouseholdAndAtLeastOneStep() throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("procedures").get(0)).put("kind", "COUNTY_EXIT");
            ((ObjectNode) h.get("procedures").get(2)).putArray("events");
            List<JsonProblem> problems = problems(h);
            assertThat(problems).extracting(JsonProblem::path).contains("$.procedures[0].kind",
                    "$.procedures[2].events");
            assertThat(problems).filteredOn(p -> p.path().equals("$.procedures[0].kind")).first()
                    .extracting(JsonProblem::message).isEqualTo("COUNTY_EXIT is a county's procedure, not a "
                            + "household's");
        }

        @Test
        void stepsOutOfOrderAreAValidRecordForTheAuditToReport() throws Exception {
            ObjectNode h = household();
            ArrayNode events = (ArrayNode) h.get("procedures").get(1).get("events");
            events.insert(0, events.remove(4));
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(h)).getProcedures().get(1).getEvents()
                    .get(0).getStep().name()).isEqualTo("TOWNSHIP_VERIFICATION");
        }
    }

    @Nested
    class Monitoring {

        @Test
        void monthsOutOfOrderOrRepeatedAreErrorsAtTheirPaths() throws Exception {
            ObjectNode h = household();
            ArrayNode income = (ArrayNode) h.get("monitoring").get("income");
            ((ObjectNode) income.get(2)).put("month", "2019-06");
            ((ObjectNode) income.get(3)).put("month", "2019-01");
            assertThat(problems(h)).extracting(JsonProblem::toString).containsExactly(
                    "$.monitoring.income[2].month: months out of order: not after income[1].month 2019-06 (each "
                            + "month once, in order)",
                    "$.monitoring.income[3].month: months out of order: not after income[2].month 2019-06 (each "
                            + "month once, in order)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2019-13", "2019-7", "2019/07", "+2019-07", "2019-07-01", "20190"})
        void aMonthIsYyyyMm(String month) throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("monitoring").get("income").get(0)).put("month", month);
            assertThat(problems(h)).containsExactly(new JsonProblem("$.monitoring.income[0].month",
                    "must be an ISO-8601 month, such as 2019-07, in a year from 1900 to 2999"));
        }

        @Test
        void aMonthIsAString() throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("monitoring").get("income").get(0)).put("month", 201907);
            assertThat(problems(h)).containsExactly(new JsonProblem("$.monitoring.income[0].month",
                    "expected an ISO-8601 month as a string, such as 2019-07"));
        }

        @Test
        void theRiskIsNotEliminatedBeforeInclusion() throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("monitoring")).put("eliminatedOn", "2019-03-14");
            assertThat(problems(h)).containsExactly(new JsonProblem("$.monitoring.eliminatedOn",
                    "dates out of order: before includedOn 2019-03-15"));
        }

        @Test
        void theInclusionDateIsRequiredAndTheIncomeExact() throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("monitoring")).remove("includedOn");
            ((ObjectNode) h.get("monitoring").get("income").get(0)).put("perCapitaIncome", 4200.001);
            assertThat(problems(h)).extracting(JsonProblem::path).containsExactlyInAnyOrder(
                    "$.monitoring.includedOn", "$.monitoring.income[0].perCapitaIncome");
        }
    }

    @Nested
    class Members {

        @Test
        void notInWorkContradictsEmployedAndMigrantWork() throws Exception {
            ObjectNode h = household();
            ObjectNode head = (ObjectNode) h.get("members").get(0);
            head.put("workStatus", "NOT_IN_WORK").put("migrantWorkMonths", 3);
            assertThat(problems(h)).containsExactly(
                    new JsonProblem("$.members[0].workStatus", "NOT_IN_WORK contradicts employed true"),
                    new JsonProblem("$.members[0].workStatus", "NOT_IN_WORK contradicts 3 months of migrant work"));
        }

        @Test
        void theWorkStatusIsOptional() throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("members").get(0)).remove("workStatus");
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(h)).getMembers().get(0).getWorkStatus())
                    .isNull();
            ((ObjectNode) h.get("members").get(0)).put("workStatus", "IN_WORK");
            assertThat(importer.readHousehold(MAPPER.writeValueAsString(h)).getMembers().get(0).getWorkStatus())
                    .isEqualTo(WorkStatus.IN_WORK);
        }

        @Test
        void anUnknownWorkStatusIsAnError() throws Exception {
            ObjectNode h = household();
            ((ObjectNode) h.get("members").get(1)).put("workStatus", "RETIRED");
            assertThat(problems(h)).containsExactly(new JsonProblem("$.members[1].workStatus",
                    "expected one of IN_WORK, NOT_IN_WORK"));
        }
    }

    @Nested
    class RollLines {

        private static final String LINE = "{\"department\": \"civil affairs\", \"benefit\": "
                + "\"MINIMUM_LIVING_ALLOWANCE\", \"year\": 2019, \"household\": \"HH-1\", \"idNumbers\": "
                + "[\"522727198001011229\"], \"amount\": 1200}";

        private List<JsonProblem> rollProblems(String json) {
            JsonImportException e = catchThrowableOfType(JsonImportException.class, () -> importer.readRollLine(json));
            assertThat(e).as("refused").isNotNull();
            for (JsonProblem p : e.problems()) {
                assertThat(p.message()).doesNotContain("52272719800101122");
            }
            return e.problems();
        }

        @Test
        void aMalformedIdNumberIsAnErrorAtItsPath() {
            assertThat(rollProblems(LINE.replace("011229", "011228"))).containsExactly(
                    new JsonProblem("$.idNumbers[0]", "ID number has a wrong check digit (GB 11643) (AUD-2)"));
            assertThat(rollProblems(LINE.replace("\"522727198001011229\"", "\"5227271980\""))).extracting(
                    JsonProblem::path).containsExactly("$.idNumbers[0]");
        }

        @Test
        void aLineNamesAHousehold() {
            assertThat(rollProblems(LINE.replace("\"household\": \"HH-1\", \"idNumbers\": [\"522727198001011229\"],",
                    ""))).containsExactly(new JsonProblem("$.household", "a roll line names the household by its id, "
                            + "by its members' ID numbers (idNumbers), or both"));
        }

        @Test
        void everyProblemOfALineIsReported() {
            String json = LINE.replace("MINIMUM_LIVING_ALLOWANCE", "DIBAO").replace("2019", "19")
                    .replace("1200", "12.001");
            assertThat(rollProblems(json)).extracting(JsonProblem::path)
                    .containsExactlyInAnyOrder("$.benefit", "$.amount", "$.year");
            // Checks across a line's fields are made once its fields are valid, all together.
            assertThat(rollProblems(LINE.replace("\"civil affairs\"", "\"\"").replace("1200", "-1")))
                    .containsExactly(new JsonProblem("$.department", "must not be blank"),
                            new JsonProblem("$.amount", "must not be negative"));
            assertThat(rollProblems(LINE.replace("\"year\": 2019, ", ""))).containsExactly(
                    new JsonProblem("$.year", "is required"));
        }

        @Test
        void theSameIdNumberTwiceInALineIsAnError() {
            assertThat(rollProblems(LINE.replace("[\"522727198001011229\"]",
                    "[\"522727198001011229\", \"522727198001011229\"]"))).containsExactly(
                    new JsonProblem("$.idNumbers[1]", "same ID number as idNumbers[0] (AUD-1)"));
        }

        @Test
        void unknownFieldsAreErrors() {
            assertThat(rollProblems(LINE.replace("\"amount\"", "\"name\": \"Wang Fang\", \"amount\"")))
                    .containsExactly(new JsonProblem("$.name", "unknown field"));
        }

        @Test
        void aRollIsReadLineByLineAccountingForEveryLine() throws Exception {
            String input = LINE + "\n" + LINE.replace("011229", "011228") + "\n\n" + LINE.replace("HH-1", "HH-2")
                    + "\n";
            List<String> seen = new ArrayList<>();
            try (NdjsonReader<RollLine> reader = NdjsonReader.rollLines(importer, new StringReader(input))) {
                for (NdjsonLine<RollLine> line; (line = reader.next()) != null; ) {
                    seen.add(line.number() + (line.isValid() ? " " + line.get().getHousehold()
                            : " " + line.problems().get(0).path()));
                }
            }
            assertThat(seen).containsExactly("1 HH-1", "2 $.idNumbers[0]", "3 $", "4 HH-2");
        }
    }
}
