/**
 * Targeted measures: the catalogue of measure categories (POLICY.md §6, MS-*).
 */
@NullMarked
package io.github.jingzhun.measure;

import org.jspecify.annotations.NullMarked;
