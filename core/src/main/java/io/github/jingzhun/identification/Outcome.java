package io.github.jingzhun.identification;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;

/** The outcome of household identification (ID-H-3). */
public enum Outcome implements Labelled {
    /** Income below the line and no exclusion applies: the household is poor (贫困户). */
    ELIGIBLE("eligible (poor)", "识别为贫困户"),
    /** Income below the line, but an exclusion of ID-H-2 applies. */
    EXCLUDED("excluded", "符合收入条件但应予排除"),
    /** Income at or above the line: not poor. */
    NOT_ELIGIBLE("not eligible", "不符合识别条件");

    private final Wording label;

    Outcome(String english, String chinese) {
        this.label = Wording.of(english, chinese);
    }

    @Override
    public Wording label() {
        return label;
    }
}
