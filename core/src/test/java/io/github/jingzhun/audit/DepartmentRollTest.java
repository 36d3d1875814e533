package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DepartmentRoll, the value AUD-9 compares with the registry. */
class DepartmentRollTest {

    static final ResidentId HEAD = ResidentId.parse("522727198001011229");

    @Test
    void anEntryNamesAHouseholdByRegistryIdOrByMembers() {
        DepartmentRoll.Entry byId = DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(1200));
        assertThat(byId.household()).isEqualTo("HH-1");
        assertThat(byId.members()).isEmpty();
        assertThat(byId.amount()).isEqualTo(Yuan.of(1200));
        DepartmentRoll.Entry byMember = DepartmentRoll.Entry.ofMembers(List.of(HEAD), null);
        assertThat(byMember.household()).isNull();
        assertThat(byMember.members()).containsExactly(HEAD);
        assertThat(byMember.amount()).isNull();
    }

    @Test
    void anEntryNeedsAHouseholdIdOrAMember() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DepartmentRoll.Entry(null, List.of(), null))
                .withMessage("a roll entry needs a household id or a member's ID number");
        assertThatIllegalArgumentException().isThrownBy(() -> DepartmentRoll.Entry.ofHousehold(" ", null))
                .withMessage("household: must not be blank");
    }

    @Test
    void aHouseholdIdIsNeverAResidentIdNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> DepartmentRoll.Entry.ofHousehold(HEAD.unmasked(), null))
                .withMessageStartingWith("household: ").withMessageNotContaining(HEAD.unmasked());
    }

    @Test
    void anAmountIsNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(-1)))
                .withMessage("amount: must not be negative");
    }

    @Test
    void aRollNamesItsDepartment() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DepartmentRoll(" ",
                TransferKind.MINIMUM_LIVING_ALLOWANCE, Year.of(2019), List.of()));
        assertThatNullPointerException().isThrownBy(() -> new DepartmentRoll("civil affairs", null, Year.of(2019),
                List.of()));
    }

    @Test
    void aRollHasOneEntryAHouseholdAndMember() {
        ResidentId other = ResidentId.parse("522727198001011245");
        DepartmentRoll.Entry first = DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(400));
        DepartmentRoll.Entry another = new DepartmentRoll.Entry("HH-2", List.of(other, HEAD), null);
        assertThat(roll(first, another).entries()).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> roll(first, another,
                DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(600))))
                .withMessage("entries[2].household: HH-1 is on the roll already, at entries[0]; a roll has one line "
                        + "a household");
        assertThatIllegalArgumentException().isThrownBy(() -> roll(first, another,
                DepartmentRoll.Entry.ofMembers(List.of(HEAD), null)))
                .withMessage("entries[2].members[0]: an ID number on the roll already, at entries[1]; a roll has one "
                        + "line a household");
    }

    private static DepartmentRoll roll(DepartmentRoll.Entry... entries) {
        return new DepartmentRoll("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE, Year.of(2019),
                List.of(entries));
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<ResidentId> members = new ArrayList<>(List.of(HEAD));
        DepartmentRoll.Entry entry = DepartmentRoll.Entry.ofMembers(members, null);
        List<DepartmentRoll.Entry> entries = new ArrayList<>(List.of(entry));
        DepartmentRoll roll = new DepartmentRoll("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE,
                Year.of(2019), entries);
        members.clear();
        entries.clear();
        assertThat(roll.entries()).containsExactly(entry);
        assertThat(entry.members()).containsExactly(HEAD);
        assertThatThrownBy(() -> roll.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsIdNumbersMaskedOnly() {
        DepartmentRoll roll = new DepartmentRoll("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE,
                Year.of(2019), List.of(DepartmentRoll.Entry.ofMembers(List.of(HEAD), Yuan.of(1200))));
        assertThat(roll.toString()).contains("522727************").doesNotContain(HEAD.unmasked())
                .doesNotContain("19800101");
    }
}
