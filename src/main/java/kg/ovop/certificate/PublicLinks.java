package kg.ovop.certificate;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Links to the public site in QR codes and mails: {@code ovop.certificate.public-base-url} when it
 * is set (production must set it), else the running server itself, on the port it really got,
 * so a local run on another port prints links that work.
 */
@Component
public class PublicLinks implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile String running = "http://localhost:8080";

    public PublicLinks(CertificateProperties properties) {
        String base = properties.publicBaseUrl();
        this.configured = base == null || base.isBlank() ? null : base.strip().replaceAll("/+$", "");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server, where it has a port of its own, is not the public site.
        if (event.getApplicationContext().getServerNamespace() == null) {
            running = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    public String baseUrl() {
        return configured != null ? configured : running;
    }

    public String verificationUrl(String token) {
        return baseUrl() + "/verify/" + token;
    }
}
