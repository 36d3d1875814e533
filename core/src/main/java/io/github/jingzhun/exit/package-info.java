/**
 * Exit from poverty (脱贫退出): households (EX-H-1..4), villages (EX-V-1), counties (EX-C-1..3)
 * and the transition after exit (GR-1). Start at {@link io.github.jingzhun.exit.HouseholdExit#decide}; a county's
 * own facts are a {@link io.github.jingzhun.exit.County}, its third-party evaluation an {@link
 * io.github.jingzhun.exit.EvaluationSample} whose {@link io.github.jingzhun.exit.EvaluationRates} (ST-4) EX-C-2 reads.
 */
@NullMarked
@ValueStyle
package io.github.jingzhun.exit;

import io.github.jingzhun.ValueStyle;
import org.jspecify.annotations.NullMarked;
