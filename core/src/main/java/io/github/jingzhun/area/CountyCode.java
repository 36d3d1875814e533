package io.github.jingzhun.area;

/**
 * A county-level administrative code of GB/T 2260: six digits, province (2), prefecture (2), county (2).
 *
 * <p>The code is checked when created: six digits, a mainland province, and a county part other than {@code 00}
 * (which would name a prefecture, not a county). Immutable, thread-safe and value-based.
 */
public final class CountyCode implements Comparable<CountyCode> {

    private final int code;

    private CountyCode(int code) {
        this.code = code;
    }

    /**
     * Obtains a county code from its six-digit number.
     *
     * @param code the code, such as {@code 522727}
     * @return the county code, not null
     * @throws IllegalArgumentException if the code is not a county code of a mainland province
     */
    public static CountyCode of(int code) {
        if (code < 110000 || code > 659999) {
            throw new IllegalArgumentException("county code must have six digits and a mainland province: " + code);
        }
        if (!Provinces.isProvince(code / 10000)) {
            throw new IllegalArgumentException("county code has no mainland province: " + code);
        }
        if (code % 100 == 0) {
            throw new IllegalArgumentException("county code ends in 00, which names a prefecture: " + code);
        }
        return new CountyCode(code);
    }

    /**
     * Parses a six-digit county code such as {@code "522727"}.
     *
     * @param text the code, not null
     * @return the county code, not null
     * @throws IllegalArgumentException if the text is not a county code of a mainland province
     */
    public static CountyCode parse(CharSequence text) {
        return of(Integer.parseInt(Provinces.digits("county code", text, 6, "six")));
    }

    /**
     * Returns the six-digit code.
     *
     * @return the code, such as {@code 522727}
     */
    public int code() {
        return code;
    }

    /**
     * Returns the two-digit province code.
     *
     * @return the province, such as {@code 52}
     */
    public int province() {
        return code / 10000;
    }

    /**
     * Returns the four-digit prefecture (city) code.
     *
     * @return the prefecture, such as {@code 5227}
     */
    public int prefecture() {
        return code / 100;
    }

    /**
     * Checks whether this county lies within an administrative prefix of two, four or six digits.
     *
     * @param prefix a province, prefecture or county code, such as {@code 52}, {@code 5227} or {@code 522727}
     * @return true if this county is inside the prefix
     */
    public boolean isWithin(int prefix) {
        return prefix == province() || prefix == prefecture() || prefix == code;
    }

    @Override
    public int compareTo(CountyCode other) {
        return Integer.compare(code, other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CountyCode && ((CountyCode) obj).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /**
     * Returns the six-digit code.
     *
     * @return the code as text, such as {@code "522727"}
     */
    @Override
    public String toString() {
        return Integer.toString(code);
    }
}
