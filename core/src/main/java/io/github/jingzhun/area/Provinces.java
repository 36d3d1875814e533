package io.github.jingzhun.area;

import io.github.jingzhun.decision.PersonalData;
import java.util.Objects;
import java.util.Set;

/** The GB/T 2260 province codes and their fixed classifications. */
final class Provinces {

    /** The 31 mainland provinces, autonomous regions and municipalities. */
    private static final Set<Integer> MAINLAND = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65);
    static final Set<Integer> WEST = Set.of(15, 45, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65);
    static final Set<Integer> CENTRAL = Set.of(14, 22, 23, 34, 36, 41, 42, 43);
    static final Set<Integer> NORTH = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 37, 41, 54, 61, 62, 63, 64, 65);
    /** {@link #NORTH} by province code: every household's housing (IND-HOUSE) asks, and a set probes by hash. */
    private static final boolean[] IS_NORTH = new boolean[100];

    static {
        for (int province : NORTH) {
            IS_NORTH[province] = true;
        }
    }

    private Provinces() {}

    /** Whether a province, of a county code's two digits, is in the north ({@link #NORTH}). */
    static boolean isNorth(int province) {
        return IS_NORTH[province];
    }

    /**
     * The digits of a code as text, checked for their number: the one way the province, county and village codes
     * parse.
     *
     * @param what the code's name in the message, such as {@code "county code"}
     * @param text the text, not null
     * @param digits how many digits the code has
     * @param inWords that number in words, for the message
     * @return the text, all digits
     * @throws IllegalArgumentException if the text is not that many digits
     */
    static String digits(String what, CharSequence text, int digits, String inWords) {
        Objects.requireNonNull(text, what);
        // A loop, not a stream of characters: every code of every household read is checked here.
        boolean all = text.length() == digits;
        for (int i = 0; all && i < digits; i++) {
            all = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!all) {
            throw new IllegalArgumentException(what + " must be " + inWords + " digits: " + PersonalData.quoted(text));
        }
        return text.toString();
    }

    static boolean isProvince(int code) {
        return MAINLAND.contains(code);
    }

    static MacroRegion macroRegion(int province) {
        if (WEST.contains(province)) {
            return MacroRegion.WEST;
        }
        return CENTRAL.contains(province) ? MacroRegion.CENTRAL : MacroRegion.EAST;
    }
}
