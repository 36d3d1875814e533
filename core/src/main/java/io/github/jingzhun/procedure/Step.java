package io.github.jingzhun.procedure;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import java.util.function.UnaryOperator;

/**
 * A step of one or more procedures. Which steps a procedure has, and in which order, is its
 * {@link ProcedureKind}'s list; a step shared by two procedures (a democratic appraisal) is one constant.
 */
public enum Step implements Labelled {
    /** The household applies (PROC-REG). */
    APPLICATION(false, "household application", "农户申请"),
    /** Village representatives appraise and vote (PROC-REG, PROC-EXIT). */
    DEMOCRATIC_APPRAISAL(false, "democratic appraisal by village representatives", "村民代表民主评议"),
    /** The village committee checks and posts the first notice in the village (PROC-REG). */
    VILLAGE_NOTICE(true, "village committee check and first notice", "村委会审核并第一次公示"),
    /** The township reviews and posts the second notice (PROC-REG). */
    TOWNSHIP_NOTICE(true, "township review and second notice", "乡镇审核并第二次公示"),
    /** The county reviews, approves and announces (PROC-REG). */
    COUNTY_ANNOUNCEMENT(false, "county review, approval and announcement", "县级审定并公告"),
    /** The household is filed in the registry (PROC-REG). */
    FILED(false, "filing in the registry", "建档立卡"),
    /** The village committee and resident team check and propose (PROC-EXIT). */
    VILLAGE_PROPOSAL(false, "village committee and resident team check and propose", "村两委和驻村工作队核实拟退出"),
    /** The household agrees (PROC-EXIT). */
    HOUSEHOLD_AGREEMENT(false, "the household agrees", "贫困户认可"),
    /** Public notice with no upheld objection (PROC-EXIT, EX-C-3). */
    PUBLIC_NOTICE(true, "public notice", "公示"),
    /** The township verifies (PROC-EXIT). */
    TOWNSHIP_VERIFICATION(false, "township verification", "乡镇核查"),
    /** The exit is announced (PROC-EXIT). */
    ANNOUNCEMENT(false, "announcement", "公告"),
    /** The household is deregistered, 销号 (PROC-EXIT). */
    DEREGISTRATION(false, "deregistration", "销号"),
    /** The county applies (EX-C-3). */
    COUNTY_APPLICATION(false, "county application", "县级申请"),
    /** The city reviews (EX-C-3). */
    CITY_REVIEW(false, "city review", "市级初审"),
    /** The province verifies, with a third-party evaluation (EX-C-3). */
    PROVINCIAL_VERIFICATION(false, "provincial verification with third-party evaluation", "省级核查和第三方评估"),
    /** The province announces the county's exit (EX-C-3). */
    PROVINCIAL_ANNOUNCEMENT(false, "provincial announcement", "省级政府公告退出"),
    /** A household report, a cadre's visit or a department's data alert starts monitoring (PROC-MON). */
    MONITORING_REPORT(false, "household report, cadre visit or department data alert", "农户申报、干部排查或部门预警"),
    /** The household's data are compared across departments (PROC-MON). */
    DATA_COMPARISON(false, "data comparison", "信息比对"),
    /** The village appraises and posts a notice (PROC-MON). */
    VILLAGE_APPRAISAL_NOTICE(true, "village appraisal and notice", "村级民主评议并公示"),
    /** The township reviews (PROC-MON). */
    TOWNSHIP_REVIEW(false, "township review", "乡镇审核"),
    /** The county approves (PROC-MON). */
    COUNTY_APPROVAL(false, "county approval", "县级审定");

    private final boolean notice;
    private final Wording label;

    Step(boolean notice, String english, String chinese) {
        this.notice = notice;
        this.label = Wording.of(english, chinese);
    }

    /**
     * Whether this step is a public notice, which must last a minimum number of calendar days with no upheld
     * objection.
     *
     * @return true for a notice
     */
    public boolean isNotice() {
        return notice;
    }

    @Override
    public Wording label() {
        return label;
    }

    private static final UnaryOperator<String> ENGLISH_LIST = Wording.list(Labelled.english(Step.class), "; ");
    private static final UnaryOperator<String> CHINESE_LIST = Wording.list(Labelled.chinese(Step.class), "、");

    /**
     * Reads a list of step names, such as {@code "PUBLIC_NOTICE, ANNOUNCEMENT"}, in plain English.
     *
     * @param names step names separated by {@code ", "}, not null
     * @return the steps in English separated by semicolons, not null
     */
    public static String englishList(String names) {
        return ENGLISH_LIST.apply(names);
    }

    /**
     * Reads a list of step names, such as {@code "PUBLIC_NOTICE, ANNOUNCEMENT"}, in Chinese.
     *
     * @param names step names separated by {@code ", "}, not null
     * @return the steps in Chinese separated by {@code 、}, not null
     */
    public static String chineseList(String names) {
        return CHINESE_LIST.apply(names);
    }
}
