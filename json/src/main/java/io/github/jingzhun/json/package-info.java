/**
 * Jingzhun's JSON wire contract for Jackson 2, and the import of records; the contract is documented in {@code json/CONTRACT.md}.
 *
 * <ul>
 *   <li>{@link io.github.jingzhun.json.JingzhunModule}: the Jackson module, found by
 *       {@code findAndRegisterModules()}; households, every core model type, decisions and parameter sets.</li>
 *   <li>{@link io.github.jingzhun.json.JingzhunJson}: a ready-configured, strict {@code ObjectMapper} and
 *       {@link io.github.jingzhun.json.JsonImporter}, which reports every problem of a record with its JSON path
 *       as a {@link io.github.jingzhun.json.JsonImportException}.</li>
 *   <li>The NDJSON streams, which read and write records one line at a time, and the assessment of one household's
 *       JSON, are in {@link io.github.jingzhun.json.stream}.</li>
 *   <li>{@link io.github.jingzhun.json.ContractSchema}: the JSON Schemas of the contract.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * The contract document states every record field by field; in short:
 * <ul>
 *   <li>Writing: every field of a household is written, an absent optional one as {@code null}; a household
 *       starts with {@code "schemaVersion": 1}. Reading accepts {@code schemaVersion} 1 or absent, nothing else.</li>
 *   <li>A finding leaves out {@code observed}, {@code threshold} and {@code subject} when it has none, and an
 *       empty message; read back, they are null and empty. Numbers keep their scale: money has two decimals.</li>
 *   <li>A decision also carries {@code identification.netIncome}, {@code standard}, {@code gaps},
 *       {@code derivedCauses}, {@code exclusions}, {@code indicatorFindings}, {@code measureFindings},
 *       {@code exit.monitorOnExit} and {@code exit.remainingSteps}. When a decision is read without them, they
 *       default to 0.00, NATIONAL, the indicators UNMET, empty, empty, empty, empty, false and empty.</li>
 *   <li>A decision of a household with a monitoring history carries {@code monitoring.riskElimination}
 *       (MON-4); it is left out otherwise.</li>
 *   <li>Years are JSON integers from 1900 to 2999; dates are ISO-8601 text; months ({@code 2019-07}) are
 *       {@code yyyy-MM} text.</li>
 *   <li>A birth date is in the future when it is after {@link io.github.jingzhun.json.JsonOptions#asOf()} if
 *       given, else after 31 December of the household's latest income year; core has no clock.</li>
 *   <li>An NDJSON line that is empty, or longer than the document limit, is an error line like any other.</li>
 *   <li>Villages, counties and provinces' benchmarks are records of their own ({@code village}, {@code county} and
 *       {@code benchmark.schema.json}), read like households; the decisions on them are written, never read
 *       ({@code area-decision.schema.json}).</li>
 * </ul>
 */
@NullMarked
package io.github.jingzhun.json;

import org.jspecify.annotations.NullMarked;
