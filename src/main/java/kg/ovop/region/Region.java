package kg.ovop.region;

import kg.ovop.web.Language;

/** A region or city of Kyrgyzstan (ISO 3166-2), with its names in the three languages. */
public record Region(String isoCode, String nameEn, String nameKy, String nameRu, String kind) {

    public String name(Language language) {
        return language.pick(nameKy, nameRu, nameEn);
    }
}
