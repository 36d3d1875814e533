/**
 * Policy cases as data: a household written partially in YAML over a documented base household (or the villages
 * and counties of an area, or the households of a population with its statistics, registry audit and scenarios),
 * the parameters, and the expected decision, checked by the {@code test} command and by JUnit. The format is
 * described in {@code examples/CASES.md}; the project's own conformance suite is {@code examples/cases/}.
 */
@NullMarked
package io.github.jingzhun.examples.cases;

import org.jspecify.annotations.NullMarked;
