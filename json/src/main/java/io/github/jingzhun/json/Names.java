package io.github.jingzhun.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.jingzhun.decision.Rule;

/**
 * The JSON text of the names a decision writes over and over — enum constants and rule ids — encoded once, so that
 * a generator copies their bytes rather than encoding and escaping each time. Writes the same bytes as the names
 * written as strings.
 */
final class Names {

    private static final ClassValue<SerializedString[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected SerializedString[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            SerializedString[] names = new SerializedString[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = new SerializedString(((Enum<?>) constants[i]).name());
            }
            return names;
        }
    };

    private static final SerializedString[] RULE_IDS = ruleIds();

    private Names() {}

    /**
     * The name of an enum constant.
     *
     * @param constant the constant
     * @return its name, encoded
     */
    static SerializableString of(Enum<?> constant) {
        return CONSTANTS.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * The id of a rule, such as {@code ID-H-1}.
     *
     * @param rule the rule
     * @return its id, encoded
     */
    static SerializableString id(Rule rule) {
        return RULE_IDS[rule.ordinal()];
    }

    private static SerializedString[] ruleIds() {
        Rule[] rules = Rule.values();
        SerializedString[] ids = new SerializedString[rules.length];
        for (Rule rule : rules) {
            ids[rule.ordinal()] = new SerializedString(rule.id());
        }
        return ids;
    }
}
