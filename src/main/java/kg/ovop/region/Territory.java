package kg.ovop.region;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import kg.ovop.web.Language;

/**
 * A district, aiyl aimak or village, valid from one date until another (or still), with its names
 * in the three languages and, for villages, the product category it is known for; whether it is a
 * high-mountain area where the government's list says so (null: not known at this level).
 */
public record Territory(String code, String parentCode, String regionCode, Level level, String nameKy, String nameRu,
        String nameEn, String specialisation, LocalDate validFrom, LocalDate validTo, Boolean highMountain) {

    public enum Level {
        district, aiyl_aimak, village;

        /** The level below, or null for villages. */
        public Level child() {
            return this == village ? null : values()[ordinal() + 1];
        }
    }

    public String name(Language language) {
        return language.pick(nameKy, nameRu, nameEn);
    }

    /** Whether a producer's text names this territory, in any of the three languages. */
    public boolean isNamed(String text) {
        String wanted = normalise(text);
        return Stream.of(nameKy, nameRu, nameEn).anyMatch(name -> normalise(name).equals(wanted));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
