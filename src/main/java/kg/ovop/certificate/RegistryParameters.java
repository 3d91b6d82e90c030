package kg.ovop.certificate;

import org.springframework.stereotype.Component;

import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.BadRequestException;

/** Turns the registry's request parameters into a query, refusing unknown values by name. */
@Component
class RegistryParameters {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_TEXT = 100;

    private final RegionDirectory regions;

    RegistryParameters(RegionDirectory regions) {
        this.regions = regions;
    }

    RegistryQuery toQuery(String region, String category, Integer stars, String text, int page, int size) {
        String regionCode = blankToNull(region);
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            throw new BadRequestException("region", "unknown region '" + regionCode + "'");
        }
        String categoryCode = blankToNull(category);
        if (categoryCode != null && !ProductCategory.isCode(categoryCode)) {
            throw new BadRequestException("category", "unknown category '" + categoryCode + "'");
        }
        if (stars != null && (stars < 3 || stars > 5)) {
            throw new BadRequestException("stars", "must be 3, 4 or 5");
        }
        String q = blankToNull(text);
        if (q != null && q.length() > MAX_TEXT) {
            throw new BadRequestException("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (page < 0) {
            throw new BadRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new RegistryQuery(regionCode, categoryCode, stars, q, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
