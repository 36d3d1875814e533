/**
 * Dynamic monitoring against relapse into poverty: thresholds (MON-1), categories (MON-2),
 * triggers (MON-3) and risk elimination (MON-4); its procedure is {@code ProcedureKind.MONITORING_INCLUSION}
 * (PROC-MON). Start at {@link io.github.jingzhun.monitoring.RelapseMonitor#decide}.
 */
@NullMarked
package io.github.jingzhun.monitoring;

import org.jspecify.annotations.NullMarked;
