package kg.ovop.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import kg.ovop.region.Territory;
import kg.ovop.region.TerritoryDirectory;

/**
 * The lists offered under the location fields for what the form holds now: the region's districts,
 * the chosen district's aiyl aimaks, the chosen aiyl aimak's villages. Rendered by the server, so
 * they work without JavaScript; location.js refreshes them as the producer changes a level.
 */
record LocationChoices(List<Territory> districts, List<Territory> aiylAimaks, List<Territory> villages) {

    static LocationChoices of(TerritoryDirectory territories, MultiValueMap<String, String> values) {
        String region = text(values, "region");
        if (region == null) {
            return new LocationChoices(List.of(), List.of(), List.of());
        }
        List<Territory> districts = territories.districts(region);
        Optional<Territory> district = named(districts, text(values, "district"));
        List<Territory> aimaks = district.map(d -> territories.children(d.code())).orElse(List.of());
        Optional<Territory> aimak = named(aimaks, text(values, "aiylAimak"));
        return new LocationChoices(districts, aimaks, aimak.map(a -> territories.children(a.code())).orElse(List.of()));
    }

    private static Optional<Territory> named(List<Territory> choices, String name) {
        return name == null ? Optional.empty() : choices.stream().filter(t -> t.isNamed(name)).findFirst();
    }

    private static String text(MultiValueMap<String, String> values, String field) {
        String value = values == null ? null : values.getFirst(field);
        return value == null || value.isBlank() ? null : value;
    }
}
