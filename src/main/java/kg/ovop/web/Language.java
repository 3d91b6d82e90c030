package kg.ovop.web;

import java.util.Locale;

/** The three languages of the programme: every text a person reads exists in each. */
public enum Language {
    ky, ru, en;

    public Locale locale() {
        return Locale.forLanguageTag(name());
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
