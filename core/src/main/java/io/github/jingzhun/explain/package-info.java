/**
 * Why not, and what would change it: for a household's decision, the smallest changes to its facts that would flip
 * each outcome — identification, exclusion, exit, monitoring and risk elimination — computed from the same rules
 * and parameters, only when asked. Start at {@link io.github.jingzhun.explain.Changes#of}.
 */
@NullMarked
package io.github.jingzhun.explain;

import org.jspecify.annotations.NullMarked;
