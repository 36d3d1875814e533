package io.github.jingzhun.examples.cli;

import io.github.jingzhun.examples.cases.CaseRunner;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test}: runs policy cases written as YAML (examples/CASES.md) and says which pass and why others fail. */
@Command(name = "test", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Run policy cases (YAML): a household or a population, parameters and the results expected.",
        description = {"Reads each case file named, or every .yaml and .yml file under a directory, assesses each "
                + "case's household (or computes its population's statistics, audit or scenario) and compares the "
                + "results with what the case expects. Prints PASS or FAIL for "
                + "each case; a failure shows what was expected, what was decided, the rule's statement and the "
                + "decision's findings. A problem in a case file (an unknown field, a household fact that cannot "
                + "exist, an unknown rule id) is an ERROR with its file, line and path; the other cases still run (a file that is not YAML at all is one ERROR, "
                + "and none of its cases runs). "
                + "The format is described in " + Cli.DOCUMENTS + "examples/CASES.md; the project's own suite is "
                + "examples/cases in its repository."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case passed", "1:a case failed, or a case file has an error",
            "2:usage error: no file named, a file or directory that does not exist, or no case file in the directories",
            "3:the results could not be written, or the run was stopped"})
final class TestCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Case files, or directories of them.")
    List<Path> paths = List.of();

    TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), path + ": no such file or directory");
            }
        }
        List<Path> files = CaseRunner.files(paths);
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no case file (.yaml, .yml) in " + paths);
        }
        for (Path file : files) {
            OptionFiles.requireNotStandardOutput(file, "", spec);
        }
        FirstFailure results = new FirstFailure(io.writer());
        PrintWriter out = new PrintWriter(results);
        boolean passed = CaseRunner.run(files, out);
        if (out.checkError()) {
            if (!(io.out() instanceof WholeLines lines && lines.isClosedByReader())) {
                io.err().println("test: could not finish: " + (results.first == null ? "" : Interruption.describe(
                        results.first) + "; ") + "the results could not be written in full");
            }
            return Cli.INCOMPLETE;
        }
        return passed ? Cli.OK : Cli.ERRORS;
    }

    /** Keeps the first failure to write, which a {@link PrintWriter} only flags, so that it can be named. */
    private static final class FirstFailure extends FilterWriter {
        @Nullable IOException first;

        FirstFailure(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(char[] text, int off, int len) throws IOException {
            try {
                super.write(text, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            try {
                super.write(text, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
