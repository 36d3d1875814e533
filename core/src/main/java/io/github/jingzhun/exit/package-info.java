/**
 * Exit from poverty (脱贫退出): households (EX-H-1..4), villages (EX-V-1), counties (EX-C-1..3)
 * and the transition after exit (GR-1). Start at {@link io.github.jingzhun.exit.HouseholdExit#decide}.
 */
@NullMarked
package io.github.jingzhun.exit;

import org.jspecify.annotations.NullMarked;
