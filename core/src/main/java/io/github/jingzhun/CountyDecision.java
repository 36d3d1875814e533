package io.github.jingzhun;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.audit.ProcedureAudit;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.exit.AreaExits;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.CountyExit;
import io.github.jingzhun.identification.AreaPopulation;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.ProcedureKind;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decisions on one county for one income year: whether it may exit (EX-C-1, EX-C-2 with the ST-4 rates,
 * EX-C-3's remaining steps) and its transition once exited (GR-1), from the county's own facts and the sums of its
 * households, and the audit of its recorded exit procedure (AUD-7). A county with no record is decided as one with
 * nothing on record — not designated, no evaluation sample, no procedure — so its exit is refused; one with no
 * household read is not decided. Both are findings (ST-1). {@link #toString()} renders the decisions in English
 * and Chinese.
 *
 * @param county the county code, not null
 * @param year the income year, not null
 * @param facts the county's own facts, or null when no record of it was given
 * @param villages the county's villages on record
 * @param households the county's households read, in any village or none
 * @param persons their members
 * @param registeredPersons the members of households among them on the registry at the end of the year (ST-1)
 * @param incidence the county's poverty incidence over its rural population on record, else over its villages'
 *     rural populations on record and the persons read outside them, or null when none was read
 * @param exit EX-C-1..3 and GR-1, or null when the county was not decided
 * @param audit AUD-7 over the county's recorded exit procedure: every irregularity in it, and its exit year
 *     against it, not null
 * @param findings what the decisions rest on (ST-1): the denominator of the incidence, a missing record, no
 *     village or no household, not null
 */
public record CountyDecision(CountyCode county, Year year, @Nullable County facts, long villages, long households,
        long persons, long registeredPersons, @Nullable Incidence incidence, @Nullable CountyExit exit,
        List<Finding> audit, List<Finding> findings) {

    private static final Wording NO_RECORD = Wording.of(
            "No valid record of county {subject} was read: it is decided as a county with nothing on record (not "
                    + "designated, no evaluation sample, no procedure)",
            "未读入县{subject}的有效记录：按无任何记录判定（非贫困县、无第三方评估、未启动退出程序）");
    private static final Wording NO_VILLAGES = Wording.of(
            "No village of county {subject} is on record", "县{subject}无任何行政村记录");
    private static final Wording OVER_VILLAGES = Wording.of(
            "No rural population of the county is on record: incidence is over those of its villages on record, with "
                    + "the persons read outside them, {observed}; the households read hold {subject} of them",
            "县未登记农村户籍人口，贫困发生率以所辖村登记的农村户籍人口（无登记的按读入农户人数）及不属任何村的读入农户"
                    + "人数合计{observed}人为分母（读入农户共{subject}人）");
    private static final Wording NO_HOUSEHOLDS = Wording.of(
            "No household of county {subject} was read: its incidence is unknown, so EX-C-1..3 are not decided",
            "未读入县{subject}的任何农户，贫困发生率无法计算，不作县级退出判定");

    /**
     * Creates the decisions, copying the audit and the findings.
     *
     * @param county the county code, not null
     * @param year the income year, not null
     * @param facts the county's own facts, or null
     * @param villages the county's villages on record
     * @param households the county's households read
     * @param persons their members
     * @param registeredPersons the members of households among them on the registry at the end of the year (ST-1)
     * @param incidence the county's poverty incidence, or null
     * @param exit EX-C-1..3 and GR-1, or null
     * @param audit AUD-7 over the county's recorded exit procedure, not null
     * @param findings what the decisions rest on, not null
     */
    public CountyDecision {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(year, "year");
        audit = List.copyOf(audit);
        findings = List.copyOf(findings);
    }

    /**
     * Decides a county.
     *
     * @param code the county code, not null
     * @param county the county's own facts, or null when no record of it was given
     * @param villages the number of the county's villages on record
     * @param households the sums of all the county's households for the year, not null
     * @param parameters the year's parameters, not null
     * @return the decisions, not null
     * @throws IllegalArgumentException if the record is of another county
     */
    public static CountyDecision decide(CountyCode code, @Nullable County county, long villages,
            AreaPopulation households, YearParameters parameters) {
        return decide(code, county, villages, households, households.persons(), parameters);
    }

    /**
     * Decides a county whose villages' rural populations on record count for it when it has none of its own.
     *
     * @param villagesPopulation the incidence denominators of the county's villages with households (each its
     *     rural population on record, else its persons read) and the persons of its households in no village
     */
    static CountyDecision decide(CountyCode code, @Nullable County county, long villages, AreaPopulation households,
            long villagesPopulation, YearParameters parameters) {
        if (county != null && !county.getCode().equals(code)) {
            throw new IllegalArgumentException("the record of county " + county.getCode() + " is not of " + code);
        }
        List<Finding> findings = new ArrayList<>(2);
        String subject = code.toString();
        if (county == null) {
            findings.add(Finding.of(Rule.ST_1, false, subject, NO_RECORD));
        }
        if (villages == 0) {
            findings.add(Finding.of(Rule.ST_1, false, 0, null, subject, NO_VILLAGES));
        }
        County record = county != null ? county : County.of(code);
        // EX-C-3 replays the trail up to its first refused step; the audit reads the whole trail.
        List<Finding> audit = ProcedureAudit.check(ProcedureKind.COUNTY_EXIT, "exitProcedure",
                record.getExitProcedure(), parameters.parameters());
        Finding disagreement = ProcedureAudit.countyExit(record.getExitYear(), record.getExitProcedure(),
                parameters.parameters());
        if (disagreement != null) {
            audit = new ArrayList<>(audit);
            audit.add(disagreement);
        }
        Incidence incidence = null;
        CountyExit exit = null;
        if (households.persons() == 0) {
            findings.add(Finding.of(Rule.ST_1, false, subject, NO_HOUSEHOLDS));
        } else {
            if (record.getRuralPopulation() == null && villagesPopulation > households.persons()) {
                // its villages' rural populations are the best count of its own, as they are of its province's
                findings.add(Finding.of(Rule.ST_1, true, villagesPopulation, null, Long.toString(households.persons()),
                        OVER_VILLAGES));
                incidence = new Incidence(households.poorPersons(), villagesPopulation);
            } else {
                findings.add(households.basis(record.getRuralPopulation()));
                incidence = households.incidence(record.getRuralPopulation());
            }
            exit = AreaExits.county(record, incidence, parameters);
        }
        return new CountyDecision(code, parameters.year(), county, villages, households.households(),
                households.persons(), households.poorPersons(), incidence, exit, audit, findings);
    }

    /**
     * Every finding: what the decisions rest on, then EX-C-1..3 and GR-1, then AUD-7.
     *
     * @return the findings, not null
     */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        if (exit != null) {
            all.addAll(exit.findings());
        }
        all.addAll(audit);
        return all;
    }

    /**
     * Returns the decisions as readable lines: a heading, then every finding.
     *
     * @return the explanation, not null
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("County ").append(county).append(", income year ").append(year)
                .append(": ").append(exit == null ? "not decided" : exit.eligible() ? "may exit" : "may not exit")
                .append(" (").append(villages).append(" villages, ").append(households).append(" households, ")
                .append(persons).append(" persons)");
        for (Finding f : allFindings()) {
            s.append("\n  ").append(f);
        }
        return s.toString();
    }
}
