package kg.ovop.region;

import java.time.Duration;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.ProblemResponses;

/** The location lists for forms (the portal's and integrators'): the children of a region or territory valid today. */
@RestController
@ProblemResponses
class TerritoryApi {

    private final TerritoryDirectory territories;
    private final RegionDirectory regions;

    TerritoryApi(TerritoryDirectory territories, RegionDirectory regions) {
        this.territories = territories;
        this.regions = regions;
    }

    /** One choice of a list, named in the three languages. */
    record Choice(String code, String level, String nameKy, String nameRu, String nameEn) {
        static Choice of(Territory t) {
            return new Choice(t.code(), t.level().name(), t.nameKy(), t.nameRu(), t.nameEn());
        }
    }

    @Operation(summary = "Districts of a region, or the aiyl aimaks / villages of a territory; empty where none are loaded")
    @GetMapping(value = "/api/public/territories", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Choice>> children(
            @Parameter(description = "ISO 3166-2 region code", example = "KG-N") @RequestParam(required = false) String region,
            @Parameter(description = "Code of a district or aiyl aimak", example = "KG-N-kochkor")
            @RequestParam(required = false) String parent) {
        List<Territory> found;
        if (parent != null && !parent.isBlank()) {
            if (territories.find(parent.strip()).isEmpty()) {
                throw new BadRequestException("parent", "unknown territory '" + parent + "'");
            }
            found = territories.children(parent.strip());
        } else if (region != null && regions.find(region.strip()).isPresent()) {
            found = territories.districts(region.strip());
        } else {
            throw new BadRequestException("region", "give a known region code or a parent territory code");
        }
        // Reference data changes a few times a year; phones on slow links should not fetch it twice.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(found.stream().map(Choice::of).toList());
    }
}
