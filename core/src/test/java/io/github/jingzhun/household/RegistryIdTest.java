package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.money.Yuan;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegistryIdTest {

    @Test
    void idsAreThoseOfTheDocumentedForm() {
        Pattern form = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
        String alphabet = "aZ09._:/#-@ \u00e9\u738b\n\u0000`{[/:@";
        Random random = new Random(16);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(8) == 0 ? 60 + random.nextInt(8) : random.nextInt(6);
            for (int i = 0; i < length; i++) {
                id.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(3)));
            }
            assertThat(RegistryId.hasForm(id.toString())).as("%s", id)
                    .isEqualTo(form.matcher(id).matches());
        }
        assertThat(RegistryId.hasForm("A".repeat(64))).isTrue();
        assertThat(RegistryId.hasForm("A".repeat(65))).isFalse();
        assertThat(RegistryId.hasForm("-A")).isFalse();
        assertThat(RegistryId.hasForm("")).isFalse();
    }

    @Test
    void anIdHoldingAResidentIdNumberOrANameIsRefusedByTheBuilderWithoutEchoingIt() {
        Household h = Households.withWage(1, Yuan.of(2000));
        String number = h.getMembers().get(0).getIdNumber().unmasked();

        assertThatThrownBy(() -> Household.builder().from(h).withId("HH-" + number).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("id: could hold a resident ID number").hasMessageNotContaining(number);
        assertThatThrownBy(() -> Household.builder().from(h).withId("Wang Fang").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("id: must be 1 to 64 ASCII letters")
                .hasMessageNotContaining("Wang");
        assertThatThrownBy(() -> Household.builder().from(h).withContactCadre(number).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contactCadre: could hold a resident ID number").hasMessageNotContaining(number);
        assertThat(RegistryId.problem("HH-522727-0000001", "printed")).isNull();
    }

    @Test
    void aResidentIdNumberBrokenBySeparatorsIsRefusedAndALongCodeIsNot() {
        // 522727198001011229 is a valid number: its birth date and check character hold
        for (String id : List.of("HH-522727-19800101-1229", "522727.1980.0101.1229", "a/5227271980/0101122/9",
                "HH-0-522727-19800101-1229-7")) {
            assertThat(RegistryId.problem(id, "printed")).as(id)
                    .isEqualTo("could hold a resident ID number, which is personal data: printed");
        }
        // a village code and a serial, the number with a wrong check character, or broken by a letter, are ids
        for (String id : List.of("522727101201-000001", "HH-522727-19800101-1228", "HH-522727-19800101-A-1229")) {
            assertThat(RegistryId.problem(id, "printed")).as(id).isNull();
        }
    }
}
