/** Runnable examples of Jingzhun: the demo and its sample households. */
package io.github.jingzhun.examples;
