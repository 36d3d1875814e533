package io.github.jingzhun.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for the terminal: the first column (or more) left-aligned, the others right-aligned, columns
 * as wide as their widest cell. ASCII only, so that columns line up in any terminal.
 */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private int left = 1;

    /**
     * A table with a header row.
     *
     * @param headers the column headers
     */
    Table(String... headers) {
        this.columns = headers.length;
        rows.add(headers);
    }

    /**
     * Left-aligns the first columns, such as a code and a name; the others stay right-aligned.
     *
     * @param count how many columns, from the first, are left-aligned
     * @return this table
     */
    Table left(int count) {
        this.left = count;
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells the cells, as many as the headers
     * @return this table
     */
    Table row(Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    /**
     * The table as text, each line indented and ended with a line break.
     *
     * @param indent what each line starts with
     * @return the text
     */
    String render(String indent) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i < left ? cell + pad : pad + cell);
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
        return s.toString();
    }

    /** A ratio as a percentage with two decimals, such as {@code 28.51%}. */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
    }

    /** A difference of ratios in percentage points, signed, such as {@code +16.59 pp}. */
    static String points(double difference) {
        return String.format(Locale.ROOT, "%+.2f pp", difference * 100);
    }

    /** A count with thousands separators, such as {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A decimal with four places, such as {@code 0.1234}. */
    static String decimal(double x) {
        return String.format(Locale.ROOT, "%.4f", x);
    }
}
