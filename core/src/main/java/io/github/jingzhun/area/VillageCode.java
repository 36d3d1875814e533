package io.github.jingzhun.area;

/**
 * A twelve-digit village code: the six-digit county code, a three-digit township and a three-digit village.
 * Immutable, thread-safe and value-based.
 */
public final class VillageCode implements Comparable<VillageCode> {

    private final String code;
    private final CountyCode county;

    private VillageCode(String code, CountyCode county) {
        this.code = code;
        this.county = county;
    }

    /**
     * Parses a twelve-digit village code such as {@code "522727101201"}.
     *
     * @param text the code, not null
     * @return the village code, not null
     * @throws IllegalArgumentException if the text is not twelve digits starting with a county code
     */
    public static VillageCode parse(CharSequence text) {
        String code = Provinces.digits("village code", text, 12, "twelve");
        return new VillageCode(code, CountyCode.parse(code.substring(0, 6)));
    }

    /**
     * Returns the county the village lies in.
     *
     * @return the county code, not null
     */
    public CountyCode county() {
        return county;
    }

    @Override
    public int compareTo(VillageCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof VillageCode && ((VillageCode) obj).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the twelve-digit code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
