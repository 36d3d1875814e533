/**
 * Decisions that explain themselves: every answer carries {@link io.github.jingzhun.decision.Finding}s, each
 * citing a {@link io.github.jingzhun.decision.Rule} by its id (stated in the rulebook) with the observed value, the threshold and a
 * message in English and Chinese.
 */
@NullMarked
package io.github.jingzhun.decision;

import org.jspecify.annotations.NullMarked;
