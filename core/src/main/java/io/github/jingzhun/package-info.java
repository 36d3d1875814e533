/**
 * Jingzhun (精准): China's targeted poverty alleviation policy as exact, explainable code. Start at
 * {@link io.github.jingzhun.PovertyPolicy}: {@code PovertyPolicy.national().assess(household, Year.of(2019))}
 * returns a {@link io.github.jingzhun.Decision} whose every finding cites its rule by id; the rulebook,
 * {@code core/RULEBOOK.md}, states every rule.
 */
@NullMarked
package io.github.jingzhun;

import org.jspecify.annotations.NullMarked;
