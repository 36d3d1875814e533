package io.github.jingzhun;

import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.audit.VillageAudit;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.exit.AreaExits;
import io.github.jingzhun.exit.VillageExit;
import io.github.jingzhun.identification.AreaPopulation;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.identification.VillageIdentification;
import io.github.jingzhun.identification.VillageIdentifier;
import io.github.jingzhun.parameter.YearParameters;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decisions on one village for one income year: whether it is a poor village (ID-V-1), whether it may exit
 * (EX-V-1, with the facilities considered) and its resident officials (AUD-8), from the village's own facts and
 * the sums of its households. A village needs both to be decided: one with no record, or no household read, is
 * reported by a finding instead (ST-1). {@link #toString()} renders the decisions in English and Chinese.
 *
 * @param village the village code, not null
 * @param year the income year, not null
 * @param facts the village's own facts, or null when no record of it was given
 * @param households the village's households read
 * @param persons their members
 * @param registeredPersons the members of households among them on the registry at the end of the year (ST-1)
 * @param incidence the village's poverty incidence over its rural population on record or the persons read, or
 *     null when none was read
 * @param identification ID-V-1, or null when the village was not decided
 * @param exit EX-V-1, or null when the village was not decided
 * @param audit AUD-8 for a registered poor village, not null
 * @param findings what the decisions rest on (ST-1): the denominator of the incidence, or why the village was not
 *     decided, not null
 */
public record VillageDecision(VillageCode village, Year year, @Nullable Village facts, long households,
        long persons, long registeredPersons, @Nullable Incidence incidence,
        @Nullable VillageIdentification identification, @Nullable VillageExit exit, List<Finding> audit,
        List<Finding> findings) {

    private static final Wording NO_RECORD = Wording.of(
            "No valid record of village {subject} was read, though households name it ({observed}): ID-V-1 and EX-V-1 "
                    + "are not decided (its households still count in its county)",
            "未读入村{subject}的有效记录，但有{observed}户农户属于该村：不作贫困村识别和退出判定（其农户仍计入所在县）");
    private static final Wording NO_HOUSEHOLDS = Wording.of(
            "No household of village {subject} was read: its incidence is unknown, so ID-V-1 and EX-V-1 are not "
                    + "decided",
            "未读入村{subject}的任何农户，贫困发生率无法计算，不作贫困村识别和退出判定");

    /**
     * Creates the decisions, copying the lists.
     *
     * @param village the village code, not null
     * @param year the income year, not null
     * @param facts the village's own facts, or null
     * @param households the village's households read
     * @param persons their members
     * @param registeredPersons the members of households among them on the registry at the end of the year (ST-1)
     * @param incidence the village's poverty incidence, or null
     * @param identification ID-V-1, or null
     * @param exit EX-V-1, or null
     * @param audit AUD-8, not null
     * @param findings what the decisions rest on, not null
     */
    public VillageDecision {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(year, "year");
        audit = List.copyOf(audit);
        findings = List.copyOf(findings);
    }

    /**
     * Decides a village.
     *
     * @param code the village code, not null
     * @param village the village's own facts, or null when no record of it was given
     * @param households the sums of the village's households for the year, not null
     * @param benchmark the figures of the village's province, or null (only when the village cannot be decided:
     *     without a record or a household)
     * @param parameters the year's parameters, not null
     * @return the decisions, not null
     * @throws IllegalArgumentException if the village has a record and households but no benchmark is given, or
     *     the record is of another village
     */
    public static VillageDecision decide(VillageCode code, @Nullable Village village, AreaPopulation households,
            @Nullable ProvincialBenchmark benchmark, YearParameters parameters) {
        if (village != null && !village.getCode().equals(code)) {
            throw new IllegalArgumentException("the record of village " + village.getCode() + " is not of " + code);
        }
        List<Finding> findings = new ArrayList<>(1);
        List<Finding> audit = village == null ? List.of() : VillageAudit.check(village, village.isRegisteredPoor());
        Incidence incidence = households.persons() == 0 ? null : households.incidence(
                village == null ? null : village.getRuralPopulation());
        VillageIdentification identification = null;
        VillageExit exit = null;
        if (village == null) {
            findings.add(Finding.of(Rule.ST_1, false, households.households(), null, code.toString(), NO_RECORD));
        } else if (incidence == null) {
            findings.add(Finding.of(Rule.ST_1, false, code.toString(), NO_HOUSEHOLDS));
        } else {
            if (benchmark == null) {
                throw new IllegalArgumentException("village " + code + " needs its province's benchmark");
            }
            findings.add(households.basis(village.getRuralPopulation()));
            identification = VillageIdentifier.identify(village, households, benchmark, parameters);
            exit = AreaExits.village(village, incidence, parameters);
        }
        return new VillageDecision(code, parameters.year(), village, households.households(), households.persons(),
                households.poorPersons(), incidence, identification, exit, audit, findings);
    }

    /**
     * Every finding: what the decisions rest on, then ID-V-1, EX-V-1 and AUD-8.
     *
     * @return the findings, not null
     */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        if (identification != null) {
            all.addAll(identification.findings());
        }
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
        StringBuilder s = new StringBuilder("Village ").append(village).append(", income year ").append(year)
                .append(": ");
        if (identification == null || exit == null) {
            s.append("not decided");
        } else {
            s.append(identification.poor() ? "a poor village" : "not a poor village").append(", ")
                    .append(exit.eligible() ? "may exit" : "may not exit");
        }
        s.append(" (").append(households).append(" households, ").append(persons).append(" persons)");
        for (Finding f : allFindings()) {
            s.append("\n  ").append(f);
        }
        return s.toString();
    }
}
