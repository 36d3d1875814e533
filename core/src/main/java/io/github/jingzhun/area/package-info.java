/**
 * Administrative areas: GB/T 2260 county and village codes, the province classifications (macro-region,
 * climate zone, deep-poverty areas, counties treated as western) and villages.
 */
@NullMarked
@ValueStyle
package io.github.jingzhun.area;

import io.github.jingzhun.ValueStyle;
import org.jspecify.annotations.NullMarked;
