package io.github.jingzhun.identification;

import io.github.jingzhun.parameter.ParameterKey;

/** The exclusions of ID-H-2 (a local practice), each switched by a parameter, on by default. */
public enum Exclusion {
    /** A member is a public employee on the state payroll. */
    PUBLIC_EMPLOYEE(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE),
    /** The household owns a private car not used for production. */
    PRIVATE_CAR(ParameterKey.EXCLUDE_PRIVATE_CAR),
    /** The household owns commercial housing in a town. */
    TOWN_COMMERCIAL_HOUSING(ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING),
    /** A member runs a registered enterprise. */
    REGISTERED_ENTERPRISE(ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE);

    private final ParameterKey switchKey;

    Exclusion(ParameterKey switchKey) {
        this.switchKey = switchKey;
    }

    /**
     * The parameter that switches this exclusion on (1) or off (0).
     *
     * @return the switch, not null
     */
    public ParameterKey switchKey() {
        return switchKey;
    }
}
