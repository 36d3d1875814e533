/**
 * Not API, and not exported by the module: the seam through which the NDJSON streams use members of the contract and
 * import package that its public API does not offer ({@link io.github.jingzhun.json.internal.JsonInternals}).
 */
@NullMarked
package io.github.jingzhun.json.internal;

import org.jspecify.annotations.NullMarked;
