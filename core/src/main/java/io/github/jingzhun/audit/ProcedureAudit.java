package io.github.jingzhun.audit;

import static io.github.jingzhun.audit.FindingList.add;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * AUD-7: the audit of a recorded procedure trail, such as one imported from another system, against the procedure
 * it claims to follow (PROC-REG, PROC-EXIT, EX-C-3). A pure function.
 *
 * <p>{@link io.github.jingzhun.procedure.Procedure} refuses an irregular step as it happens and stops there; this
 * audit reads a finished trail and reports every irregularity in it: a step skipped, out of order or foreign to
 * the procedure, a step recorded after a rejection, a step with no actor, a date before the previous step's, a
 * notice with no posting date (unless the step rejected the application), one that ends before it was posted, a
 * notice shorter than the NOTICE_DAYS in force on the day it was posted (unless an upheld objection ended it: that is
 * a rejection), and a posting date on a step that is no notice. A trail that stops before the last step is in
 * progress, not irregular.
 *
 * <p>A step's subject is its place in the trail and its name, such as {@code trail[3] TOWNSHIP_NOTICE}; the
 * messages read the step in plain words.
 */
public final class ProcedureAudit {

    private static final Wording SKIPPED = Wording.of(
            "Steps were skipped before {subject}", "{subject}", ProcedureAudit::englishSkipped,
            ProcedureAudit::chineseSkipped);
    private static final Wording OUT_OF_ORDER = Wording.of(
            "{subject} is out of order: it repeats a step or comes after a later one",
            "{subject}顺序错误：重复办理或在后续步骤之后办理", ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording FOREIGN_STEP = Wording.of(
            "{subject} is not a step of this procedure", "{subject}不属于本程序的步骤",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording AFTER_REJECTION = Wording.of(
            "{subject} is recorded after the procedure was rejected", "{subject}在程序已终止（不予通过）后仍有记录",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording NO_ACTOR = Wording.of(
            "{subject} does not record who took it", "{subject}未记录经办人",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording BACKWARDS = Wording.of(
            "{subject} is dated before the previous step", "{subject}的日期早于上一步骤",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording NO_POSTING_DATE = Wording.of(
            "{subject} is a notice with no posting date: its length cannot be checked",
            "{subject}为公示环节，但未记录公示开始日期，无法核查公示期",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording POSTED_NOT_NOTICE = Wording.of(
            "{subject} is not a notice, yet records a posting date", "{subject}不是公示环节，却记录了公示开始日期",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording ENDS_BEFORE_POSTED = Wording.of(
            "{subject} ends before it was posted", "{subject}的公示结束日期早于开始日期",
            ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording NOT_REACHED = Wording.of(
            "The household is {subject} did not reach its last step", "本户{subject}未完成最后一步",
            ProcedureAudit::englishState, ProcedureAudit::chineseState);
    private static final Wording REACHED_AGAINST_STATE = Wording.of(
            "The household is {subject} reached its last step: the state and the procedure disagree",
            "本户{subject}已完成最后一步：登记状态与程序不符", ProcedureAudit::englishState, ProcedureAudit::chineseState);
    private static final Wording COUNTY_NOT_REACHED = Wording.of(
            "The county is recorded as exited in {subject}, but its exit procedure (exitProcedure) did not reach its "
                    + "last step", "本县记录于{subject}年退出，但其退出程序（exitProcedure）未完成最后一步");
    private static final Wording COUNTY_REACHED_AGAINST_RECORD = Wording.of(
            "The county's exit procedure (exitProcedure) reached its last step, but no exit year is recorded: the "
                    + "record and the procedure disagree",
            "本县退出程序（exitProcedure）已完成最后一步，但未记录退出年份：记录与程序不符");
    private static final Wording NO_NOTICE_LENGTH = Wording.of(
            "{subject} was posted before any notice length was in force: it cannot be checked",
            "{subject}张贴时尚无适用的公示天数标准，公示无法核验", ProcedureAudit::english, ProcedureAudit::chinese);
    private static final Wording SHORT_NOTICE = Wording.of(
            "{subject} was up for {observed} of the {threshold} days required",
            "{subject}公示{observed}天，少于规定的{threshold}天", ProcedureAudit::english, ProcedureAudit::chinese);

    /** A trail audited on its own, not one of a household's record's procedures. */
    private static final int TRAIL = -1;
    /**
     * Each step's place in each kind's steps, by the kinds' and steps' ordinals, -1 for a step of another kind: every
     * recorded step of every household's procedures is placed, and a list is searched by equality.
     */
    private static final int[][] POSITIONS = positions();

    private ProcedureAudit() {}

    /**
     * Audits a recorded trail.
     *
     * @param kind the procedure the trail claims to follow, not null
     * @param trail the recorded steps, in the order recorded, not null
     * @param parameters the parameters giving the shortest notice in force on each notice's posting day, not null
     * @return the AUD-7 findings, in trail order; empty when the trail is regular; not null
     */
    public static List<Finding> check(ProcedureKind kind, List<StepRecord> trail, PolicyParameters parameters) {
        return check(kind, "trail", trail, parameters);
    }

    /**
     * Audits a recorded trail held in a record's field, naming its steps by that field, such as
     * {@code exitProcedure[3] PUBLIC_NOTICE} for a county's recorded exit procedure.
     *
     * @param kind the procedure the trail claims to follow, not null
     * @param field the name of the field holding the trail, not null
     * @param trail the recorded steps, in the order recorded, not null
     * @param parameters the parameters giving the shortest notice in force on each notice's posting day, not null
     * @return the AUD-7 findings, in trail order; empty when the trail is regular; not null
     */
    public static List<Finding> check(ProcedureKind kind, String field, List<StepRecord> trail,
            PolicyParameters parameters) {
        return List.copyOf(check(kind, trail, TRAIL_STEPS, parameters, field, TRAIL, List.of()));
    }

    /**
     * AUD-7 for a county, as for a household's state: a county recorded as exited (an exit year) whose recorded exit
     * procedure did not reach the provincial announcement, or one not recorded as exited although it did. It
     * reaches it as EX-C-3 replays it: every step accepted in turn, the last rejecting nothing. A record that holds
     * no procedure has neither finding.
     *
     * @param exitYear the year the county's record says it exited, or null
     * @param trail its recorded exit procedure, in the order recorded, not null
     * @param parameters the parameters giving the shortest notices, not null
     * @return the finding, or null if the record and the procedure agree
     */
    public static @Nullable Finding countyExit(@Nullable Year exitYear, List<StepRecord> trail,
            PolicyParameters parameters) {
        if (trail.isEmpty()) {
            return null;
        }
        List<ProcedureEvent> events = new ArrayList<>(trail.size());
        trail.forEach(step -> events.add(step.event()));
        boolean reached = Procedure.replay(ProcedureKind.COUNTY_EXIT, events, parameters).state()
                == Procedure.State.COMPLETED;
        if (reached == (exitYear != null)) {
            return null;
        }
        return reached ? Finding.of(Rule.AUD_7, false, null, COUNTY_REACHED_AGAINST_RECORD)
                : Finding.of(Rule.AUD_7, false, String.valueOf(exitYear), COUNTY_NOT_REACHED);
    }

    /**
     * AUD-7 over the procedures a household's record holds: each trail audited as {@link #check} does, its steps
     * named by their place in the record ({@code procedures[1].events[3] PUBLIC_NOTICE}); then the record's state
     * against its latest registration and exit procedures — a household recorded REGISTERED or EXITED whose
     * registration procedure did not reach filing, or NOT_REGISTERED although it did; a household recorded EXITED
     * whose exit procedure did not reach deregistration, or not EXITED although it did. A procedure reaches its
     * last step as it replays: every step accepted in turn, the last rejecting nothing. Older records that hold no
     * procedure have none of these findings.
     *
     * @param household the household, not null
     * @param parameters the parameters giving the shortest notices, not null
     * @param findings the findings so far, not null
     * @return the findings with these added ({@link FindingList#add}), not null
     */
    static List<Finding> check(Household household, PolicyParameters parameters, List<Finding> findings) {
        List<RecordedProcedure> procedures = household.getProcedures();
        if (procedures.isEmpty()) {
            return findings;
        }
        // whether the latest registration and exit procedures have any irregularity: only then replayed below
        boolean irregularRegistration = false;
        boolean irregularExit = false;
        for (int i = 0; i < procedures.size(); i++) {
            RecordedProcedure procedure = procedures.get(i);
            int before = findings.size();
            findings = check(procedure.getKind(), procedure.getEvents(), RECORDED_STEPS, parameters, "procedures", i,
                    findings);
            if (procedure.getKind() == ProcedureKind.REGISTRATION) {
                irregularRegistration = findings.size() > before;
            } else if (procedure.getKind() == ProcedureKind.HOUSEHOLD_EXIT) {
                irregularExit = findings.size() > before;
            }
        }
        RegistrationState state = household.getStatus().getState();
        findings = state(household, ProcedureKind.REGISTRATION, state != RegistrationState.NOT_REGISTERED,
                irregularRegistration, parameters, findings);
        if (state == RegistrationState.REGISTERED && household.registeredAfterExit()) {
            return findings;  // registered again after it exited (a relapse): the exit before no longer stands
        }
        return state(household, ProcedureKind.HOUSEHOLD_EXIT, state == RegistrationState.EXITED, irregularExit,
                parameters, findings);
    }

    /**
     * AUD-7: the latest procedure of a kind reached its last step exactly when the household's state says so. It
     * reached it as the procedure replays it (EX-H-3 reads it so): its last step recorded, rejecting nothing, and,
     * for a trail with an irregularity, every step accepted in turn — a rejection or a refused step before the
     * last ends it there.
     */
    private static List<Finding> state(Household household, ProcedureKind kind, boolean expected, boolean irregular,
            PolicyParameters parameters, List<Finding> findings) {
        RecordedProcedure latest = household.latestProcedure(kind);
        if (latest == null) {
            return findings;
        }
        List<RecordedStep> events = latest.getEvents();
        RecordedStep last = events.get(events.size() - 1);
        Step lastStep = kind.steps().get(kind.steps().size() - 1);
        boolean reached = last.getStep() == lastStep && !last.rejects() && (!irregular
                || Procedure.replay(kind, latest.events(), parameters).state() == Procedure.State.COMPLETED);
        if (reached != expected) {
            String subject = "procedures[" + household.getProcedures().lastIndexOf(latest) + "] " + kind.name() + " "
                    + household.getStatus().getState().name();
            return add(findings, Finding.of(Rule.AUD_7, false, subject, reached ? REACHED_AGAINST_STATE : NOT_REACHED));
        }
        return findings;
    }

    /**
     * What AUD-7 reads of a step. A household's record is audited from its recorded steps as they are, through
     * {@link #RECORDED_STEPS}: making a {@link StepRecord} of every step of every procedure would allocate what
     * the audit only reads.
     */
    private interface StepReader<T> {
        Step step(T step);

        LocalDate date(T step);

        boolean hasActor(T step);

        @Nullable LocalDate postedOn(T step);

        boolean rejects(T step);
    }

    /** A trail audited on its own, as given. */
    private static final StepReader<StepRecord> TRAIL_STEPS = new StepReader<>() {
        @Override
        public Step step(StepRecord step) {
            return step.step();
        }

        @Override
        public LocalDate date(StepRecord step) {
            return step.date();
        }

        @Override
        public boolean hasActor(StepRecord step) {
            return !PlainText.isBlank(step.actor());
        }

        @Override
        public @Nullable LocalDate postedOn(StepRecord step) {
            return step.postedOn();
        }

        @Override
        public boolean rejects(StepRecord step) {
            return step.rejection() != null;
        }
    };

    /** A household's recorded step, read as {@link RecordedStep#trailEntry()} would give it. */
    private static final StepReader<RecordedStep> RECORDED_STEPS = new StepReader<>() {
        @Override
        public Step step(RecordedStep step) {
            return step.getStep();
        }

        @Override
        public LocalDate date(RecordedStep step) {
            return step.day();
        }

        @Override
        public boolean hasActor(RecordedStep step) {
            return step.getActor() != null;  // a recorded step refuses a blank actor
        }

        @Override
        public @Nullable LocalDate postedOn(RecordedStep step) {
            return step.getNoticeStart();
        }

        @Override
        public boolean rejects(RecordedStep step) {
            return step.rejects();
        }
    };

    private static int[][] positions() {
        int[][] positions = new int[ProcedureKind.values().length][];
        for (ProcedureKind kind : ProcedureKind.values()) {
            int[] ofKind = new int[Step.values().length];
            for (Step step : Step.values()) {
                ofKind[step.ordinal()] = kind.steps().indexOf(step);
            }
            positions[kind.ordinal()] = ofKind;
        }
        return positions;
    }

    /**
     * Audits one trail: the record's procedure of that index in the field, or the trail the field holds
     * ({@link #TRAIL}).
     */
    private static <T> List<Finding> check(ProcedureKind kind, List<T> trail, StepReader<T> reader,
            PolicyParameters parameters, String field, int procedure, List<Finding> findings) {
        List<Step> steps = kind.steps();
        int due = 0;
        boolean rejected = false;
        @Nullable LocalDate previous = null;
        for (int i = 0; i < trail.size(); i++) {
            T record = trail.get(i);
            Step step = reader.step(record);
            // AUD-7: a rejection, or an upheld objection to a notice, ends the procedure.
            if (rejected) {
                findings = add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), AFTER_REJECTION));
                continue;
            }
            // AUD-7: steps cannot be skipped or reordered.
            int position = POSITIONS[kind.ordinal()][step.ordinal()];
            if (position < 0) {
                findings = add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), FOREIGN_STEP));
            } else if (position < due) {
                findings = add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), OUT_OF_ORDER));
            } else {
                if (position > due) {
                    findings = add(findings, Finding.of(Rule.AUD_7, false,
                            at(field, procedure, i, step) + ": " + names(steps.subList(due, position)), SKIPPED));
                }
                due = position + 1;
            }
            if (!reader.hasActor(record)) {
                findings = add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), NO_ACTOR));
            }
            LocalDate date = reader.date(record);
            LocalDate posted = reader.postedOn(record);
            boolean rejects = reader.rejects(record);
            if (step.isNotice() && posted != null) {
                findings = notice(kind, step, date, posted, rejects, previous, field, procedure, i, parameters,
                        findings);
            } else {
                // A notice step may reject before posting anything; one that was posted records the day.
                if (step.isNotice() && !rejects) {
                    findings = add(findings,
                            Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), NO_POSTING_DATE));
                }
                // AUD-7: only a notice is posted; the procedure refuses any other step that says it was.
                if (!step.isNotice() && posted != null) {
                    findings = add(findings,
                            Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), POSTED_NOT_NOTICE));
                }
                // AUD-7: dates never go backwards.
                if (previous != null && date.isBefore(previous)) {
                    findings = add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), BACKWARDS));
                }
            }
            previous = date;
            rejected = rejects;
        }
        return findings;
    }

    /**
     * AUD-7 for a notice: posted no earlier than the previous step, ending no earlier than posted, and, unless an
     * upheld objection ended it, lasting, in calendar days from posting to end, at least the NOTICE_DAYS in force on
     * the posting day — as {@link io.github.jingzhun.procedure.Procedure} counts them.
     */
    private static List<Finding> notice(ProcedureKind kind, Step step, LocalDate ended, LocalDate posted,
            boolean upheld, @Nullable LocalDate previous, String field, int procedure, int i,
            PolicyParameters parameters, List<Finding> findings) {
        if (previous != null && posted.isBefore(previous)) {
            findings = add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), BACKWARDS));
        }
        if (ended.isBefore(posted)) {
            return add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), ENDS_BEFORE_POSTED));
        }
        if (upheld) {
            return findings;  // the objection ended it, whenever it was upheld: a rejection, not a short notice
        }
        BigDecimal minimum = Procedure.minimumNoticeDays(kind, posted, parameters);
        if (minimum == null) {
            return add(findings, Finding.of(Rule.AUD_7, false, at(field, procedure, i, step), NO_NOTICE_LENGTH));
        }
        long days = Procedure.noticeDays(posted, ended);
        if (BigDecimal.valueOf(days).compareTo(minimum) < 0) {
            return add(findings, Finding.of(Rule.AUD_7, false, BigDecimal.valueOf(days), minimum,
                    at(field, procedure, i, step), SHORT_NOTICE));
        }
        return findings;
    }

    /**
     * A step's subject, {@code trail[3] TOWNSHIP_NOTICE} or {@code procedures[1].events[3] TOWNSHIP_NOTICE}: made
     * only for a finding, as nearly every step of a trail has none.
     */
    private static String at(String field, int procedure, int index, Step step) {
        return (procedure == TRAIL ? field : field + "[" + procedure + "].events") + "[" + index + "] "
                + step.name();
    }

    private static String names(List<Step> steps) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Step step : steps) {
            joiner.add(step.name());
        }
        return joiner.toString();
    }

    /** Reads {@code trail[2] VILLAGE_NOTICE: DEMOCRATIC_APPRAISAL} in English. */
    private static String englishSkipped(String subject) {
        int colon = subject.indexOf(": ");
        return english(subject.substring(0, colon)) + ": " + Step.englishList(subject.substring(colon + 2));
    }

    /** Reads {@code trail[2] VILLAGE_NOTICE: DEMOCRATIC_APPRAISAL} in Chinese. */
    private static String chineseSkipped(String subject) {
        int colon = subject.indexOf(": ");
        return chinese(subject.substring(0, colon)) + "之前跳过了以下步骤：" + Step.chineseList(subject.substring(colon + 2));
    }

    /** Reads {@code procedures[1] HOUSEHOLD_EXIT EXITED} in English. */
    private static String englishState(String subject) {
        String[] parts = subject.split(" ");
        return "recorded " + parts[2] + ", but its " + parts[1] + " procedure (" + parts[0] + ")";
    }

    /** Reads {@code procedures[1] HOUSEHOLD_EXIT EXITED} in Chinese. */
    private static String chineseState(String subject) {
        String[] parts = subject.split(" ");
        return "登记状态为" + parts[2] + "，但其" + parts[1] + "程序（" + parts[0] + "）";
    }

    /** Reads {@code trail[3] TOWNSHIP_NOTICE} as {@code trail[3] (township review and second notice)}. */
    private static String english(String subject) {
        int space = subject.indexOf(' ');
        return subject.substring(0, space) + " (" + Step.valueOf(subject.substring(space + 1)).english() + ")";
    }

    /** Reads {@code trail[3] TOWNSHIP_NOTICE} as {@code trail[3]（乡镇审核并第二次公示）}. */
    private static String chinese(String subject) {
        int space = subject.indexOf(' ');
        return subject.substring(0, space) + "（" + Step.valueOf(subject.substring(space + 1)).chinese() + "）";
    }
}
