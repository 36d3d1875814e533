package io.github.jingzhun.explain;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.money.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * One change to a household's facts that would flip an outcome, or what stands in its way when no change can.
 * Values are as the JSON contract writes the fact at {@link #path()}: an amount such as {@code 3536.00}, an enum
 * constant such as {@code ENROLLED}, {@code true}, a whole number. Never personal data: members are referred to by
 * index.
 *
 * @param goal the outcome the change would flip, not null
 * @param kind what kind of change it is, not null
 * @param rule the rule whose comparison the change crosses, not null
 * @param path the JSON path of the fact to change, such as {@code $.income[0].wage} or
 *     {@code $.members[1].schooling}, not null
 * @param now the fact's value now, or null when it has none (a procedure not started)
 * @param needed the value it would need, or null when no value would do ({@link ChangeKind#IMPOSSIBLE})
 * @param amount for an income change, how much the household's income must change, signed, to the fen; else null
 * @param perPerson for an income change, the same per member, rounded away from zero to the fen, so that this
 *     much for every member suffices and one fen less does not; else null
 * @param message what to change and why, in English, not null
 * @param messageZh the same in Chinese, not null
 */
public record Change(Goal goal, ChangeKind kind, Rule rule, String path, @Nullable String now,
        @Nullable String needed, @Nullable Yuan amount, @Nullable Yuan perPerson, String message, String messageZh) {

    /**
     * Renders the change on one line: its rule, goal, the fact from now to needed, and the message in English.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(160).append('[').append(rule.id()).append("] ").append(goal)
                .append(' ').append(kind).append(' ').append(path);
        if (now != null || needed != null) {
            sb.append(' ').append(now == null ? "-" : now).append(" -> ").append(needed == null ? "-" : needed);
        }
        return sb.append(": ").append(message).toString();
    }
}
