/**
 * Jingzhun's JSON wire contract (JSON.md) for Jackson 2.
 *
 * <ul>
 *   <li>{@link io.github.jingzhun.json.JingzhunModule}: the Jackson module, found by
 *       {@code findAndRegisterModules()}; households, every core model type, decisions and parameter sets.</li>
 *   <li>{@link io.github.jingzhun.json.JingzhunJson}: a ready-configured, strict {@code ObjectMapper} and
 *       {@link io.github.jingzhun.json.JsonImporter}, which reports every problem of a record with its JSON path
 *       as a {@link io.github.jingzhun.json.JsonImportException}.</li>
 *   <li>{@link io.github.jingzhun.json.NdjsonReader}, {@link io.github.jingzhun.json.NdjsonWriter} and
 *       {@link io.github.jingzhun.json.NdjsonAssessment}: NDJSON streams, one line at a time.</li>
 *   <li>{@link io.github.jingzhun.json.ContractSchema}: the JSON Schemas of the contract.</li>
 * </ul>
 */
@NullMarked
package io.github.jingzhun.json;

import org.jspecify.annotations.NullMarked;
