package io.github.jingzhun.examples.cli;

import io.github.jingzhun.decision.PersonalData;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Jingzhun's command line, the main class of {@code examples/target/jingzhun-examples.jar}:
 *
 * <pre>{@code
 * java -jar examples/target/jingzhun-examples.jar assess --year 2019 < in.ndjson > out.ndjson
 * java -jar examples/target/jingzhun-examples.jar stats --year 2019 < in.ndjson
 * java -jar examples/target/jingzhun-examples.jar --help
 * }</pre>
 *
 * <p>Commands read NDJSON households on standard input one line at a time, in constant memory, and write one
 * output line per input line ({@code assess}, {@code validate}) or a summary ({@code stats}, {@code scenario}).
 * Progress is shown on standard error only when it is a terminal, and for a command that writes as it reads only
 * when standard output is a file, so that one process draws on the terminal ({@code generate | assess > out} shows
 * the progress of {@code assess}). The exit code is 0 when every line was a valid household, 1 when some lines
 * were errors, 2 on a usage error, 3 when the run could not finish. Stopped by SIGTERM or Ctrl-C, a run stops its
 * output after the last whole line, says on standard error how many input lines were written in full (and, for
 * {@code assess} and {@code validate}, the {@code --skip} that resumes it), and exits with 3.
 */
public final class Cli {

    private static final Pattern NOT_ASCII = Pattern.compile("[^\\x00-\\x7F]+");
    /** A number an ID number's length, redacted below wherever it stands alone. */
    private static final Pattern FIFTEEN_DIGITS = Pattern.compile("[0-9]{15}");
    private static final Pattern TYPED_ID_NUMBER = Pattern.compile("\\p{Nd}{15,}[\\p{Nd}Xx]?");
    /** A word of a message that is a file's path: it holds a separator of directories, or ends in an extension. */
    private static final Pattern PATH = Pattern.compile(".*[/\\\\].*|.*\\.[A-Za-z][A-Za-z0-9]{0,5}");
    /**
     * A word of digits and the marks of a number or fraction only, such as {@code 522727198001011229/1}: no path,
     * unless it starts as one does ({@code ./}, {@code /}).
     */
    private static final Pattern NUMBER_WORD = Pattern.compile("[\\p{Nd}Xx+-][\\p{Nd}Xx./+-]*");

    /** Every line was a valid household. */
    public static final int OK = 0;
    /** Some lines were errors; each has its error object or message. */
    public static final int ERRORS = 1;
    /** The command line was wrong: an unknown option, a missing value, a parameter file that cannot be used. */
    public static final int USAGE = 2;
    /**
     * The run could not finish (out of memory, a failure to read or write, SIGTERM or Ctrl-C): the output written is
     * whole lines in input order, but not all of them; distinct from {@link #ERRORS} so that a pipeline never takes
     * it as complete.
     */
    public static final int INCOMPLETE = 3;

    /** Where help finds the project's documents: the distribution holds none but its README. */
    static final String DOCUMENTS = "https://github.com/jingzhun/jingzhun/blob/main/";

    private Cli() {}

    /**
     * Runs the command line on the process's standard streams and exits with its exit code.
     *
     * @param args the arguments, such as {@code assess --year 2019}
     */
    public static void main(String[] args) {
        Interruption run = new Interruption(new FileOutputStream(FileDescriptor.out), System.err);
        run.install();
        int code = run(args, System.in, run, Terminal.isStandardErrorTerminal(), Terminal.standardInputSize(),
                Terminal.isStandardOutputFile());
        run.finish();
        System.exit(code);
    }

