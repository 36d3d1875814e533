package io.github.jingzhun.decision;

import java.util.function.UnaryOperator;

/**
 * A registry code that reads in plain words in English and Chinese, such as a cause of poverty
 * ({@code ILLNESS}: "illness", "因病"). Findings keep codes in their subjects; wordings read them through here.
 */
public interface Labelled {

    /**
     * The code in plain words, English and Chinese side by side.
     *
     * @return the words, not null
     */
    Wording label();

    /**
     * The code in plain English.
     *
     * @return the words, not null
     */
    default String english() {
        return label().english();
    }

    /**
     * The code in Chinese.
     *
     * @return the words, not null
     */
    default String chinese() {
        return label().chinese();
    }

    /**
     * Reads an enum's code names in English, for a {@link Wording}'s subject.
     *
     * @param <E> the enum type
     * @param type the enum class, not null
     * @return the translation from a code name to its English words, not null
     */
    static <E extends Enum<E> & Labelled> UnaryOperator<String> english(Class<E> type) {
        return name -> Enum.valueOf(type, name).english();
    }

    /**
     * Reads an enum's code names in Chinese, for a {@link Wording}'s subject.
     *
     * @param <E> the enum type
     * @param type the enum class, not null
     * @return the translation from a code name to its Chinese words, not null
     */
    static <E extends Enum<E> & Labelled> UnaryOperator<String> chinese(Class<E> type) {
        return name -> Enum.valueOf(type, name).chinese();
    }
}
