package kg.ovop.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Brand applications' shelf among the shelves checked for integrity (each feature declares its own). */
@Configuration
class ApplicationShelf {

    @Bean
    DocumentShelf applicationDocumentShelf() {
        return DocumentShelf.APPLICATIONS;
    }
}
