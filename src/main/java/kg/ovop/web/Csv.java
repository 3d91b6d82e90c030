package kg.ovop.web;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: one line read, one cell written. */
public final class Csv {

    private Csv() {
    }

    /** The cells of one line: commas, double-quoted cells, doubled quotes inside them. */
    public static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A cell as written, quoted where needed; for files read back by this application. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * A cell for a spreadsheet: text starting with = + - @, a tab or a carriage return would be run
     * as a formula, so it is prefixed with an apostrophe.
     */
    public static String spreadsheetCell(String value) {
        return value != null && value.matches("(?s)^[=+\\-@\t\r].*") ? quote("'" + value) : quote(value);
    }
}
