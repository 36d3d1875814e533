/**
 * Targeted measures: the catalogue of measure categories (MS-1 to MS-14).
 */
@NullMarked
package io.github.jingzhun.measure;

import org.jspecify.annotations.NullMarked;
