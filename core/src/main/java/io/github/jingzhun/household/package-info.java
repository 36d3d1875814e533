/**
 * The household model of the poverty registry (建档立卡): {@link io.github.jingzhun.household.Household},
 * {@link io.github.jingzhun.household.Member}, yearly {@link io.github.jingzhun.household.IncomeRecord}s, living
 * conditions, assets, location, causes and status. Every type is immutable, null-free except where an attribute is
 * marked {@code @Nullable}, and safe to share across threads. Names and ID numbers never appear in
 * {@code toString()} or exception messages.
 */
@NullMarked
@ValueStyle
package io.github.jingzhun.household;

import io.github.jingzhun.ValueStyle;
import org.jspecify.annotations.NullMarked;
