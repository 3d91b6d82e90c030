package kg.ovop.portal;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kg.ovop.certification.ApplicationForm;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.region.TerritoryDirectory;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.Language;

/** A brand application as the API takes it; the process checks it again when it is submitted. */
public record ApplicationRequest(
        @NotBlank @Pattern(regexp = "individual-entrepreneur|farmer-household|cooperative|company") String producerType,
        @NotBlank @Size(max = 200) String producerName,
        @NotBlank @Pattern(regexp = ApplicationForm.TAXPAYER_PATTERN, message = "{apply.taxpayerNumber.invalid}") String taxpayerNumber,
        @NotBlank @Pattern(regexp = ApplicationForm.PHONE_PATTERN, message = "{apply.phone.invalid}") String phone,
        @NotBlank @Email @Size(max = 200) String email,
        @NotNull Language preferredLanguage,
        @NotBlank @Size(max = 8) String region,
        @NotBlank @Size(max = 100) String district,
        @NotBlank @Size(max = 100) String aiylAimak,
        @NotBlank @Size(max = 100) String village,
        @NotBlank @Size(max = 200) String productNameKy,
        @NotBlank @Size(max = 200) String productNameRu,
        @Size(max = 200) String productNameEn,
        @NotBlank String category,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 4000) String story,
        @NotNull @Min(0) @Max(100) Integer localRawMaterialShare,
        @NotNull @Min(1) @Max(100_000_000) Integer annualCapacity,
        @NotBlank @Pattern(regexp = "kg|l|pieces|m2") String capacityUnit,
        List<@Pattern(regexp = "KG|KZ|RU|CN|JP|US|EU|OTHER") String> targetMarkets,
        boolean womenLed,
        boolean youthLed,
        boolean highMountain,
        // Answered every time: it decides whether the agency checks the registration by hand, and an
        // edit that leaves it out must not quietly turn it to "no".
        @NotNull Boolean registeredBusiness) {

    /** Phone and taxpayer numbers as people type them are tidied, not refused. */
    public ApplicationRequest {
        taxpayerNumber = ApplicationForm.tidyTaxpayerNumber(taxpayerNumber);
        phone = ApplicationForm.tidyPhone(phone);
    }

    ApplicationForm toForm(RegionDirectory regions, TerritoryDirectory territories) {
        if (regions.find(region).isEmpty()) {
            throw new BadRequestException("region", "unknown region '" + region + "'");
        }
        territories.locate(region, district, aiylAimak, village);
        if (!ProductCategory.isCode(category)) {
            throw new BadRequestException("category", "unknown category '" + category + "'");
        }
        return new ApplicationForm(producerType, producerName.strip(), taxpayerNumber, phone, email.strip(), preferredLanguage,
                region, district.strip(), aiylAimak.strip(), village.strip(), productNameKy.strip(), productNameRu.strip(),
                productNameEn == null || productNameEn.isBlank() ? null : productNameEn.strip(), category, description.strip(),
                story == null || story.isBlank() ? null : story.strip(), localRawMaterialShare, annualCapacity, capacityUnit,
                targetMarkets == null || targetMarkets.isEmpty() ? null : String.join(",", targetMarkets.stream().distinct().toList()),
                womenLed, youthLed, highMountain, registeredBusiness);
    }
}
