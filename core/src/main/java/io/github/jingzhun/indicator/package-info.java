/**
 * The guarantee indicators: food, clothing, compulsory education, basic medical care, safe
 * housing and safe drinking water (IND-FOOD, IND-CLOTHING, IND-EDU, IND-MED, IND-HOUSE, IND-WATER). Start at
 * {@link io.github.jingzhun.indicator.Indicators#evaluate}.
 */
@NullMarked
package io.github.jingzhun.indicator;

import org.jspecify.annotations.NullMarked;
