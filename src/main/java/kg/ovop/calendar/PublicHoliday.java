package kg.ovop.calendar;

import java.time.LocalDate;

import kg.ovop.web.Language;

/** A day off in Kyrgyzstan, named in the three languages. */
public record PublicHoliday(LocalDate day, String nameKy, String nameRu, String nameEn) {

    public String name(Language language) {
        return language.pick(nameKy, nameRu, nameEn);
    }
}
