package io.github.jingzhun.examples.cli;

import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.scenario.Shock;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Converters of option values, and the changes to a parameter set that options ask for. */
final class Converters {

    private Converters() {}

    /**
     * A parameter set with another national line for a year, and the reason IND-STD asks for. The set is named for
     * the change, such as {@code national, 2019 line 4000.00}, so that a decision names the set it applied.
     *
     * @param parameters the parameter set
     * @param origin where the set comes from, as a usage error names it: {@code --parameters FILE}, say
     * @param year the income year
     * @param line the line
     * @param spec the command, whose usage error a line the set cannot take is
     * @return the changed set
     * @throws ParameterException if the set cannot take the line, such as one above a regional line of the year,
     *     naming each problem by its JSON path in the set
     */
    static PolicyParameters withLine(PolicyParameters parameters, String origin, Year year, Yuan line,
            CommandSpec spec) {
        try {
            PolicyParameters changed = parameters.withPovertyLine(year, line, "command line (--line)",
                    "scenario: what if the " + year + " line were " + line + " yuan?");
            changed.forYear(year);  // a line alone, for a year before the set's values, makes no set to use
            return PolicyParameters.builder().from(changed)
                    .withName(parameters.getName() + ", " + year + " line " + line).build();
        } catch (MissingParameterException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": --line " + line + " cannot apply "
                    + "to " + origin + ": " + String.valueOf(e.getMessage()).replaceFirst("^parameter set '[^']*' ",
                            "it "));
        } catch (IllegalArgumentException e) {
            // The set's problems, "invalid parameter set 'x': a[0].b: ...; c: ...", by their paths in its JSON.
            String problems = String.valueOf(e.getMessage()).replaceFirst("^invalid parameter set '[^']*': ", "");
            throw new ParameterException(spec.commandLine(), "--line " + line + " cannot apply to " + origin + ": "
                    + problems.replaceAll("(^|; )([a-zA-Z]+(\\[[0-9]+\\])?[.:\\[])", "$1\\$.$2"));
        }
    }

    /** How a usage error names a parameter set: the option and file it was read from, or the national set. */
    static String origin(String option, @Nullable Path file) {
        return file == null ? "the national parameter set" : option + " " + file;
    }

    /**
     * An income year, such as {@code 2019}: digits only, so that a mistyped year is named, not a Java class, and
     * from 1900 to 2999, the years the JSON contract reads, so that no command writes a year it cannot read back.
     */
    static final class YearConverter implements ITypeConverter<Year> {
        @Override
        public Year convert(String value) {
            if (!value.matches("[0-9]{4}") || value.compareTo("1900") < 0 || value.compareTo("2999") > 0) {
                throw new TypeConversionException("not a year from 1900 to 2999, such as 2019: " + value);
            }
            return Year.of(Integer.parseInt(value));
        }
    }

    /** A level of detail for decisions: {@code outcomes}, {@code failed} or {@code full}, in any case. */
    static final class DetailConverter implements ITypeConverter<DecisionDetail> {
        @Override
        public DecisionDetail convert(String value) {
            try {
                return DecisionDetail.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("outcomes, failed or full, not " + value);
            }
        }
    }

    /**
     * The highest poverty line the command line takes, in yuan per person per year: far above any line (the
     * national one is a few thousand), so that {@code 1e12} is a usage error, not an overflow in a summary.
     */
    static final Yuan MAX_LINE = Yuan.parse("1000000");

    /**
     * A whole number in ASCII digits, such as {@code 2} or {@code -1}, for every count and seed: Java's own reading
     * also takes {@code +2} and other scripts' digits, which no example shows. The option checks its own range.
     */
    static final class WholeNumberConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            if (!value.matches("-?[0-9]+")) {
                throw new TypeConversionException("not a whole number such as 2: " + value);
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("out of range: " + value);
            }
        }
    }

    /** {@link WholeNumberConverter} for an option that holds an int. */
    static final class IntConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = new WholeNumberConverter().convert(value);
            if (n != (int) n) {
                throw new TypeConversionException("out of range: " + value);
            }
            return (int) n;
        }
    }

    /** A positive amount of yuan, such as {@code 4000} or {@code 3218.50}: digits, no exponent. */
    static final class YuanConverter implements ITypeConverter<Yuan> {
        @Override
        public Yuan convert(String value) {
            Yuan amount = null;
            try {
                amount = plainAmount(value);
            } catch (IllegalArgumentException e) {
                if (!withoutThousands(value).matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
                    throw new TypeConversionException("not an amount of yuan such as 4000 or 3218.50: " + value);
                }
                // a number all the same, negative or past what an amount holds: out of range, not malformed
            }
            if (amount == null || amount.fen() <= 0 || amount.compareTo(MAX_LINE) > 0) {
                throw new TypeConversionException("must be more than 0 and at most " + MAX_LINE + " yuan: " + value);
            }
            return amount;
        }
    }

    /**
     * An amount written as plain digits, with at most two decimals and commas between thousands: no exponent. Beyond
     * 15 digits it is not read, only said to be beyond the range {@link Yuan#parse} names.
     */
    private static Yuan plainAmount(String value) {
        String plain = withoutThousands(value);
        if (plain.matches("-[0-9]+(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("an amount is not negative");
        }
        if (!plain.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("an amount is plain digits, such as 20000 or 3218.50");
        }
        return Yuan.parse(plain.replaceFirst("^0*([0-9]{16})[0-9]*", "$1"));
    }

    /**
     * An amount without the commas between its thousands ({@code 20,000.50}); one written with a comma elsewhere, such
     * as a decimal comma ({@code 3218,50}), is left as it is, and so is no amount.
     */
    private static String withoutThousands(String value) {
        return value.matches("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]{1,2})?") ? value.replace(",", "") : value;
    }

    /** The Alkire–Foster cutoff k: a fraction such as {@code 1/3} or a decimal such as {@code 0.4}, in (0, 1]. */
    static final class CutoffConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double k;
            try {
                // plain decimals only: Java's own reading takes 0.5f, 1e-1 and NaN too
                if (!value.matches("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(/-?[0-9]+(\\.[0-9]*)?)?")) {
                    throw new NumberFormatException(value);
                }
                int slash = value.indexOf('/');
                k = slash < 0 ? Double.parseDouble(value) : Double.parseDouble(value.substring(0, slash))
                        / Double.parseDouble(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a cutoff such as 1/3 or 0.4: " + value);
            }
            if (!(k > 0 && k <= 1)) {
                throw new TypeConversionException("the cutoff k must be in (0, 1]: " + value);
            }
            return k;
        }
    }

    /**
     * A shock of SC-2: {@code illness:MEMBER:COSTS}, {@code disaster:PRODUCTION_LOST:LOSS} or
     * {@code lost-job:MEMBER:WAGE_LOST}, members by index from 0 and amounts in yuan.
     */
    static final class ShockConverter implements ITypeConverter<Shock> {
        @Override
        public Shock convert(String value) {
            String[] parts = value.split(":", -1);
            if (parts.length != 3) {
                throw new TypeConversionException("a shock is KIND:A:B, such as illness:0:20000, not " + value);
            }
            try {
                return switch (parts[0].toLowerCase(Locale.ROOT)) {
                    case "illness" -> Shock.illness(member(parts[1]), plainAmount(parts[2]));
                    case "disaster" -> Shock.disaster(plainAmount(parts[1]), plainAmount(parts[2]));
                    case "lost-job", "lostjob", "lost_job" -> Shock.lostJob(member(parts[1]), plainAmount(parts[2]));
                    default -> throw new TypeConversionException("the kind of shock is illness, disaster or "
                            + "lost-job, not " + parts[0]);
                };
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("not a shock such as illness:0:20000: " + value + " ("
                        + e.getMessage() + ")");
            }
        }

        private static int member(String text) {
            int member = text.matches("[0-9]{1,2}") ? Integer.parseInt(text) : -1;
            if (member < 0 || member >= JsonImporter.MAX_MEMBERS) {
                throw new IllegalArgumentException("a member's index is from 0 to " + (JsonImporter.MAX_MEMBERS - 1)
                        + ", as a household has at most " + JsonImporter.MAX_MEMBERS + " members");
            }
            return member;
        }
    }
}
