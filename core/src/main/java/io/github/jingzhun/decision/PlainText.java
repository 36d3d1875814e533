package io.github.jingzhun.decision;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Free text that output prints as it is — a parameter set's name and version, a value's or a line's source and
 * reason, a benchmark's source, a department's name: written characters only, so that a table or a rule's page reads
 * the same in a terminal and in a file and cannot restyle the terminal. No control character (a NUL, a tab, a line
 * break, an escape) and no half of a surrogate pair — and no resident ID number ({@link PersonalData}); checked
 * wherever such a record is built, from Java or from JSON.
 * (A member's name is data, never printed but in the household's own record, written escaped; a step's actor and
 * reason are data too, printed by {@code toString()}, so never a resident ID number: {@link #dataProblem}.)
 */
public final class PlainText {

    /** The problem of text that is not plain, the same wherever free text is checked. */
    public static final String PROBLEM = "must be written characters only: no control character (NUL, tab, line "
            + "break, escape) and no lone surrogate";

    /**
     * The problem of data text (a member's name, a step's actor or reason) that holds half of a surrogate pair
     * alone: no UTF-8 can hold it, so it could not be written back as it was read.
     */
    public static final String NOT_UNICODE = "must be valid Unicode: no lone surrogate (half of a surrogate pair)";

    /** The problem of text that holds a resident ID number, the same wherever free text is checked. */
    public static final String PERSONAL = PersonalData.HOLDS_ID_NUMBER + ", and output prints this text";

    private PlainText() {}

    /**
     * The problem of free text that output prints: {@link #PROBLEM} if it is not written characters only,
     * {@link #PERSONAL} if it holds a resident ID number.
     *
     * @param text the text, not null
     * @return the problem, or null if the text may be printed
     */
    public static @Nullable String problem(String text) {
        if (!isPlain(text)) {
            return PROBLEM;
        }
        return PersonalData.containsIdNumber(text) ? PERSONAL : null;
    }

    /**
     * Checks free text that output prints.
     *
     * @param field the field that holds it, named first in the message, such as {@code source}
     * @param text the text, not null
     * @throws IllegalArgumentException naming the field and the {@link #problem}, if the text has one
     */
    public static void require(String field, String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(field + ": " + problem);
        }
    }

    /**
     * The problem of data text that a {@code toString()} prints (a step's actor or reason): half of a surrogate pair
     * alone ({@link #NOT_UNICODE}) or a resident ID number ({@link #PERSONAL}); whether it may be blank is each
     * field's own.
     *
     * @param text the text, not null
     * @return the problem, or null if there is none
     */
    public static @Nullable String dataProblem(String text) {
        if (hasLoneSurrogate(text)) {
            return NOT_UNICODE;
        }
        return PersonalData.containsIdNumber(text) ? PERSONAL : null;
    }

    /**
     * Checks data text that a {@code toString()} prints.
     *
     * @param field the field that holds it, named first in the message, such as {@code actor}
     * @param text the text, not null
     * @throws NullPointerException naming the field, if the text is null
     * @throws IllegalArgumentException naming the field and the {@link #dataProblem}, if the text has one
     */
    public static void requireData(String field, String text) {
        String problem = dataProblem(Objects.requireNonNull(text, field));
        if (problem != null) {
            throw new IllegalArgumentException(field + ": " + problem);
        }
    }

    /**
     * Whether a text shows nothing: white space, any space (a no-break space too), control characters, invisible
     * format characters (such as a zero-width space), marks that only change the character before them (a combining
     * accent, a variation selector) and fillers (Hangul fillers, the blank Braille pattern) only, or nothing at all.
     * {@link String#isBlank()} counts a no-break space or a NUL as something.
     *
     * @param text the text, not null
     * @return true if it shows nothing
     */
    public static boolean isBlank(String text) {
        // a loop, not a stream: every member's name is checked, and its first character nearly always shows
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!showsNothing(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Whether a character shows nothing (see {@link #isBlank}); {@link PersonalData} joins groups of digits by it. */
    static boolean showsNothing(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c <= Character.MAX_VALUE && PersonalData.INVISIBLE.indexOf(c) >= 0;
    }

    /**
     * Whether a text is written characters only: no control character and no lone surrogate.
     *
     * @param text the text, not null
     * @return true if it is
     */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return !hasLoneSurrogate(text);
    }

    /**
     * Whether a text holds half of a surrogate pair alone ({@link #NOT_UNICODE}), which any text is refused for,
     * data too.
     *
     * @param text the text, not null
     * @return true if it does
     */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
