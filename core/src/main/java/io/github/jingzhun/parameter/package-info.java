/**
 * Policy parameters as data: date-versioned values with their sources, the poverty line of every income year,
 * provincial and city lines (ID-STD), the geography, and the report of departures from the national defaults
 * (IND-STD). Start at {@link io.github.jingzhun.parameter.PolicyParameters#national()}.
 */
@NullMarked
@ValueStyle
package io.github.jingzhun.parameter;

import io.github.jingzhun.ValueStyle;
import org.jspecify.annotations.NullMarked;
