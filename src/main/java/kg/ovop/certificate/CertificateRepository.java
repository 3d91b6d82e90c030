package kg.ovop.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import kg.ovop.web.Language;

/** SQL of the certificate tables; callers own the transactions. */
@Repository
class CertificateRepository {

    private static final String COLUMNS = "id, number, application_ref, producer_name, producer_email, producer_language, "
            + "product_name_ky, product_name_ru, product_name_en, category, region_code, district, village, stars, "
            + "issued_on, expires_on, status, status_reason, status_changed_at, verification_token, replaces_number";

    private static final RowMapper<Certificate> ROW = CertificateRepository::map;

    private final JdbcTemplate jdbc;

    CertificateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String number, int year, int serial, CertificateRequest request, LocalDate issuedOn, LocalDate expiresOn,
            String token, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO ovop_certificate (number, issue_year, serial, "
                    + "application_ref, producer_name, producer_taxpayer_number, producer_email, producer_language, "
                    + "product_name_ky, product_name_ru, "
                    + "product_name_en, category, region_code, district, village, stars, issued_on, expires_on, status, "
                    + "status_changed_at, verification_token, replaces_number) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'valid', ?, ?, ?)", new String[] {"id"});
            int i = 1;
            statement.setString(i++, number);
            statement.setInt(i++, year);
            statement.setInt(i++, serial);
            statement.setString(i++, request.applicationRef());
            statement.setString(i++, request.producerName());
            statement.setString(i++, request.producerTaxpayerNumber());
            statement.setString(i++, request.producerEmail());
            statement.setString(i++, request.producerLanguage().name());
            statement.setString(i++, request.productNameKy());
            statement.setString(i++, request.productNameRu());
            statement.setString(i++, request.productNameEn());
            statement.setString(i++, request.category());
            statement.setString(i++, request.regionCode());
            statement.setString(i++, request.district());
            statement.setString(i++, request.village());
            statement.setInt(i++, request.stars());
            statement.setObject(i++, issuedOn);
            statement.setObject(i++, expiresOn);
            statement.setTimestamp(i++, Timestamp.from(now));
            statement.setString(i++, token);
            statement.setString(i, request.replacesNumber());
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Certificate> findByApplication(String applicationRef) {
        return one("application_ref = ?", applicationRef);
    }

    Optional<Certificate> findByNumber(String number) {
        return one("number = ?", number);
    }

    Optional<Certificate> findByToken(String token) {
        return one("verification_token = ?", token);
    }

    Optional<Certificate> findById(long id) {
        return one("id = ?", id);
    }

    /** Records the checksum of what a certificate states, once, when it is issued. */
    void seal(long id, String sha256) {
        jdbc.update("UPDATE ovop_certificate SET sha256 = ? WHERE id = ?", sha256, id);
    }

    /** Every certificate with the checksum recorded for it (null for those issued before checksums). */
    List<Map.Entry<Certificate, String>> sealed() {
        return jdbc.query("SELECT " + COLUMNS + ", sha256 FROM ovop_certificate ORDER BY id",
                (rs, i) -> Map.entry(map(rs, i), rs.getString("sha256") == null ? "" : rs.getString("sha256").strip()));
    }

