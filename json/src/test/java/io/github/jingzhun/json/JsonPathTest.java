package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonPathTest {

    @Test
    void pathsAreInTheStyleOfTheContract() {
        assertThat(JsonPath.absolute(JsonPath.child(JsonPath.index(JsonPath.child("", "members"), 1), "birthDate")))
                .isEqualTo("$.members[1].birthDate");
        assertThat(JsonPath.absolute("")).isEqualTo("$");
        assertThat(JsonPath.join("$", "members[0]")).isEqualTo("$.members[0]");
        assertThat(JsonPath.join("$.income[0]", "transfers[1].amount")).isEqualTo("$.income[0].transfers[1].amount");
        assertThat(JsonPath.join("$.members", "[2]")).isEqualTo("$.members[2]");
        assertThat(JsonPath.relative("$.members[1]")).isEqualTo("members[1]");
        assertThat(JsonPath.relative("$")).isEmpty();
    }

    @Test
    void aFieldNameThatIsNotAnIdentifierIsNotRepeated() {
        assertThat(JsonPath.child("members[0]", "522727198001011229")).isEqualTo("members[0][?]");
        assertThat(JsonPath.child("", "Wang Fang")).isEqualTo("[?]");
        assertThat(JsonPath.child("members[0]", "id522727198001011229")).isEqualTo("members[0][?]");
        assertThat(JsonPath.child("members[0]", "id522727198001011228")).as("15 digits or more, valid or not")
                .isEqualTo("members[0][?]");
        assertThat(JsonPath.child("members[0]", "id52272719800101")).isEqualTo("members[0].id52272719800101");
    }

    @Test
    @DisplayName("a key of up to six digits, such as a county code, is shown; a longer number could be personal")
    void aShortNumberIsShownAsAQuotedKey() {
        assertThat(JsonPath.child("geography.climateZoneOverrides", "522727"))
                .isEqualTo("geography.climateZoneOverrides['522727']");
        assertThat(JsonPath.child("", "7")).isEqualTo("['7']");
        assertThat(JsonPath.child("", "5227271")).as("seven digits").isEqualTo("[?]");
        assertThat(JsonPath.child("", "13800138000")).as("a phone number").isEqualTo("[?]");
    }
}
