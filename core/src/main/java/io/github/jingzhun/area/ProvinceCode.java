package io.github.jingzhun.area;

/**
 * A province-level administrative code of GB/T 2260: the two digits of one of the 31 mainland provinces,
 * autonomous regions and municipalities. Immutable, thread-safe and value-based.
 */
public final class ProvinceCode implements Comparable<ProvinceCode> {

    private final int code;

    private ProvinceCode(int code) {
        this.code = code;
    }

    /**
     * Obtains a province code from its two-digit number.
     *
     * @param code the code, such as {@code 52}
     * @return the province code, not null
     * @throws IllegalArgumentException if the code is not a mainland province
     */
    public static ProvinceCode of(int code) {
        if (!Provinces.isProvince(code)) {
            throw new IllegalArgumentException("province code must be two digits of a mainland province: " + code);
        }
        return new ProvinceCode(code);
    }

    /**
     * Obtains the province of a county.
     *
     * @param county the county, not null
     * @return the province code, not null
     */
    public static ProvinceCode of(CountyCode county) {
        return new ProvinceCode(county.province());
    }

    /**
     * Parses a two-digit province code such as {@code "52"}.
     *
     * @param text the code, not null
     * @return the province code, not null
     * @throws IllegalArgumentException if the text is not the two digits of a mainland province
     */
    public static ProvinceCode parse(CharSequence text) {
        return of(Integer.parseInt(Provinces.digits("province code", text, 2, "two")));
    }

    /**
     * Returns the two-digit code.
     *
     * @return the code, such as {@code 52}
     */
    public int code() {
        return code;
    }

    @Override
    public int compareTo(ProvinceCode other) {
        return Integer.compare(code, other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProvinceCode && ((ProvinceCode) obj).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /**
     * Returns the two-digit code.
     *
     * @return the code as text, such as {@code "52"}
     */
    @Override
    public String toString() {
        return Integer.toString(code);
    }
}
