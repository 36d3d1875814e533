package io.github.jingzhun.household;

import io.github.jingzhun.decision.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The form of a registry id that decisions and findings print — a household's, a contact cadre's: the alphabet and
 * length of an id, not of a name written in characters or words, and never a resident ID number, which is personal
 * data. Checked wherever such an id is built, from Java or from JSON.
 */
public final class RegistryId {

    /** The most characters of a registry id. */
    public static final int MAX_LENGTH = 64;
    /** Where output prints a household's id, for {@link #problem}. */
    public static final String HOUSEHOLD_PRINTED = "a household id names the household in every decision";
    /** Where output prints a contact cadre's id, for {@link #problem}. */
    public static final String CADRE_PRINTED = "a contact cadre's id is printed in AUD-8's findings";

    private RegistryId() {}

    /**
     * Whether a text has the form of a registry id: 1 to {@link #MAX_LENGTH} ASCII letters and digits, and
     * {@code - _ . : / #} after the first character. Safe to store and to print anywhere: no control character,
     * NUL or lone surrogate, no white space.
     *
     * @param id the text, not null
     * @return true if it has the form
     */
    public static boolean hasForm(String id) {
        // [A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}, checked without a regular expression's matcher per household.
        int length = id.length();
        if (length == 0 || length > MAX_LENGTH || !isAsciiLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '#' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The problem of a registry id, or null if it is safe to store and print.
     *
     * @param id the id, not null
     * @param printed where output prints it, for the message (such as "a household id names the household in every
     *     decision")
     * @return the problem's message, or null
     */
    public static @Nullable String problem(String id, String printed) {
        if (!hasForm(id)) {
            return "must be 1 to " + MAX_LENGTH + " ASCII letters, digits and - _ . : / # (starting with a letter or "
                    + "digit)";
        }
        if (PersonalData.containsIdNumber(id)) {
            return PersonalData.HOLDS_ID_NUMBER + ": " + printed;
        }
        return null;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
