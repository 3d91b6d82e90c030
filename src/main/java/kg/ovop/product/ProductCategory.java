package kg.ovop.product;

import kg.ovop.web.Language;

/** Product categories on the OVOP list (shared/domain.md); the code is what forms and tables store. */
public enum ProductCategory {
    FOOD("food", "Азык-түлүк", "Продукты питания", "Food"),
    BEVERAGES("beverages", "Суусундуктар", "Напитки", "Beverages"),
    TEXTILES_FELT("textiles-felt", "Текстиль жана кийиз", "Текстиль и войлок", "Textiles and felt"),
    CRAFTS_SOUVENIRS("crafts-souvenirs", "Кол өнөрчүлүк жана сувенирлер", "Ремёсла и сувениры", "Crafts and souvenirs"),
    HERBAL_COSMETIC("herbal-cosmetic", "Чөп жана косметикалык продукциялар", "Травяная и косметическая продукция",
            "Herbal and cosmetic products");

    private final String code;
    private final String ky;
    private final String ru;
    private final String en;

    ProductCategory(String code, String ky, String ru, String en) {
        this.code = code;
        this.ky = ky;
        this.ru = ru;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String label(Language language) {
        return language.pick(ky, ru, en);
    }

    public static ProductCategory fromCode(String code) {
        for (ProductCategory category : values()) {
            if (category.code.equals(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown product category '" + code + "'");
    }

    public static boolean isCode(String code) {
        for (ProductCategory category : values()) {
            if (category.code.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
