/**
 * Jingzhun's NDJSON streams: records read and written one line at a time, the whole input never held, built on the
 * contract and import of {@link io.github.jingzhun.json}.
 *
 * <ul>
 *   <li>{@link io.github.jingzhun.json.stream.NdjsonReader}: households, villages, counties, provinces' benchmarks,
 *       departments' roll lines and decisions read one line at a time by a
 *       {@link io.github.jingzhun.json.JsonImporter}, such as {@code NdjsonReader.households(JingzhunJson.importer(),
 *       in)}; {@link io.github.jingzhun.json.stream.NdjsonWriter} writes them.</li>
 *   <li>{@link io.github.jingzhun.json.stream.NdjsonAssessment}: a stream of households assessed, one decision or
 *       error per line; {@link io.github.jingzhun.json.stream.JsonAssessment}: one household's JSON in, its
 *       decision's JSON (exactly that line, or every problem with its path) out, for systems that embed the
 *       checks.</li>
 *   <li>{@link io.github.jingzhun.json.stream.NdjsonAudit}: the audit of a whole registry as a stream, one finding
 *       per line, with other departments' rolls read by
 *       {@link io.github.jingzhun.json.stream.NdjsonReader#rollLines(io.github.jingzhun.json.JsonImporter,
 *       java.io.Reader)}; its comparison of every ID number spills to disk through
 *       {@link io.github.jingzhun.json.stream.SpillingStorage}, which a registry read from elsewhere can give core's
 *       {@code PopulationAudit} too.</li>
 * </ul>
 *
 * An NDJSON line that is empty, or longer than the document limit, is an error line like any other.
 */
@NullMarked
package io.github.jingzhun.json.stream;

import org.jspecify.annotations.NullMarked;
