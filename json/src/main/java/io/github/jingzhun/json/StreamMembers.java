package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.Decision;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.internal.JsonInternals;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The members of this package that the NDJSON streams use, handed over through {@link JsonInternals} by
 * {@link JsonImporter} as it is initialised, so that they stay out of the public API. Each delegates, unchanged.
 */
final class StreamMembers implements JsonInternals.Access {

    @Override
    public Household readHouseholdLine(JsonImporter importer, String line) throws JsonImportException {
        return importer.readHouseholdLine(line);
    }

    @Override
    public Household readHousehold(JsonImporter importer, byte[] utf8, int offset, int length)
            throws JsonImportException {
        return importer.readHousehold(utf8, offset, length);
    }

    @Override
    public Decision readDecisionLine(JsonImporter importer, String line) throws JsonImportException {
        return importer.readDecisionLine(line);
    }

    @Override
    public void writeDecision(Decision decision, JsonGenerator gen, DecisionDetail detail,
            @Nullable Explanation changes) throws IOException {
        DecisionCodec.write(decision, gen, detail, changes);
    }

    @Override
    public void writeFinding(RegistryFinding finding, JsonGenerator gen) throws IOException {
        RegistryFindingCodec.write(finding, gen);
    }

    @Override
    public JsonProblem problem(String message) {
        return new JsonProblem(JsonPath.ROOT, message);
    }

    @Override
    public String malformed(long byteInLine) {
        return Utf8.malformed(byteInLine);
    }

    @Override
    public int malformedAt(byte[] bytes, int from, int to) {
        return Utf8.malformedAt(bytes, from, to);
    }

    @Override
    public boolean isBlank(byte[] bytes, int from, int to) {
        return Utf8.isBlank(bytes, from, to);
    }

    @Override
    public int indexOfNewline(byte[] bytes, int from, int to) {
        return Utf8.indexOfNewline(bytes, from, to);
    }

    @Override
    public long chars(byte[] bytes, int from, int to) {
        return Utf8.chars(bytes, from, to);
    }

    @Override
    public boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
        return Utf8.startsWithByteOrderMark(bytes, from, to);
    }

    @Override
    public char byteOrderMark() {
        return Utf8.BYTE_ORDER_MARK;
    }
}
