package io.github.jingzhun.audit;

import io.github.jingzhun.area.Village;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * AUD-8 for villages: a registered poor village has a resident first secretary (驻村第一书记) and a resident
 * working team (驻村工作队). A pure function.
 */
public final class VillageAudit {

    private static final Wording NO_FIRST_SECRETARY = Wording.of(
            "Registered poor village {subject} has no resident first secretary", "贫困村{subject}未选派驻村第一书记");
    private static final Wording NO_WORKING_TEAM = Wording.of(
            "Registered poor village {subject} has no resident working team", "贫困村{subject}未派驻驻村工作队");

    private VillageAudit() {}

    /**
     * Audits a village's resident officials.
     *
     * @param village the village, not null
     * @param registeredPoor whether the village is registered as a poor village (贫困村); only then are resident
     *     officials required
     * @return the AUD-8 findings, with the village code as subject; empty when there is nothing to report or the
     *     village is not a registered poor village; not null
     */
    public static List<Finding> check(Village village, boolean registeredPoor) {
        if (!registeredPoor) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(0);
        String code = village.getCode().toString();
        // AUD-8: a registered poor village has a first secretary and a working team in residence.
        if (!village.isFirstSecretary()) {
            findings.add(Finding.of(Rule.AUD_8, false, code, NO_FIRST_SECRETARY));
        }
        if (!village.isWorkingTeam()) {
            findings.add(Finding.of(Rule.AUD_8, false, code, NO_WORKING_TEAM));
        }
        return List.copyOf(findings);
    }
}
