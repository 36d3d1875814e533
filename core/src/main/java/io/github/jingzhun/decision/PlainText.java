package io.github.jingzhun.decision;

/**
 * Free text that output prints as it is — a parameter set's name and version, a value's or a line's source and
 * reason, a benchmark's source, a department's name: written characters only, so that a table or a rule's page reads
 * the same in a terminal and in a file and cannot restyle the terminal. No control character (a NUL, a tab, a line
 * break, an escape) and no half of a surrogate pair; checked wherever such a record is built, from Java or from JSON.
 * (A member's name or a step's actor is data, never printed but in the household's own record, written escaped.)
 */
public final class PlainText {

    /** The problem of text that is not plain, the same wherever free text is checked. */
    public static final String PROBLEM = "must be written characters only: no control character (NUL, tab, line "
            + "break, escape) and no lone surrogate";

    private PlainText() {}

    /**
     * Whether a text is written characters only: no control character and no lone surrogate.
     *
     * @param text the text, not null
     * @return true if it is
     */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
