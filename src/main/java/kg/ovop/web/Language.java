package kg.ovop.web;

import java.util.Locale;

/** The three languages of the programme: every text a person reads exists in each. */
public enum Language {
    ky, ru, en;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }

    /** The text in this language from its three versions; Kyrgyz where the English one is missing. */
    public String pick(String ky, String ru, String en) {
        return switch (this) {
            case ky -> ky;
            case ru -> ru;
            case en -> en == null || en.isBlank() ? ky : en;
        };
    }

    /** Kyrgyz when the value is unknown: the programme's first language. */
    public static Language of(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.name().equalsIgnoreCase(code.strip())) {
                    return language;
                }
            }
        }
        return ky;
    }
}
