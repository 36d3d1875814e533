package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Water;

/**
 * The messages of this package's findings, English and Chinese side by side, so that a translator or a policy
 * reviewer reads them together: {@code {observed}}, {@code {threshold}} and {@code {subject}} stand for a finding's
 * values. Grouped by the class that cites them.
 */
final class Wordings {

    // Indicators
    static final Wording FOOD_ASSURED = Wording.of("Food is assured", "不愁吃");
    static final Wording FOOD_NOT_ASSURED = Wording.of("Food is not assured", "吃饭未得到保障");
    static final Wording CLOTHING_ASSURED = Wording.of(
            "Clothing, seasonal clothes and bedding, is assured", "不愁穿（四季衣物和被褥）");
    static final Wording CLOTHING_NOT_ASSURED = Wording.of(
            "Clothing, seasonal clothes and bedding, is not assured", "穿衣（四季衣物和被褥）未得到保障");
    static final Wording IN_SCHOOL = Wording.of(
            "{subject}, aged {observed} on the reference day, is in compulsory education",
            "{subject}在义务教育年龄（{observed}岁），正在接受义务教育");
    static final Wording DROPPED_OUT = Wording.of(
            "{subject}, aged {observed} on the reference day, has dropped out of compulsory education",
            "{subject}在义务教育年龄（{observed}岁），已辍学");
    static final Wording NOT_ENROLLED = Wording.of(
            "{subject}, aged {observed} on the reference day, is not enrolled in compulsory education",
            "{subject}在义务教育年龄（{observed}岁），未入学");
    static final Wording NO_SCHOOL_AGE = Wording.of(
            "No member is of compulsory-education age", "家中无义务教育阶段适龄成员");
    static final Wording NOT_INSURED = Wording.of(
            "{subject} is not enrolled in basic medical insurance", "{subject}未参加基本医疗保险");
    static final Wording NOT_COVERED_SERIOUS = Wording.of(
            "{subject} has a serious illness but no serious-illness insurance", "{subject}患大病但未参加大病保险");
    static final Wording ALL_INSURED = Wording.of(
            "Every member ({observed}) has basic medical insurance, and any seriously ill member serious-illness cover",
            "全家{observed}人均参加基本医疗保险，大病患者均有大病保险");
    static final Wording HOUSE_SAFE = Wording.of(
            "The dwelling is {subject}", "住房{subject}",
            Labelled.english(HousingSafety.class), Labelled.chinese(HousingSafety.class));
    static final Wording HOUSE_UNSAFE = Wording.of(
            "The dwelling is {subject}: not a guaranteed safe house", "住房{subject}，住房安全未得到保障",
            Labelled.english(HousingSafety.class), Labelled.chinese(HousingSafety.class));
    static final Wording WARM = Wording.of(
            "The dwelling keeps warm in winter, as the NORTH zone requires", "住房冬季保暖，符合北方要求");
    static final Wording NOT_WARM = Wording.of(
            "The dwelling does not keep warm in winter, as the NORTH zone requires", "住房冬季不保暖，不符合北方要求");
    static final Wording VENTILATED = Wording.of(
            "The dwelling is ventilated and damp-proof, as the SOUTH zone requires", "住房通风防潮，符合南方要求");
    static final Wording NOT_VENTILATED = Wording.of(
            "The dwelling is not ventilated and damp-proof, as the SOUTH zone requires",
            "住房不通风防潮，不符合南方要求");
    static final Wording QUALITY_MET = Wording.of(
            "Drinking water quality meets the standard", "饮用水水质达标");
    static final Wording QUALITY_UNMET = Wording.of(
            "Drinking water quality does not meet the standard", "饮用水水质不达标");
    static final Wording QUANTITY_MET = Wording.of(
            "Water quantity {observed} litres per person per day is at least {threshold}",
            "水量每人每天{observed}升，不低于{threshold}升");
    static final Wording QUANTITY_UNMET = Wording.of(
            "Water quantity {observed} litres per person per day is below {threshold}",
            "水量每人每天{observed}升，低于{threshold}升");
    static final Wording PIPED = Wording.of("Water is piped to the yard", "自来水入户");
    static final Wording TRIP_MET = Wording.of(
            "A round trip to fetch water takes {observed} minutes, at most {threshold}",
            "取水往返{observed}分钟，不超过{threshold}分钟");
    static final Wording TRIP_UNMET = Wording.of(
            "A round trip to fetch water takes {observed} minutes, more than {threshold}",
            "取水往返{observed}分钟，超过{threshold}分钟");
    static final Wording TRIP_UNKNOWN = Wording.of(
            "Water is not piped to the yard and the round trip to fetch it was not surveyed",
            "自来水未入户，且未调查取水往返时间");
    static final Wording GUARANTEE_MET = Wording.of(
            "Water supply guarantee rate {observed}% is at least {threshold}%", "供水保证率{observed}%，不低于{threshold}%");
    static final Wording GUARANTEE_UNMET = Wording.of(
            "Water supply guarantee rate {observed}% is below {threshold}%", "供水保证率{observed}%，低于{threshold}%");

    private Wordings() {}
}
