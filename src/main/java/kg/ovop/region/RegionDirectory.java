package kg.ovop.region;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Regions and cities from the reference table {@code ovop_region} (Flyway V1). */
@Repository
public class RegionDirectory {

    private final JdbcTemplate jdbc;

    public RegionDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = "SELECT iso_code, name_en, name_ky, name_ru, kind FROM ovop_region";
    private static final RowMapper<Region> ROW = (rs, i) ->
            new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));

    public List<Region> all() {
        return jdbc.query(SELECT + " ORDER BY kind DESC, name_en", ROW);
    }

    public Optional<Region> find(String isoCode) {
        return jdbc.query(SELECT + " WHERE iso_code = ?", ROW, isoCode).stream().findFirst();
    }
}
