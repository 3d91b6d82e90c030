package kg.ovop.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** What /v3/api-docs and Swagger UI say about the API as a whole: name, version, how to sign in. */
@Configuration
public class ApiDocumentation {

    /** The name endpoints refer to in {@code @SecurityRequirement(name = ...)}. */
    public static final String BASIC = "basic";

    @Bean
    OpenAPI openApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("OVOP Workflow API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("Kyrgyzstan's One Village One Product programme. Producers prepare, document, submit and "
                                + "follow their brand applications (/api/applications) and, holding a certificate, apply for "
                                + "development grants, sign the agreement and report (/api/grants); each sees their own only. "
                                + "Anyone reads the public certificate registry and territories and verifies a certificate "
                                + "(/api/public, /verify). Administrators manage certificates, grant calls and the fund, public "
                                + "holidays, and read the monitoring figures and the integrity check (/api/admin). Reviewers "
                                + "work in Tasklist. Errors are RFC 7807 problem details naming the field."))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("The same user name and password as the portal and Tasklist")));
    }
}