    /**
     * Runs the command line on given streams, as a program embedding it or a test does; no progress is shown.
     *
     * @param args the arguments, not null
     * @param in standard input, not null; not closed
     * @param out standard output, not null; flushed, not closed
     * @param err standard error, not null; flushed, not closed
     * @return the exit code: {@link #OK}, {@link #ERRORS}, {@link #USAGE} or {@link #INCOMPLETE}
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(args, in, out, err, false, -1, false);
    }

    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean terminal,
            long inputSize, boolean outputFile) {
        return run(args, in, new Interruption(out, err), terminal, inputSize, outputFile);
    }

    private static int run(String[] args, InputStream in, Interruption run, boolean terminal, long inputSize,
            boolean outputFile) {
        PrintStream errors = run.err();
        WholeLines out = run.out();
        PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        try {
            CommandLine cli = commandLine(new Io(in, out, errors, terminal, inputSize, outputFile, run));
            cli.setOut(text);
            cli.setErr(new PrintWriter(errors, true));
            int code = cli.execute(args);
            // Help, version and completion are written through this writer, which keeps a failed write to itself.
            if (text.checkError() && code == OK) {
                if (!out.isClosedByReader()) {
                    errors.println(run.failed(run.command(), new IOException("standard output could not be written")));
                }
                return INCOMPLETE;
            }
            return code;
        } catch (VirtualMachineError e) {
            // Out of memory outside the NDJSON pipelines (which say so themselves): whole lines stay written, and a
            // line begun is not finished.
            out.abandon();
            errors.println(run.failed(run.command(), e));
            return INCOMPLETE;
        } finally {
            text.flush();
            try {
                out.finish();
            } catch (IOException e) {
                // The command has said whether it could write; a last line without a line break is all this adds.
            }
            errors.flush();
        }
    }

    /**
     * The command line with its subcommands, over some streams.
     *
     * @param io the streams
     * @return the command line, not null
     */
    static CommandLine commandLine(Io io) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand(new AssessCommand(io));
        cli.addSubcommand(new ExplainCommand(io));
        cli.addSubcommand(new AuditCommand(io));
        cli.addSubcommand(new ValidateCommand(io));
        cli.addSubcommand(new StatsCommand(io));
        cli.addSubcommand(new ScenarioCommand(io));
        cli.addSubcommand(new GenerateCommand(io));
        cli.addSubcommand(new ParametersCommand(io));
        cli.addSubcommand(new RulesCommand(io));
        cli.addSubcommand(new AreasCommand(io));
        cli.addSubcommand(new TestCommand(io));
        cli.addSubcommand(new CommandLine.HelpCommand());
        // Bash completion from this command line: the distribution ships it, `source <(jingzhun generate-completion)`.
        cli.addSubcommand(new AutoComplete.GenerateCompletion());
        // `jingzhun assess --version` prints Jingzhun's version, as `jingzhun --version` does: picocli gives a
        // subcommand no version of its own (and generate-completion picocli's)
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cli.getCommandSpec().versionProvider());
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Year.class, new Converters.YearConverter());
        cli.registerConverter(Long.class, new Converters.WholeNumberConverter());
        cli.registerConverter(long.class, new Converters.WholeNumberConverter());
        cli.registerConverter(Integer.class, new Converters.IntConverter());
        cli.registerConverter(int.class, new Converters.IntConverter());
        // The command that runs, for the message of an interrupted run; assess and validate say from the start how
        // they resume (SkipOption says it again once it has checked --skip).
        cli.setExecutionStrategy(parseResult -> {
            CommandLine.ParseResult command = parseResult;
            for (CommandLine.ParseResult sub; ; command = sub) {
                // picocli lets words it does not know pass when --help is asked for: `jingzhun identify --help`
                // would print the help and exit 0, as if the mistyped command were right
                if (!command.unmatched().isEmpty()) {
                    throw new CommandLine.UnmatchedArgumentException(command.commandSpec().commandLine(),
                            command.unmatched());
                }
                if ((sub = command.subcommand()) == null) {
                    break;
                }
            }
            String name = command.commandSpec().name();
            long skip = command.commandSpec().findOption("--skip") != null ? command.matchedOptionValue("--skip", 0L)
                    : -1;
            if (skip >= 0) {
                io.interruption().resumable(name, skip);
            } else {
                io.interruption().command(name);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(typed(e.getMessage(), args));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable cause = e instanceof UncheckedIOException ? Objects.requireNonNull(e.getCause()) : e;
            // A reader that stops early (| head) closes the pipe: not worth a message.
            if (!(cause instanceof IOException failure && WholeLines.closedByReader(failure))) {
                io.err().println(io.interruption().failed(commandLine.getCommandName(), cause));
            }
            return INCOMPLETE;
        });
        return cli;
    }

    /**
     * A usage message, which repeats what was typed, with no ID number given by mistake (a number of 15 or more
     * digits wherever it stands, {@code --year=HH-522727198001011229}, save in a file's path, which stays whole; an
     * argument, or a part of one, holding one broken by separators), nothing typed that is not ASCII, as a name in
     * Chinese is ({@code --shock 王芳:0:1}; an option, a code or a path mistyped in ASCII is repeated), and no
     * terminal control code.
     */
    static String typed(String message, String... args) {
        String said = message;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);  // --skip=522727-19800101-1229
            // the value, and each part a message may quote alone: --shock 522727-19800101-1229:0:1, --dimensions a,b,
            // --shock 522727;19800101;1229:0:1 (what stands before a ':', though it holds a ';')
            List<String> parts = new ArrayList<>(List.of(value));
            for (String delimiter : List.of(",", ":", ";", "=")) {
                parts.addAll(List.of(value.split(delimiter)));
            }
            for (String part : parts) {
                if (!FIFTEEN_DIGITS.matcher(part).find() && PersonalData.containsIdNumber(part)) {
                    said = said.replace(part, "<redacted>");
                }
            }
        }
        // after the numbers, which may be written with characters that are not ASCII (522727。19800101。1229)
        for (String arg : args) {
            Matcher typedName = NOT_ASCII.matcher(arg);  // --shock 王芳:0:1 repeats 王芳
            while (typedName.find()) {
                said = said.replace(typedName.group(), "[?]");
            }
        }
        Matcher number = TYPED_ID_NUMBER.matcher(said);
        StringBuilder redacted = new StringBuilder();
        while (number.find()) {
            int from = number.start();
            while (from > 0 && !isWordEnd(said.charAt(from - 1))) {
                from--;
            }
            int to = number.end();
            while (to < said.length() && !isWordEnd(said.charAt(to))) {
                to++;
            }
            String word = said.substring(from, to);
            number.appendReplacement(redacted, PATH.matcher(word).matches() && !NUMBER_WORD.matcher(word).matches()
                    ? Matcher.quoteReplacement(number.group()) : "<redacted>");
        }
        number.appendTail(redacted);
        return redacted.toString().replaceAll("[\\p{Cntrl}&&[^\n]]", "?");
    }

    /** Whether a character ends a word of a usage message, a value or an option quoted in it. */
    private static boolean isWordEnd(char c) {
        return Character.isWhitespace(c) || "'\"`=,:;()[]<>".indexOf(c) >= 0;
    }

    /** The top command: it only dispatches to a subcommand. */
    @Command(name = "jingzhun", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
            usageHelpAutoWidth = true,
            description = {"Targeted poverty alleviation (精准扶贫) as exact, explainable code, over NDJSON "
                    + "households (the JSON contract): one household per line on standard input."},
            footerHeading = "%nExamples:%n",
            footer = {"  jingzhun assess --year 2019 < in.ndjson > out.ndjson",
                "  jingzhun stats --year 2019 < in.ndjson",
                "  jingzhun scenario --year 2019 --line 4000 < in.ndjson",
                "  jingzhun generate --households 1000000 > big.ndjson",
                "  jingzhun help assess"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every line was a valid household", "1:some lines were errors", "2:usage error",
                "3:the run could not finish (the lines written are whole and in input order)"})
    static final class Main implements Callable<Integer> {

        @Spec
        CommandSpec spec = CommandSpec.create();

        @Override
        public Integer call() {
            // the commands as the command line has them, help and completion aside
            throw new ParameterException(spec.commandLine(), "Missing a command: " + spec.subcommands().keySet()
                    .stream().filter(name -> !name.equals("help") && !name.startsWith("generate-"))
                    .collect(java.util.stream.Collectors.joining(", ")) + " (see --help)");
        }
    }
}
