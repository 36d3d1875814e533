package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.household.Household;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator announces itself once per JVM, when the first validator is built, so each case runs in a
 * fresh JVM on the test class path, with the JDK's default logging, and reads what it prints on standard error.
 */
class ValidatorAnnouncementTest {

    private static final String ANNOUNCEMENT = "HV000001";

    /** What a fresh JVM printed. */
    private record Run(int code, String out, String err) {}

    private static Run fresh(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), mode)).start();
        process.getOutputStream().close();
        String err;
        String out;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            // The outputs are small: reading one after the other cannot fill a pipe and block the child.
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void aValidatorBuiltDirectlyAnnouncesItselfOnStandardError() throws Exception {
        // The control: in this set-up Hibernate Validator does print the line, so its absence below means something.
        Run run = fresh("bare");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains(ANNOUNCEMENT, "INFO");
    }

    @Test
    void anImporterBuildsItsValidatorWithoutAWord() throws Exception {
        Run run = fresh("importer");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("HH-522727-0001", "must be between 0 and 12");
        assertThat(run.err()).doesNotContain(ANNOUNCEMENT).isEmpty();
    }

    @Test
    void aLevelTheHostSetIsLeftAsItIs() throws Exception {
        Run run = fresh("host-level");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains(ANNOUNCEMENT);
    }

    /** The program of the fresh JVM. */
    static final class Main {

        private Main() {}

        /**
         * Builds a validator one way or another.
         *
         * @param args {@code bare}, {@code importer} or {@code host-level}
         * @throws Exception if reading fails
         */
        public static void main(String[] args) throws Exception {
            switch (args[0]) {
                case "bare" -> Validation.byProvider(HibernateValidator.class).configure()
                        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()
                        .getValidator();
                case "host-level" -> {
                    java.util.logging.Logger log = java.util.logging.Logger.getLogger(
                            "org.hibernate.validator.internal.util.Version");
                    log.setLevel(java.util.logging.Level.INFO);
                    JingzhunJson.importer();
                    System.out.println(log.getLevel());
                }
                default -> {
                    JsonImporter importer = JingzhunJson.importer();
                    String json = ContractDocument.workedHousehold();
                    Household household = importer.readHousehold(json);
                    System.out.println(household.getId());
                    try {
                        importer.readHousehold(json.replace("\"migrantWorkMonths\": 0", "\"migrantWorkMonths\": 13"));
                    } catch (JsonImportException e) {
                        System.out.println(e.problems());
                    }
                }
            }
        }
    }
}
