package kg.ovop.producer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.web.Language;

/** {@code ovop_producer_profile}, one row per producer account. */
@Repository
public class ProfileStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProfileStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ProducerProfile> find(String username) {
        return jdbc.query("SELECT producer_type, producer_name, taxpayer_number, phone, email, preferred_language, region_code, "
                + "district, aiyl_aimak, village FROM ovop_producer_profile WHERE username = ?", (rs, i) -> new ProducerProfile(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), Language.of(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)), username).stream().findFirst();
    }

    @Transactional
    public void save(String username, ProducerProfile p) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE ovop_producer_profile SET producer_type = ?, producer_name = ?, taxpayer_number = ?, "
                + "phone = ?, email = ?, preferred_language = ?, region_code = ?, district = ?, aiyl_aimak = ?, village = ?, "
                + "updated_at = ? WHERE username = ?", p.producerType(), p.producerName().strip(), p.taxpayerNumber(), p.phone(),
                p.email().strip(), p.preferredLanguage().name(), p.region(), p.district().strip(), p.aiylAimak().strip(),
                p.village().strip(), now, username);
        if (updated == 0) {
            jdbc.update("INSERT INTO ovop_producer_profile (username, producer_type, producer_name, taxpayer_number, phone, email, "
                    + "preferred_language, region_code, district, aiyl_aimak, village, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", username, p.producerType(), p.producerName().strip(),
                    p.taxpayerNumber(), p.phone(), p.email().strip(), p.preferredLanguage().name(), p.region(),
                    p.district().strip(), p.aiylAimak().strip(), p.village().strip(), now);
        }
    }
}
