/**
 * Jingzhun's command line (the JSON contract, "Command line"): {@code assess}, {@code validate}, {@code stats},
 * {@code scenario}, {@code generate}, {@code parameters}, {@code rules} and {@code areas} (villages and counties)
 * over NDJSON households, built with picocli and packaged
 * as one runnable jar, {@code examples/target/jingzhun-examples.jar}. Each input line yields one output line; the
 * exit code is 0 when every line was a valid household, 1 when some lines were errors and 2 on a usage error. The
 * entry point is {@link io.github.jingzhun.examples.cli.Cli}.
 */
package io.github.jingzhun.examples.cli;
