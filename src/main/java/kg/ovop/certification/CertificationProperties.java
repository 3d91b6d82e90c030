package kg.ovop.certification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param groupLeads Camunda user id of each reviewer group's lead (group id → user id), who is
 *                   told when a review is overdue; without one, the programme administrators are
 */
@ConfigurationProperties("ovop.certification")
public record CertificationProperties(Map<String, String> groupLeads) {

    public CertificationProperties {
        groupLeads = groupLeads == null ? Map.of() : Map.copyOf(groupLeads);
    }
}
