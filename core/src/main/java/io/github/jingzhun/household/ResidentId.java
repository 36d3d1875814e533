package io.github.jingzhun.household;

import io.github.jingzhun.decision.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident identity card number of GB 11643: six digits of area, eight of birth date, three of sequence (odd
 * for a man) and a check character computed with ISO 7064 MOD 11-2.
 *
 * <p>The number is checked when parsed. It is personal data: {@link #toString()} masks it and no exception
 * message of this class contains it. Only {@link #unmasked()} gives the full number, for writing it back to
 * the registry. Immutable, thread-safe and value-based.
 */
public final class ResidentId {

    private final String number;
    private final LocalDate birthDate;

    private ResidentId(String number, LocalDate birthDate) {
        this.number = number;
        this.birthDate = birthDate;
    }

    /**
     * Parses an 18-character resident ID number, checking its form, birth date and check character (AUD-2).
     * A lower-case {@code x} is accepted as {@code X}.
     *
     * @param text the number, not null
     * @return the ID number, not null
     * @throws IllegalArgumentException if the number is malformed, has an impossible birth date or a wrong
     *     check character; the message never contains the number
     */
    public static ResidentId parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String problem = PersonalData.idNumberProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String number = text.subSequence(0, 17).toString() + Character.toUpperCase(text.charAt(17));
        return new ResidentId(number, LocalDate.of(digits(number, 6, 10), digits(number, 10, 12),
                digits(number, 12, 14)));
    }

    private static int digits(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    /**
     * The birth date written in the number (characters 7 to 14).
     *
     * @return the birth date, not null
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * The sex written in the number: the 17th digit is odd for MALE, even for FEMALE.
     *
     * @return the sex, not null
     */
    public Sex sex() {
        return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * The full number, for writing back to a registry. Never log or print it.
     *
     * @return the 18-character number, not null
     */
    public String unmasked() {
        return number;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ResidentId && ((ResidentId) obj).number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    /**
     * Returns the number masked: the six-digit area code, then twelve asterisks.
     *
     * @return the masked number, such as {@code 522727************}
     */
    @Override
    public String toString() {
        return number.substring(0, 6) + "************";
    }
}
