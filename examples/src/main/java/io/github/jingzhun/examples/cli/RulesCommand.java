package io.github.jingzhun.examples.cli;

import io.github.jingzhun.Rulebook;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Section;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rules}: the rulebook on the command line, from {@link Rulebook}, as {@code core/RULEBOOK.md} is. */
@Command(name = "rules", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "List the rules, or explain one: statements, sources and parameter values by income year.",
        description = {"Without a rule id, list every rule by section: id and title. With one, such as MS-9, write "
                + "its statements in English and Chinese, its sources in full, and each parameter it reads with "
                + "its value in every income year the parameter set covers and where the value comes from. "
                + "The rulebook, " + Cli.DOCUMENTS + "core/RULEBOOK.md, is the same reference as a document."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rules were written", "2:usage error: an unknown rule id, or a parameter file that "
                + "cannot be used", "3:they could not be written in full"})
final class RulesCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", arity = "0..1", paramLabel = "RULE",
            description = "A rule id, such as MS-9 or EX-C-2; without it, every rule is listed.")
    @Nullable String id;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set (JSON, see the parameters command) whose values are shown instead of "
                    + "the national ones, followed by its departures from the national standards (IND-STD), each "
                    + "with the national value and its reason.")
    @Nullable Path parameters;

    RulesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        String wanted = id;
        Rule rule = wanted == null ? null : rule(wanted);
        PolicyParameters set = parameters == null ? PolicyParameters.national()
                : ParameterFiles.read(parameters, JingzhunJson.importer(), spec, "--parameters");
        Writer out = io.writer();
        out.write(rule == null ? list() : Rulebook.describe(rule, set));
        String departures = ParameterFiles.departures(set, "this set");
        if (!departures.isEmpty()) {
            out.write("\n" + departures);
        }
        out.flush();
        return Cli.OK;
    }

    /** Every rule by section, one line each. */
    private static String list() {
        StringBuilder sb = new StringBuilder();
        for (Section section : Section.values()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(section.title()).append(" · ").append(section.titleZh())
                    .append('\n');
            for (Rule rule : Rule.values()) {
                if (rule.section() == section) {
                    sb.append(String.format(Locale.ROOT, "  %-13s%s · %s%n", rule.id(), rule.title(),
                            rule.titleZh()));
                }
            }
        }
        return sb.append("\nExplain one with: rules RULE (such as rules MS-9); the rulebook, " + Cli.DOCUMENTS
                + "core/RULEBOOK.md, has them all.\n")
                .toString();
    }

    /** The rule of an id, read as written or in capitals; else a usage error naming the ids closest to it. */
    private Rule rule(String text) {
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        for (Rule rule : Rule.values()) {
            if (rule.id().equals(normalised)) {
                return rule;
            }
        }
        List<String> close = closest(normalised);
        throw new ParameterException(spec.commandLine(), "unknown rule id: " + PersonalData.quoted(text)
                + (close.isEmpty() ? "; 'rules' lists every rule"
                        : "; did you mean " + String.join(", ", close) + "?"));
    }

    /**
     * The ids at an edit distance of at most 2, nearest first, else those of the same family (MS, EX-C); at most 5.
     * Ties read family by family, each in the order of its numbers (MS-1, MS-5, MS-10), whatever order the rulebook
     * states them in.
     */
    static List<String> closest(String text) {
        List<Rule> near = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (distance(rule.id(), text) <= 2) {
                near.add(rule);
            }
        }
        if (near.isEmpty()) {
            int dash = text.lastIndexOf('-');
            String family = dash > 0 ? text.substring(0, dash + 1) : text + "-";
            for (Rule rule : Rule.values()) {
                if (rule.id().startsWith(family)) {
                    near.add(rule);
                }
            }
        }
        near.sort(Comparator.comparingInt((Rule r) -> distance(r.id(), text)).thenComparingInt(RulesCommand::family)
                .thenComparingInt(RulesCommand::number).thenComparing(Rule::ordinal));
        List<String> ids = new ArrayList<>();
        for (Rule rule : near.subList(0, Math.min(5, near.size()))) {
            ids.add(rule.id());
        }
        return ids;
    }

    /** Where a rule's family (its id up to the last dash) is first stated in the rulebook. */
    private static int family(Rule rule) {
        String family = rule.id().substring(0, rule.id().lastIndexOf('-') + 1);
        for (Rule r : Rule.values()) {
            if (r.id().startsWith(family) && r.id().lastIndexOf('-') + 1 == family.length()) {
                return r.ordinal();
            }
        }
        throw new IllegalStateException(rule.id());
    }

    /** The number that ends a rule's id, such as 10 for MS-10, or 0 for a name such as IND-FOOD. */
    private static int number(Rule rule) {
        String last = rule.id().substring(rule.id().lastIndexOf('-') + 1);
        return last.chars().allMatch(Character::isDigit) ? Integer.parseInt(last) : 0;
    }

    /** The Levenshtein distance of two ids. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
