package kg.ovop.certificate;

/** Filters of the public registry; null means "any". Validated at the HTTP edge. */
public record RegistryQuery(String region, String category, Integer stars, String text, int page, int size) {
}
