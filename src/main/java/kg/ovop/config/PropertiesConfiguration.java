package kg.ovop.config;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;

/** Binds every {@code @ConfigurationProperties} record under kg.ovop. */
@Configuration
@ConfigurationPropertiesScan("kg.ovop")
public class PropertiesConfiguration {
}
