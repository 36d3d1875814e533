/**
 * Exact money: {@link io.github.jingzhun.money.Yuan}, an amount held in whole fen. No binary floating-point number ever
 * holds a yuan amount; comparisons with a poverty line are exact (INC-3).
 */
@NullMarked
package io.github.jingzhun.money;

import org.jspecify.annotations.NullMarked;
