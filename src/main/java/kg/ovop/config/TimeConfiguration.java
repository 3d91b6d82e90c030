package kg.ovop.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The programme runs on Bishkek time: issue dates, expiries and nightly jobs follow it. */
@Configuration
@EnableScheduling
public class TimeConfiguration {

    public static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    @Bean
    Clock clock() {
        return Clock.system(BISHKEK);
    }
}
