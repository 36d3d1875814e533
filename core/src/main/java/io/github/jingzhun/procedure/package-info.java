/**
 * Procedures as pure state machines: registration (PROC-REG), household exit (PROC-EXIT, EX-H-3) and county exit
 * (EX-C-3). Start at {@link io.github.jingzhun.procedure.Procedure#start}.
 */
@NullMarked
package io.github.jingzhun.procedure;

import org.jspecify.annotations.NullMarked;
