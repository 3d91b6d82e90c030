package kg.ovop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OvopApplication {

    public static void main(String[] args) {
        SpringApplication.run(OvopApplication.class, args);
    }
}
