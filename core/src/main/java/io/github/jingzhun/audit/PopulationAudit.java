package io.github.jingzhun.audit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The audit of a population of households in one pass: the same ID number in two households
 * (AUD-1) and a contact cadre paired with more than CADRE_MAX_HOUSEHOLDS households (AUD-8). A pure function of the
 * households and the parameters; the households are read once, in order, and never held.
 *
 * <p><b>Memory.</b> Finding a repeated ID number needs every number seen so far: the audit keeps one entry per
 * distinct member (the member's {@link ResidentId}, already in memory, and where it was first seen), some 150 to
 * 200 bytes each on a 64-bit JVM — about 2 GB for ten million persons — and one counter per contact cadre. Only a
 * repeated number is a finding, and a repeat can occur anywhere in the population, so the whole population
 * must pass through one audit to be sure of finding them all.
 *
 * <p>Households are counted for a cadre whatever their state: a cadre stays paired with a household after its
 * exit (GR-1, "responsibility stays"), and monitored households have cadres too.
 */
public final class PopulationAudit {

    private static final Wording DUPLICATE_ID = Wording.of(
            "The same ID number is registered in two households: {subject}", "同一身份证号码在两户中重复登记：{subject}");
    private static final Wording CADRE_OVERLOADED = Wording.of(
            "Contact cadre {subject} is paired with {observed} households, more than {threshold}",
            "帮扶责任人{subject}结对帮扶{observed}户，超过{threshold}户");

    private PopulationAudit() {}

    /**
     * Audits a population given as an iterable, reading it once.
     *
     * @param households the households, not null
     * @param parameters the parameters of the year audited, not null
     * @return the AUD-1 findings in the order the repeats were met, then the AUD-8 findings by cadre id; empty when
     *     there is nothing to report; not null
     */
    public static List<Finding> check(Iterable<Household> households, YearParameters parameters) {
        List<Finding> findings = new ArrayList<>(0);
        Map<ResidentId, Seen> seen = new HashMap<>();
        Map<String, Integer> cadres = new TreeMap<>();
        for (Household household : households) {
            duplicates(household, seen, findings);
            String cadre = household.getContactCadre();
            if (cadre != null && !cadre.isBlank()) {
                cadres.merge(cadre, 1, Integer::sum);
            }
        }
        // AUD-8: a cadre is paired with at most CADRE_MAX_HOUSEHOLDS households; exactly that many is fine.
        int most = parameters.intValue(ParameterKey.CADRE_MAX_HOUSEHOLDS);
        for (Map.Entry<String, Integer> cadre : cadres.entrySet()) {
            if (cadre.getValue() > most) {
                findings.add(Finding.of(Rule.AUD_8, false, BigDecimal.valueOf(cadre.getValue()),
                        BigDecimal.valueOf(most), cadre.getKey(), CADRE_OVERLOADED));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Audits a population given as a stream, reading it once, in encounter order.
     *
     * @param households the households, not null; consumed
     * @param parameters the parameters of the year audited, not null
     * @return the findings, as {@link #check(Iterable, YearParameters)} gives them, not null
     */
    public static List<Finding> check(Stream<Household> households, YearParameters parameters) {
        return check(households::iterator, parameters);
    }

    /**
     * AUD-1: a member's ID number already seen in another household; the finding names both households and both
     * members by index. Within one household a repeat cannot be built (import validation rejects it).
     */
    private static void duplicates(Household household, Map<ResidentId, Seen> seen, List<Finding> findings) {
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Seen here = new Seen(household.getId(), i);
            Seen first = seen.putIfAbsent(members.get(i).getIdNumber(), here);
            if (first != null) {
                findings.add(Finding.of(Rule.AUD_1, false, first + ", " + here, DUPLICATE_ID));
            }
        }
    }

    /** Where an ID number was seen: a household's registry id and a member's index. */
    private record Seen(String household, int member) {

        @Override
        public String toString() {
            return household + " " + Household.memberRef(member);
        }
    }
}
