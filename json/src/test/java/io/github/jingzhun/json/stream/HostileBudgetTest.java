package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Memory by bytes: the budget of the batches in flight, the size of a batch, the bytes of a line a heap reads. */
class HostileBudgetTest {

    private static final long MIB = 1 << 20;

    @Test
    void theInputInFlightIsASixteenthOfTheHeapWithinBounds() {
        assertThat(NdjsonBatches.pendingBudget(32 * MIB)).isEqualTo(2 * MIB);
        assertThat(NdjsonBatches.pendingBudget(512 * MIB)).isEqualTo(32 * MIB);
        assertThat(NdjsonBatches.pendingBudget(513 * MIB)).isEqualTo(32 * MIB);
        assertThat(NdjsonBatches.pendingBudget(16 * 1024 * MIB)).isEqualTo(32 * MIB);
        assertThat(NdjsonBatches.pendingBudget(MIB)).isEqualTo(64 * 1024);
    }

    @Test
    void threeBatchesAreQueuedForEachThreadAtMostSixteen() {
        assertThat(NdjsonBatches.inFlight(1)).isEqualTo(6);
        assertThat(NdjsonBatches.inFlight(2)).isEqualTo(10);
        assertThat(NdjsonBatches.inFlight(5)).isEqualTo(22);
        assertThat(NdjsonBatches.inFlight(6)).isEqualTo(24);
        assertThat(NdjsonBatches.inFlight(256)).isEqualTo(274);
    }

    @Test
    void eachBatchInFlightTakesAnEqualShare() {
        assertThat(NdjsonBatches.batchSize(2 * MIB, 2)).isEqualTo(2 * MIB / 10);
        assertThat(NdjsonBatches.batchSize(2 * MIB, 256)).isEqualTo(64 * 1024);
        assertThat(NdjsonBatches.batchSize(32 * MIB, 1)).isEqualTo(2 * MIB);
        assertThat(NdjsonBatches.batchSize(32 * MIB, 3)).isEqualTo(2 * MIB);
        assertThat(NdjsonBatches.batchSize(32 * MIB, 4)).isEqualTo(32 * MIB / 18);
    }

    @Test
    void aLineLongerThanTheHeapReadsAtOnceIsTooLongAndTheNextLineIsRead() throws IOException {
        assertThat(ByteLineReader.heapLineBytes(32 * MIB)).isEqualTo(2 * MIB);
        assertThat(ByteLineReader.heapLineBytes(4 * MIB)).isEqualTo(MIB);
        String input = "a".repeat(100) + "\r\n" + "中".repeat(34) + "\n" + "b".repeat(300_000) + "\n{}";
        ByteLineReader lines = new ByteLineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                1000, 100);
        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLong()).isFalse();
        assertThat(lines.length()).isEqualTo(100);
        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLong()).as("34 characters, 102 bytes").isTrue();
        assertThat(lines.tooLongForHeap()).isTrue();
        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLongForHeap()).isTrue();
        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLong()).isFalse();
        assertThat(lines.number()).isEqualTo(4);
        assertThat(new String(lines.buffer(), lines.start(), lines.length(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(lines.next()).isFalse();
        assertThat(ByteLineReader.tooLong(1000, true)).contains("bytes, the most a heap of").contains("-Xmx");
        assertThat(ByteLineReader.tooLong(1000, false)).isEqualTo("line longer than 1000 characters");
    }
}
