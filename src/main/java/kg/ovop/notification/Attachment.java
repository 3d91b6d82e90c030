package kg.ovop.notification;

public record Attachment(String fileName, String contentType, byte[] content) {

    public static Attachment pdf(String fileName, byte[] content) {
        return new Attachment(fileName, "application/pdf", content);
    }
}
