package io.github.jingzhun.decision;

import java.time.Month;
import java.time.Year;
import java.util.BitSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Personal data that output never prints but in the record it belongs to: a resident identity card number of
 * GB 11643 — six digits of area, eight of birth date, three of sequence and a check character computed with ISO
 * 7064 MOD 11-2. Every text that output prints (a registry id, a parameter set's name, a source, a reason, a
 * department) is refused when it holds one; the check lives here, below every record that holds such a text.
 */
public final class PersonalData {

    /** The problem of a printed text that holds a resident ID number. */
    public static final String HOLDS_ID_NUMBER = "could hold a resident ID number, which is personal data";

    private static final String NOT_DIGITS = "ID number must have digits in its first 17 characters";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** The digits of a number of the first card, the shorter. */
    private static final int SHORTEST_NUMBER = 15;
    /**
     * The check character X as it may be written: ASCII, full-width, and the Cyrillic and Greek letters that look
     * like it.
     */
    private static final String CHECK_X = "Xx\uFF38\uFF58\u0425\u0445\u03A7\u03C7";
    /** What {@link #containsIdNumber} counts as a number, with the check character after it if there is one. */
    private static final String CHECK = "[\\p{Nd}" + CHECK_X + "]";
    /** A run of digits as long as a number, not the decimals of a number (after a digit and a point). */
    private static final Pattern ID_LIKE =
            Pattern.compile("(?<!\\p{Nd})(?<!\\p{Nd}\\.)\\p{Nd}{" + SHORTEST_NUMBER + ",}" + CHECK + "?");
    /** Fillers that show nothing though no class of Unicode says so: Hangul fillers and the blank Braille pattern. */
    static final String INVISIBLE = "\u115F\u1160\u3164\uFFA0\u2800";

    private PersonalData() {}

