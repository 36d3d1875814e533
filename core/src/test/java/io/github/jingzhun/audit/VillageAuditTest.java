package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VillageAudit: AUD-8 for registered poor villages. */
@DisplayName("AUD-8 a registered poor village with no first secretary or no resident working team")
class VillageAuditTest {

    static Village village(boolean firstSecretary, boolean workingTeam) {
        return Village.builder().withCode(VillageCode.parse("522727101201")).withFirstSecretary(firstSecretary)
                .withWorkingTeam(workingTeam).build();
    }

    @Test
    void aPoorVillageWithBothOfficialsHasNoFindingAUD8() {
        assertThat(VillageAudit.check(village(true, true), true)).isEmpty();
    }

    @Test
    void aPoorVillageWithoutAFirstSecretaryIsFlaggedAUD8() {
        assertThat(VillageAudit.check(village(false, true), true)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AUD_8);
            assertThat(f.passed()).isFalse();
            assertThat(f.subject()).isEqualTo("522727101201");
            assertThat(f.message()).isEqualTo("Registered poor village 522727101201 has no resident first secretary");
            assertThat(f.messageZh()).isEqualTo("贫困村522727101201未选派驻村第一书记");
        });
    }

    @Test
    void aPoorVillageWithoutAWorkingTeamIsFlaggedAUD8() {
        assertThat(VillageAudit.check(village(true, false), true)).singleElement().extracting(Finding::message)
                .isEqualTo("Registered poor village 522727101201 has no resident working team");
    }

    @Test
    void aPoorVillageWithoutEitherHasTwoFindingsAUD8() {
        List<Finding> findings = VillageAudit.check(village(false, false), true);
        assertThat(findings).hasSize(2).extracting(Finding::messageZh)
                .containsExactly("贫困村522727101201未选派驻村第一书记", "贫困村522727101201未派驻驻村工作队");
    }

    @ParameterizedTest
    @CsvSource({"false, false", "false, true", "true, false", "true, true"})
    void aVillageNotRegisteredPoorNeedsNeitherAUD8(boolean firstSecretary, boolean workingTeam) {
        assertThat(VillageAudit.check(village(firstSecretary, workingTeam), false)).isEmpty();
    }
}
