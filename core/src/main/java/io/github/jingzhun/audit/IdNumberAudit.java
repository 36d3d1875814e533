package io.github.jingzhun.audit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * AUD-2 for import validation: a raw resident ID number checked against GB 11643 and against the birth date and
 * sex recorded beside it, before a {@link io.github.jingzhun.household.Member} is built. A pure function.
 *
 * <p>Findings name the path of the field ({@code members[1].idNumber}), never the number, its birth date or any
 * part of it. The check digit itself is checked by {@link ResidentId#parse}; this class only tells the reader
 * which part of the number is wrong.
 */
public final class IdNumberAudit {

    private static final Wording WRONG_LENGTH = Wording.of(
            "{subject} has {observed} characters; a resident ID number has {threshold} (AUD-2)",
            "{subject}为{observed}位，居民身份证号码应为{threshold}位（AUD-2）");
    private static final Wording NOT_DIGITS = Wording.of(
            "{subject} must have digits in its first 17 characters (AUD-2)", "{subject}前17位必须为数字（AUD-2）");
    private static final Wording IMPOSSIBLE_DATE = Wording.of(
            "{subject} holds an impossible birth date (AUD-2)", "{subject}中的出生日期不存在（AUD-2）");
    private static final Wording WRONG_CHECK_DIGIT = Wording.of(
            "{subject} has a wrong check digit (GB 11643, AUD-2)", "{subject}校验码错误（GB 11643，AUD-2）");
    private static final Wording BIRTH_DATE_DIFFERS = Wording.of(
            "The birth date in {subject} differs from the member's birth date (AUD-2)",
            "{subject}中的出生日期与登记的出生日期不一致（AUD-2）");
    private static final Wording SEX_DIFFERS = Wording.of(
            "The sex digit of {subject} differs from the member's sex (the 17th digit is odd for MALE, AUD-2)",
            "{subject}的性别码与登记的性别不一致（第17位奇数为男性，AUD-2）");

    private static final int LENGTH = 18;

    private IdNumberAudit() {}

    /**
     * Checks the raw ID number of a household's member.
     *
     * @param memberIndex the member's index in the household, from 0
     * @param idNumber the raw ID number as received, not null
     * @param birthDate the member's recorded birth date, or null if none was given
     * @param sex the member's recorded sex, or null if none was given
     * @return the AUD-2 findings, with the subject {@code members[i].idNumber}; empty when the number is valid
     *     and agrees; not null
     */
    public static List<Finding> checkMember(int memberIndex, CharSequence idNumber, @Nullable LocalDate birthDate,
            @Nullable Sex sex) {
        return check(Household.memberRef(memberIndex) + ".idNumber", idNumber, birthDate, sex);
    }

    /**
     * Checks a raw ID number found at a path of a record: its form, birth date and check digit (GB 11643), then
     * whether its birth date and sex agree with those recorded beside it.
     *
     * @param path where the number is, such as {@code members[1].idNumber}; it becomes the findings' subject and
     *     must not itself contain personal data, not null
     * @param idNumber the raw ID number as received, not null
     * @param birthDate the recorded birth date to compare with, or null to skip the comparison
     * @param sex the recorded sex to compare with, or null to skip the comparison
     * @return the AUD-2 findings; empty when the number is valid and agrees; not null
     */
    public static List<Finding> check(String path, CharSequence idNumber, @Nullable LocalDate birthDate,
            @Nullable Sex sex) {
        ResidentId id;
        try {
            id = ResidentId.parse(idNumber);
        } catch (IllegalArgumentException e) {
            return List.of(malformed(path, idNumber));
        }
        List<Finding> findings = new ArrayList<>(0);
        if (birthDate != null && !id.birthDate().equals(birthDate)) {
            findings.add(Finding.of(Rule.AUD_2, false, path, BIRTH_DATE_DIFFERS));
        }
        if (sex != null && id.sex() != sex) {
            findings.add(Finding.of(Rule.AUD_2, false, path, SEX_DIFFERS));
        }
        return List.copyOf(findings);
    }

    /**
     * AUD-2: says what is wrong with a number that {@link ResidentId#parse} refused: its length, a non-digit, an
     * impossible birth date, else — the form being right — the check digit. A number wrong in several ways is
     * reported by the first.
     */
    private static Finding malformed(String path, CharSequence text) {
        if (text.length() != LENGTH) {
            return Finding.of(Rule.AUD_2, false, BigDecimal.valueOf(text.length()),
                    BigDecimal.valueOf(LENGTH), path, WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Finding.of(Rule.AUD_2, false, path, NOT_DIGITS);
            }
        }
        try {
            LocalDate.of(digits(text, 6, 10), digits(text, 10, 12), digits(text, 12, 14));
        } catch (DateTimeException e) {
            return Finding.of(Rule.AUD_2, false, path, IMPOSSIBLE_DATE);
        }
        return Finding.of(Rule.AUD_2, false, path, WRONG_CHECK_DIGIT);
    }

    private static int digits(CharSequence text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