    private Optional<Certificate> one(String where, Object value) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ovop_certificate WHERE " + where, ROW, value).stream().findFirst();
    }

    void changeStatus(long id, CertificateStatus status, String reason, String actor, Instant now) {
        jdbc.update("UPDATE ovop_certificate SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?",
                status.name(), reason, Timestamp.from(now), id);
        jdbc.update("INSERT INTO ovop_certificate_status_change (certificate_id, status, reason, changed_by, changed_at) "
                + "VALUES (?, ?, ?, ?, ?)", id, status.name(), reason, actor, Timestamp.from(now));
    }

    List<StatusChange> history(long id) {
        return jdbc.query("SELECT status, reason, changed_by, changed_at FROM ovop_certificate_status_change "
                + "WHERE certificate_id = ? ORDER BY changed_at, id", (rs, i) -> new StatusChange(
                CertificateStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), id);
    }

    boolean hasValidCertificate(String taxpayerNumber, String productNameKy, LocalDate today, String except) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_certificate WHERE producer_taxpayer_number = ? "
                + "AND LOWER(product_name_ky) = LOWER(?) AND status = 'valid' AND expires_on >= ? AND number <> ?", Integer.class,
                taxpayerNumber, productNameKy, today, except == null ? "" : except) > 0;
    }

    /** Whether the producer's certificate for the product was suspended or revoked since a moment. */
    boolean suspendedOrRevokedSince(String taxpayerNumber, String productNameKy, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_certificate WHERE producer_taxpayer_number = ? "
                + "AND LOWER(product_name_ky) = LOWER(?) AND status IN ('suspended', 'revoked') AND status_changed_at > ?",
                Integer.class, taxpayerNumber, productNameKy, Timestamp.from(since)) > 0;
    }

    Optional<Certificate> findReplacement(String number) {
        return one("replaces_number = ?", number);
    }

    /** The renewing certificate's number for each of these numbers that has one, in one query. */
    Map<String, String> replacements(List<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> renewedBy = new HashMap<>();
        jdbc.query("SELECT replaces_number, number FROM ovop_certificate WHERE replaces_number IN ("
                + String.join(", ", java.util.Collections.nCopies(numbers.size(), "?")) + ")",
                rs -> {
                    renewedBy.put(rs.getString(1), rs.getString(2));
                }, numbers.toArray());
        return renewedBy;
    }

    List<Long> validExpiredBy(LocalDate today) {
        return jdbc.queryForList("SELECT id FROM ovop_certificate WHERE status IN ('valid', 'suspended') AND expires_on < ?",
                Long.class, today);
    }

    RegistryPage search(RegistryQuery query, LocalDate today) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("status = 'valid' AND expires_on >= ?");
        args.add(today);
        if (query.region() != null) {
            where.append(" AND region_code = ?");
            args.add(query.region());
        }
        if (query.category() != null) {
            where.append(" AND category = ?");
            args.add(query.category());
        }
        if (query.stars() != null) {
            where.append(" AND stars = ?");
            args.add(query.stars());
        }
        if (query.text() != null) {
            where.append(" AND (LOWER(product_name_ky) LIKE ? OR LOWER(product_name_ru) LIKE ? OR LOWER(product_name_en) LIKE ?"
                    + " OR LOWER(producer_name) LIKE ? OR LOWER(village) LIKE ? OR number LIKE ?)");
            String like = "%" + query.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 5; i++) {
                args.add(like);
            }
            args.add("%" + query.text().toUpperCase() + "%");
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM ovop_certificate WHERE " + where, Long.class, args.toArray());
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<Certificate> items = jdbc.query("SELECT " + COLUMNS + " FROM ovop_certificate WHERE " + where
                + " ORDER BY issued_on DESC, number DESC LIMIT ? OFFSET ?", ROW, args.toArray());
        return new RegistryPage(items, query.page(), query.size(), total);
    }

    /** The client address is the socket's (or a trusted proxy's word): at most 64 characters are kept. */
    void logLookup(Long certificateId, CertificateStatus shown, String client, Instant now) {
        String address = client == null || client.length() <= 64 ? client : client.substring(0, 64);
        jdbc.update("INSERT INTO ovop_verification_lookup (certificate_id, status_shown, client_address, looked_up_at) "
                + "VALUES (?, ?, ?, ?)", certificateId, shown == null ? null : shown.name(), address, Timestamp.from(now));
    }

    private static Certificate map(ResultSet rs, int row) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getString("number"), rs.getString("application_ref"),
                rs.getString("producer_name"), rs.getString("producer_email"), Language.of(rs.getString("producer_language")),
                rs.getString("product_name_ky"), rs.getString("product_name_ru"), rs.getString("product_name_en"),
                rs.getString("category"), rs.getString("region_code"), rs.getString("district"), rs.getString("village"),
                rs.getInt("stars"), rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                CertificateStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getTimestamp("status_changed_at").toInstant(), rs.getString("verification_token"),
                rs.getString("replaces_number"));
    }
}
