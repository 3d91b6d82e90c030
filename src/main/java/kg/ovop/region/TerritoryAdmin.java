package kg.ovop.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import kg.ovop.region.TerritoryImport.Problem;
import kg.ovop.web.Csv;

/**
 * Administrators load and export the territory classifier (/admin/territories): what is loaded per
 * region and level, a CSV upload, and the current table as CSV to edit and load again.
 */
@Controller
class TerritoryAdmin {

    static final long MAX_FILE_BYTES = 4 * 1024 * 1024;

    private final TerritoryImport importer;
    private final JdbcTemplate jdbc;
    private final RegionDirectory regions;
    private final TerritoryDirectory territories;
    private final MessageSource messages;

    TerritoryAdmin(TerritoryImport importer, JdbcTemplate jdbc, RegionDirectory regions, TerritoryDirectory territories,
            MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.regions = regions;
        this.territories = territories;
    }

    @GetMapping("/admin/territories")
    String page(Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("counts", territories.countsToday());
        model.addAttribute("header", String.join(",", TerritoryImport.HEADER));
        return "territories";
    }

    @PostMapping("/admin/territories")
    String upload(@RequestParam MultipartFile file, Model model, Locale locale) throws IOException {
        List<Problem> problems = List.of();
        if (file.isEmpty()) {
            problems = List.of(Problem.at(0, "no-file"));
        } else if (file.getSize() > MAX_FILE_BYTES) {
            problems = List.of(Problem.at(0, "too-large", MAX_FILE_BYTES / (1024 * 1024)));
        } else {
            try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                model.addAttribute("result", importer.apply(csv));
            } catch (TerritoryImport.RefusedException e) {
                problems = e.problems();
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.stream().map(p -> messages.getMessage(p, locale)).toList());
        }
        return page(model);
    }

    @GetMapping(value = "/admin/territories.csv", produces = "text/csv")
    ResponseEntity<String> export() {
        StringBuilder csv = new StringBuilder(String.join(",", TerritoryImport.HEADER)).append("\r\n");
        jdbc.query(TerritoryDirectory.SELECT + " ORDER BY region_code, level, code", TerritoryDirectory.ROW).forEach(t ->
                csv.append(String.join(",", Stream.of(t.code(), t.parentCode(), t.level().name(), t.regionCode(), t.nameKy(),
                        t.nameRu(), t.nameEn(), t.specialisation(), t.validFrom().toString(),
                        t.validTo() == null ? null : t.validTo().toString(),
                        t.highMountain() == null ? null : t.highMountain().toString()).map(Csv::quote).toList())).append("\r\n"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("territories.csv").build()
                        .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.toString());
    }
}
