package io.github.jingzhun.json;

import io.github.jingzhun.decision.PersonalData;
import java.util.regex.Pattern;

/**
 * JSON paths in the style of the wire contract: {@code $.members[1].birthDate}. Relative paths, as core's
 * {@link io.github.jingzhun.household.Problem} uses, leave out the {@code $.}. A field name that is not a plain
 * identifier, or that holds a resident ID number, is shown as {@code [?]}, so that a path never repeats arbitrary
 * input such as an ID number; a key of one to six digits, such as a county code, is shown as {@code ['522727']}.
 */
final class JsonPath {

    /** The path of a whole record. */
    static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    /** A key such as a county code: too short to be an ID, phone or card number. */
    private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,6}");

    private JsonPath() {}

    /** The path of a field of an object at a relative path. */
    static String child(String path, String name) {
        String key = key(name);
        String segment = SHORT_NUMBER.matcher(key).matches() ? "['" + key + "']" : key;
        if (path.isEmpty()) {
            return segment;
        }
        return segment.startsWith("[") ? path + segment : path + "." + segment;
    }

    /** A field name as a message may repeat it: itself if a plain identifier or a short number, else {@code [?]}. */
    static String key(String name) {
        return IDENTIFIER.matcher(name).matches() && !PersonalData.containsIdNumber(name)
                || SHORT_NUMBER.matcher(name).matches() ? name : "[?]";
    }

    /** The path of an element of an array at a relative path. */
    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A relative path within another. */
    static String join(String base, String relative) {
        if (relative.isEmpty()) {
            return base;
        }
        if (base.isEmpty() || base.equals(ROOT)) {
            return base.isEmpty() ? relative : absolute(relative);
        }
        return relative.startsWith("[") ? base + relative : base + "." + relative;
    }

    /** Whether an absolute path is a relative one or within it. */
    static boolean isWithin(String absolute, String relative) {
        String outer = absolute(relative);
        return absolute.startsWith(outer) && (absolute.length() == outer.length()
                || absolute.charAt(outer.length()) == '.' || absolute.charAt(outer.length()) == '[');
    }

    /** The absolute path of a relative one. */
    static String absolute(String relative) {
        if (relative.isEmpty()) {
            return ROOT;
        }
        return relative.startsWith("[") ? ROOT + relative : ROOT + "." + relative;
    }

    /** The relative path of an absolute one. */
    static String relative(String absolute) {
        if (absolute.startsWith(ROOT + ".")) {
            return absolute.substring(2);
        }
        return absolute.startsWith(ROOT) ? absolute.substring(1) : absolute;
    }
}
