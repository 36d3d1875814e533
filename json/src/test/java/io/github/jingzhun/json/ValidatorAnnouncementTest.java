package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.household.Household;
import jakarta.validation.Validation;
import java.io.IOException;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator announces itself once per JVM, when the first validator is built, so each case runs in a
 * fresh JVM on the test class path, with the JDK's default logging, and reads what it prints on standard error.
 */
class ValidatorAnnouncementTest {

    private static final String ANNOUNCEMENT = "HV000001";

    private static JvmRun fresh(String mode) throws IOException, InterruptedException {
        return JvmRun.of(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), mode));
    }

    @Test
    void aValidatorBuiltDirectlyAnnouncesItselfOnStandardError() throws Exception {
        // The control: in this set-up Hibernate Validator does print the line, so its absence below means something.
        JvmRun run = fresh("bare");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains(ANNOUNCEMENT, "INFO");
    }

    @Test
    void anImporterBuildsItsValidatorWithoutAWord() throws Exception {
        JvmRun run = fresh("importer");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("HH-522727-0001", "must be between 0 and 12");
        assertThat(run.err()).doesNotContain(ANNOUNCEMENT).isEmpty();
    }

    @Test
    void aLevelTheHostSetIsLeftAsItIs() throws Exception {
        JvmRun run = fresh("host-level");
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
