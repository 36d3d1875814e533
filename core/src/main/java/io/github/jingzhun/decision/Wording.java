package io.github.jingzhun.decision;

/**
 * The English and Chinese wording of a finding: patterns in which {@code {observed}}, {@code {threshold}} and
 * {@code {subject}} stand for the finding's values. Policy code keeps its wordings as constants, so a finding is
 * cheap to create and its text is only built when read.
 *
 * @param english the English pattern, not null
 * @param chinese the Chinese pattern, not null
 */
public record Wording(String english, String chinese) {

    /**
     * Obtains a wording.
     *
     * @param english the English pattern, not null
     * @param chinese the Chinese pattern, not null
     * @return the wording, not null
     */
    public static Wording of(String english, String chinese) {
        return new Wording(english, chinese);
    }

    String render(String pattern, Finding finding) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        return pattern.replace("{observed}", Finding.text(finding.observed()))
                .replace("{threshold}", Finding.text(finding.threshold()))
                .replace("{subject}", finding.subject() == null ? "" : finding.subject());
    }
}
