package kg.ovop.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param perFile        largest single document
 * @param perApplication all documents of one application together
 */
@ConfigurationProperties("ovop.portal.uploads")
public record UploadLimits(DataSize perFile, DataSize perApplication) {

    public UploadLimits {
        perFile = perFile == null ? DataSize.ofMegabytes(10) : perFile;
        perApplication = perApplication == null ? DataSize.ofMegabytes(40) : perApplication;
    }
}