    /**
     * What is wrong with a resident ID number: its length, a non-digit in its first 17 characters, its check
     * character or its birth date; a lower-case {@code x} is accepted as {@code X}.
     *
     * @param text the number, not null
     * @return the problem, which never contains the number, or null if it is a valid number
     */
    public static @Nullable String idNumberProblem(CharSequence text) {
        if (text.length() != 18) {
            // counted in characters: 18 mathematical digits are 36 UTF-16 units, and no number either way
            int characters = Character.codePointCount(text, 0, text.length());
            return characters == 18 ? NOT_DIGITS : "ID number must have 18 characters, not " + characters;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_DIGITS;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(text.charAt(17)) != CHECK_CHARACTERS.charAt(sum % 11)) {
            return "ID number has a wrong check digit (GB 11643)";
        }
        int month = digits(text, 10, 2);
        int day = digits(text, 12, 2);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(digits(text, 6, 4)))) {
            return "ID number holds an impossible birth date";
        }
        return null;
    }

    /**
     * Whether a text could hold a resident ID number: a run of 15 or more digits, as long as a number of the first
     * card (15 digits, no check character); every number of the second holds one of 17. Digits are those of any
     * script, full-width {@code ５} and mathematical {@code 𝟓} as well as {@code 5}. Or a valid number broken by
     * separators, such as {@code 522727-19800101-1229}: whole groups of digits joined by anything but a letter —
     * punctuation and symbols ({@code - _ . , ; : / | + ( ) $}, their full-width forms, {@code 、 。 〔 〕 ー}, a minus
     * sign, a middle dot…), spaces and characters that show nothing (a zero-width space, a soft hyphen, a variation
     * selector, a filler) — with a birth date from 1900 to 2099 and a check character that hold (an {@code X} may
     * be written full-width, or as the Cyrillic or Greek letter that looks like it, and may stand as a group of its
     * own: {@code 522727 19800101 002 X}). Other long numbers so written,
     * such as a village code and a serial, or a date and a code, are not, unless their digits happen to make such a
     * number (about one in eleven whose date holds). What such a text is put in is never written where a message
     * could repeat it.
     *
     * @param text the text, not null
     * @return true if it could hold one
     */
    public static boolean containsIdNumber(CharSequence text) {
        int digits = 0;  // the digits in a row ending at i
        int all = 0;
        for (int i = 0, c; i < text.length(); i += Character.charCount(c)) {
            c = Character.codePointAt(text, i);  // a code point: mathematical digits (U+1D7CE…) are digits too
            digits = isDigit(c) ? digits + 1 : 0;
            if (digits >= SHORTEST_NUMBER) {
                return true;
            }
            all += digits > 0 ? 1 : 0;
        }
        return all >= 17 && separatedIdNumber(text) != null;  // nearly every text has fewer digits: no string is made
    }

    /**
     * Where groups of digits joined by separators make a valid number born from 1900 to 2099, whole groups only:
     * {@code 522727-19800101-1229}, not eighteen digits taken across a code and a serial or a date.
     *
     * @return the first such number's start and end in the text, or null if there is none
     */
    private static int @Nullable [] separatedIdNumber(CharSequence text) {
        StringBuilder run = new StringBuilder(text.length());
        int[] at = new int[text.length()];  // where each character of the run stands in the text
        BitSet groupStarts = new BitSet();
        groupStarts.set(0);
        for (int i = 0, c; i <= text.length(); i += Character.charCount(c)) {
            c = i < text.length() ? Character.codePointAt(text, i) : -1;  // -1 ends the last run
            if (isDigit(c)) {
                at[run.length()] = i;
                run.append((char) ('0' + Character.digit(c, 10)));
            } else if (c >= 0 && CHECK_X.indexOf(c) >= 0
                    && (!groupStarts.get(run.length()) || standsAlone(text, i + Character.charCount(c)))) {
                at[run.length()] = i;
                run.append('X');  // a check character ends a group of digits or is one; before a letter, it is one
            } else if (isSeparator(c)) {
                groupStarts.set(run.length());
            } else {
                groupStarts.set(run.length());
                for (int from = groupStarts.nextSetBit(0); from >= 0 && from + 18 <= run.length();
                        from = groupStarts.nextSetBit(from + 1)) {
                    CharSequence number = run.subSequence(from, from + 18);
                    int century = digits(number, 6, 2);
                    if (groupStarts.get(from + 18) && (century == 19 || century == 20)
                            && idNumberProblem(number) == null) {
                        int last = at[from + 17];
                        return new int[] {at[from], last + Character.charCount(Character.codePointAt(text, last))};
                    }
                }
                run.setLength(0);
                groupStarts.clear();
                groupStarts.set(0);
            }
        }
        return null;
    }

    /**
     * A text as a message may repeat it: itself when it is at most 64 ASCII letters, digits and {@code - _ . : / # +}
     * holding no resident ID number, else {@code [?]}. A name or an ID number passed by mistake where a code, an id
     * or a key belongs is never repeated; a code mistyped is.
     *
     * @param text the text, not null
     * @return the text, or {@code [?]}
     */
    public static String quoted(CharSequence text) {
        boolean plain = text.length() <= 64;
        for (int i = 0; plain && i < text.length(); i++) {
            char c = text.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.:/#+".indexOf(c) >= 0;
        }
        return plain && !containsIdNumber(text) ? text.toString() : "[?]";
    }

    /**
     * A text with every run of 15 or more digits, of any script, written {@code <redacted>}, with the check character
     * after it if there is one, and every valid number broken by separators ({@link #containsIdNumber}) written so
     * whole: the safety net under a message that repeats text from elsewhere, such as a file the user wrote. The
     * decimals of a number ({@code 0.0027967681789931634}) are kept: a ratio is no ID number.
     *
     * @param text the text, not null
     * @return the text, redacted
     */
    public static String redacted(CharSequence text) {
        String runs = ID_LIKE.matcher(text).replaceAll("<redacted>");
        // the number's own groups, not the separators around it; nearly every text has no number: no array is made
        for (int[] number; containsIdNumber(runs) && (number = separatedIdNumber(runs)) != null; ) {
            runs = runs.substring(0, number[0]) + "<redacted>" + runs.substring(number[1]);
        }
        return runs;
    }

    /**
     * Whether a character may join the groups of a separated number: any but a letter or a digit — punctuation, a
     * symbol ({@code - ; | + $ ¥ ° ★}…), a space, a character that shows nothing — and the long-vowel mark
     * {@code ー}, which input methods give for a dash.
     */
    private static boolean isSeparator(int c) {
        // a Hangul filler is a letter that shows nothing
        return c >= 0 && (!Character.isLetter(c) || c == '\u30FC' || PlainText.showsNothing(c));
    }

    /** Whether a group that starts before {@code next} ends there: a separator or the end of the text follows. */
    private static boolean standsAlone(CharSequence text, int next) {
        if (next == text.length()) {
            return true;
        }
        int c = Character.codePointAt(text, next);
        return !isDigit(c) && isSeparator(c);
    }

    /** Whether a character is a decimal digit, ASCII or another script's, such as the full-width {@code ５}. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c > 0x7F && Character.digit(c, 10) >= 0;
    }

    /** The number written in {@code count} digits from {@code from}, all digits. */
    private static int digits(CharSequence text, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = 10 * n + text.charAt(i) - '0';
        }
        return n;
    }
}
