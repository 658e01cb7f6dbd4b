package org.taz2rdf.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date line of a taz article, {@code 13 Aug 2024}: English month abbreviations, whatever the locale. */
final class TazDates {

    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final Pattern DATE_LINE =
            Pattern.compile("(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4})");

    private TazDates() {}

    /** Whether the line has the shape of a date line (the date itself may still be invalid). */
    static boolean isDateLine(String line) {
        return DATE_LINE.matcher(line.strip()).matches();
    }

    /** The date of a date line, empty when the line is not one or names no real day (31 Feb). */
    static Optional<LocalDate> parse(String line) {
        Matcher m = DATE_LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2)) + 1,
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
