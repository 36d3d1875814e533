package io.github.jingzhun;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Section;
import io.github.jingzhun.decision.Source;
import io.github.jingzhun.parameter.LineKey;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.ParameterValue;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rulebook, rendered from the code that is its only source: every {@link Rule} with its statements in English
 * and Chinese, its {@link Source}s and the parameters it reads ({@link ParameterKey}, {@link LineKey}) with their
 * values. {@link #markdown()} is {@code core/RULEBOOK.md}; {@link #describe(Rule, PolicyParameters)} is what the
 * command line's {@code rules} command prints for one rule.
 */
public final class Rulebook {

    /** How to regenerate the committed file; written into it and said by the test that keeps it current. */
    static final String REGENERATE = "mvn -B -q -pl core test -Dtest=RulebookTest "
            + "-Djingzhun.rulebook.write=true";

    // Boundaries are spelt out: what \\b counts as a word character differs between JDK 17 and later (Chinese).
    private static final Pattern RULE_ID =
            Pattern.compile("(?<![A-Za-z0-9_-])[A-Z]+(?:-[A-Z0-9]+)+(?![A-Za-z0-9_])");
    private static final Pattern WORD =
            Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*[A-Z0-9](?![A-Za-z0-9_])");
    private static final Set<String> ENUM_VALUES = Set.of("SAFE", "RENOVATED", "RESETTLEMENT", "UNASSESSED",
            "ENROLLED", "MET", "UNMET", "NORTH", "SOUTH", "WEST", "SKILLED", "ORDINARY", "WEAK", "LOST", "NONE",
            "GENERAL", "ELIGIBLE", "EXCLUDED", "REGISTERED", "EXITED", "MARGINAL", "ILLNESS", "DISABILITY",
            "PRODUCTION", "EMPLOYMENT", "ECOLOGICAL", "MICROCREDIT", "RELOCATION", "EDUCATION", "HEALTH", "HOUSING",
            "WATER", "MOTIVATION", "HEALTHY", "NATIONAL", "PROVINCIAL", "CITY", "DISASTER", "MALE", "FEMALE");
    private static final int WIDTH = 100;
    /** Chinese punctuation a line never starts with. */
    private static final String CLOSING = "，。；：、）》”！？";

    private Rulebook() {}

    /**
     * The whole rulebook as Markdown, over the national parameters: the file {@code core/RULEBOOK.md}.
     *
     * @return the Markdown, lines ending in {@code \n}, not null
     */
    public static String markdown() {
        PolicyParameters national = PolicyParameters.national();
        StringBuilder md = new StringBuilder();
        intro(md, national);
        contents(md);
        for (Section section : Section.values()) {
            md.append("<a id=\"section-").append(section.name()).append("\"></a>\n\n");
            md.append("## ").append(section.title()).append(" · ").append(section.titleZh()).append("\n\n");
            for (Rule rule : Rule.values()) {
                if (rule.section() == section) {
                    rule(md, rule, national);
                }
            }
        }
        parameters(md, national);
        bibliography(md, national);
        return md.toString();
    }

    private static void intro(StringBuilder md, PolicyParameters national) {
        md.append("# Jingzhun rulebook · 精准扶贫规则手册\n\n");
        md.append("<!-- Generated from the code by io.github.jingzhun.Rulebook: do not edit by hand. To regenerate: ")
                .append(REGENERATE).append(" -->\n\n");
        md.append("""
                Every rule that Jingzhun decides, with its stable id, its statement in English and Chinese, the \
                sources it rests on, the parameters it reads with their national values, and the package that \
                implements it. The code is the only source of this text: the rules are \
                `io.github.jingzhun.decision.Rule`, the bibliography `io.github.jingzhun.decision.Source`, the \
                parameters `io.github.jingzhun.parameter.ParameterKey` and `LineKey` with the national set of \
                `PolicyParameters.national()`. On the command line, `rules` lists the rules and `rules MS-9` \
                explains one, with the values of any parameter set by income year.

                ## How to read a finding

                Every decision explains itself with findings, and each finding cites one rule of this book by its \
                id:

                ```json
                { "rule": "ID-H-1", "passed": true, "observed": 3200.00, "threshold": 3218.00,
                  "message": "Per-capita net income 3200.00 is below the 2019 line 3218.00",
                  "messageZh": "人均纯收入3200.00元低于2019年标准3218.00元" }
                ```

                - `rule`: the id of the rule applied; look it up below (each rule has an anchor, such as \
                `RULEBOOK.md#ID-H-1`).
                - `passed`: whether the household satisfies what the rule tests; for ID-H-1, that its income is \
                below the line. Audit findings (AUD) report irregularities and never pass.
                - `observed`: the value observed, such as a per-capita income, an age or a rate; absent for a fact \
                without a number.
                - `threshold`: the value it was compared with, from the parameter the rule names; absent where \
                there is none.
                - `message`, `messageZh`: the finding in plain English and Chinese. A member is referred to by \
                index (`members[1]`), never by name or ID number.

                ## How parameters are read

                Thresholds are parameters, never constants in code: the statements name each by its key (such as \
                `MICROCREDIT_MAX_YUAN`) with the national default in parentheses. A parameter set holds, for every \
                key, values dated by the day they take effect (`since`), each with its source, and for every \
                income year a poverty line. A decision for an income year reads each value in force on 31 \
                December of that year. Each unit admits a range of values, given with each parameter below (a month \
                is a whole number from 1 to 12, a percentage from 0 to 100), and IND-EDU's reference month and \
                day must together make a day of the year (29 February included, read as 28 February in a year \
                that has none); a parameter set with a value outside its range is refused.

                In the national set, a value's `since` is the day its source took effect; where the source is \
                dated to a month or a year only, the first day of that month or year (the day within a year never \
                changes a decision, as values are read on 31 December). The programme's income years run from \
                2010, whose line is 2,300 yuan at 2010 prices. Where a value's source took effect after 1 January \
                2010, the national set also holds the same value from that day, cited as the source *applied to \
                income years before it took effect (Jingzhun's reading)*: every income year from 2010 to 2020 is \
                assessed by the standard the later document set, which mostly codified what was already practice, \
                rather than left without a value. A province or researcher who knows an earlier value gives it in \
                a parameter set of their own. Values cited as PRACTICE are widespread local rules, not national \
                ones; values cited as JINGZHUN are this project's own defaults, where no document gives a number. \
                A parameter set that departs from a national value must give a reason (IND-STD).

                ## How a household's registration is read

                A household carries its registration state (`NOT_REGISTERED`, `REGISTERED` or `EXITED`) with the \
                dates of its registration and exit, as the registry records them when the data are taken. The \
                statistics of an income year read the dates: poverty incidence (ST-1, and with it ID-V-1, EX-V-1 \
                and EX-C-1) counts the persons on the registry at the end of the year — registered in or before it \
                (or on an unrecorded day) and not exited in or before it — and progress (ST-5) counts who was on \
                the registry in the year, who exited in it and who remained at its end; so one registry extract \
                answers for every year it covers. The decisions about a household read the state as recorded, \
                whatever the year, as a county office deciding on last year's income does: monitoring (MON-2), \
                exit (EX-H) and the audit (AUD) ask whether the household is registered now.

                """);
        md.append("The national parameter set is '").append(national.getName()).append("', version ")
                .append(national.getVersion()).append(", covering income years ").append(years(national))
                .append(".\n\n");
    }

    private static void contents(StringBuilder md) {
        md.append("## Contents\n\n");
        for (Section section : Section.values()) {
            md.append("- [").append(section.title()).append(" · ").append(section.titleZh()).append("](#section-")
                    .append(section.name()).append(")\n");
            for (Rule rule : Rule.values()) {
                if (rule.section() == section) {
                    md.append("  - [").append(rule.id()).append(" ").append(rule.title()).append("](#")
                            .append(rule.id()).append(") · ").append(rule.titleZh()).append('\n');
                }
            }
        }
        md.append("- [Parameters](#parameters)\n  - [Scalar parameters](#scalar-parameters)\n")
                .append("  - [Poverty lines and monitoring thresholds](#lines)\n");
        md.append("- [Bibliography](#bibliography)\n\n");
    }

    private static void rule(StringBuilder md, Rule rule, PolicyParameters national) {
        md.append("<a id=\"").append(rule.id()).append("\"></a>\n\n");
        md.append("### ").append(rule.id()).append(" ").append(rule.title()).append(" · ").append(rule.titleZh())
                .append("\n\n");
        md.append(linked(rule.statement())).append("\n\n");
        md.append(linked(rule.statementZh())).append("\n\n");
        StringJoiner sources = new StringJoiner(", ");
        for (Source source : rule.sources()) {
            sources.add("[" + source.key() + "](#source-" + source.key() + ")");
        }
        md.append("- **Sources:** ").append(sources).append('\n');
        List<ParameterKey> keys = ParameterKey.readBy(rule);
        List<LineKey> lines = LineKey.readBy(rule);
        if (keys.isEmpty() && lines.isEmpty()) {
            md.append("- **Parameters:** none\n");
        } else {
            md.append("- **Parameters:**\n");
            for (ParameterKey key : keys) {
                md.append("  - [`").append(key.name()).append("`](#parameter-").append(key.name()).append(") (")
                        .append(key.unit()).append("): ");
                StringJoiner values = new StringJoiner("; ");
                for (ParameterValue value : valuesOf(national, key)) {
                    values.add(value.value().toPlainString() + " since " + value.since() + " ("
                            + linkedSources(value.source()) + ")");
                }
                md.append(values).append('\n');
            }
            for (LineKey line : lines) {
                md.append("  - [").append(line.description()).append("](#line-").append(line.name()).append(") (")
                        .append(line.unit()).append(")\n");
            }
        }
        md.append("- **Implemented in:** `").append(rule.implementedIn()).append("`\n\n");
    }

    private static void parameters(StringBuilder md, PolicyParameters national) {
        md.append("<a id=\"parameters\"></a>\n\n## Parameters\n\n");
        md.append("""
                The national values of every parameter, with the day each took effect and its source. Percentages \
                are in percent (2 means 2%); switches are 1 (on) or 0 (off).

                <a id="scalar-parameters"></a>

                ### Scalar parameters

                """);
        for (ParameterKey key : ParameterKey.values()) {
            md.append("<a id=\"parameter-").append(key.name()).append("\"></a>\n\n");
            md.append("#### `").append(key.name()).append("`\n\n");
            md.append("Unit: ").append(key.unit()).append("; value: ").append(key.range()).append("; read by ")
                    .append(rules(key.rules())).append(".\n\n");
            md.append("| since | value | source |\n|---|---|---|\n");
            for (ParameterValue value : valuesOf(national, key)) {
                md.append("| ").append(value.since()).append(" | ").append(value.value().toPlainString())
                        .append(" | ").append(linkedSources(value.source())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("<a id=\"lines\"></a>\n\n### Poverty lines and monitoring thresholds\n\n");
        md.append("""
                Amounts in yuan per person per year, given per income year rather than dated: a parameter set \
                lists them in the fields named. A year without a poverty line is an error, never a guess.

                """);
        for (LineKey line : LineKey.values()) {
            md.append("<a id=\"line-").append(line.name()).append("\"></a>\n\n");
            md.append("#### ").append(capitalised(line.description())).append(" (`").append(line.field())
                    .append("`)\n\n");
            md.append("Read by ").append(rules(line.rules())).append(".\n\n");
            if (line == LineKey.POVERTY_LINE) {
                md.append("| income year | yuan per person | source |\n|---|---|---|\n");
                for (PovertyLine l : sortedLines(national)) {
                    md.append("| ").append(l.year()).append(" | ").append(l.amount()).append(" | ")
                            .append(linkedSources(l.source())).append(" |\n");
                }
                md.append('\n');
            } else {
                md.append(noneNationally(line)).append("\n\n");
            }
        }
    }

    /** What the national set says of a line parameter it leaves empty. */
    private static String noneNationally(LineKey line) {
        switch (line) {
            case REGIONAL_LINE:
                return "None in the national set. A province (two-digit code) or city (four-digit code) may set its "
                        + "own line for an income year, above the national one, with a source and a reason "
                        + "(ID-STD, IND-STD); it applies to the counties within it.";
            case MONITORING_THRESHOLD:
                return "None in the national set: the threshold of a year is `MONITORING_LINE_MULTIPLE` times the "
                        + "line applied (MON-1). A parameter set may give a threshold for a year, with a source, and "
                        + "a reason where it departs from that multiple of the national line (IND-STD); never "
                        + "below the line in force where it applies, where a poor household would go unmonitored.";
            default:
                return "None in the national set. A province or city may set its own threshold for an income year, "
                        + "with a source and a reason; it overrides the others within its area (MON-1), and is "
                        + "never below a line in force there.";
        }
    }

    private static void bibliography(StringBuilder md, PolicyParameters national) {
        md.append("<a id=\"bibliography\"></a>\n\n## Bibliography\n\n");
        md.append("Rules and parameter values cite these sources by key.\n\n");
        for (Source source : Source.values()) {
            md.append("<a id=\"source-").append(source.key()).append("\"></a>\n\n");
            md.append("- **").append(source.key()).append("**: ").append(source.issuer()).append(", *")
                    .append(source.title()).append("*");
            if (!source.originalTitle().equals(source.title())) {
                md.append(' ').append(source.originalTitle());
            }
            if (source.date() != null) {
                md.append(", ").append(source.date());
            }
            if (source.number() != null) {
                md.append(", ").append(source.number());
            }
            md.append('.');
            if (source.note() != null) {
                md.append(' ').append(capitalised(Objects.requireNonNull(source.note()))).append('.');
            }
            List<Rule> citing = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                if (rule.sources().contains(source)) {
                    citing.add(rule);
                }
            }
            if (!citing.isEmpty()) {
                md.append(" Cited by ").append(rules(citing)).append('.');
            }
            StringJoiner keys = new StringJoiner(", ");
            for (ParameterKey key : ParameterKey.values()) {
                for (ParameterValue value : valuesOf(national, key)) {
                    if (Source.cited(value.source()).contains(source)) {
                        keys.add("[`" + key.name() + "`](#parameter-" + key.name() + ")");
                        break;
                    }
                }
            }
            for (PovertyLine line : sortedLines(national)) {
                if (Source.cited(line.source()).contains(source)) {
                    keys.add("[poverty lines](#line-POVERTY_LINE)");
                    break;
                }
            }
            if (keys.length() > 0) {
                md.append(" Values of ").append(keys).append(" cite it.");
            }
            md.append("\n\n");
        }
    }

    /**
     * One rule in plain text for a terminal: its statements, its sources in full, and each parameter it reads with
     * its value for every income year the parameter set covers and where the value comes from.
     *
     * @param rule the rule, not null
     * @param parameters the parameter set whose values are shown, not null
     * @return the text, lines ending in {@code \n}, not null
     */
    public static String describe(Rule rule, PolicyParameters parameters) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append("  ").append(rule.title()).append(" · ").append(rule.titleZh()).append('\n');
        out.append("Section: ").append(rule.section().title()).append(" · ").append(rule.section().titleZh())
                .append("; implemented in ").append(rule.implementedIn()).append("\n\n");
        wrap(out, rule.statement(), "");
        out.append('\n');
        wrap(out, rule.statementZh(), "");
        out.append("\nSources:\n");
        Set<Source> shown = new LinkedHashSet<>(rule.sources());
        for (Source source : rule.sources()) {
            wrap(out, source.key() + ": " + source.citation(), "  ");
        }
        List<ParameterKey> keys = ParameterKey.readBy(rule);
        List<LineKey> lines = LineKey.readBy(rule);
        Set<Source> valueSources = new LinkedHashSet<>();
        out.append("\nParameters of set '").append(parameters.getName()).append("' ").append(parameters.getVersion())
                .append(", by income year (").append(years(parameters)).append("):\n");
        if (keys.isEmpty() && lines.isEmpty()) {
            out.append("  none\n");
        }
        for (ParameterKey key : keys) {
            out.append("  ").append(key.name()).append(" (").append(key.unit()).append(")\n");
            for (YearValue v : byYear(parameters, key)) {
                wrap(out, v.years() + "  " + v.value() + "  " + v.where(), "    ");
                valueSources.addAll(Source.cited(v.where()));
            }
        }
        for (LineKey line : lines) {
            out.append("  ").append(line.description()).append(" (").append(line.field()).append(", ")
                    .append(line.unit()).append(")\n");
            for (String entry : lineEntries(parameters, line)) {
                wrap(out, entry, "    ");
                valueSources.addAll(Source.cited(entry));
            }
        }
        valueSources.removeAll(shown);
        if (!valueSources.isEmpty()) {
            out.append("\nSources of the values:\n");
            for (Source source : valueSources) {
                wrap(out, source.key() + ": " + source.citation(), "  ");
            }
        }
        return out.toString();
    }

    /** A value in force over consecutive income years, with where it comes from. */
    private record YearValue(String years, String value, String where) {}

    /** The value of a key on 31 December of each income year the set covers, consecutive equal years merged. */
    private static List<YearValue> byYear(PolicyParameters parameters, ParameterKey key) {
        List<YearValue> values = new ArrayList<>();
        Year first = null;
        Year last = null;
        String value = null;
        String where = null;
        for (Year year : coveredYears(parameters)) {
            String v;
            String w;
            try {
                ParameterValue inForce = parameters.inForce(key, year.atMonthDay(MonthDay.of(12, 31)));
                v = inForce.value().toPlainString();
                w = inForce.source() + (inForce.reason() == null ? "" : "; reason: " + inForce.reason());
            } catch (MissingParameterException e) {
                v = "none";
                w = "no value in force";
            }
            if (first != null && v.equals(value) && w.equals(where) && year.equals(last.plusYears(1))) {
                last = year;
                continue;
            }
            if (first != null) {
                values.add(new YearValue(range(first, last), value, Objects.requireNonNull(where)));
            }
            first = year;
            last = year;
            value = v;
            where = w;
        }
        if (first != null) {
            values.add(new YearValue(range(first, Objects.requireNonNull(last)), Objects.requireNonNull(value),
                    Objects.requireNonNull(where)));
        }
        return values;
    }

    private static String range(Year first, Year last) {
        return first.equals(last) ? first.toString() : first + "–" + last;
    }

    /** The amounts of a line parameter in a set, one entry each, or what applies when there are none. */
    private static List<String> lineEntries(PolicyParameters parameters, LineKey line) {
        List<String> entries = new ArrayList<>();
        switch (line) {
            case POVERTY_LINE:
                for (PovertyLine l : sortedLines(parameters)) {
                    entries.add(entry(l.year() + "  " + l.amount(), l.source(), l.reason()));
                }
                break;
            case MONITORING_THRESHOLD:
                List<PovertyLine> thresholds = new ArrayList<>(parameters.getMonitoringThresholds());
                thresholds.sort(Comparator.comparing(PovertyLine::year));
                for (PovertyLine l : thresholds) {
                    entries.add(entry(l.year() + "  " + l.amount(), l.source(), l.reason()));
                }
                if (entries.isEmpty()) {
                    entries.add("none set: MONITORING_LINE_MULTIPLE times the line applied");
                }
                break;
            default:
                List<RegionalLine> regional = new ArrayList<>(line == LineKey.REGIONAL_LINE
                        ? parameters.getRegionalLines() : parameters.getRegionalMonitoringThresholds());
                regional.sort(Comparator.comparing(RegionalLine::year).thenComparing(RegionalLine::area));
                for (RegionalLine l : regional) {
                    entries.add(entry(l.year() + "  area " + l.area() + " (" + l.standard() + ")  " + l.amount(),
                            l.source(), l.reason()));
                }
                if (entries.isEmpty()) {
                    entries.add("none set");
                }
                break;
        }
        return entries;
    }

    private static String entry(String what, String source, @Nullable String reason) {
        return what + "  " + source + (reason == null ? "" : "; reason: " + reason);
    }

    private static List<ParameterValue> valuesOf(PolicyParameters parameters, ParameterKey key) {
        List<ParameterValue> values = new ArrayList<>();
        for (ParameterValue v : parameters.getValues()) {
            if (v.key() == key) {
                values.add(v);
            }
        }
        values.sort(Comparator.comparing(ParameterValue::since));
        return values;
    }

    private static List<PovertyLine> sortedLines(PolicyParameters parameters) {
        List<PovertyLine> lines = new ArrayList<>(parameters.getPovertyLines());
        lines.sort(Comparator.comparing(PovertyLine::year));
        return lines;
    }

    private static List<Year> coveredYears(PolicyParameters parameters) {
        List<Year> years = new ArrayList<>();
        for (PovertyLine line : sortedLines(parameters)) {
            years.add(line.year());
        }
        return years;
    }

    /** The income years a set covers, as ranges of consecutive years: {@code 2010–2020}. */
    private static String years(PolicyParameters parameters) {
        StringJoiner ranges = new StringJoiner(", ");
        Year first = null;
        Year last = null;
        for (Year year : coveredYears(parameters)) {
            if (first != null && year.equals(Objects.requireNonNull(last).plusYears(1))) {
                last = year;
                continue;
            }
            if (first != null) {
                ranges.add(range(first, Objects.requireNonNull(last)));
            }
            first = year;
            last = year;
        }
        if (first != null) {
            ranges.add(range(first, Objects.requireNonNull(last)));
        }
        return ranges.length() == 0 ? "none" : ranges.toString();
    }

    private static String rules(Iterable<Rule> rules) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Rule rule : rules) {
            joiner.add("[" + rule.id() + "](#" + rule.id() + ")");
        }
        return joiner.toString();
    }

    /** A statement with each rule id and parameter key it names linked to its entry. */
    private static String linked(String text) {
        Matcher ids = RULE_ID.matcher(text);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (ids.find()) {
            String id = ids.group();
            sb.append(keys(text.substring(at, ids.start())));
            sb.append(isRule(id) ? "[" + id + "](#" + id + ")" : id);
            at = ids.end();
        }
        return sb.append(keys(text.substring(at))).toString();
    }

    /** Parameter keys in code style, linked to their entries; other upper-case words, such as enum values, as code. */
    private static String keys(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (words.find()) {
            String word = words.group();
            sb.append(text, at, words.start());
            if (isKey(word)) {
                sb.append("[`").append(word).append("`](#parameter-").append(word).append(')');
            } else if (word.indexOf('_') >= 0 || isEnumValue(word)) {
                sb.append('`').append(word).append('`');
            } else {
                sb.append(word);
            }
            at = words.end();
        }
        return sb.append(text.substring(at)).toString();
    }

    /** A citation with each source key linked to the bibliography. */
    private static String linkedSources(String citation) {
        String linked = citation;
        for (Source source : Source.cited(citation)) {
            linked = linked.replaceAll("(?<![A-Za-z0-9_\\[])" + source.key() + "(?![A-Za-z0-9_])",
                    "[" + source.key() + "](#source-" + source.key() + ")");
        }
        return linked;
    }

    private static boolean isRule(String id) {
        try {
            Rule.parse(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isKey(String word) {
        for (ParameterKey key : ParameterKey.values()) {
            if (key.name().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Single-word values of the model's enums that statements name, such as {@code SAFE} or {@code WEST}. */
    private static boolean isEnumValue(String word) {
        return ENUM_VALUES.contains(word);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Appends a paragraph wrapped at {@value #WIDTH} columns, with no indent. */
    private static void wrap(StringBuilder out, String text, String indent) {
        wrap(out, text, indent, indent + (indent.isEmpty() ? "" : "  "));
    }

    /**
     * Appends a paragraph wrapped at {@value #WIDTH} columns, a Chinese character counting two: lines break at a
     * space or between two Chinese characters, never before Chinese closing punctuation. Lines after the first
     * hang under the first.
     */
    private static void wrap(StringBuilder out, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int column = first.length();
        int start = column;
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            if (!isWide(text.charAt(i)) && text.charAt(i) != ' ') {
                while (end < text.length() && text.charAt(end) != ' ' && !isWide(text.charAt(end))) {
                    end++;
                }
            }
            String token = text.substring(i, end);
            int width = width(token);
            boolean space = token.equals(" ");
            if (column + width > WIDTH && column > start && !space && CLOSING.indexOf(token.charAt(0)) < 0) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(rest);
                column = rest.length();
                start = column;
            }
            if (!(space && column == start)) {
                line.append(token);
                column += width;
            }
            i = end;
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static int width(String token) {
        int width = 0;
        for (int i = 0; i < token.length(); i++) {
            width += isWide(token.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(char c) {
        return c >= '\u2E80' && c <= '\uFFEF';
    }
}
