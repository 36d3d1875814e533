/**
 * Supervision and audit (监督检查) — "fake poverty reduction or reduction only in figure is not
 * allowed" [X2017]. Each check is a pure function that returns the irregularities it finds as
 * {@link io.github.jingzhun.decision.Finding}s citing AUD-1 to AUD-9, with messages in English and Chinese; an
 * empty list means there is nothing to report. Every finding has {@code passed} false.
 *
 * <ul>
 *   <li>{@link io.github.jingzhun.audit.HouseholdAudit#check}: one household in one income year — an excluded
 *       registered household (AUD-3), a paper exit (AUD-4), an income jump (AUD-5), the registry consistency
 *       checks (AUD-6) and a missing contact cadre (AUD-8).</li>
 *   <li>{@link io.github.jingzhun.audit.IdNumberAudit#check}: a raw ID number before import (AUD-2).</li>
 *   <li>{@link io.github.jingzhun.audit.ProcedureAudit#check}: a recorded procedure trail (AUD-7); the household
 *       audit audits the procedures a household's record holds the same way.</li>
 *   <li>{@link io.github.jingzhun.audit.PopulationAudit}: one pass over a population — an ID number in two
 *       households (AUD-1) and overloaded contact cadres (AUD-8) — on the heap, or over an
 *       {@link io.github.jingzhun.audit.AuditStorage} that spills to disk, each finding a
 *       {@link io.github.jingzhun.audit.RegistryFinding} naming the households involved.</li>
 *   <li>{@link io.github.jingzhun.audit.VillageAudit#check}: a registered poor village without its resident
 *       officials (AUD-8).</li>
 *   <li>{@link io.github.jingzhun.audit.CrossDepartmentAudit}: another department's
 *       {@link io.github.jingzhun.audit.DepartmentRoll}, made of {@link io.github.jingzhun.audit.RollLine}s,
 *       against the registry (AUD-9), whole or one household at a time.</li>
 * </ul>
 *
 * <p>Findings refer to households by their registry id, to members by index ({@code members[1]}), to villages by
 * code and to cadres by registry id — never by name, ID number or birth date.
 */
@NullMarked
package io.github.jingzhun.audit;

import org.jspecify.annotations.NullMarked;
