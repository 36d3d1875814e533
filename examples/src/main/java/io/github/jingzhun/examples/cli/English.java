package io.github.jingzhun.examples.cli;

import java.util.Locale;

/** Counts as English words for the messages and summaries of the command line: "1 household", "2,000 households". */
final class English {

    private English() {}

    /**
     * A count and its noun, singular for one and plural otherwise, with thousands separators.
     *
     * @param n the count
     * @param noun the singular of a noun whose plural adds "s", such as {@code line} or {@code valid household}
     * @return the text, such as {@code 1 line} or {@code 1,218 lines}
     */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /**
     * A count and its noun, singular for one and plural otherwise, with thousands separators.
     *
     * @param n the count
     * @param singular the noun's singular, such as {@code county}
     * @param plural its plural, such as {@code counties}
     * @return the text, such as {@code 1 county} or {@code 2 counties}
     */
    static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
