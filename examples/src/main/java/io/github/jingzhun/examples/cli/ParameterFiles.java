package io.github.jingzhun.examples.cli;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.examples.cases.Utf8Bytes;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.parameter.Deviation;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads the parameter sets named on the command line; a file that cannot be used is a usage error. */
final class ParameterFiles {

    /** The most bytes searched for a malformed one: four of each character a document may have. */
    private static final int MALFORMED_SEARCHED = 4 * 4_194_304;

    private ParameterFiles() {}

    /**
     * The policy of a parameter file, or the national policy when there is none.
     *
     * @param file the file, or null
     * @param importer the importer that reads it
     * @param spec the command, for the usage error
     * @param option the option that named the file, for the message
     * @return the policy
     * @throws ParameterException if the file cannot be read or is not a valid parameter set
     */
    static PovertyPolicy policy(@Nullable Path file, JsonImporter importer, CommandSpec spec, String option) {
        return file == null ? PovertyPolicy.national() : PovertyPolicy.of(read(file, importer, spec, option));
    }

    /**
     * Reads a parameter file.
     *
     * @param file the file
     * @param importer the importer that reads it
     * @param spec the command, for the usage error
     * @param option the option that named the file, for the message
     * @return the parameter set
     * @throws ParameterException if the file cannot be read or is not a valid parameter set
     */
    static PolicyParameters read(Path file, JsonImporter importer, CommandSpec spec, String option) {
        // Decoded strictly: a malformed byte is an error, not a replacement character in a number or a name.
        try (Reader in = new BufferedReader(new InputStreamReader(OptionFiles.open(file, option, spec),
                StandardCharsets.UTF_8.newDecoder()))) {
            return importer.readParameters(in);
        } catch (JsonImportException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " is not a valid parameter set: "
                    + e.problems().stream().map(JsonProblem::toString).collect(Collectors.joining("; ")));
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " is not a valid parameter set: $: "
                    + malformed(file, option, spec));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " cannot be read: "
                    + OptionFiles.reason(e));
        }
    }

    /**
     * What is wrong with a file that is not UTF-8, read again to say: UTF-16 by its byte order mark, else where its
     * first malformed sequence starts, " at byte N", counted from 1, or in a file of several lines " at line L, byte
     * N" of the line (nothing if it cannot be found again). A parameter set's text is bounded, so the bytes read are
     * too.
     */
    private static String malformed(Path file, String option, CommandSpec spec) {
        String place = "";
        try (InputStream in = OptionFiles.open(file, option, spec)) {
            byte[] bytes = in.readNBytes(MALFORMED_SEARCHED);
            if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                    || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
                return "a UTF-16 byte order mark at byte 1; a parameter file is text in UTF-8 (one saved as UTF-16, "
                        + "'Unicode' in Windows tools, must be converted to UTF-8 first)";
            }
            int malformed = Utf8Bytes.malformedAt(bytes);
            place = malformed < 0 ? "" : Utf8Bytes.place(bytes, malformed);
        } catch (IOException e) {
            // the place is left out
        }
        return "malformed UTF-8" + place + "; a parameter file is text in UTF-8 (one exported in GBK or GB 18030 "
                + "must be converted to UTF-8 first)";
    }

    /**
     * The policy of {@code --parameters}, or the national one, checked to have parameters for the year assessed:
     * how a command that decides one income year starts.
     *
     * @param file the file of {@code --parameters}, or null
     * @param importer the importer that reads it
     * @param spec the command, for the usage error
     * @param year the income year
     * @return the policy
     * @throws ParameterException if the file cannot be read, is not a valid parameter set or has no line for the year
     */
    static PovertyPolicy policyFor(@Nullable Path file, JsonImporter importer, CommandSpec spec, Year year) {
        PovertyPolicy policy = policy(file, importer, spec, "--parameters");
        requireYear(policy, year, spec);
        return policy;
    }

    /**
     * Checks that a policy has parameters for a year.
     *
     * @param policy the policy
     * @param year the income year
     * @param spec the command, for the usage error
     * @throws ParameterException if the parameter set has no line for the year
     */
    static void requireYear(PovertyPolicy policy, Year year, CommandSpec spec) {
        try {
            policy.parametersFor(year);
        } catch (MissingParameterException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": "
                    + Objects.requireNonNullElse(e.getMessage(), "the parameter set does not cover the year"));
        }
    }

    /**
     * The report of a set's departures from the national standards (IND-STD): each with the national value, the
     * set's and the reason; empty when the set keeps them.
     *
     * @param set the parameter set
     * @param whose how the heading names the set, such as {@code the variant}
     * @return the report, one line a departure after its heading, or an empty string
     */
    static String departures(PolicyParameters set, String whose) {
        List<Deviation> deviations = set.deviations();
        if (deviations.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Departures of ").append(whose)
                .append(" from the national standards (IND-STD)\n");
        for (Deviation d : deviations) {
            BigDecimal national = d.national();
            // A provincial or city line has no national counterpart.
            s.append("  ").append(d.parameter()).append(": national ")
                    .append(national == null ? "none" : national.toPlainString()).append(", ").append(whose)
                    .append(' ').append(d.value().toPlainString()).append(" - ").append(d.reason()).append('\n');
        }
        return s.toString();
    }
}
