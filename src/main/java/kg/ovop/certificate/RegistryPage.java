package kg.ovop.certificate;

import java.util.List;

public record RegistryPage(List<Certificate> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
