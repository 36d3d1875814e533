package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The counting of whole lines and the message of a stopped run. */
class InterruptionTest {

    @Test
    void onlyWholeLinesArePassedOnAndCounted() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        WholeLines out = new WholeLines(target);
        out.write("{\"a\":1}\n{\"b\"".getBytes(StandardCharsets.UTF_8));
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n");
        assertThat(out.lines()).isEqualTo(1);
        out.write(':');
        out.write("2}\n\n{\"c\":3}\n{".getBytes(StandardCharsets.UTF_8), 0, 12);
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\n{\"b\":2}\n\n{\"c\":3}\n");
        assertThat(out.lines()).isEqualTo(4);
        out.write("{\"d\"".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(target.toString(StandardCharsets.UTF_8)).endsWith("{\"c\":3}\n");
        out.finish();
        assertThat(target.toString(StandardCharsets.UTF_8)).endsWith("{\"c\":3}\n{\"d\"");
        assertThat(out.lines()).isEqualTo(4);
    }

    @Test
    void stoppingSaysTheWholeLinesWrittenAfterThoseSkipped() throws Exception {
        Interruption run = new Interruption(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        run.resumable("assess", 1000);
        run.out().write("1\n2\n3".getBytes(StandardCharsets.UTF_8));
        assertThat(run.stop(1000)).isEqualTo("assess: interrupted after 1002 input lines fully written; "
                + "resume with --skip 1002");
    }

    @Test
    void aCommandThatCanResumeSaysHowFromTheMomentItsOptionsAreRead() throws Exception {
        // each stopped by a bad parameter file, before the command has checked --skip itself
        assertThat(stoppedByAUsageError("assess", "--year", "2019", "--parameters", "/no/such/file", "--skip", "7"))
                .isEqualTo("assess: interrupted after 7 input lines fully written; resume with --skip 7");
        assertThat(stoppedByAUsageError("validate", "--parameters", "/no/such/file", "--skip", "7"))
                .isEqualTo("validate: interrupted after 7 input lines fully written; resume with --skip 7");
        assertThat(stoppedByAUsageError("stats", "--year", "2019", "--parameters", "/no/such/file"))
                .isEqualTo("stats: interrupted after writing 0 whole lines; the output is incomplete and stats "
                        + "cannot resume: run it again");
    }

    /** What a run that ended with a usage error would say if it were stopped then. */
    private static String stoppedByAUsageError(String... args) throws InterruptedException {
        Interruption run = new Interruption(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        Io io = new Io(new ByteArrayInputStream(new byte[0]), run.out(), run.err(), false, -1, false, run);
        assertThat(Cli.commandLine(io).execute(args)).isEqualTo(Cli.USAGE);
        return run.stop(1000);
    }

    private static final String CANNOT_RESUME =
            "; after 0 whole lines written, the output is incomplete and audit cannot resume: run it again";

    @Test
    void aFileTheSystemRefusedIsNamedWithTheReason() {
        Interruption run = new Interruption(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertThat(run.failed("audit", new NoSuchFileException("/gone/summary.json")))
                .isEqualTo("audit: could not finish: /gone/summary.json: no such file or directory" + CANNOT_RESUME);
        assertThat(run.failed("audit", new AccessDeniedException("/root/summary.json")))
                .isEqualTo("audit: could not finish: /root/summary.json: permission denied" + CANNOT_RESUME);
        assertThat(run.failed("audit", new FileSystemException("/x", null, "No space left on device")))
                .isEqualTo("audit: could not finish: /x: No space left on device" + CANNOT_RESUME);
    }

    @Test
    void outOfMemoryIsNamedAsSuch() {
        Interruption run = new Interruption(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        assertThat(run.failed("audit", new OutOfMemoryError("Java heap space")))
                .isEqualTo("audit: could not finish: OutOfMemoryError: Java heap space" + CANNOT_RESUME);
        assertThat(run.failed("audit", new java.io.IOException("stopped after the output of 0 input lines was written "
                + "in full: Is a directory", new java.io.IOException("Is a directory"))))
                .isEqualTo("audit: could not finish: Is a directory" + CANNOT_RESUME);
    }

    @Test
    void aCommandThatCannotResumeSaysSo() throws Exception {
        Interruption run = new Interruption(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        run.resumable("assess", 5);
        run.command("stats");
        run.out().write("table\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run.stop(1000)).isEqualTo("stats: interrupted after writing 1 whole line; the output is "
                + "incomplete and stats cannot resume: run it again");
        assertThat(Interruption.message("assess", 0, -1)).contains("last line may be cut");
    }

    @Test
    void aWriteInProgressIsWaitedForAndNothingFollowsTheStop() throws Exception {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        WholeLines out = new WholeLines(target);
        out.write("1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(out.stop(1000)).isEqualTo(1);
        Thread late = new Thread(() -> {
            try {
                out.write("2\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        late.setDaemon(true);
        late.start();
        late.join(200);
        assertThat(late.isAlive()).isTrue();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("1\n");
    }
}
