package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts of ValueCodecs (money without BigDecimal, dates without the formatter) against the exact way. */
class ValueCodecsTest {

    private static final JsonFactory FACTORY = JingzhunJson.mapper().getFactory();
    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");

    /** What reading money the exact way gives: the amount, or the problem. */
    private static String exact(String text) {
        BigDecimal amount = new BigDecimal(text);
        if (amount.abs().compareTo(TRILLION) > 0) {
            return "amount must be between minus one trillion and one trillion yuan";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "amount must be exact to the fen (at most two decimals); it is never rounded";
        }
        return "fen " + Yuan.of(amount).fen();
    }

    private static String read(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            p.nextToken();
            return "fen " + ValueCodecs.yuan(p).fen();
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            return e.getOriginalMessage();
        }
    }

    @Test
    void moneyIsReadAsItsExactDecimalIs() throws IOException {
        Random random = new Random(3218);
        String[] edges = {"0", "-0", "0.0", "-0.00", "0.001", "0.010", "3200.00", "3200.005", "3200.0050",
            "999999999999.99", "1000000000000", "1000000000000.00", "1000000000000.01", "-1000000000000.001",
            "9999999999999", "10000000000000", "99999999999999999", "1e3", "1E-2", "1.5e2", "12.345e1", "0.1",
            "-12.5", "7.10", "7.100000000000000000000"};
        for (String text : edges) {
            assertThat(read(text)).as(text).isEqualTo(exact(text));
        }
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append('-');
            }
            int digits = 1 + random.nextInt(random.nextBoolean() ? 4 : 16);
            text.append(1 + random.nextInt(9));
            for (int i = 1; i < digits; i++) {
                text.append(random.nextInt(10));
            }
            if (random.nextInt(10) == 0) {
                text.setLength(text.length() - digits);
                text.append('0');
            }
            if (random.nextBoolean()) {
                text.append('.');
                int decimals = 1 + random.nextInt(5);
                for (int i = 0; i < decimals; i++) {
                    text.append(random.nextInt(3) == 0 ? random.nextInt(10) : 0);
                }
            }
            if (random.nextInt(10) == 0) {
                text.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(5) - 2);
            }
            String s = text.toString();
            assertThat(read(s)).as(s).isEqualTo(exact(s));
        }
    }

    private static String parsed(java.util.function.Function<String, LocalDate> parser, String text) {
        try {
            return parser.apply(text).toString();
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    @Test
    void datesAreReadAsTheIsoFormatterReadsThem() {
        Random random = new Random(2020);
        String[] edges = {"2019-02-28", "2019-02-29", "2020-02-29", "2019-04-31", "2019-13-01", "2019-00-10",
            "2019-01-00", "0000-01-01", "9999-12-31", "+2019-01-01", "-2019-01-01", "2019-1-01", "2019-01-1",
            "2019/01/01", "20190101", "2019-01-01T", " 2019-01-01", "2019-01-01 ", "１９８０-01-01", "2019-0a-01"};
        for (String text : edges) {
            assertThat(parsed(ValueCodecs::date, text)).as(text).isEqualTo(parsed(LocalDate::parse, text));
        }
        String alphabet = "0123456789-+/ ";
        for (int n = 0; n < 100_000; n++) {
            char[] text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33)).toCharArray();
            if (random.nextInt(5) == 0) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(text);
            assertThat(parsed(ValueCodecs::date, s)).as(s).isEqualTo(parsed(LocalDate::parse, s));
        }
    }

    /** What the text's reader gives: the value, or "refused". */
    private static String plausible(java.util.function.Function<String, ?> parser, String text) {
        try {
            return parser.apply(text).toString();
        } catch (IllegalArgumentException | DateTimeException e) {
            return "refused";
        }
    }

    /** The text inside a larger array, at an offset, as a parser holds it. */
    private static byte[] framed(String text) {
        return ("\"x" + text + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void datesFromCharactersAreWhatTheTextsReaderGivesOrLeftToIt() {
        Random random = new Random(2021);
        String[] edges = {"2019-02-28", "2019-02-29", "2020-02-29", "2100-02-29", "2000-02-29", "2019-04-31",
            "2019-04-30", "2019-12-31", "2019-13-01", "2019-00-10", "2019-01-00", "2019-01-32", "1899-12-31",
            "1900-01-01", "2999-12-31", "3000-01-01", "+2019-01-01", "2019-1-01", "2019/01/01", "2019-0a-01",
            "１９８０-01-01", "2019-01-01 "};
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(edges));
        for (int n = 0; n < 100_000; n++) {
            texts.add(String.format("%04d-%02d-%02d", 1850 + random.nextInt(1200), random.nextInt(14),
                    random.nextInt(33)));
        }
        for (String text : texts) {
            LocalDate plain = ValueCodecs.plainDate(framed(text), 2, framed(text).length - 3);
            String expected = plausible(ValueCodecs::plausibleDate, text);
            // A date of the common form in range is read here; anything else is left to the text's reader.
            assertThat(plain == null ? "refused" : plain.toString()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void monthsFromCharactersAreWhatTheTextsReaderGivesOrLeftToIt() {
        Random random = new Random(2022);
        ValueCodecs.TextDeserializer<java.time.YearMonth> months = ValueCodecs.yearMonths();
        String[] edges = {"2019-01", "2019-12", "2019-00", "2019-13", "1899-12", "1900-01", "2999-12", "3000-01",
            "2019-1", "+2019-01", "2019/01", "2019-0a", "２０１９-01"};
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(edges));
        for (int n = 0; n < 20_000; n++) {
            texts.add(String.format("%04d-%02d", 1850 + random.nextInt(1200), random.nextInt(14)));
        }
        for (String text : texts) {
            java.time.YearMonth plain = ValueCodecs.plainMonth(framed(text), 2, framed(text).length - 3);
            String expected;
            try (JsonParser p = FACTORY.createParser("\"" + text + "\"")) {
                p.nextToken();
                expected = months.read(p).toString();
            } catch (IOException e) {
                expected = "refused";
            }
            assertThat(plain == null ? "refused" : plain.toString()).as(text).isEqualTo(expected);
        }
    }
}
