package io.github.jingzhun.household;

/** Test helper: GB 11643 check characters, for ID numbers whose first 17 digits a test chooses. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private IdNumbers() {}

    /** The check character of 17 digits (ISO 7064 MOD 11-2). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** The 17 digits followed by their correct check character. */
    static String withCheck(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** The 17 digits followed by a check character that is wrong for them. */
    static String withWrongCheck(String first17) {
        char right = checkCharacter(first17);
        return first17 + (right == '0' ? '1' : '0');
    }
}
