package io.github.jingzhun.parameter;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where a parameter set departs from the national defaults (IND-STD), with the reason it gives.
 *
 * @param parameter what departs: a key name ({@code NOTICE_DAYS}, or {@code NOTICE_DAYS from 2020-01-01} where the set
 *     gives the key more than one value), {@code line 2019}, or {@code line 2019 in 52}
 * @param national the national value, or null where the national set has none
 * @param value the value of this set, not null
 * @param reason the reason given, not null
 */
public record Deviation(String parameter, @Nullable BigDecimal national, BigDecimal value, String reason) {}
