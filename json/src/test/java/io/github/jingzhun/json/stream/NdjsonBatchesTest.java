package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.json.JingzhunJson;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/** The workers' batches, where a run waits for them. */
class NdjsonBatchesTest {

    private final NdjsonBatches batches = new NdjsonBatches(JingzhunJson.importer(), "test", 2, 0,
            (household, batch, out) -> List.of());

    @Test
    void aTaskThatCouldNotRecordItsFailureIsNotWaitedForeverItsBatchTellsIt() {
        NdjsonBatches.Batch batch = batches.new Batch(false);
        batch.failed = new OutOfMemoryError("Java heap space");
        FutureTask<NdjsonBatches.Batch> neverCompleted = new FutureTask<>(() -> batch);

        assertThatThrownBy(() -> NdjsonBatches.await(neverCompleted, batch)).isInstanceOf(OutOfMemoryError.class)
                .hasMessage("Java heap space");
    }

    @Test
    void aCompletedTaskGivesItsBatch() throws Exception {
        NdjsonBatches.Batch batch = batches.new Batch(false);
        FutureTask<NdjsonBatches.Batch> done = new FutureTask<>(() -> batch);
        done.run();

        assertThat(NdjsonBatches.await(done, batch)).isSameAs(batch);
    }
}
